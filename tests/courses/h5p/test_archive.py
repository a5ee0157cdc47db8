"""The archive checks: names, links, collisions, bombs and file types, from the directory alone."""

import io
import stat
import zipfile

import pytest
from django.utils import translation
from django.utils.functional import Promise

from courses.h5p import archive as archive_module
from courses.h5p.archive import (
    CONTENT,
    DIRECTORY,
    IGNORED,
    LIBRARY,
    MANIFEST,
    classify,
    extension_of,
    inspect,
)
from courses.h5p.limits import (
    CONTENT_EXTENSIONS,
    LIBRARY_EXTENSIONS,
    NEVER_IN_CONTENT,
    Limits,
)
from courses.h5p.problems import PackageRefused
from tests.h5p_packages import (
    FOLDER,
    PNG,
    entry,
    package_files,
    patch_central_directory,
    replace_bytes,
    symlink_entry,
    write_many_entries,
    write_package,
)


def refused(path, limits=None) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        inspect(path, limits)
    return caught.value


def with_extra(*extra) -> list:
    return [*package_files().items(), *extra]


def test_a_valid_package_is_sorted_without_opening_a_member(make_package, no_member_reads):
    path = make_package(
        with_extra(
            ("content/", b""),
            ("__MACOSX/content/._a.png", b"\x00"),
            ("content/.DS_Store", b"\x00"),
            ("H5P_CONTENT_HERE.txt", b"junk"),
        )
    )

    inventory = inspect(path)

    assert inventory.manifest.name == "h5p.json"
    assert [e.name for e in inventory.content] == ["content/content.json", "content/images/a.png"]
    assert set(inventory.libraries) == {FOLDER}
    assert f"{FOLDER}/library.json" in {e.name for e in inventory.libraries[FOLDER]}
    assert inventory.ignored == [
        "__MACOSX/content/._a.png",
        "content/.DS_Store",
        "H5P_CONTENT_HERE.txt",
    ]
    assert inventory.content[1].size == len(PNG)
    assert inventory.archive_bytes == path.stat().st_size


def test_an_unusual_compression_method_is_refused(make_package):
    path = make_package(with_extra(("content/images/b.png", PNG)))
    patch_central_directory(path, "content/images/b.png", compress_type=zipfile.ZIP_BZIP2)

    assert refused(path).codes == {"unsupported_compression"}


def test_a_file_object_is_read_like_a_path(make_package):
    data = make_package().read_bytes()

    assert inspect(io.BytesIO(data)).manifest.name == "h5p.json"


@pytest.mark.parametrize(
    ("name", "kind", "folder"),
    [
        ("h5p.json", MANIFEST, ""),
        ("content/content.json", CONTENT, ""),
        ("content/deep/er/a.mp3", CONTENT, ""),
        ("H5P.Example-1.0/scripts/a.js", LIBRARY, "H5P.Example-1.0"),
        ("FontAwesome/library.json", LIBRARY, "FontAwesome"),
        ("content/images/", DIRECTORY, ""),
        ("__MACOSX/content/._a.png", IGNORED, ""),
        ("content/.DS_Store", IGNORED, ""),
        ("H5P.Example-1.0/_notes/a.js", IGNORED, ""),
        (".git/config", IGNORED, ""),
        ("H5P_CONTENT_HERE.txt", IGNORED, ""),
        ("README", IGNORED, ""),
        ("H5P.JSON", IGNORED, ""),
    ],
)
def test_entries_are_classified_as_h5p_core_does(name, kind, folder):
    assert classify(name) == (kind, folder)


