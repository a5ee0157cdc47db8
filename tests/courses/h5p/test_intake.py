# ruff: noqa: F401, F811  (pytest fixtures imported from test_libraries)
"""Receiving and checking uploaded H5P packages: ready, waiting for libraries, or refused.

Every refusal must leave nothing in storage for the package but its upload.
"""

import hashlib
import importlib
import json
import zipfile
from pathlib import Path

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from config.celery import app as celery_app
from courses.h5p import intake, storage
from courses.h5p.intake import check, receive
from courses.h5p.limits import Limits
from courses.h5p.problems import PackageRefused
from courses.h5p.tasks import check_h5p_package
from courses.models import H5PLibrary, H5PPackage, H5PPackageStatus
from tests.courses.h5p.test_libraries import (
    FOLDER,
    approve_pending,
    checked,
    codes,
    crafted,
    editor,
    media,
    rewrite_package,
    shared_valid,
    steward,
    upload,
)
from tests.courses.h5p.test_sanitise import VALID
from tests.h5p_packages import (
    PNG,
    SHARED_H5P,
    as_json,
    h5p_json,
    library_files,
    library_json,
    listing,
    package_files,
    symlink_entry,
    write_package,
)
from tests.helpers import require

pytestmark = pytest.mark.django_db

HOSTILE_TEXT = '<p>Hello <strong>world</strong><img src="x" onerror="alert(1)"></p>'
# A rich-text field that allows <strong> and links, and an image: what the injected content needs.
SEMANTICS = [
    {"name": "text", "type": "text", "widget": "html", "tags": ["strong", "em", "a"]},
    {"name": "image", "type": "image"},
    {"name": "video", "type": "video", "optional": True},
]


def only_the_upload(media: Path, package: H5PPackage) -> bool:
    """Nothing in storage names the package but its upload, and nothing half-built is left."""
    found = listing(media / "h5p")
    mine = {p for p in found if str(package.pk) in p}
    hidden = {p for p in found if any(part.startswith(".") for part in p.split("/"))}
    return mine == {f"uploads/{package.pk}.h5p"} and not hidden


def stored_content(package: H5PPackage) -> dict:
    path = storage.local_path(package.content_folder) / "content" / "content.json"
    return json.loads(path.read_text("utf-8"))


def rich_package(tmp_path: Path, content: dict, name: str = "rich.h5p") -> Path:
    files = {
        "content/content.json": as_json(content),
        f"{FOLDER}/semantics.json": as_json(SEMANTICS),
    }
    return crafted(tmp_path, name=name, files=files)


@pytest.fixture
def approved_example(media, editor, steward, tmp_path):
    """H5P.Example 1.0 with SEMANTICS, approved by the steward."""
    checked(rich_package(tmp_path, {"text": "<p>first</p>"}, name="first.h5p"), editor)
    return approve_pending(steward)[0]


# --- receive ----------------------------------------------------------------------------------


def test_an_upload_is_stored_under_its_uuid_with_a_printable_name(media, editor, tmp_path):
    path = crafted(tmp_path)
    data = path.read_bytes()
    name = "rights\u202egpj.h5p"  # a right-to-left override hiding the real extension

    package = receive(SimpleUploadedFile(name, data), editor)

    assert package.status == H5PPackageStatus.RECEIVED
    assert package.original.name == f"h5p/uploads/{package.pk}.h5p"
    assert (media / "h5p" / "uploads" / f"{package.pk}.h5p").read_bytes() == data
    assert package.filename == "rights\\u202egpj.h5p"
    assert package.sha256 == hashlib.sha256(data).hexdigest()
    assert package.size == len(data)
    assert package.uploaded_by == editor
    assert listing(media / "h5p") == {"uploads", f"uploads/{package.pk}.h5p"}


def test_a_learner_cannot_upload(media, learner, tmp_path):
    with pytest.raises(PermissionDenied):
        upload(crafted(tmp_path), learner)
    assert not H5PPackage.objects.exists()
    assert not (media / "h5p").exists()


@pytest.mark.parametrize("name", ["package.zip", "package.h5p.html", "h5p", "package"])
def test_only_h5p_files_are_received(media, editor, tmp_path, name):
    with pytest.raises(PackageRefused) as refused:
        receive(SimpleUploadedFile(name, crafted(tmp_path).read_bytes()), editor)
    assert refused.value.codes == {"not_h5p"}
    assert not H5PPackage.objects.exists()
    assert not (media / "h5p").exists()


