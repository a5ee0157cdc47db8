"""The pinned H5P library store: packages propose libraries, only the steward approves them.

Helpers and fixtures here are shared with test_intake.py (imported from this module).
"""

import hashlib
import os
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from courses.h5p import libraries, storage
from courses.h5p.intake import check, receive
from courses.h5p.libraries import ApprovalRefused, approve, is_approved_identical, refuse
from courses.h5p.manifest import LibraryRef
from courses.h5p.validate import validate
from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackage, H5PPackageStatus
from tests.h5p_packages import (
    FOLDER,
    SHARED_H5P,
    library_files,
    library_json,
    listing,
    package_files,
    write_package,
)
from tests.helpers import require

pytestmark = pytest.mark.django_db

EXAMPLE = LibraryRef("H5P.Example", 1, 0)
TRUE_FALSE = LibraryRef("H5P.TrueFalse", 1, 6)
TRUE_FALSE_JS = "H5P.TrueFalse-1.6/scripts/h5p-true-false.js"


# --- Shared helpers --------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """A media folder of the test's own: every stored H5P file lands below it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = set()
    return tmp_path / "media"


@pytest.fixture
def editor(make_user):
    return make_user("editor1", role="editor")


@pytest.fixture
def steward(make_user):
    return make_user("steward1", role="library_steward")


@pytest.fixture
def shared_valid() -> Path:
    require(SHARED_H5P.is_dir(), f"the real H5P packages are not at {SHARED_H5P}")
    return SHARED_H5P.resolve() / "valid"


def upload(path: Path, user, name: str | None = None) -> H5PPackage:
    """receive() a package file as an editor's upload (the check is not run: see checked())."""
    return receive(SimpleUploadedFile(name or path.name, path.read_bytes()), user)


def checked(path: Path, user) -> H5PPackage:
    package = check(upload(path, user))
    package.refresh_from_db()
    return package


def approve_pending(steward, **options) -> list[H5PLibrary]:
    return [
        approve(library, steward, **options)
        for library in H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING)
    ]


def codes(package: H5PPackage) -> set[str]:
    return {p["code"] for p in package.problems}


def rewrite_package(source: Path, target: Path, changes: dict[str, bytes]) -> Path:
    """A copy of ``source`` with the members named in ``changes`` replaced (or added)."""
    with zipfile.ZipFile(source) as original:
        files = [(i.filename, original.read(i)) for i in original.infolist() if not i.is_dir()]
    names = {name for name, _ in files}
    files = [(name, changes.get(name, data)) for name, data in files]
    files += [(name, data) for name, data in changes.items() if name not in names]
    return write_package(target, files)


def flip_one_byte(data: bytes) -> bytes:
    """The same bytes with one changed (a space becomes a tab), as a tampered build would be."""
    at = data.index(b" ")
    return data[:at] + b"\t" + data[at + 1 :]


def folder_hashes(folder: Path) -> dict[str, str]:
    """Path -> SHA-256 of every file below ``folder``."""
    found = {}
    for root, _folders, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            found[path.relative_to(folder).as_posix()] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
    return found


def crafted(tmp_path: Path, name: str = "crafted.h5p", files: dict | None = None) -> Path:
    """The small valid package of tests/h5p_packages.py, with ``files`` replaced or added."""
    contents = {**package_files(), **(files or {})}
    (tmp_path / "packages").mkdir(exist_ok=True)
    return write_package(tmp_path / "packages" / name, contents)


def crafted_patch(tmp_path: Path, patch: int, script: bytes) -> Path:
    """The small package with H5P.Example 1.0.<patch> whose script is ``script``."""
    files = package_files()
    files.update(library_files(FOLDER, library_json(patch=patch)))
    files[f"{FOLDER}/scripts/example.js"] = script
    (tmp_path / "packages").mkdir(exist_ok=True)
    return write_package(tmp_path / "packages" / f"patch-{patch}.h5p", files)


# --- Approving the real TrueFalse libraries -----------------------------------------------------


