"""Take in an uploaded .h5p file and check it into a package children may be shown, or refuse it.

``receive`` runs in the web request: it checks who uploads, the file's name and size, the
uploader's quota and a virus scan (uploads), stores the file as ``h5p/uploads/<uuid>.h5p`` and
queues ``check`` for a worker. ``check`` then, in order:

1. validates the archive and its JSON (nothing is extracted); any problem refuses the package;
2. checks every content file's first bytes against its extension, and refuses the EICAR test
   virus (so a hostile package is refused even while its libraries wait for review);
3. compares every library the package ships with the pinned store: each must be approved and
   identical file for file; otherwise the package waits (``needs_libraries``) and its libraries
   are proposed to the library steward. Libraries it needs but does not ship must be approved,
   with their own dependencies;
4. sanitises content.json with the approved libraries' semantics, lists the readable strings and
   external addresses, and refuses addresses whose host is not in
   ``settings.H5P_ALLOWED_EXTERNAL_HOSTS``;
5. extracts h5p.json and content/ into a hidden staging folder, replaces content.json there with
   the sanitised one, and renames the folder to ``h5p/content/<uuid>/``: ready.

Whatever refuses or interrupts a check, nothing of the package stays in storage but its upload,
so a package can always be checked again (after a steward approved its libraries, say).
"""

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import H5PPackage, H5PPackageStatus
from uploads import quota
from uploads.scanner import refuse_unless_clean

from . import libraries, storage
from .archive import member_chunks, open_zip
from .extract import extract_content
from .limits import Limits
from .manifest import CONTENT_JSON, LibraryRef
from .media import HEAD_BYTES, check_media
from .problems import PackageRefused, Problem, printable, problem, record_of
from .review_strings import LINKS, allowed_external, external_urls, readable_strings
from .sanitise import library_key, sanitise_content
from .validate import PackageReport, validate

logger = logging.getLogger(__name__)

UPLOAD_PERMISSION = "courses.upload_h5ppackage"


class NeedsLibraries(Exception):  # noqa: N818 (an outcome, not a programming error)
    """The package is sound but some of its libraries are not approved as it needs them."""

    def __init__(self, problems: list[Problem], summary: dict) -> None:
        super().__init__(problems)
        self.problems = problems
        self.summary = summary


# --- Receiving --------------------------------------------------------------------------------


def receive(upload_file, user, limits: Limits | None = None) -> H5PPackage:
    """Store an uploaded .h5p file as a new package and queue its check.

    Raises PermissionDenied for users without courses.upload_h5ppackage, and PackageRefused,
    before anything is stored, for a file that is not named .h5p or is larger than allowed.
    """
    if user is None or not user.has_perm(UPLOAD_PERMISSION):
        raise PermissionDenied
    limits = limits or Limits()
    name = os.path.basename((upload_file.name or "").replace("\\", "/"))
    if not name.lower().endswith(".h5p"):
        raise PackageRefused(
            [
                problem(
                    "not_h5p",
                    _("“%(name)s” is not an H5P package: its name must end in .h5p."),
                    name=printable(name, 120),
                )
            ]
        )
    size = upload_file.size
    if size is None or size > limits.max_upload_bytes:
        raise PackageRefused(
            [
                problem(
                    "too_large",
                    _("The package is %(size)s MB; at most %(limit)s MB can be uploaded."),
                    size=round((size or 0) / 1024 / 1024, 1),
                    limit=limits.max_upload_bytes // 1024 // 1024,
                )
            ]
        )
    _refuse_over_quota_or_unclean(upload_file, user, size)
    digest = hashlib.sha256()
    for chunk in upload_file.chunks():
        digest.update(chunk)
    package = H5PPackage(
        filename=printable(name, 255), sha256=digest.hexdigest(), size=size, uploaded_by=user
    )
    package.original.save(storage.upload_name(package.pk), upload_file, save=False)
    try:
        with transaction.atomic():
            package.save()
    except BaseException:
        package.original.delete(save=False)
        raise
    transaction.on_commit(lambda: enqueue_check(package.pk))
    return package


def _refuse_over_quota_or_unclean(upload_file, user, size: int) -> None:
    """The uploader's H5P quota, then a virus scan of the whole file (uploads.scanner), before
    anything is stored; the content checks of ``check`` come after, as before."""
    over = quota.over_quota(quota.H5P, user, size)
    if over is not None:
        raise PackageRefused([problem("quota", quota.QUOTA_FULL, **over.params)])
    try:
        refuse_unless_clean(upload_file, where="courses.H5PPackage.original", user=user)
    except ValidationError as refused:
        raise PackageRefused([problem(refused.code, refused.message)]) from None


def enqueue_check(package_id) -> bool:
    """Ask the workers to check a package; if that fails, the package says it was not checked."""
    from .tasks import check_h5p_package

    try:
        check_h5p_package.delay(str(package_id))
    except Exception:
        # The broker is down or (tasks run in the request) the check failed for good: the
        # editor is told, and may upload again.
        logger.exception("could not check H5P package %s", package_id)
        mark_unchecked(package_id)
        return False
    return True