def test_a_package_over_the_size_limit_is_refused_before_it_is_stored(media, editor, tmp_path):
    data = crafted(tmp_path).read_bytes()
    limits = Limits(max_upload_bytes=len(data) - 1)
    with pytest.raises(PackageRefused) as refused:
        receive(SimpleUploadedFile("big.h5p", data), editor, limits=limits)
    assert refused.value.codes == {"too_large"}
    assert not H5PPackage.objects.exists()
    assert not (media / "h5p").exists()
    assert receive(SimpleUploadedFile("fits.h5p", data[:-1]), editor, limits=Limits(len(data)))


def test_receiving_queues_the_check_after_commit(
    media, editor, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        package = upload(crafted(tmp_path), editor)
        package.refresh_from_db()
        assert package.status == H5PPackageStatus.RECEIVED  # nothing checked before commit
    assert len(callbacks) == 1
    package.refresh_from_db()
    # The (eager) task ran: the package waits for its library, which it proposed.
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert package.checked_at is not None
    assert H5PLibrary.objects.get().proposed_from == package


# --- Ready ------------------------------------------------------------------------------------


def test_a_package_with_approved_libraries_is_extracted_and_sanitised(
    media, editor, approved_example, tmp_path
):
    content = {"text": HOSTILE_TEXT, "image": {"path": "images/a.png", "mime": "image/png"}}
    path = rich_package(tmp_path, content)

    package = checked(path, editor)

    assert package.status == H5PPackageStatus.READY, package.problems
    assert package.problems == []
    assert package.content_folder == f"h5p/content/{package.pk}/"
    folder = storage.local_path(package.content_folder)
    assert listing(folder) == {
        "h5p.json",
        "content",
        "content/content.json",
        "content/images",
        "content/images/a.png",
    }
    assert (folder / "content" / "images" / "a.png").read_bytes() == PNG
    assert (folder / "h5p.json").read_bytes() == as_json(h5p_json())
    stored = stored_content(package)
    assert stored["text"] == "<p>Hello <strong>world</strong></p>"
    assert "onerror" not in (folder / "content" / "content.json").read_text("utf-8")
    assert stored["image"] == {"path": "images/a.png", "mime": "image/png"}
    report = package.report
    assert report["title"] == "Rights at work" and report["language"] == "en"
    assert report["main_library"] == "H5P.Example 1.0"
    assert report["libraries"] == ["H5P.Example 1.0"]
    assert report["content_files"] == ["content/content.json", "content/images/a.png"]
    assert [s["text"] for s in report["readable_strings"]] == ["Hello world"]
    assert report["external_urls"] == []
    assert any(w["path"].startswith("/text") for w in report["warnings"])  # the <img> removed
    # Nothing half-built is left beside the content folder.
    assert listing(media / "h5p" / "content") == {str(package.pk), *listing_of(folder)}


def listing_of(folder: Path) -> set[str]:
    return {f"{folder.name}/{name}" for name in listing(folder)}


def test_a_real_package_becomes_ready_once_its_libraries_are_approved(
    media, editor, steward, shared_valid, settings, tmp_path
):
    # The image credit of this hub package links to Wikipedia.
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = {"en.wikipedia.org"}
    original = shared_valid / "H5P.TrueFalse.h5p"
    with zipfile.ZipFile(original) as archive:
        content = json.loads(archive.read("content/content.json"))
    content["question"] = "<p>Oslo is the capital of Norway.<img src=x onerror=alert(1)></p>"
    injected = rewrite_package(
        original, tmp_path / "injected.h5p", {"content/content.json": as_json(content)}
    )

    package = checked(injected, editor)
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert not storage.content_path(package.pk).exists()
    approve_pending(steward)
    package = check(package)

    assert package.status == H5PPackageStatus.READY, package.problems
    stored = stored_content(package)
    assert stored["question"] == "<p>Oslo is the capital of Norway.</p>"
    text = (storage.local_path(package.content_folder) / "content/content.json").read_text()
    assert "onerror" not in text and "<img" not in text
    image = storage.local_path(package.content_folder) / "content/images/file-582dbbc081261.jpg"
    with zipfile.ZipFile(original) as archive:
        assert image.read_bytes() == archive.read("content/images/file-582dbbc081261.jpg")
    assert "Oslo is the capital of Norway." in [
        s["text"] for s in package.report["readable_strings"]
    ]
    assert [u["host"] for u in package.report["external_urls"]] == ["en.wikipedia.org"]
    assert "H5P.TrueFalse 1.6" in package.report["libraries"]
    # Library folders are never extracted with the content.
    assert not list(storage.local_path(package.content_folder).glob("H5P.*"))


# Every real package that ships its libraries (the content-only crossword ships none).
SHIPPED_LIBRARIES = [name for name in VALID if name != "content-only-crossword.h5p"]


def test_every_valid_package_is_listed_here(shared_valid):
    assert {path.name for path in shared_valid.glob("*.h5p")} == set(VALID)


@pytest.mark.parametrize("name", SHIPPED_LIBRARIES)
def test_every_valid_package_is_ready_once_its_libraries_are_approved(
    media, editor, steward, shared_valid, settings, name
):
    # No external host is allowed: credit and text links are listed, never loaded.
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = set()
    package = checked(shared_valid / name, editor)
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES, package.problems
    approve_pending(steward)
    package = check(package)
    assert package.status == H5PPackageStatus.READY, package.problems
    assert all(url["kind"] == "links" for url in package.report["external_urls"])
    assert (storage.local_path(package.content_folder) / "content" / "content.json").is_file()


def test_content_only_crossword_waits_until_its_library_is_approved(
    media, editor, steward, shared_valid, tmp_path
):
    crossword = checked(shared_valid / "content-only-crossword.h5p", editor)
    assert crossword.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert codes(crossword) == {"library_missing"}
    assert "H5P.Crossword 0.5" in crossword.problems[0]["message"]
    assert crossword.report["libraries_needed"] == ["H5P.Crossword 0.5"]
    assert not H5PLibrary.objects.exists()  # nothing to propose: the package ships no library
    assert only_the_upload(media, crossword)

    # Another package ships the library (no real one does, so this one is made here).
    crossword_library = library_json(
        "H5P.Crossword", major=0, minor=5, patch=1, preloadedJs=[{"path": "crossword.js"}]
    )
    crossword_library.pop("preloadedCss")
    files = {
        "h5p.json": as_json(
            h5p_json(
                mainLibrary="H5P.Crossword",
                preloadedDependencies=[
                    {"machineName": "H5P.Crossword", "majorVersion": 0, "minorVersion": 5}
                ],
            )
        ),
        "content/content.json": as_json({"words": []}),
        **library_files("H5P.Crossword-0.5", crossword_library),
        "H5P.Crossword-0.5/semantics.json": as_json(
            [
                {
                    "name": "words",
                    "type": "list",
                    "field": {
                        "name": "word",
                        "type": "group",
                        "fields": [
                            {"name": "clue", "type": "text"},
                            {"name": "answer", "type": "text"},
                        ],
                    },
                }
            ]
        ),
    }
    carrier = checked(write_package(tmp_path / "carrier.h5p", files), editor)
    assert carrier.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert check(crossword).status == H5PPackageStatus.NEEDS_LIBRARIES  # proposed, not approved
    approve_pending(steward)

    crossword = check(crossword)

    assert crossword.status == H5PPackageStatus.READY, crossword.problems
    texts = [s["text"] for s in crossword.report["readable_strings"]]
    assert "Statue of liberty is located in?" in texts and "New York" in texts
    assert stored_content(crossword)["words"][0]["answer"] == "New York"


def test_an_approved_library_needs_its_own_dependencies_approved(media, editor, steward, tmp_path):
    dependency = {"machineName": "H5P.Helper", "majorVersion": 1, "minorVersion": 0}
    files = package_files()
    files.update(library_files(FOLDER, library_json(preloadedDependencies=[dependency])))
    files.update(library_files("H5P.Helper-1.0", library_json("H5P.Helper")))
    checked(write_package(tmp_path / "both.h5p", files), editor)
    example = H5PLibrary.objects.get(machine_name="H5P.Example")
    from courses.h5p.libraries import approve

    approve(example, steward)  # H5P.Helper stays pending
    content_only = {
        "h5p.json": files["h5p.json"],
        "content/content.json": files["content/content.json"],
        "content/images/a.png": PNG,
    }

    package = checked(write_package(tmp_path / "content-only.h5p", content_only), editor)

    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert codes(package) == {"library_missing"}
    assert package.report["libraries_needed"] == ["H5P.Helper 1.0"]
    approve_pending(steward)
    package = check(package)
    assert package.status == H5PPackageStatus.READY, package.problems
    assert package.report["libraries"] == ["H5P.Example 1.0", "H5P.Helper 1.0"]


# --- External addresses -----------------------------------------------------------------------

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_a_youtube_video_is_refused_unless_its_host_is_allowed(
    media, editor, approved_example, settings, tmp_path
):
    content = {"text": "<p>Watch</p>", "video": [{"path": YOUTUBE, "mime": "video/YouTube"}]}
    path = rich_package(tmp_path, content)

    package = checked(path, editor)

    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"external_host"}
    assert "www.youtube.com" in package.problems[0]["message"]
    assert package.problems[0]["path"] == "/video/0/path"
    assert only_the_upload(media, package)

    settings.H5P_ALLOWED_EXTERNAL_HOSTS = {"www.youtube.com"}
    package = check(package)
    assert package.status == H5PPackageStatus.READY, package.problems
    assert stored_content(package)["video"] == [{"path": YOUTUBE, "mime": "video/YouTube"}]
    assert package.report["external_urls"] == [
        {"url": YOUTUBE, "host": "www.youtube.com", "where": "/video/0/path", "kind": "loads"}
    ]


