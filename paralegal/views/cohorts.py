"""Cohort pages: facilitators run their cohorts; learners join one with a code.

Every facilitator page answers 404 for a cohort the facilitator does not run (access.py).
"""

import secrets
from datetime import timedelta

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_variables
from django.views.decorators.http import require_http_methods, require_POST

from accounts.selectors import user_needs_mfa

from ..access import cohort_for_facilitator, cohorts_visible_to, facilitator_required
from ..forms.cohorts import BulkAccountsForm, CohortForm, ConsentForm, CourseAssignForm, JoinForm
from ..selectors_cohorts import (
    cohort_courses,
    cohort_member_row,
    cohort_member_rows,
    cohort_membership,
)
from ..services import cohorts as services

_BULK_TOKENS = "paralegal_bulk_batches"
_BULK_TOKENS_KEPT = 5


def _posted(request):
    # Not ``request.POST or None``: an empty POST is still a submission, and must be checked.
    return request.POST if request.method == "POST" else None


def _member_or_404(cohort, user_pk):
    membership = cohort_membership(cohort=cohort, user_pk=user_pk)
    if membership is None:
        raise Http404
    return membership


def _cohort_fields(form):
    data = form.cleaned_data
    return {
        "name": data["name"],
        "country": data["country"],
        "language": data["language"],
        "starts_on": data["starts_on"],
        "ends_on": data["ends_on"],
        "co_facilitators": data["co_facilitators"],
    }


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def cohort_list(request):
    cohorts = cohorts_visible_to(request.user).order_by("-starts_on", "name")
    return render(
        request,
        "paralegal/cohorts/list.html",
        {"cohorts": cohorts, "today": timezone.localdate()},
    )


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def cohort_create(request):
    form = CohortForm(_posted(request), acting_user=request.user)
    if request.method == "POST" and form.is_valid():
        cohort = services.cohort_create(creator=request.user, **_cohort_fields(form))
        messages.success(request, _("The group has been created."))
        return redirect("paralegal:cohort_detail", pk=cohort.pk)
    return render(request, "paralegal/cohorts/form.html", {"form": form, "cohort": None})


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def cohort_edit(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    form = CohortForm(_posted(request), instance=cohort, acting_user=request.user)
    if request.method == "POST" and form.is_valid():
        services.cohort_update(cohort=cohort, editor=request.user, **_cohort_fields(form))
        messages.success(request, _("Your changes have been saved."))
        return redirect("paralegal:cohort_detail", pk=cohort.pk)
    if request.method == "POST":
        cohort.refresh_from_db()  # the form wrote the posted values onto the instance
    return render(request, "paralegal/cohorts/form.html", {"form": form, "cohort": cohort})


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def cohort_detail(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    rows = cohort_member_rows(cohort=cohort)
    now = timezone.now()
    return render(
        request,
        "paralegal/cohorts/detail.html",
        {
            "cohort": cohort,
            "members": rows,
            "needing_consent": [row for row in rows if row.needs_consent],
            "facilitators": cohort.facilitators.select_related("profile").order_by("username"),
            "courses": cohort_courses(cohort=cohort),
            "join_code": services.join_code_format(cohort.join_code),
            "join_code_works": bool(
                cohort.join_code
                and cohort.join_code_expires_at
                and cohort.join_code_expires_at > now
                and not cohort.has_ended()
            ),
            "bulk_max": settings.PARALEGAL_BULK_ACCOUNTS_MAX,
        },
    )


@never_cache
@facilitator_required
@require_POST
def join_code_rotate(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    services.join_code_rotate(cohort=cohort)
    messages.success(request, _("The group has a new code. The old code no longer works."))
    return redirect(f"{reverse('paralegal:cohort_detail', args=[cohort.pk])}#join-code")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def join(request):
    """A learner types the code their facilitator gave them."""
    if user_needs_mfa(user=request.user):
        raise Http404  # staff accounts are never members of a cohort
    form = JoinForm(_posted(request))
    if request.method == "POST":
        if not ratelimit.consume(request, action="paralegal_join_failed", dry_run=True):
            return render(request, "429.html", status=429)
        if form.is_valid():
            try:
                membership, joined_now = services.cohort_join(
                    user=request.user, code=form.cleaned_data["code"]
                )
            except services.JoinRefused as refusal:
                ratelimit.consume(request, action="paralegal_join_failed")
                form.add_error("code", refusal.message)
            else:
                if joined_now:
                    message = _("You have joined the group “%(name)s”.")
                else:
                    message = _("You are already in the group “%(name)s”.")
                messages.success(request, message % {"name": membership.cohort.name})
                return redirect("courses:my_learning")
    return render(request, "paralegal/cohorts/join.html", {"form": form})


def _bulk_token_new(request) -> str:
    token = secrets.token_urlsafe(24)
    tokens = request.session.get(_BULK_TOKENS, [])
    request.session[_BULK_TOKENS] = [*tokens, token][-_BULK_TOKENS_KEPT:]
    return token


def _bulk_token_take(request, token) -> bool:
    tokens = request.session.get(_BULK_TOKENS, [])
    if not token or token not in tokens:
        return False
    request.session[_BULK_TOKENS] = [t for t in tokens if t != token]
    return True


@sensitive_variables("cards")
@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def bulk_accounts(request, pk):
    """Make learner accounts; the answer to the POST is the only time their codes are shown."""
    cohort = cohort_for_facilitator(request.user, pk)
    form = BulkAccountsForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        if not _bulk_token_take(request, form.cleaned_data["batch"]):
            form.add_error(
                None,
                _(
                    "These accounts were already made, or the page is too old. Nothing new was "
                    "made: check the group's members, then start again if you need more."
                ),
            )
        else:
            cards = services.accounts_bulk_create(
                cohort=cohort,
                facilitator=request.user,
                count=form.cleaned_data["count"],
                display_names=form.cleaned_data["display_names"],
            )
            # The cards speak the cohort's language, and point at its redeem page.
            with translation.override(cohort.language):
                redeem_url = request.build_absolute_uri(reverse("accounts_redeem_reset_code"))
            return render(
                request,
                "paralegal/cohorts/cards.html",
                {
                    "cohort": cohort,
                    "cards": cards,
                    "redeem_url": redeem_url,
                    "expires_on": timezone.localdate()
                    + timedelta(days=settings.PARALEGAL_SIGN_IN_CARD_DAYS),
                },
            )
    # A fresh token for every form shown, so a reload of the cards page makes nothing.
    data = form.data.copy() if form.is_bound else None
    if data is not None:
        data["batch"] = _bulk_token_new(request)
        form.data = data
    else:
        form = BulkAccountsForm(initial={"batch": _bulk_token_new(request)})
    return render(
        request,
        "paralegal/cohorts/bulk.html",
        {"cohort": cohort, "form": form, "bulk_max": settings.PARALEGAL_BULK_ACCOUNTS_MAX},
    )


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def consent_record(request, pk, user_pk):
    cohort = cohort_for_facilitator(request.user, pk)
    membership = _member_or_404(cohort, user_pk)
    row = cohort_member_row(membership=membership)
    existing = getattr(membership, "consent", None)
    form = ConsentForm(_posted(request), instance=existing, age_band=row.age_band)
    if request.method == "POST" and form.is_valid():
        services.consent_record_save(
            membership=membership,
            attested_by=request.user,
            basis=form.cleaned_data["basis"],
            method=form.cleaned_data["method"],
            given_on=form.cleaned_data["given_on"],
        )
        messages.success(request, _("Consent recorded for %(name)s.") % {"name": row.display_name})
        return redirect(f"{reverse('paralegal:cohort_detail', args=[cohort.pk])}#members")
    return render(
        request,
        "paralegal/cohorts/consent.html",
        {"cohort": cohort, "member": row, "form": form, "existing": existing},
    )


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def course_assign(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    initial = {}
    if request.method == "GET" and request.GET.get("course", "").isdigit():
        current = cohort.courses.filter(course_id=int(request.GET["course"])).first()
        if current is not None:
            initial = {"course": current.course_id, "due_at": current.due_at}
    form = CourseAssignForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.course_assign(
            cohort=cohort,
            course=form.cleaned_data["course"],
            due_at=form.cleaned_data["due_at"],
            assigned_by=request.user,
        )
        messages.success(request, _("The course is set for the group and its learners."))
        return redirect(f"{reverse('paralegal:cohort_detail', args=[cohort.pk])}#courses")
    return render(
        request,
        "paralegal/cohorts/course_assign.html",
        {"cohort": cohort, "form": form, "courses": cohort_courses(cohort=cohort)},
    )


@never_cache
@facilitator_required
@require_POST
def member_remove(request, pk, user_pk):
    cohort = cohort_for_facilitator(request.user, pk)
    membership = _member_or_404(cohort, user_pk)
    services.member_remove(membership=membership)
    name = cohort_member_row(membership=membership).display_name
    messages.success(request, _("%(name)s is no longer in this group.") % {"name": name})
    return redirect(f"{reverse('paralegal:cohort_detail', args=[cohort.pk])}#members")


urlpatterns = [
    path("cohorts/", cohort_list, name="cohort_list"),
    path("cohorts/new/", cohort_create, name="cohort_create"),
    path("cohorts/<int:pk>/", cohort_detail, name="cohort_detail"),
    path("cohorts/<int:pk>/edit/", cohort_edit, name="cohort_edit"),
    path("cohorts/<int:pk>/code/", join_code_rotate, name="join_code_rotate"),
    path("join/", join, name="join"),
    path("cohorts/<int:pk>/accounts/", bulk_accounts, name="bulk_accounts"),
    path("cohorts/<int:pk>/members/<int:user_pk>/consent/", consent_record, name="consent_record"),
    path("cohorts/<int:pk>/courses/", course_assign, name="course_assign"),
    path("cohorts/<int:pk>/members/<int:user_pk>/remove/", member_remove, name="member_remove"),
]