@pytest.mark.parametrize(
    ("name", "extension"),
    [
        ("a.PNG", "png"),
        ("a/b.tar.gz", "gz"),
        ("a/b", ""),
        ("a/.png", ""),
        ("a/b.", ""),
        ("b.c/d", ""),
    ],
)
def test_the_extension_is_that_of_the_last_segment_lower_case(name, extension):
    assert extension_of(name) == extension


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../evil.png", "traversal"),
        ("content/../../evil.png", "traversal"),
        ("content/images/../../../evil.png", "traversal"),
        ("/abs.png", "traversal"),
        ("/etc/cron.d/evil", "traversal"),
        ("C:\\x", "traversal"),
        ("C:/windows/evil.png", "traversal"),
        ("content\\..\\evil.png", "unsafe_name"),
        ("content/a\\b.png", "unsafe_name"),
        ("content/a:b.png", "unsafe_name"),
        ("content//a.png", "unsafe_name"),
        ("content/./a.png", "unsafe_name"),
        ("content/a\x01.png", "unsafe_name"),
        ("content/" + "a" * 300 + ".png", "name_too_long"),
    ],
)
def test_names_that_could_escape_or_mislead_are_refused(make_package, name, code):
    path = make_package(with_extra((name, PNG)))

    problems = [p for p in refused(path).problems if p.code == code]

    assert problems, f"{name!r} was not refused with {code}"
    assert problems[0].path == name


def test_a_nul_in_a_name_is_refused_although_zipfile_cuts_the_name_there(make_package):
    path = make_package(with_extra(("content/nul_.png", PNG)))
    replace_bytes(path, b"content/nul_.png", b"content/nul\x00.png")

    problems = refused(path).problems

    assert [p.code for p in problems] == ["unsafe_name"]
    assert problems[0].path == "content/nul\x00.png"
    assert "nul\\u0000.png" in str(problems[0].message)  # shown, not swallowed


def test_every_problem_is_reported_not_only_the_first(make_package):
    path = make_package(
        with_extra(
            ("../evil.png", PNG),
            (symlink_entry("content/link.png"), b"/etc"),
            ("content/x.js", b""),
        )
    )

    assert refused(path).codes == {"traversal", "symlink", "disallowed_extension"}


def test_a_symlink_entry_is_refused(make_package):
    path = make_package(with_extra((symlink_entry("content/images/link.png"), b"/etc/passwd")))

    problems = refused(path).problems

    assert [(p.code, p.path) for p in problems] == [("symlink", "content/images/link.png")]


@pytest.mark.parametrize(
    "mode", [stat.S_IFCHR | 0o666, stat.S_IFIFO | 0o644, stat.S_IFSOCK | 0o644]
)
def test_device_pipe_and_socket_entries_are_refused(make_package, mode):
    path = make_package(with_extra((entry("content/images/dev.png", mode=mode), b"")))

    assert refused(path).codes == {"special_file"}


def test_ordinary_unix_modes_are_fine(make_package):
    path = make_package(
        with_extra(
            (entry("content/images/b.png", mode=stat.S_IFREG | 0o644), PNG),
            (entry("content/more/", mode=stat.S_IFDIR | 0o755), b""),
        )
    )

    assert {e.name for e in inspect(path).content} >= {"content/images/b.png"}


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_duplicate_name_is_refused(make_package):
    path = make_package(with_extra(("content/images/a.png", b"second")))

    problems = refused(path).problems

    assert [(p.code, p.path) for p in problems] == [("duplicate", "content/images/a.png")]


def test_names_that_differ_only_in_case_collide(make_package):
    path = make_package(with_extra(("content/images/A.png", PNG)))

    problems = refused(path).problems

    assert [p.code for p in problems] == ["name_collision"]
    assert "content/images/A.png" in str(problems[0].message)
    assert "content/images/a.png" in str(problems[0].message)


def test_names_that_differ_only_in_unicode_normalisation_collide(make_package):
    composed, decomposed = "content/images/caf\u00e9.png", "content/images/cafe\u0301.png"
    path = make_package(with_extra((composed, PNG), (decomposed, PNG)))

    assert refused(path).codes == {"name_collision"}


def test_folders_spelled_in_two_cases_collide(make_package):
    path = make_package(with_extra(("content/Images/b.png", PNG)))

    assert refused(path).codes == {"name_collision"}


def test_a_file_and_a_folder_of_the_same_name_collide(make_package):
    path = make_package(with_extra(("content/images/a.png/b.png", PNG)))

    assert "name_collision" in refused(path).codes


