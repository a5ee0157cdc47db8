"""Where H5P files are stored, and how folders are put in place and removed."""

import json
import uuid

import pytest

from courses.h5p import storage
from courses.h5p.manifest import LibraryRef
from courses.models.h5p import H5PPackage, package_upload_to
from tests.h5p_packages import listing

PACKAGE_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")
REF = LibraryRef("H5P.TrueFalse", 1, 6)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media").mkdir()
    return tmp_path / "media"


def test_storage_names(media):
    assert storage.upload_name(PACKAGE_ID) == f"h5p/uploads/{PACKAGE_ID}.h5p"
    assert storage.library_folder(REF) == "h5p/libraries/H5P.TrueFalse-1.6"
    assert storage.content_folder(PACKAGE_ID) == f"h5p/content/{PACKAGE_ID}/"
    assert storage.library_path(REF) == media / "h5p" / "libraries" / "H5P.TrueFalse-1.6"
    assert storage.content_path(PACKAGE_ID) == media / "h5p" / "content" / str(PACKAGE_ID)


def test_an_upload_is_named_by_the_package_never_by_the_user():
    package = H5PPackage(id=PACKAGE_ID)
    assert package_upload_to(package, "../../evil.php") == f"h5p/uploads/{PACKAGE_ID}.h5p"


@pytest.mark.parametrize("name", ["../outside", "h5p/../../outside", "/", "", "h5p/.."])
def test_local_paths_stay_inside_the_media_folder(media, name):
    with pytest.raises(ValueError):
        storage.local_path(name)


def test_a_link_out_of_the_media_folder_is_not_followed(media, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (media / "h5p").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ValueError):
        storage.local_path("h5p/content/x")


def test_swap_into_place_replaces_a_folder_whole(media):
    final = media / "h5p" / "content" / "x"
    final.mkdir(parents=True)
    (final / "old.txt").write_text("old")
    built = storage.staging_path(final)
    assert built.parent == final.parent and built.name.startswith(".")
    built.mkdir()
    (built / "new.txt").write_text("new")

    storage.swap_into_place(built, final)

    assert listing(media / "h5p" / "content") == {"x", "x/new.txt"}


def test_swap_into_place_creates_a_missing_folder(media):
    final = media / "h5p" / "content" / "y"
    final.parent.mkdir(parents=True)
    built = storage.staging_path(final)
    built.mkdir()
    storage.swap_into_place(built, final)
    assert listing(final.parent) == {"y"}


def test_remove_content_removes_the_folder_and_half_built_copies(media):
    final = storage.content_path(PACKAGE_ID)
    (final / "content").mkdir(parents=True)
    storage.staging_path(final).mkdir()
    (final.parent / f"..{PACKAGE_ID}.abc.staging.xyz.partial").mkdir()
    other = final.parent / "another-package"
    other.mkdir()

    storage.remove_content(PACKAGE_ID)

    assert listing(final.parent) == {"another-package"}
    storage.remove_content(PACKAGE_ID)  # nothing left to remove: no error


def test_read_semantics(media):
    folder = storage.library_path(REF)
    assert storage.read_semantics(REF) is None  # no library folder
    folder.mkdir(parents=True)
    semantics = [{"name": "question", "type": "text", "widget": "html"}]
    (folder / "semantics.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(semantics).encode())
    assert storage.read_semantics(REF) == semantics
    (folder / "semantics.json").write_text('{"not": "a list"}')
    assert storage.read_semantics(REF) is None
    (folder / "semantics.json").write_text("[")
    assert storage.read_semantics(REF) is None
    (folder / "semantics.json").write_text("[" + " " * storage.MAX_SEMANTICS_BYTES + "]")
    assert storage.read_semantics(REF) is None
