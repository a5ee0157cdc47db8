"""Extraction writes content (or a library) into a new folder, all or nothing, nowhere else."""

import hashlib
import os
import zipfile
import zlib

import pytest

from courses.h5p import extract as extract_module
from courses.h5p.extract import extract_content, extract_library
from courses.h5p.limits import Limits
from courses.h5p.manifest import LibraryRef
from courses.h5p.problems import PackageRefused
from courses.h5p.validate import validate
from tests.h5p_packages import (
    FOLDER,
    MAIN,
    PNG,
    listing,
    package_files,
    patch_central_directory,
    write_package,
)


@pytest.fixture
def storage(tmp_path):
    """The folder versions are stored in, with a neighbour that must never be touched."""
    root = tmp_path / "storage"
    root.mkdir()
    (root / "older-version").mkdir()
    (root / "older-version" / "h5p.json").write_text("{}")
    return root


def refused_extraction(call, *args) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        call(*args)
    return caught.value


def test_content_and_h5p_json_are_written_and_nothing_else(make_package, storage):
    files = package_files()
    files.update({"__MACOSX/content/._a.png": b"x", "content/.DS_Store": b"x", "notes.txt": b"x"})
    path = make_package(files)
    report = validate(path)
    before = listing(storage.parent)
    destination = storage / "activity" / "1"

    extracted = extract_content(path, report, destination)

    written = {"h5p.json", "content/content.json", "content/images/a.png"}
    assert {f.name for f in extracted} == written
    for item in extracted:
        data = (destination / item.name).read_bytes()
        assert data == files[item.name]
        assert item.size == len(data)
        assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert listing(destination) == written | {"content", "content/images"}
    new = {"storage/activity", "storage/activity/1"} | {f"storage/activity/1/{n}" for n in written}
    new |= {"storage/activity/1/content", "storage/activity/1/content/images"}
    assert listing(storage.parent) == before | new
    assert not any(os.path.islink(destination / n) for n in listing(destination))


def test_an_existing_destination_is_never_overwritten(make_package, storage):
    path = make_package()
    report = validate(path)
    before = listing(storage.parent)

    error = refused_extraction(extract_content, path, report, storage / "older-version")

    assert error.codes == {"destination_exists"}
    assert listing(storage.parent) == before
    assert (storage / "older-version" / "h5p.json").read_text() == "{}"


def test_a_symlink_as_destination_is_refused(make_package, storage, tmp_path):
    path = make_package()
    report = validate(path)
    (storage / "link").symlink_to(tmp_path / "elsewhere")

    error = refused_extraction(extract_content, path, report, storage / "link")

    assert error.codes == {"destination_exists"}
    assert not (tmp_path / "elsewhere").exists()


def test_a_forged_small_size_aborts_extraction_and_leaves_nothing(make_package, storage):
    # The central directory says 100 bytes; the data inflates to 200 KB.
    files = package_files()
    files["content/images/big.png"] = PNG + bytes(200_000)
    path = make_package(files)
    patch_central_directory(path, "content/images/big.png", file_size=100)
    report = validate(path)  # the directory alone looks fine
    before = listing(storage.parent)

    error = refused_extraction(extract_content, path, report, storage / "new")

    assert error.codes == {"corrupt"}
    assert error.problems[0].path == "content/images/big.png"
    assert listing(storage.parent) == before


def test_a_forged_size_with_a_matching_crc_writes_no_more_than_declared(make_package, storage):
    # Even a forger who fixes the CRC gets no more bytes on disk than the directory declares.
    data = PNG + bytes(200_000)
    files = package_files()
    files["content/images/big.png"] = data
    path = make_package(files)
    patch_central_directory(
        path, "content/images/big.png", file_size=100, crc=zlib.crc32(data[:100])
    )

    extracted = extract_content(path, validate(path), storage / "new")

    big = next(f for f in extracted if f.name == "content/images/big.png")
    assert big.size == 100
    assert (storage / "new" / "content/images/big.png").stat().st_size == 100


def test_a_damaged_member_aborts_extraction_and_leaves_nothing(make_package, storage):
    files = package_files()
    files["content/images/b.png"] = PNG * 50
    path = make_package(files)
    report = validate(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("content/images/b.png")
    # Flip bytes inside the compressed data (after the 30-byte local header and the name).
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5 : start + 9] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    before = listing(storage.parent)

    error = refused_extraction(extract_content, path, report, storage / "new")

    assert error.codes <= {"corrupt", "size_mismatch"}
    assert listing(storage.parent) == before


def test_a_package_swapped_after_validation_is_refused(make_package, storage):
    path = make_package()
    report = validate(path)
    files = package_files()
    files["content/images/extra.png"] = PNG
    write_package(path, files)
    before = listing(storage.parent)

    error = refused_extraction(extract_content, path, report, storage / "new")

    assert error.codes == {"package_changed"}
    assert listing(storage.parent) == before


