"""Admin views: the translation dashboard and the English-difference view. Thin: see selectors."""

from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from .forms import DashboardFilterForm
from .models import FieldTranslation
from .selectors import (
    dashboard_counts,
    dashboard_items,
    listed_items,
    models_by_content_type,
    translation_difference,
)
from .tracking import target_languages, tracked_fields

PER_PAGE = 50


def dashboard(request):
    form = DashboardFilterForm(request.GET)
    filters = {"language": "", "status": "", "section": ""}
    error = ""
    if form.is_valid():
        filters.update({name: form.cleaned_data[name] for name in filters})
    else:
        error = _("These filters are not valid. Showing every language, status and section.")
    counts = dashboard_counts(language=filters["language"], section=filters["section"])
    page = Paginator(dashboard_items(**filters), PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "translation_status/dashboard.html",
        {
            "form": form,
            "error": error,
            "counts": counts,
            "page": page,
            "items": listed_items(page.object_list),
            "query": query.urlencode() if not error else "",
        },
    )


def difference(request, content_type_id: int, object_id: str, field_name: str, language: str):
    model = models_by_content_type().get(content_type_id)
    if model is None or field_name not in tracked_fields(model):
        raise Http404
    if language not in target_languages():
        raise Http404
    try:
        obj = model.objects.filter(pk=object_id).first()
    except (ValueError, ValidationError):
        obj = None
    if obj is None:
        raise Http404
    if not _can_edit(request.user, obj):
        raise PermissionDenied
    row = FieldTranslation.objects.filter(
        content_type_id=content_type_id,
        object_id=str(obj.pk),
        field_name=field_name,
        language=language,
    ).first()
    if row is None:
        raise Http404
    current = obj.get_latest_revision_as_object()
    return TemplateResponse(
        request,
        "translation_status/difference.html",
        {"difference": translation_difference(row=row, model=model, current=current), "obj": obj},
    )


def _can_edit(user, obj) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    meta = obj._meta
    return user.has_perm(f"{meta.app_label}.{get_permission_codename('change', meta)}")
