"""Admin views for H5P packages: the list with the upload form, one package, "Check again"."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackage

from .. import intake
from ..activities import ADD_PERMISSION, activity_for, create_activity
from ..forms import PackageUploadForm
from ..libraries import APPROVE_PERMISSION
from ..manifest import LibraryRef
from ..problems import PackageRefused, shown_message
from ..sanitise import library_key
from .access import forbidden_as_403, require_packages, require_upload

LIST_LIMIT = 200

# How a library the package uses stands, as a label for the reviewer.
LIBRARY_STATES = {
    "approved": gettext_lazy("Approved"),
    "waiting": gettext_lazy("Waiting for a library steward"),
    "differs": gettext_lazy("Differs from the approved version"),
    "refused": gettext_lazy("Refused by a library steward"),
    "missing": gettext_lazy("Not on this site"),
    "unknown": gettext_lazy("Not checked yet"),
}


@dataclass(frozen=True)
class UsedLibrary:
    name: str
    state: str
    label: str
    pending: H5PLibrary | None


@dataclass(frozen=True)
class ShownUrl:
    """An external address split around its host, so the template can highlight the host."""

    before: str
    host: str
    after: str
    where: str


def _package_list(request, form: PackageUploadForm, status: int = 200):
    packages = H5PPackage.objects.select_related("uploaded_by")[:LIST_LIMIT]
    return render(
        request,
        "courses/h5p/admin/packages.html",
        {
            "packages": packages,
            "form": form,
            "can_upload": request.user.has_perm(intake.UPLOAD_PERMISSION),
        },
        status=status,
    )


@forbidden_as_403
@require_GET
def package_list(request):
    require_packages(request)
    return _package_list(request, PackageUploadForm())


@forbidden_as_403
@require_POST
def package_upload(request):
    require_upload(request)
    form = PackageUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _package_list(request, form, status=400)
    try:
        package = intake.receive(form.cleaned_data["file"], request.user, limits=form.limits)
    except PackageRefused as refused:
        for found in refused.problems:
            form.add_error("file", str(found))
        return _package_list(request, form, status=400)
    messages.success(
        request,
        _(
            "“%(name)s” was uploaded. It is being checked in the background; this page shows "
            "the result when the check is done."
        )
        % {"name": package.filename},
    )
    return redirect("h5p_admin:package", package.pk)


def _problems(records: list) -> list[dict]:
    """Stored problems for display, in the reader's language."""
    shown = []
    for record in records or []:
        if not isinstance(record, dict):
            continue
        shown.append(
            {
                "code": str(record.get("code", "")),
                "message": shown_message(record),
                "path": str(record.get("path", "")),
            }
        )
    return shown


def _library_state(name: str, ref: LibraryRef | None, package: H5PPackage) -> UsedLibrary:
    folder = ref.folder if ref else ""
    codes = {p.get("code") for p in package.problems if isinstance(p, dict)}
    at_folder = {
        p.get("code") for p in package.problems if isinstance(p, dict) and p.get("path") == folder
    }
    needed = name in (package.report.get("libraries_needed") or [])
    pending = None
    if ref is not None:
        pending = H5PLibrary.objects.filter(
            status=H5PLibraryStatus.PENDING,
            machine_name=ref.machine_name,
            major=ref.major,
            minor=ref.minor,
        ).first()
    if folder and "library_refused" in at_folder:
        state = "refused"
    elif folder and "library_differs" in at_folder:
        state = "differs"
    elif needed and pending is not None:
        state = "waiting"
    elif needed and "library_missing" in codes:
        state = "missing"
    elif (
        ref is not None
        and H5PLibrary.objects.filter(
            status=H5PLibraryStatus.APPROVED,
            machine_name=ref.machine_name,
            major=ref.major,
            minor=ref.minor,
        ).exists()
    ):
        state = "approved"
    else:
        state = "unknown"
    return UsedLibrary(name=name, state=state, label=str(LIBRARY_STATES[state]), pending=pending)


def used_libraries(package: H5PPackage) -> list[UsedLibrary]:
    names = list(package.report.get("libraries") or [])
    names += [n for n in package.report.get("libraries_needed") or [] if n not in names]
    used = []
    for name in names:
        key = library_key(name)
        used.append(_library_state(str(name), LibraryRef(*key) if key else None, package))
    return used


def shown_urls(package: H5PPackage) -> list[ShownUrl]:
    shown = []
    for item in package.report.get("external_urls") or []:
        url, host = str(item.get("url", "")), str(item.get("host", ""))
        at = url.find(host) if host else -1
        if at < 0:
            shown.append(ShownUrl(url, "", "", str(item.get("where", ""))))
        else:
            shown.append(
                ShownUrl(url[:at], host, url[at + len(host) :], str(item.get("where", "")))
            )
    return shown


@forbidden_as_403
@require_GET
def package_detail(request, pk):
    require_packages(request)
    package = get_object_or_404(H5PPackage.objects.select_related("uploaded_by"), pk=pk)
    report = package.report or {}
    return render(
        request,
        "courses/h5p/admin/package.html",
        {
            "package": package,
            "title": str(package),
            "problems": _problems(package.problems),
            "warnings": _problems(report.get("warnings")),
            "libraries": used_libraries(package),
            "readable_strings": report.get("readable_strings") or [],
            "external_urls": shown_urls(package),
            "is_steward": request.user.has_perm(APPROVE_PERMISSION),
            "activity": activity_for(package),
            "can_make_activity": request.user.has_perm(ADD_PERMISSION),
        },
    )


@forbidden_as_403
@require_POST
def package_check(request, pk):
    require_packages(request)
    package = get_object_or_404(H5PPackage, pk=pk)
    if intake.enqueue_check(package.pk):
        messages.success(
            request,
            _("“%(name)s” is being checked again; this page shows the result when it is done.")
            % {"name": package},
        )
    else:
        messages.error(request, _("The check could not be started; try again later."))
    return redirect("h5p_admin:package", package.pk)


@forbidden_as_403
@require_POST
def package_make_activity(request, pk):
    """Make a draft activity from a ready package and open it, to be sent for review."""
    require_packages(request)
    package = get_object_or_404(H5PPackage, pk=pk)
    existing = activity_for(package)
    if existing is not None:
        return redirect(reverse("wagtailsnippets_courses_h5pactivity:edit", args=[existing.pk]))
    try:
        activity = create_activity(package, request.user)
    except ValidationError as refused:
        for message in refused.messages:
            messages.error(request, message)
        return redirect("h5p_admin:package", package.pk)
    messages.success(
        request,
        _(
            "The activity was made as a draft. Check its texts, then submit it for "
            "safeguarding review; learners see it only once it is approved."
        ),
    )
    return redirect(reverse("wagtailsnippets_courses_h5pactivity:edit", args=[activity.pk]))