def test_steward_approves_the_libraries_of_truefalse(media, editor, steward, shared_valid):
    package = checked(shared_valid / "H5P.TrueFalse.h5p", editor)
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    shipped = validate(shared_valid / "H5P.TrueFalse.h5p").libraries
    pending = H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING)
    assert {row.ref for row in pending} == set(shipped)
    assert codes(package) == {"library_not_approved"}
    assert "H5P.TrueFalse 1.6" in package.report["libraries_needed"]

    approved = approve_pending(steward)

    assert len(approved) == len(shipped) == 11
    for row in H5PLibrary.objects.all():
        assert row.status == H5PLibraryStatus.APPROVED
        assert row.approved_by == steward and row.approved_at is not None
        assert row.proposed_from_id == package.pk
        info = shipped[row.ref]
        assert row.files == info.files and row.patch == info.patch
        # What is on disk is exactly what was approved, byte for byte.
        assert folder_hashes(storage.library_path(row.ref)) == row.files
    true_false = libraries.approved(TRUE_FALSE)
    assert true_false.runnable and true_false.core_api
    assert "scripts/h5p-true-false.js" in true_false.preloaded_js
    assert "H5P.Question 1.4" in true_false.dependencies
    assert is_approved_identical(shipped[TRUE_FALSE])


def test_an_editor_cannot_approve_a_library(media, editor, steward, shared_valid):
    checked(shared_valid / "H5P.TrueFalse.h5p", editor)
    library = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")
    with pytest.raises(PermissionDenied):
        approve(library, editor)
    with pytest.raises(PermissionDenied):
        refuse(library, editor)
    library.refresh_from_db()
    assert library.status == H5PLibraryStatus.PENDING
    assert not (media / "h5p" / "libraries").exists()
    assert steward.has_perm("courses.approve_h5plibrary")
    assert not editor.has_perm("courses.approve_h5plibrary")


def test_a_modified_library_waits_and_never_overwrites_the_approved_one(
    media, editor, steward, shared_valid, tmp_path
):
    original = shared_valid / "H5P.TrueFalse.h5p"
    checked(original, editor)
    approve_pending(steward)
    pinned = folder_hashes(storage.library_path(TRUE_FALSE))
    with zipfile.ZipFile(original) as archive:
        script = archive.read(TRUE_FALSE_JS)
    tampered = rewrite_package(
        original, tmp_path / "tampered.h5p", {TRUE_FALSE_JS: flip_one_byte(script)}
    )

    package = checked(tampered, editor)

    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert codes(package) == {"library_differs"}
    assert package.problems[0]["path"] == "H5P.TrueFalse-1.6"
    assert "H5P.TrueFalse 1.6" in package.problems[0]["message"]
    assert package.report["libraries_needed"] == ["H5P.TrueFalse 1.6"]
    assert not storage.content_path(package.pk).exists()
    proposal = H5PLibrary.objects.get(status=H5PLibraryStatus.PENDING)
    assert proposal.proposed_from == package and proposal.ref == TRUE_FALSE
    # Same version, other files: never approvable, not even as a replacement.
    for replace in (False, True):
        with pytest.raises(ApprovalRefused) as refused:
            approve(proposal, steward, replace=replace)
        assert refused.value.codes == {"library_not_newer"}
    assert folder_hashes(storage.library_path(TRUE_FALSE)) == pinned
    assert libraries.approved(TRUE_FALSE).files == pinned


# --- Crafted libraries ------------------------------------------------------------------------


def test_a_newer_patch_replaces_the_pinned_one_only_when_asked(media, editor, steward, tmp_path):
    first = checked(crafted_patch(tmp_path, 3, b"/* first */\n"), editor)
    assert first.status == H5PPackageStatus.NEEDS_LIBRARIES
    approve_pending(steward)
    old = libraries.approved(EXAMPLE)
    assert (storage.library_path(EXAMPLE) / "scripts/example.js").read_bytes() == b"/* first */\n"

    second = checked(crafted_patch(tmp_path, 4, b"/* second */\n"), editor)
    assert codes(second) == {"library_differs"}
    proposal = H5PLibrary.objects.get(status=H5PLibraryStatus.PENDING)
    with pytest.raises(ApprovalRefused) as refused:
        approve(proposal, steward)
    assert refused.value.codes == {"library_pinned"}
    assert "H5P.Example 1.0.3" in str(refused.value)
    assert (storage.library_path(EXAMPLE) / "scripts/example.js").read_bytes() == b"/* first */\n"

    approve(proposal, steward, replace=True)

    old.refresh_from_db()
    assert old.status == H5PLibraryStatus.REPLACED
    assert libraries.approved(EXAMPLE).patch == 4
    assert (storage.library_path(EXAMPLE) / "scripts/example.js").read_bytes() == b"/* second */\n"
    assert folder_hashes(storage.library_path(EXAMPLE)) == libraries.approved(EXAMPLE).files
    # No half-built or old folder is left beside the pinned one.
    assert sorted(p.name for p in (media / "h5p" / "libraries").iterdir()) == [FOLDER]
    assert check(second).status == H5PPackageStatus.READY
    assert check(first).status == H5PPackageStatus.NEEDS_LIBRARIES  # ships the old patch