def test_a_link_in_text_is_listed_for_the_reviewer_but_not_refused(
    media, editor, approved_example, tmp_path
):
    # A link is followed only if a learner chooses to; the safeguarding reviewer decides.
    text = '<p>See <a href="http://example.org/x">this</a></p>'
    package = checked(rich_package(tmp_path, {"text": text}), editor)
    assert package.status == H5PPackageStatus.READY, package.problems
    assert package.report["external_urls"] == [
        {"url": "http://example.org/x", "host": "example.org", "where": "/text", "kind": "links"}
    ]


def test_an_address_that_loads_by_itself_is_refused_even_inside_a_link(
    media, editor, approved_example, tmp_path
):
    # The same host linked and loaded: what loads decides.
    content = {
        "text": '<p><a href="https://example.org/v">see</a></p>',
        "video": [{"path": "https://example.org/v", "mime": "video/mp4"}],
    }
    package = checked(rich_package(tmp_path, content), editor)
    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"external_host"}
    assert "example.org" in package.problems[0]["message"]


# --- Refused ----------------------------------------------------------------------------------

SHARED_REFUSALS = {
    "invalid/invalid-h5p-json-schema.h5p": ("schema", "mainLibrary"),
    "invalid/broken-h5p-json.h5p": ("bad_json", "h5p.json"),
    "invalid/corrupt_archive.h5p": ("not_a_zip", "not an H5P package"),
    "invalid/malformed-library-directory.h5p": ("library_folder", "library!"),
    "invalid/broken-content-json.h5p": ("bad_json", "content/content.json"),
    "invalid/invalid-library-directory-name.h5p": ("library_folder", "H5P.GreetingCard-1.0"),
    "invalid/missing-preloaded-js.h5p": ("missing_file", "greetingcard.js"),
    "hostile/eicar-in-content.h5p": ("media_eicar", "content/eicar.jpg"),
    "hostile/iframe-embedder-html.h5p": ("disallowed_extension", "content/phet.html"),
    "hostile/xss-svg.h5p": ("disallowed_extension", "content/images/xss.svg"),
}