def test_thirty_thousand_entries_are_refused_from_the_end_record(tmp_path, monkeypatch):
    path = write_many_entries(tmp_path / "many.h5p", 30_000)

    def no_directory_parsing(*args, **kwargs):
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr(archive_module.zipfile, "ZipFile", no_directory_parsing)

    problems = refused(path).problems

    assert [p.code for p in problems] == ["too_many_entries"]
    assert "30000" in str(problems[0].message)


def zip64_package(path, monkeypatch):
    """A small package whose end record is the Zip64 kind (32-bit fields set to 0xFFFF)."""
    with monkeypatch.context() as patched:
        patched.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
        write_package(path, package_files())
    data = path.read_bytes()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    return path


def test_a_zip64_end_record_is_read(tmp_path, monkeypatch):
    path = zip64_package(tmp_path / "zip64.h5p", monkeypatch)

    assert len(inspect(path).entries) == len(package_files())


def test_a_zip64_end_record_claiming_too_many_entries_is_refused(tmp_path, monkeypatch):
    path = zip64_package(tmp_path / "zip64.h5p", monkeypatch)
    data = bytearray(path.read_bytes())
    record = data.rfind(b"PK\x06\x06")
    data[record + 32 : record + 40] = (1_000_000).to_bytes(8, "little")  # entries in total
    path.write_bytes(bytes(data))

    assert refused(path).codes == {"too_many_entries"}


def test_an_entry_count_at_the_cap_is_fine(tmp_path):
    path = write_many_entries(tmp_path / "many.h5p", 2000)

    assert len(inspect(path).entries) == 2000


def test_a_300_mb_entry_of_zeros_is_refused_without_inflating_it(zeros_package, no_member_reads):
    assert zeros_package.stat().st_size < 2 * 1024 * 1024

    problems = refused(zeros_package).problems

    assert {p.code for p in problems} == {"entry_too_large", "ratio", "total_too_large"}
    assert {p.path for p in problems if p.code != "total_too_large"} == {"content/images/huge.png"}


def test_a_forged_declared_size_over_the_cap_is_refused(make_package):
    path = make_package(with_extra(("content/images/b.png", PNG)))
    patch_central_directory(path, "content/images/b.png", file_size=200 * 1024 * 1024)

    assert {"entry_too_large", "ratio", "total_too_large"} <= refused(path).codes


def test_audio_and_video_may_be_larger_than_other_files(make_package):
    limits = Limits(max_entry_bytes=1000, max_media_entry_bytes=5000)
    path = make_package(with_extra(("content/audio/a.mp3", b"\x01" * 3000)))
    assert inspect(path, limits)

    path = make_package(with_extra(("content/images/b.png", b"\x01" * 3000)))
    assert refused(path, limits).codes == {"entry_too_large"}


def test_the_total_is_capped(make_package):
    path = make_package(with_extra(("content/audio/a.mp3", b"\x01" * 3000)))

    assert refused(path, Limits(max_total_bytes=2000)).codes == {"total_too_large"}


def test_small_entries_are_exempt_from_the_ratio_cap(make_package):
    # 500 KB of JSON white space compresses about 1,000 times, and is harmless.
    path = make_package(with_extra(("content/padding.json", b" " * 500_000)))

    assert inspect(path)


def test_an_upload_over_the_cap_is_refused_before_it_is_opened(make_package, no_member_reads):
    path = make_package()

    problems = refused(path, Limits(max_upload_bytes=100)).problems

    assert [p.code for p in problems] == ["too_large"]


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04", b"not a zip at all" * 100, PNG])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, data):
    path = tmp_path / "upload.h5p"
    path.write_bytes(data)

    assert refused(path).codes == {"not_a_zip"}


def test_a_truncated_zip_is_refused(make_package):
    path = make_package()
    path.write_bytes(path.read_bytes()[:-10])

    assert refused(path).codes == {"not_a_zip"}


def test_overlapping_entries_are_refused(make_package):
    path = make_package()
    patch_central_directory(path, "content/images/a.png", header_offset=0)

    assert "overlap" in refused(path).codes


def test_an_encrypted_entry_is_refused(make_package):
    path = make_package(with_extra(("content/images/b.png", PNG)))
    patch_central_directory(path, "content/images/b.png", flag_bits=0x1)

    assert refused(path).codes == {"encrypted"}


