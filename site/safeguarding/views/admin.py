"""Admin views: the audit trail of one object, the CSV export, takedown, problem reports."""

import io

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import DraftStateMixin, Page

from uploads.downloads import content_disposition

from ..audit import audit_rows, write_csv
from ..forms.takedown import TakedownForm
from ..models import ProblemReport
from ..takedown import take_down
from ..workflow import public_snippet_models


def _require(request, permission: str) -> None:
    if not request.user.has_perm(f"safeguarding.{permission}"):
        raise PermissionDenied


def _public_object(content_type_id: int, object_id: str):
    """A page or public snippet, or 404 for anything else (users, reports, unknown ids)."""
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    model = content_type.model_class() if content_type else None
    if model is None:
        raise Http404
    if issubclass(model, Page):
        obj = Page.objects.filter(pk=object_id, depth__gt=1).first()
        obj = obj.specific if obj else None
    elif model in public_snippet_models() and issubclass(model, DraftStateMixin):
        obj = model._default_manager.filter(pk=object_id).first()
    else:
        raise Http404
    if obj is None:
        raise Http404
    return obj


def object_audit(request, content_type_id: int, object_id: str):
    _require(request, "view_review_audit")
    obj = _public_object(content_type_id, object_id)
    return render(
        request,
        "safeguarding/admin/object_audit.html",
        {"object": obj, "rows": audit_rows(obj), "object_title": str(obj)},
    )


def audit_csv(request):
    _require(request, "export_review_audit")
    stream = io.StringIO()
    write_csv(audit_rows(), stream)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = content_disposition(f"review-audit-{stamp}.csv")
    response["Cache-Control"] = "no-store, private"
    return response


@require_http_methods(["GET", "POST"])
def takedown(request, content_type_id: int, object_id: str):
    _require(request, "take_down_content")
    obj = _public_object(content_type_id, object_id)
    if not obj.live:
        messages.info(request, _("“%(title)s” is not on the site.") % {"title": obj})
    form = TakedownForm(request.POST or None)
    if request.method == "POST" and obj.live and form.is_valid():
        take_down(
            obj,
            user=request.user,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("“%(title)s” was taken off the site.") % {"title": obj})
        return redirect("safeguarding_admin:object_audit", content_type_id, obj.pk)
    return render(
        request,
        "safeguarding/admin/takedown.html",
        {"object": obj, "form": form, "object_title": str(obj)},
        status=400 if request.method == "POST" else 200,
    )


def reports(request):
    _require(request, "take_down_content")
    open_reports = ProblemReport.objects.filter(handled_at__isnull=True).select_related("page")
    return render(
        request,
        "safeguarding/admin/reports.html",
        {
            "reports": open_reports[:200],
            "page_content_type": ContentType.objects.get_for_model(Page),
        },
    )


@require_POST
def report_handled(request, report_id: int):
    _require(request, "take_down_content")
    updated = ProblemReport.objects.filter(pk=report_id, handled_at__isnull=True).update(
        handled_at=timezone.now()
    )
    if not updated:
        raise Http404
    messages.success(request, _("The report is marked as handled."))
    return redirect("safeguarding_admin:reports")