def test_every_invalid_and_hostile_package_is_listed_here():
    require(SHARED_H5P.is_dir(), f"the real H5P packages are not at {SHARED_H5P}")
    found = {
        f"{p.parent.name}/{p.name}"
        for folder in ("invalid", "hostile")
        for p in (SHARED_H5P / folder).glob("*.h5p")
    }
    assert found == set(SHARED_REFUSALS)


@pytest.mark.parametrize("name", sorted(SHARED_REFUSALS))
def test_invalid_and_hostile_packages_are_refused_leaving_only_the_upload(
    media, editor, name, settings
):
    require(SHARED_H5P.is_dir(), f"the real H5P packages are not at {SHARED_H5P}")
    # The upload scan would refuse the EICAR package before storing it (tests/uploads); here
    # the content checks behind it are tested.
    settings.UPLOAD_SCANNER = "uploads.scanner.FakeScanner"
    code, named = SHARED_REFUSALS[name]

    package = checked(SHARED_H5P.resolve() / name, editor)

    assert package.status == H5PPackageStatus.REFUSED
    assert code in codes(package)
    assert any(named in p["message"] for p in package.problems if p["code"] == code)
    assert package.content_folder == ""
    assert listing(media / "h5p") == {"uploads", f"uploads/{package.pk}.h5p"}
    assert not H5PLibrary.objects.exists()


def test_eicar_is_refused_even_when_its_libraries_are_approved(
    media, editor, steward, shared_valid, settings
):
    settings.UPLOAD_SCANNER = "uploads.scanner.FakeScanner"  # past the upload scan, as above
    checked(shared_valid / "greetingcard-valid2.h5p", editor)
    approve_pending(steward)  # the same H5P.GreetingCard 1.0 as the hostile package
    package = checked(SHARED_H5P.resolve() / "hostile" / "eicar-in-content.h5p", editor)
    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"media_eicar"}
    assert not storage.content_path(package.pk).exists()