# --- Checking ---------------------------------------------------------------------------------


def check(package: H5PPackage, limits: Limits | None = None) -> H5PPackage:
    """Check a stored package and record the outcome: ready, needs_libraries or refused.

    Refusals are recorded, not raised. An unexpected error leaves nothing in storage and is
    raised for the task to retry.
    """
    limits = limits or Limits()
    package.status = H5PPackageStatus.CHECKING
    package.save(update_fields=["status"])
    final = storage.content_path(package.pk)
    built = storage.staging_path(final)
    try:
        try:
            summary = _check(package, limits, built)
        except PackageRefused as refused:
            summary = getattr(refused, "summary", {})
            _finish(package, H5PPackageStatus.REFUSED, refused.problems, summary)
            return package
        except NeedsLibraries as waiting:
            _finish(package, H5PPackageStatus.NEEDS_LIBRARIES, waiting.problems, waiting.summary)
            return package
        with transaction.atomic():
            package.status = H5PPackageStatus.READY
            package.problems = []
            package.report = summary
            package.content_folder = storage.content_folder(package.pk)
            package.checked_at = timezone.now()
            package.save()
            storage.swap_into_place(built, final)
    except BaseException:
        storage.remove_content(package.pk)
        raise
    finally:
        storage.remove_tree(built)
    return package


def _finish(package: H5PPackage, status: str, problems: list[Problem], summary: dict) -> None:
    # The record first: a package is never "ready" while its files are being removed.
    package.status = status
    package.problems = problem_records(problems)
    package.report = summary
    package.content_folder = ""
    package.checked_at = timezone.now()
    package.save()
    storage.remove_content(package.pk)


def mark_unchecked(package_id, timed_out: bool = False) -> None:
    """Record that a package could not be checked (the worker gave up): refused, nothing kept."""
    package = H5PPackage.objects.filter(pk=package_id).first()
    if package is None:
        return
    if timed_out:
        found = problem(
            "check_timeout",
            _("Checking the package took too long, so it was refused. Try a smaller package."),
        )
    else:
        found = problem(
            "could_not_check",
            _("The package could not be checked because of an error on our side; upload it again."),
        )
    _finish(package, H5PPackageStatus.REFUSED, [found], package.report or {})


def problem_records(problems: Iterable[Problem]) -> list[dict]:
    """Problems as JSON for the record (see problems.record_of)."""
    return [record_of(p) for p in problems]


def _refused(problems: list[Problem], summary: dict) -> PackageRefused:
    refused = PackageRefused(problems)
    refused.summary = summary  # what was learnt before the refusal, for the record
    return refused


def _check(package: H5PPackage, limits: Limits, built: Path) -> dict:
    """Steps 1 to 5 of the module docstring; returns the report of a ready package."""
    path = storage.local_path(package.original.name)
    if not path.is_file():
        raise PackageRefused(
            [
                problem(
                    "upload_missing", _("The uploaded file is no longer stored; upload it again.")
                )
            ]
        )
    # Every dependency is let through validate() and noted; step 3 decides about them, so that
    # a package missing a library is told "waiting for a library", not "refused".
    not_shipped: dict[LibraryRef, bool] = {}

    def note(ref: LibraryRef) -> bool:
        not_shipped[ref] = libraries.installed(ref)
        return True

    report = validate(path, limits, installed=note)
    summary = _summary(report)
    media = _media_problems(path, report, limits)
    if media:
        raise _refused(media, summary)
    refused, waiting, used = _library_problems(report, not_shipped)
    summary["libraries"] = used
    if refused:
        raise _refused(refused, summary)
    if waiting:
        summary["libraries_needed"] = sorted({p.library for p in waiting})
        libraries.propose_libraries(package, report)
        raise NeedsLibraries([p.problem for p in waiting], summary)
    _sanitise_and_extract(path, report, limits, built, summary)
    return summary


def _summary(report: PackageReport) -> dict:
    manifest = report.manifest
    return {
        "title": manifest.title,
        "language": manifest.language,
        "main_library": str(manifest.main_library),
        "libraries": [str(ref) for ref in report.required],
        "libraries_needed": [],
        "content_files": list(report.content_files),
        "ignored_files": [printable(name) for name in report.ignored],
        "warnings": problem_records(report.warnings),
        "readable_strings": [],
        "external_urls": [],
    }


def _head(archive, name: str, limits: Limits) -> bytes:
    """The first HEAD_BYTES of a member (or all of a shorter one), read through the byte cap."""
    head = b""
    chunks = member_chunks(archive, name, limits.max_media_entry_bytes)
    try:
        for chunk in chunks:
            head += chunk
            if len(head) >= HEAD_BYTES:
                break
    finally:
        chunks.close()
    return head[:HEAD_BYTES]


def _media_problems(path: Path, report: PackageReport, limits: Limits) -> list[Problem]:
    found: list[Problem] = []
    with open_zip(path) as archive:
        for name in report.content_files:
            try:
                reason = check_media(name, _head(archive, name, limits))
            except PackageRefused as refused:
                found.extend(refused.problems)
                continue
            if reason is not None:
                found.append(reason)
    return found


