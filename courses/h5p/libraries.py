"""The pinned H5P library store: what packages propose, what a steward approves, what we serve.

Library JavaScript runs in children's browsers, so it reaches the store only one way: a package
proposes it (a pending H5PLibrary row with the SHA-256 of every file), and a user holding
``courses.approve_h5plibrary`` (the library steward) approves it, which extracts exactly those
files, hash-checked, into ``h5p/libraries/<Machine>-<major>.<minor>/``. One patch is pinned per
major.minor, as in H5P core. A later package that carries different files under the same
version never overwrites it: a newer patch takes its place only when the steward says
``replace=True``, and the same or an older patch with other files is refused outright (rogue,
modified builds of real libraries circulate).
"""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackage

from . import storage
from .extract import extract_library
from .manifest import LibraryInfo, LibraryRef
from .problems import PackageRefused, problem
from .sanitise import library_key
from .validate import PackageReport, validate

APPROVE_PERMISSION = "courses.approve_h5plibrary"


class ApprovalRefused(PackageRefused):
    """A library cannot be approved (or refused); ``problems`` says why."""


def libraries_from_package(package_report: PackageReport) -> list[LibraryInfo]:
    """The library folders a checked package ships, in a stable order."""
    return [package_report.libraries[ref] for ref in sorted(package_report.libraries)]


def approved(ref: LibraryRef) -> H5PLibrary | None:
    """The pinned library for ``ref`` (machine name and major.minor), if one is approved."""
    return H5PLibrary.objects.filter(
        status=H5PLibraryStatus.APPROVED,
        machine_name=ref.machine_name,
        major=ref.major,
        minor=ref.minor,
    ).first()


def installed(ref: LibraryRef) -> bool:
    """Is ``ref`` in the pinned store? (The ``installed`` callable validate() takes.)"""
    return approved(ref) is not None


def is_approved_identical(info: LibraryInfo) -> bool:
    """Is this library folder exactly the approved one: same version and the same file hashes?"""
    current = approved(info.ref)
    return current is not None and current.patch == info.patch and current.files == info.files


def refused_identical(info: LibraryInfo) -> H5PLibrary | None:
    """A row the steward refused with exactly this version and these files, if there is one."""
    rows = _same_version(info, H5PLibraryStatus.REFUSED)
    return rows[0] if rows else None


def _same_version(info: LibraryInfo, status: str) -> list[H5PLibrary]:
    rows = H5PLibrary.objects.filter(
        status=status,
        machine_name=info.ref.machine_name,
        major=info.ref.major,
        minor=info.ref.minor,
        patch=info.patch,
    )
    return [row for row in rows if row.files == info.files]


def _row_values(info: LibraryInfo) -> dict:
    return {
        "machine_name": info.ref.machine_name,
        "major": info.ref.major,
        "minor": info.ref.minor,
        "patch": info.patch,
        "title": info.title[:255],
        "runnable": info.runnable,
        "core_api": "{}.{}".format(*info.core_api) if info.core_api else "",
        "licence": info.licence[:255],
        "files": dict(sorted(info.files.items())),
        "preloaded_js": list(info.preloaded_js),
        "preloaded_css": list(info.preloaded_css),
        "dependencies": [str(ref) for ref in info.dependencies],
    }


def package_report(package: H5PPackage) -> PackageReport:
    """Validate a stored package for its library folders (its dependencies need not be known)."""
    try:
        return validate(storage.local_path(package.original.name), installed=lambda ref: True)
    except FileNotFoundError:
        raise ApprovalRefused([_no_source()]) from None


def propose_libraries(package: H5PPackage, report: PackageReport | None = None) -> list[H5PLibrary]:
    """Pending rows for the package's libraries that are not approved exactly as shipped.

    A version already waiting with the same files is not proposed twice, and one the steward
    refused is not proposed again. Returns the pending rows that concern this package.
    """
    report = report or package_report(package)
    pending: list[H5PLibrary] = []
    for info in libraries_from_package(report):
        if is_approved_identical(info) or refused_identical(info) is not None:
            continue
        waiting = _same_version(info, H5PLibraryStatus.PENDING)
        if waiting:
            pending.append(waiting[0])
            continue
        pending.append(H5PLibrary.objects.create(proposed_from=package, **_row_values(info)))
    return pending


def _no_source():
    return problem(
        "library_source_missing",
        _("The package that proposed this library is no longer stored; upload it again."),
    )