@pytest.mark.parametrize(
    "name",
    [
        "content/inner.zip",
        "content/more.h5p",
        "content/a.tar.gz",
        "content/b.7z",
        f"{FOLDER}/vendor.jar",
    ],
)
def test_archives_inside_the_package_are_refused(make_package, name):
    path = make_package(with_extra((name, b"PK\x03\x04")))

    problems = refused(path).problems

    assert [(p.code, p.path) for p in problems] == [("nested_archive", name)]


@pytest.mark.parametrize(
    "name",
    [
        "content/x.js",
        "content/x.mjs",
        "content/page.html",
        "content/page.HTM",
        "content/shell.php",
        "content/shell.PHP",
        "content/shell.phtml",
        "content/images/x.svg",
        "content/data.xml",
        "content/run.sh",
        "content/run.exe",
        "content/style.css",
        "content/images/no-extension",
        "content/images/trailing.",
    ],
)
def test_content_may_hold_only_allowed_file_types(make_package, name):
    path = make_package(with_extra((name, b"<script>alert(1)</script>")))

    problems = refused(path).problems

    assert [(p.code, p.path) for p in problems] == [("disallowed_extension", name)]
    message = str(problems[0].message)
    assert f"“{name}”" in message
    assert "Allowed types: " in message and "png" in message and "mp3" in message


@pytest.mark.parametrize("name", [f"{FOLDER}/x.php", f"{FOLDER}/page.html", f"{FOLDER}/bin"])
def test_libraries_may_hold_only_library_file_types(make_package, name):
    path = make_package(with_extra((name, b"")))

    problems = refused(path).problems

    assert [(p.code, p.path) for p in problems] == [("disallowed_extension", name)]
    assert "a library may not contain" in str(problems[0].message) or "no file type" in str(
        problems[0].message
    )


def test_libraries_may_hold_scripts_styles_fonts_and_svg(make_package):
    extra = [
        (f"{FOLDER}/fonts/a.{ext}", b"x") for ext in ("woff", "woff2", "ttf", "eot", "otf", "svg")
    ]
    path = make_package(with_extra(*extra, (f"{FOLDER}/README.md", b"# read me")))

    # Five files of the example library, the read-me and the six fonts and images.
    assert len(inspect(path).libraries[FOLDER]) == 5 + 1 + len(extra)


def test_an_upper_case_extension_is_allowed(make_package):
    path = make_package(with_extra(("content/images/PHOTO.PNG", PNG)))

    assert "content/images/PHOTO.PNG" in {e.name for e in inspect(path).content}


def test_ignored_entries_are_not_checked_for_their_type(make_package):
    path = make_package(
        with_extra(
            ("__MACOSX/content/._x.php", b""), ("content/.htaccess", b""), ("notes.html", b"")
        )
    )

    assert inspect(path).ignored == ["__MACOSX/content/._x.php", "content/.htaccess", "notes.html"]


def test_the_allowlists_keep_scriptable_types_out_of_content():
    assert not CONTENT_EXTENSIONS & NEVER_IN_CONTENT
    assert "swf" not in CONTENT_EXTENSIONS and "docx" not in CONTENT_EXTENSIONS
    assert CONTENT_EXTENSIONS < LIBRARY_EXTENSIONS
    assert {"js", "css", "svg", "woff2"} <= LIBRARY_EXTENSIONS
    assert not {"html", "php", "exe"} & LIBRARY_EXTENSIONS


def test_messages_are_lazy_and_translatable(make_package):
    path = make_package(with_extra(("../evil.png", PNG)))

    problem = refused(path).problems[0]

    assert isinstance(problem.message, Promise)
    with translation.override("km"):
        assert "../evil.png" in str(problem.message)
    assert str(problem) == "“../evil.png” points outside the package."


def test_a_zip_written_by_zipfile_with_directories_is_accepted(tmp_path):
    path = tmp_path / "dirs.h5p"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in package_files().items():
            archive.writestr(name, data)
        archive.mkdir("content/empty")

    assert "content/empty/" in {e.name for e in inspect(path).entries}