def test_a_hostile_archive_swapped_in_is_refused_by_the_archive_checks(make_package, storage):
    path = make_package()
    report = validate(path)
    files = [*package_files().items(), ("content/../../escape.png", PNG)]
    write_package(path, files)
    before = listing(storage.parent)

    error = refused_extraction(extract_content, path, report, storage / "new")

    assert "traversal" in error.codes
    assert listing(storage.parent) == before


def test_an_uppercase_extension_is_extracted(make_package, storage):
    files = package_files()
    files["content/images/PHOTO.PNG"] = PNG
    path = make_package(files)

    extracted = extract_content(path, validate(path), storage / "new")

    assert "content/images/PHOTO.PNG" in {f.name for f in extracted}


def test_every_target_must_resolve_inside_the_root(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    limits = Limits()
    outside = tmp_path / "outside"
    outside.mkdir()

    assert extract_module._target(root, "content/a.png", limits) == str(root / "content" / "a.png")
    for name in ("../a.png", "/etc/passwd", "a/../../b.png", "", "content/"):
        with pytest.raises(PackageRefused):
            extract_module._target(root, name, limits)
    # A link planted inside the root is caught after joining, and never followed.
    (root / "content").symlink_to(outside)
    with pytest.raises(PackageRefused) as caught:
        extract_module._target(root, "content/a.png", limits)
    assert caught.value.codes == {"traversal"}
    with pytest.raises(PackageRefused):
        extract_module._make_folders(root, ["content", "images"])
    assert list(outside.iterdir()) == []


def test_the_written_total_is_capped_as_bytes_arrive():
    budget = extract_module._Budget(10)
    budget.spend(10)

    with pytest.raises(PackageRefused) as caught:
        budget.spend(1)

    assert caught.value.codes == {"total_too_large"}


def test_a_failure_half_way_leaves_nothing_behind(make_package, storage, monkeypatch):
    path = make_package()
    report = validate(path)
    before = listing(storage.parent)
    original = extract_module._write
    calls = []

    def fail_on_third(*args, **kwargs):
        calls.append(args[2])
        if len(calls) == 3:
            raise OSError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_module, "_write", fail_on_third)

    with pytest.raises(OSError, match="disk full"):
        extract_content(path, report, storage / "new")

    assert len(calls) == 3
    assert listing(storage.parent) == before


# --- Libraries (the steward's path) ---------------------------------------------------------


def test_a_library_is_extracted_with_the_hashes_the_steward_saw(make_package, storage):
    path = make_package()
    report = validate(path)
    info = report.libraries[LibraryRef(MAIN, 1, 0)]
    before = listing(storage.parent)

    hashes = extract_library(path, info, storage / FOLDER)

    assert hashes == info.files
    for relative, digest in hashes.items():
        assert hashlib.sha256((storage / FOLDER / relative).read_bytes()).hexdigest() == digest
    assert listing(storage.parent) - before == {
        f"storage/{FOLDER}",
        f"storage/{FOLDER}/scripts",
        f"storage/{FOLDER}/styles",
        f"storage/{FOLDER}/language",
        *(f"storage/{FOLDER}/{name}" for name in info.files),
    }


def test_a_library_that_differs_from_what_was_checked_is_refused(make_package, storage):
    path = make_package()
    info = validate(path).libraries[LibraryRef(MAIN, 1, 0)]
    files = package_files()
    files[f"{FOLDER}/scripts/example.js"] = b"stealCookies();"
    write_package(path, files)
    before = listing(storage.parent)

    error = refused_extraction(extract_library, path, info, storage / FOLDER)

    assert error.codes == {"hash_mismatch"}
    assert listing(storage.parent) == before


def test_content_extraction_never_writes_library_code(make_package, storage):
    path = make_package()

    extracted = extract_content(path, validate(path), storage / "new")

    assert not any(f.name.startswith(FOLDER) for f in extracted)
    assert not (storage / "new" / FOLDER).exists()


# --- Real packages --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["H5P.Dialogcards.h5p", "agamotto-valid3-3-images.h5p"])
def test_real_content_is_extracted_byte_for_byte(shared_h5p, storage, name):
    path = shared_h5p / "valid" / name
    report = validate(path)

    extracted = extract_content(path, report, storage / "new")

    with zipfile.ZipFile(path) as archive:
        for item in extracted:
            assert (storage / "new" / item.name).read_bytes() == archive.read(item.name)
    assert {f.name for f in extracted} == {"h5p.json", *report.content_files}


def test_real_libraries_are_extracted_with_their_hashes(shared_h5p, storage):
    path = shared_h5p / "valid" / "H5P.TrueFalse.h5p"
    report = validate(path)

    for info in report.libraries.values():
        assert extract_library(path, info, storage / info.ref.folder) == info.files
