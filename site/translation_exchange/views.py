"""The admin screen "Translation files": export what is missing or stale, import it back."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from uploads.downloads import content_disposition

from .exporting import export_xliff
from .forms import ExportForm, ImportForm
from .importing import MAX_BYTES, check_and_import

ALLOWED_GROUPS = ("translator", "editor", "site_administrator")


def _require(request) -> None:
    user = request.user
    if not (user.is_superuser or user.groups.filter(name__in=ALLOWED_GROUPS).exists()):
        raise PermissionDenied


def _workflow_for(obj):
    return obj.get_workflow()


def translation_files(request):
    _require(request)
    export_form = ExportForm(user=request.user)
    import_form = ImportForm(user=request.user)
    errors: list[str] = []
    status = 200
    if request.method == "POST" and "export" in request.POST:
        export_form = ExportForm(request.POST, user=request.user)
        if export_form.is_valid():
            section = export_form.cleaned_data["section"]
            language = export_form.cleaned_data["language"]
            data, count = export_xliff(section=section, language=language)
            if count:
                response = HttpResponse(data, content_type="application/xliff+xml")
                name = f"rightspath-{section}-{language}.xlf"
                response["Content-Disposition"] = content_disposition(name)
                return response
            messages.info(request, _("Nothing is missing or out of date there."))
            return redirect("translation_exchange:files")
        status = 400
    elif request.method == "POST":
        import_form = ImportForm(request.POST, request.FILES, user=request.user)
        if import_form.is_valid():
            data = import_form.cleaned_data["file"].read(MAX_BYTES + 1)
            result = check_and_import(
                data,
                language=import_form.cleaned_data["language"],
                user=request.user,
                workflow_for=_workflow_for,
            )
            if not result.errors:
                messages.success(
                    request,
                    ngettext(
                        "%(fields)d fields imported; %(objects)d item was submitted for review.",
                        "%(fields)d fields imported; %(objects)d items were submitted for review.",
                        len(result.objects),
                    )
                    % {"fields": result.fields, "objects": len(result.objects)},
                )
                return redirect("translation_exchange:files")
            errors = result.errors
        status = 400
    return render(
        request,
        "translation_exchange/files.html",
        {"export_form": export_form, "import_form": import_form, "errors": errors[:50]},
        status=status,
    )