def _crafted_hostile(tmp_path: Path, case: str) -> Path:
    files = package_files()
    if case == "traversal":
        files["content/../../evil.png"] = PNG
    elif case == "html":
        files["content/page.html"] = b"<script>alert(1)</script>"
    elif case == "disguised":
        files["content/images/a.png"] = b"<html><script>alert(1)</script></html>"
    elif case == "extensionless":
        files["content/run"] = b"#!/bin/sh\n"
    elif case == "symlink":
        files = [*files.items(), (symlink_entry("content/images/link.png"), b"/etc/passwd")]
    return write_package(tmp_path / f"{case}.h5p", files)


CRAFTED_REFUSALS = {
    "traversal": "traversal",
    "html": "disallowed_extension",
    "disguised": "media_mismatch",
    "extensionless": "disallowed_extension",
    "symlink": "symlink",
}


@pytest.mark.parametrize("case", sorted(CRAFTED_REFUSALS))
def test_crafted_hostile_packages_are_refused_leaving_only_the_upload(
    media, editor, tmp_path, case
):
    package = checked(_crafted_hostile(tmp_path, case), editor)
    assert package.status == H5PPackageStatus.REFUSED
    assert CRAFTED_REFUSALS[case] in codes(package)
    assert all(p["message"] for p in package.problems)
    assert listing(media / "h5p") == {"uploads", f"uploads/{package.pk}.h5p"}


def test_a_refused_recheck_removes_the_content_of_a_ready_package(
    media, editor, approved_example, settings, tmp_path
):
    content = {"text": "<p>Watch</p>", "video": [{"path": YOUTUBE, "mime": "video/YouTube"}]}
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = {"www.youtube.com"}
    package = checked(rich_package(tmp_path, content), editor)
    assert package.status == H5PPackageStatus.READY
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = set()
    package = check(package)
    assert package.status == H5PPackageStatus.REFUSED
    assert package.content_folder == ""
    assert only_the_upload(media, package)


# --- The Celery task --------------------------------------------------------------------------


def test_the_task_checks_a_package(media, editor, approved_example, tmp_path):
    package = upload(rich_package(tmp_path, {"text": "<p>Hi</p>"}), editor)
    result = check_h5p_package.delay(str(package.pk))
    assert result.get() == H5PPackageStatus.READY
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.READY
    assert check_h5p_package.delay("00000000-0000-0000-0000-000000000000").get() is None


def test_a_crash_while_checking_is_retried_then_refuses_the_package(
    media, editor, approved_example, tmp_path, monkeypatch
):
    package = upload(rich_package(tmp_path, {"text": "<p>Hi</p>"}), editor)
    calls = []
    real_check = intake._check

    def crash(package, limits, built):
        calls.append(package.status)
        real_check(package, limits, built)  # extracts into the staging folder...
        raise OSError("disk full")  # ...then fails before it is put in place

    monkeypatch.setattr(intake, "_check", crash)
    # As on a worker: the failure is retried, not raised.
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)

    assert check_h5p_package.delay(str(package.pk)).failed()

    assert calls == [H5PPackageStatus.CHECKING] * 3  # the first try and two retries
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"could_not_check"}
    assert "could not be checked" in package.problems[0]["message"]
    assert only_the_upload(media, package)


def test_a_check_that_runs_out_of_time_is_not_retried(media, editor, tmp_path, monkeypatch):
    package = upload(crafted(tmp_path), editor)
    calls = []

    def slow(*args):
        calls.append(1)
        raise SoftTimeLimitExceeded

    monkeypatch.setattr(intake, "_check", slow)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)
    assert check_h5p_package.delay(str(package.pk)).failed()
    assert calls == [1]
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"check_timeout"}


def test_the_task_is_bounded_and_found_by_the_worker():
    assert check_h5p_package.soft_time_limit == 120 and check_h5p_package.time_limit == 150
    assert check_h5p_package.acks_late and check_h5p_package.max_retries == 2
    assert importlib.import_module("courses.tasks").check_h5p_package is check_h5p_package
    assert check_h5p_package.name in celery_app.tasks


def test_a_failed_queued_check_does_not_break_the_upload(
    media, editor, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    # Eager Celery that propagates (as with ``make run``): no retries, no on_failure.
    monkeypatch.setattr(intake, "_check", lambda *args: 1 / 0)
    with django_capture_on_commit_callbacks(execute=True):
        package = upload(crafted(tmp_path), editor)
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.REFUSED
    assert codes(package) == {"could_not_check"}
    assert only_the_upload(media, package)


def test_workers_are_replaced_after_growing_past_a_memory_limit():
    assert celery_app.conf.worker_max_memory_per_child == 400_000