def _source(library: H5PLibrary) -> tuple[str, LibraryInfo]:
    """The proposing package's path and its copy of ``library``, which must be what was shown."""
    package = library.proposed_from
    if package is None or not package.original:
        raise ApprovalRefused([_no_source()])
    report = package_report(package)
    info = report.libraries.get(library.ref)
    if info is None or info.patch != library.patch or info.files != library.files:
        raise ApprovalRefused(
            [
                problem(
                    "library_source_changed",
                    _(
                        "The package that proposed %(library)s no longer holds the files that "
                        "were reviewed; nothing was approved."
                    ),
                    library=str(library),
                )
            ]
        )
    return storage.local_path(package.original.name), info


def _check_steward(user) -> None:
    if user is None or not user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied


def approve(library: H5PLibrary, user, *, replace: bool = False) -> H5PLibrary:
    """Approve a pending library: extract its hash-checked files into the store and pin it.

    Only a user with courses.approve_h5plibrary may. If another patch of the same major.minor
    is pinned, the new one must be newer and ``replace`` must be True; the old row is then
    marked replaced and its folder swapped for the new one in one rename.
    """
    _check_steward(user)
    with transaction.atomic():
        library = H5PLibrary.objects.select_for_update().get(pk=library.pk)
        if library.status != H5PLibraryStatus.PENDING:
            raise ApprovalRefused(
                [
                    problem(
                        "library_not_pending",
                        _("%(library)s is not waiting for approval (it is %(status)s)."),
                        library=str(library),
                        status=library.get_status_display(),
                    )
                ]
            )
        current = (
            H5PLibrary.objects.select_for_update()
            .filter(
                status=H5PLibraryStatus.APPROVED,
                machine_name=library.machine_name,
                major=library.major,
                minor=library.minor,
            )
            .first()
        )
        if current is not None:
            _check_replacement(library, current, replace)
        path, info = _source(library)
        final = storage.library_path(library.ref)
        if current is None:
            # A folder without an approved row is a leftover of a failed approval: never served.
            storage.remove_tree(final)
        built = storage.staging_path(final)
        try:
            extract_library(path, info, built)
            if current is not None:
                current.status = H5PLibraryStatus.REPLACED
                current.save(update_fields=["status"])
            library.status = H5PLibraryStatus.APPROVED
            library.approved_by = user
            library.approved_at = timezone.now()
            library.save(update_fields=["status", "approved_by", "approved_at"])
            storage.swap_into_place(built, final)
        finally:
            storage.remove_tree(built)
    return library


def _check_replacement(library: H5PLibrary, current: H5PLibrary, replace: bool) -> None:
    if current.patch == library.patch and current.files == library.files:
        raise ApprovalRefused(
            [
                problem(
                    "library_already_approved",
                    _("%(library)s is already approved with exactly these files."),
                    library=str(current),
                )
            ]
        )
    if library.patch <= current.patch:
        raise ApprovalRefused(
            [
                problem(
                    "library_not_newer",
                    _(
                        "%(library)s differs from the approved %(approved)s but is not a newer "
                        "patch; a pinned library is only ever replaced by a newer release."
                    ),
                    library=str(library),
                    approved=str(current),
                )
            ]
        )
    if not replace:
        raise ApprovalRefused(
            [
                problem(
                    "library_pinned",
                    _(
                        "%(approved)s is already approved. Approving %(library)s would replace "
                        "it for every activity that uses it; confirm the replacement to do so."
                    ),
                    library=str(library),
                    approved=str(current),
                )
            ]
        )


def refuse(library: H5PLibrary, user) -> H5PLibrary:
    """Refuse a pending library: packages shipping exactly these files are then refused.

    ``approved_by`` and ``approved_at`` then record who decided, and when.
    """
    _check_steward(user)
    with transaction.atomic():
        library = H5PLibrary.objects.select_for_update().get(pk=library.pk)
        if library.status != H5PLibraryStatus.PENDING:
            raise ApprovalRefused(
                [
                    problem(
                        "library_not_pending",
                        _("%(library)s is not waiting for approval (it is %(status)s)."),
                        library=str(library),
                        status=library.get_status_display(),
                    )
                ]
            )
        library.status = H5PLibraryStatus.REFUSED
        library.approved_by = user
        library.approved_at = timezone.now()
        library.save(update_fields=["status", "approved_by", "approved_at"])
    return library


def store_semantics() -> Callable[[str], list | None]:
    """semantics_for("H5P.X 1.2"): the semantics of an approved library, each read once."""
    cache: dict[str, list | None] = {}

    def semantics_for(name: str) -> list | None:
        if name not in cache:
            key = library_key(name)
            ref = LibraryRef(*key) if key else None
            cache[name] = storage.read_semantics(ref) if ref and installed(ref) else None
        return cache[name]

    return semantics_for
