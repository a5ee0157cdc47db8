"""Admin views for the library steward: pending and approved H5P libraries, approve or refuse.

A library page shows every file with its SHA-256, so the steward can compare the proposal with
an official H5P release before its code reaches children's browsers.
"""

import zipfile
from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackage

from .. import libraries, storage
from ..problems import PackageRefused
from .access import forbidden_as_403, require_steward

# Packages scanned for "used by" (newest first): enough for an admin screen, bounded.
USED_BY_SCAN = 1000


@dataclass(frozen=True)
class LibraryFile:
    path: str
    sha256: str
    size: int | None


def library_list_context() -> dict:
    rows = H5PLibrary.objects.select_related("proposed_from", "approved_by")
    return {
        "pending": rows.filter(status=H5PLibraryStatus.PENDING),
        "approved": rows.filter(status=H5PLibraryStatus.APPROVED),
        "decided": rows.filter(status__in=[H5PLibraryStatus.REFUSED, H5PLibraryStatus.REPLACED]),
    }


@forbidden_as_403
@require_GET
def library_list(request):
    require_steward(request)
    return render(request, "courses/h5p/admin/libraries.html", library_list_context())


def _sizes(library: H5PLibrary) -> dict[str, int]:
    """Each file's size: from the store once approved, else as the proposing package lists it."""
    if library.status == H5PLibraryStatus.APPROVED:
        folder = storage.library_path(library.ref)
        sizes = {}
        for name in library.files:
            path = folder.joinpath(*name.split("/"))
            if path.is_file() and not path.is_symlink():
                sizes[name] = path.stat().st_size
        return sizes
    package = library.proposed_from
    if package is None or not package.original:
        return {}
    prefix = f"{library.ref.folder}/"
    try:
        with zipfile.ZipFile(storage.local_path(package.original.name)) as archive:
            return {
                info.filename[len(prefix) :]: info.file_size
                for info in archive.infolist()
                if info.filename.startswith(prefix)
            }
    except (OSError, zipfile.BadZipFile, ValueError):
        return {}


def _used_by(library: H5PLibrary) -> list[H5PPackage]:
    name = str(library.ref)
    packages = H5PPackage.objects.only("id", "filename", "report", "status", "uploaded_at")
    return [
        p
        for p in packages[:USED_BY_SCAN]
        if name in (p.report.get("libraries") or []) + (p.report.get("libraries_needed") or [])
    ]


def _pinned(library: H5PLibrary) -> H5PLibrary | None:
    current = libraries.approved(library.ref)
    return current if current is not None and current.pk != library.pk else None


@forbidden_as_403
@require_GET
def library_detail(request, pk: int):
    require_steward(request)
    library = get_object_or_404(
        H5PLibrary.objects.select_related("proposed_from", "approved_by"), pk=pk
    )
    sizes = _sizes(library)
    pinned = _pinned(library)
    is_pending = library.status == H5PLibraryStatus.PENDING
    return render(
        request,
        "courses/h5p/admin/library.html",
        {
            "library": library,
            "title": str(library),
            "files": [
                LibraryFile(name, digest, sizes.get(name))
                for name, digest in sorted(library.files.items())
            ],
            "used_by": _used_by(library),
            "pinned": pinned,
            "is_pending": is_pending,
            # Approving with replace is a separate, explicit button, for a newer patch only.
            "can_replace": is_pending and pinned is not None and library.patch > pinned.patch,
            "can_approve": is_pending and pinned is None,
        },
    )


def _decide(request, pk: int, decide, done: str):
    require_steward(request)
    library = get_object_or_404(H5PLibrary, pk=pk)
    try:
        decide(library, request.user)
    except PackageRefused as refused:
        for found in refused.problems:
            messages.error(request, str(found))
    else:
        messages.success(request, done % {"library": library})
    return redirect("h5p_admin:library", library.pk)


@forbidden_as_403
@require_POST
def library_approve(request, pk: int):
    return _decide(
        request,
        pk,
        libraries.approve,
        _(
            "%(library)s is approved. Packages waiting for it can now be checked again from "
            "their pages."
        ),
    )


@forbidden_as_403
@require_POST
def library_replace(request, pk: int):
    return _decide(
        request,
        pk,
        lambda library, user: libraries.approve(library, user, replace=True),
        _(
            "%(library)s is approved and replaces the earlier version for every activity "
            "that uses it."
        ),
    )


@forbidden_as_403
@require_POST
def library_refuse(request, pk: int):
    return _decide(
        request,
        pk,
        libraries.refuse,
        _("%(library)s is refused. Packages that carry it will be refused."),
    )