@dataclass(frozen=True)
class _Waiting:
    """A library the package waits for ("H5P.X 1.2"), and the problem that says so."""

    library: str
    problem: Problem


def _library_problems(
    report: PackageReport, not_shipped: dict[LibraryRef, bool]
) -> tuple[list[Problem], list[_Waiting], list[str]]:
    """(refusals, libraries to wait for, every library the content uses)."""
    refused: list[Problem] = []
    waiting: list[_Waiting] = []
    for info in libraries.libraries_from_package(report):
        if libraries.is_approved_identical(info):
            continue
        params = {"library": str(info.ref), "version": info.version}
        if libraries.refused_identical(info) is not None:
            refused.append(
                problem(
                    "library_refused",
                    _(
                        "The package carries %(library)s (version %(version)s), which a library "
                        "steward refused; it cannot be used."
                    ),
                    info.folder,
                    **params,
                )
            )
            continue
        current = libraries.approved(info.ref)
        if current is not None:
            found = problem(
                "library_differs",
                _(
                    "The package's copy of %(library)s (version %(version)s) is not the approved "
                    "one (version %(approved)s, checked file by file); a library steward must "
                    "review it."
                ),
                info.folder,
                approved=current.version,
                **params,
            )
        else:
            found = problem(
                "library_not_approved",
                _(
                    "The library %(library)s (version %(version)s) is not approved yet; a "
                    "library steward must review it."
                ),
                info.folder,
                **params,
            )
        waiting.append(_Waiting(str(info.ref), found))
    used = [str(ref) for ref in report.required]
    missing, extra = _store_closure(report, not_shipped)
    used += [str(ref) for ref in extra if str(ref) not in used]
    for ref in missing:
        waiting.append(
            _Waiting(
                str(ref),
                problem(
                    "library_missing",
                    _(
                        "The library %(library)s is needed but is neither in the package nor "
                        "approved on this site; a library steward must add it."
                    ),
                    library=str(ref),
                ),
            )
        )
    return refused, waiting, used


def _store_closure(
    report: PackageReport, not_shipped: dict[LibraryRef, bool]
) -> tuple[list[LibraryRef], list[LibraryRef]]:
    """(missing libraries, approved ones reached only through the store).

    validate() checked the dependencies of the libraries the package ships; an approved library
    the package does not ship brings its own dependencies, which must be approved too.
    """
    missing = sorted(ref for ref, found in not_shipped.items() if not found)
    reached: list[LibraryRef] = []
    queue = sorted(ref for ref, found in not_shipped.items() if found)
    seen = set(queue) | set(missing) | set(report.libraries)
    while queue:
        ref = queue.pop(0)
        row = libraries.approved(ref)
        if row is None:
            missing.append(ref)
            continue
        reached.append(ref)
        for name in row.dependencies:
            key = library_key(name)
            dependency = LibraryRef(*key) if key else None
            if dependency is not None and dependency not in seen:
                seen.add(dependency)
                queue.append(dependency)
    return sorted(set(missing)), reached


def _sanitise_and_extract(
    path: Path, report: PackageReport, limits: Limits, built: Path, summary: dict
) -> None:
    """Steps 4 and 5: sanitise by the store's semantics, refuse unlisted hosts, extract."""
    semantics_for = libraries.store_semantics()
    main = str(report.manifest.main_library)
    clean, warnings = sanitise_content(report.content, semantics_for, main)
    blocking = [w for w in warnings if w.code == "main_semantics_missing"]
    if blocking:
        raise _refused(blocking, summary)
    summary["warnings"] += problem_records(warnings)
    summary["readable_strings"] = [
        {"path": s.path, "text": s.text, "label": s.label}
        for s in readable_strings(clean, semantics_for, main)
    ]
    urls = external_urls(clean)
    summary["external_urls"] = [
        {"url": str(u), "host": u.host, "where": u.where, "kind": u.kind} for u in urls
    ]
    hosts = set(getattr(settings, "H5P_ALLOWED_EXTERNAL_HOSTS", ()) or ())
    refused: dict[str, Problem] = {}
    for url in urls:
        # A link is the reviewer's call (it is listed); what loads by itself must be allowed.
        if url.kind == LINKS or allowed_external(url, hosts):
            continue
        host = url.host or printable(str(url), 80)
        refused.setdefault(
            host,
            problem(
                "external_host",
                _(
                    "The content loads %(url)s from %(host)s, which is not on this site's list "
                    "of allowed external sites."
                ),
                url.where,
                host=printable(host, 120),
                url=printable(str(url), 120),
            ),
        )
    if refused:
        raise _refused(list(refused.values()), summary)
    extract_content(path, report, built, limits)
    _write_content_json(built, clean)


def _write_content_json(folder: Path, content: dict) -> None:
    """Put the sanitised content.json in place of the extracted one (in the staging folder)."""
    target = folder.joinpath(*CONTENT_JSON.split("/"))
    temporary = target.with_name(f".content.json.{os.getpid()}.tmp")
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    os.replace(temporary, target)