def test_identical_library_is_recognised_and_proposed_once(media, editor, steward, tmp_path):
    path = crafted(tmp_path)
    info = validate(path).libraries[EXAMPLE]
    assert not libraries.installed(EXAMPLE)
    assert not is_approved_identical(info)
    checked(path, editor)
    checked(path, editor)  # the same library again: no second proposal
    assert H5PLibrary.objects.count() == 1
    approve_pending(steward)
    assert libraries.installed(EXAMPLE)
    assert is_approved_identical(info)
    other = validate(crafted_patch(tmp_path, 9, b"/* other */\n")).libraries[EXAMPLE]
    assert not is_approved_identical(other)
    assert not libraries.installed(LibraryRef("H5P.Example", 1, 1))


def test_approval_extracts_only_the_files_that_were_reviewed(media, editor, steward, tmp_path):
    package = checked(crafted(tmp_path), editor)
    library = H5PLibrary.objects.get()
    # The stored upload is changed after the steward saw the hashes.
    stored = storage.local_path(package.original.name)
    rewrite_package(stored, stored, {f"{FOLDER}/scripts/example.js": b"alert(1)\n"})
    with pytest.raises(ApprovalRefused) as refused:
        approve(library, steward)
    assert refused.value.codes == {"library_source_changed"}
    library.refresh_from_db()
    assert library.status == H5PLibraryStatus.PENDING
    assert listing(media / "h5p") == {"uploads", f"uploads/{package.pk}.h5p"}


def test_a_library_whose_package_is_gone_cannot_be_approved(media, editor, steward, tmp_path):
    package = checked(crafted(tmp_path), editor)
    library = H5PLibrary.objects.get()
    package.delete()
    library.refresh_from_db()
    with pytest.raises(ApprovalRefused) as refused:
        approve(library, steward)
    assert refused.value.codes == {"library_source_missing"}


def test_only_pending_libraries_can_be_decided(media, editor, steward, tmp_path):
    checked(crafted(tmp_path), editor)
    library = H5PLibrary.objects.get()
    approve(library, steward)
    with pytest.raises(ApprovalRefused) as refused:
        approve(library, steward)
    assert refused.value.codes == {"library_not_pending"}
    with pytest.raises(ApprovalRefused):
        refuse(library, steward)


def test_a_refused_library_refuses_the_packages_that_carry_it(media, editor, steward, tmp_path):
    path = crafted(tmp_path)
    package = checked(path, editor)
    refuse(H5PLibrary.objects.get(), steward)

    package = check(package)

    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"library_refused"}
    assert "H5P.Example 1.0" in package.problems[0]["message"]
    assert H5PLibrary.objects.count() == 1  # not proposed again
    assert checked(path, editor).status == H5PPackageStatus.REFUSED


def test_two_approved_rows_for_one_minor_version_are_impossible(media, editor, steward, tmp_path):
    checked(crafted(tmp_path), editor)
    row = approve_pending(steward)[0]
    values = {f: getattr(row, f) for f in ("machine_name", "major", "minor", "title", "files")}
    with pytest.raises(IntegrityError), transaction.atomic():
        H5PLibrary.objects.create(status=H5PLibraryStatus.APPROVED, patch=9, **values)
    # Pending and replaced rows of the same version may exist side by side.
    H5PLibrary.objects.create(status=H5PLibraryStatus.PENDING, patch=9, **values)
    H5PLibrary.objects.create(status=H5PLibraryStatus.REPLACED, patch=1, **values)


def test_libraries_from_package_lists_what_is_shipped(tmp_path):
    report = validate(crafted(tmp_path))
    found = libraries.libraries_from_package(report)
    assert [info.ref for info in found] == [EXAMPLE]
    assert (
        found[0].files["scripts/example.js"]
        == hashlib.sha256(b"/* scripts/example.js */\n").hexdigest()
    )
