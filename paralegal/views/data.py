"""A person's own data: see it, download it, delete the account (issue 7, item 12).

- ``my_data``, ``my_data_export_html``, ``my_data_export``: any signed-in person, their own
  data only (there is no id in these addresses to change).
- ``account_delete``: learners and peer mentors delete their own account. Staff accounts
  (two-step sign-in required) and superusers are told to ask a site administrator.
- ``member_data_export`` and ``member_delete``: a facilitator, for a current member of a cohort
  they run; anyone else, any other learner, a staff account: 404.

Thin views: the data is read by paralegal.data.export and erased by paralegal.data.erase.
"""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import user_needs_mfa
from uploads.downloads import content_disposition

from ..access import cohort_for_facilitator, facilitator_required
from ..data.erase import account_erase
from ..data.export import data_export
from ..forms.data import AccountDeleteForm, MemberDeleteForm
from ..selectors_cohorts import cohort_membership

JSON_FILENAME = "notebook-data.json"


def _json_download(data) -> HttpResponse:
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition(JSON_FILENAME)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _may_delete_self(user) -> bool:
    return not (user.is_superuser or user_needs_mfa(user=user))


@never_cache
@login_required
@require_GET
def my_data(request):
    return render(
        request,
        "paralegal/data/my_data.html",
        {"may_delete": _may_delete_self(request.user)},
    )


@never_cache
@login_required
@require_GET
def my_data_export(request):
    return _json_download(data_export(user=request.user))


@never_cache
@login_required
@require_GET
def my_data_export_html(request):
    return render(
        request,
        "paralegal/data/export.html",
        {"data": data_export(user=request.user), "json_url": reverse("paralegal:my_data_export")},
    )


@sensitive_variables("form")
@sensitive_post_parameters("password")
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    user = request.user
    if not _may_delete_self(user):
        if request.method == "POST":
            raise Http404
        return render(request, "paralegal/data/delete.html", {"staff": True})
    form = AccountDeleteForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST":
        if not ratelimit.consume(request, action="paralegal_delete_failed", dry_run=True):
            return render(request, "429.html", status=429)
        if form.is_valid():
            logout(request)
            account_erase(user=user, reason="self")
            return render(request, "paralegal/data/deleted.html")
        if "password" in form.errors:
            ratelimit.consume(request, action="paralegal_delete_failed")
        return render(request, "paralegal/data/delete.html", {"form": form}, status=400)
    return render(request, "paralegal/data/delete.html", {"form": form})


def _member_or_404(request, pk, user_pk):
    """The cohort and the member, for a facilitator of it; learners' accounts only."""
    cohort = cohort_for_facilitator(request.user, pk)
    membership = cohort_membership(cohort=cohort, user_pk=user_pk)
    if membership is None:
        raise Http404
    member = membership.user
    if member.is_superuser or user_needs_mfa(user=member) or member.pk == request.user.pk:
        raise Http404
    return cohort, member


def _audit(*, actor, action: str, member) -> None:
    from safeguarding.models import AuditEvent

    # The account's id: the erasure replaces it with the account's pseudonym.
    AuditEvent.objects.create(
        actor=actor, action=action, object_type="account", object_id=str(member.pk)
    )


@never_cache
@facilitator_required
@require_GET
def member_data_export(request, pk, user_pk):
    cohort, member = _member_or_404(request, pk, user_pk)
    data = data_export(user=member)
    _audit(actor=request.user, action="data_export", member=member)
    if request.GET.get("format") == "json":
        return _json_download(data)
    return render(
        request,
        "paralegal/data/member_data.html",
        {
            "cohort": cohort,
            "member": member,
            "data": data,
            "json_url": reverse("paralegal:member_data_export", args=[cohort.pk, member.pk])
            + "?format=json",
            "form": MemberDeleteForm(),
        },
    )


@never_cache
@facilitator_required
@require_POST
def member_delete(request, pk, user_pk):
    cohort, member = _member_or_404(request, pk, user_pk)
    form = MemberDeleteForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "paralegal/data/member_data.html",
            {
                "cohort": cohort,
                "member": member,
                "data": data_export(user=member),
                "json_url": reverse("paralegal:member_data_export", args=[cohort.pk, member.pk])
                + "?format=json",
                "form": form,
            },
            status=400,
        )
    account_erase(user=member, actor=request.user, reason="facilitator")
    messages.success(request, _("The account and everything in it are deleted."))
    return redirect(f"{reverse('paralegal:cohort_detail', args=[cohort.pk])}#members")


urlpatterns = [
    path("me/data/", my_data, name="my_data"),
    path("me/data/export.json", my_data_export, name="my_data_export"),
    path("me/data/export/", my_data_export_html, name="my_data_export_html"),
    path("me/delete/", account_delete, name="account_delete"),
    path(
        "cohorts/<int:pk>/members/<int:user_pk>/data/",
        member_data_export,
        name="member_data_export",
    ),
    path(
        "cohorts/<int:pk>/members/<int:user_pk>/delete/",
        member_delete,
        name="member_delete",
    ),
]
