"""The whole package check: manifests, libraries, dependencies; real packages and crafted ones."""

import hashlib
import json
import random
import zipfile

import pytest

from courses.h5p.manifest import CORE_API, LibraryRef
from courses.h5p.problems import PackageRefused
from courses.h5p.validate import validate
from tests.h5p_packages import (
    FOLDER,
    MAIN,
    as_json,
    h5p_json,
    library_files,
    library_json,
    package_files,
)

VALID = [
    ("H5P.Accordion.h5p", "H5P.Accordion 1.0"),
    ("H5P.Blanks.h5p", "H5P.Blanks 1.12"),
    ("H5P.Dialogcards.h5p", "H5P.Dialogcards 1.8"),
    ("H5P.DragText.h5p", "H5P.DragText 1.8"),
    ("H5P.MultiChoice.h5p", "H5P.MultiChoice 1.14"),
    ("H5P.QuestionSet.h5p", "H5P.QuestionSet 1.17"),
    ("H5P.SingleChoiceSet.h5p", "H5P.SingleChoiceSet 1.11"),
    ("H5P.TrueFalse.h5p", "H5P.TrueFalse 1.6"),
    ("agamotto-valid3-3-images.h5p", "H5P.Agamotto 1.5"),
    ("greetingcard-valid2.h5p", "H5P.GreetingCard 1.0"),
    ("h5p-standalone-truefalse.h5p", "H5P.TrueFalse 1.6"),
]

INVALID = [
    ("corrupt_archive.h5p", "not_a_zip", ""),
    ("broken-h5p-json.h5p", "bad_json", "h5p.json"),
    ("broken-content-json.h5p", "bad_json", "content/content.json"),
    ("invalid-h5p-json-schema.h5p", "schema", "h5p.json"),
    ("invalid-library-directory-name.h5p", "library_folder", "H5P.GreetingCard-1.0"),
    ("malformed-library-directory.h5p", "library_folder", "library!"),
    ("missing-preloaded-js.h5p", "missing_file", "H5P.GreetingCard-1.0/greetingcard.js"),
]


def refused(path, **kwargs) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        validate(path, **kwargs)
    return caught.value


def messages(error: PackageRefused) -> str:
    return "\n".join(str(p.message) for p in error.problems)


# --- Real packages by others ----------------------------------------------------------------


def test_the_real_package_lists_are_complete(shared_h5p):
    # A package added to the shared folder must be added here too, with what to expect of it.
    listed = {name for name, _ in VALID} | {"content-only-crossword.h5p"}
    assert {p.name for p in (shared_h5p / "valid").glob("*.h5p")} == listed
    assert {p.name for p in (shared_h5p / "invalid").glob("*.h5p")} == {n for n, _, _ in INVALID}


@pytest.mark.parametrize(("name", "main"), VALID)
def test_every_valid_real_package_is_accepted(shared_h5p, name, main):
    path = shared_h5p / "valid" / name

    report = validate(path)

    assert str(report.manifest.main_library) == main
    assert report.manifest.main_library in report.libraries
    assert report.manifest.main_library in report.required
    assert "content/content.json" in report.content_files
    assert isinstance(report.content, dict) and report.content
    with zipfile.ZipFile(path) as archive:
        for info in report.libraries.values():
            for relative, digest in info.files.items():
                data = archive.read(f"{info.folder}/{relative}")
                assert hashlib.sha256(data).hexdigest() == digest
            assert set(info.preloaded_js) <= set(info.files)
    # Dependencies come before what needs them.
    order = report.required
    for ref in order:
        if ref in report.libraries:
            for dependency in report.libraries[ref].dependencies:
                assert order.index(dependency) < order.index(ref)


def test_the_stray_top_level_file_of_the_standalone_package_is_ignored(shared_h5p):
    report = validate(shared_h5p / "valid" / "h5p-standalone-truefalse.h5p")

    assert report.ignored == ["H5P_CONTENT_HERE.txt"]
    assert [w.code for w in report.warnings] == ["ignored_files"]


def test_a_content_only_package_needs_its_libraries_installed(shared_h5p):
    path = shared_h5p / "valid" / "content-only-crossword.h5p"

    error = refused(path)

    assert error.codes == {"missing_library"}
    assert "H5P.Crossword 0.5" in messages(error)


def test_a_content_only_package_passes_when_its_libraries_are_installed(shared_h5p):
    asked = []

    def installed(ref: LibraryRef) -> bool:
        asked.append(ref)
        return True

    report = validate(shared_h5p / "valid" / "content-only-crossword.h5p", installed=installed)

    assert asked == [LibraryRef("H5P.Crossword", 0, 5)]
    assert report.libraries == {}
    assert report.required == [LibraryRef("H5P.Crossword", 0, 5)]


@pytest.mark.parametrize(("name", "code", "path"), INVALID)
def test_every_invalid_real_package_is_refused_with_its_code(shared_h5p, name, code, path):
    error = refused(shared_h5p / "invalid" / name)

    assert code in error.codes
    assert path in {p.path for p in error.problems if p.code == code}


def test_the_real_invalid_packages_are_refused_for_their_problem_alone(shared_h5p):
    codes = {name: refused(shared_h5p / "invalid" / name).codes for name, _, _ in INVALID}

    assert codes == {
        "corrupt_archive.h5p": {"not_a_zip"},
        "broken-h5p-json.h5p": {"bad_json"},
        "broken-content-json.h5p": {"bad_json"},
        "invalid-h5p-json-schema.h5p": {"schema"},
        # The folder holds another library, so the one h5p.json needs is really missing.
        "invalid-library-directory-name.h5p": {"library_folder", "missing_library"},
        "malformed-library-directory.h5p": {"library_folder"},
        "missing-preloaded-js.h5p": {"missing_file"},
    }


@pytest.mark.parametrize(
    ("name", "path", "extension"),
    [
        ("xss-svg.h5p", "content/images/xss.svg", "svg"),
        ("iframe-embedder-html.h5p", "content/phet.html", "html"),
    ],
)
def test_hostile_real_packages_are_refused_for_their_content_type(
    shared_h5p, name, path, extension
):
    error = refused(shared_h5p / "hostile" / name)

    assert [(p.code, p.path) for p in error.problems] == [("disallowed_extension", path)]
    message = str(error.problems[0].message)
    assert f"“{path}”" in message and f".{extension} file" in message
    assert "Allowed types:" in message


def test_the_eicar_package_is_left_to_the_media_check(shared_h5p):
    # This layer reads no media bytes; the EICAR string disguised as a jpg is caught by the
    # media check (courses/h5p/media.py). Here it must only not crash.
    report = validate(shared_h5p / "hostile" / "eicar-in-content.h5p")

    assert "content/eicar.jpg" in report.content_files


# --- Crafted packages: h5p.json -------------------------------------------------------------


def test_the_crafted_package_is_valid(make_package):
    report = validate(make_package())

    main = LibraryRef(MAIN, 1, 0)
    assert report.manifest.main_library == main
    assert report.manifest.title == "Rights at work"
    assert report.manifest.language == "en"
    assert report.manifest.embed_types == ["iframe"]
    info = report.libraries[main]
    assert info.folder == FOLDER
    assert info.version == "1.0.3"
    assert info.runnable is True
    assert info.core_api == CORE_API
    assert info.preloaded_js == ["scripts/example.js"]
    assert info.preloaded_css == ["styles/example.css"]
    assert info.semantics == [{"name": "text", "type": "text"}]
    assert info.languages == {"fr": {"semantics": [{"label": "Texte"}]}}
    assert info.licence == "MIT"
    files = library_files()
    assert info.files == {
        name.removeprefix(FOLDER + "/"): hashlib.sha256(data).hexdigest()
        for name, data in files.items()
    }
    assert report.content == {"text": "<p>Hello</p>", "image": {"path": "images/a.png"}}
    assert report.content_files == ["content/content.json", "content/images/a.png"]
    assert report.warnings == []
    assert str(main) == "H5P.Example 1.0"
    assert len({main, LibraryRef(MAIN, 1, 0)}) == 1


def test_versions_may_be_numbers_or_strings_of_digits(make_package):
    dependencies = [{"machineName": MAIN, "majorVersion": 1, "minorVersion": "0"}]

    report = validate(make_package(preloadedDependencies=dependencies))

    assert report.manifest.dependencies == [LibraryRef(MAIN, 1, 0)]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 256}, "title"),
        ({"title": 42}, "title"),
        ({"language": "en_GB"}, "language"),
        ({"language": "a-very-long-code"}, "language"),
        ({"defaultLanguage": "en GB"}, "defaultLanguage"),
        ({"embedTypes": ["iframe", "script"]}, "embedTypes"),
        ({"embedTypes": []}, "embedTypes"),
        ({"embedTypes": "div"}, "embedTypes"),
        ({"mainLibrary": "H5P Example"}, "mainLibrary"),
        ({"preloadedDependencies": "H5P.Example"}, "preloadedDependencies"),
        (
            {"preloadedDependencies": [{"machineName": MAIN, "majorVersion": "1.0"}]},
            "preloadedDependencies",
        ),
        (
            {
                "preloadedDependencies": [
                    {"machineName": MAIN, "majorVersion": True, "minorVersion": 0}
                ]
            },
            "preloadedDependencies",
        ),
        ({"authors": [{"name": "A", "role": "Hacker"}]}, "authors"),
    ],
)
def test_h5p_json_fields_are_checked(make_package, overrides, field):
    error = refused(make_package(**overrides))

    assert "schema" in error.codes
    assert f"“{field}”" in messages(error)


@pytest.mark.parametrize(
    "field", ["title", "language", "mainLibrary", "embedTypes", "preloadedDependencies"]
)
def test_h5p_json_required_fields(make_package, field):
    files = package_files()
    data = h5p_json()
    del data[field]
    files["h5p.json"] = as_json(data)

    error = refused(make_package(files))

    assert "schema" in error.codes
    assert f"the field “{field}” is missing" in messages(error)


def test_the_main_library_must_be_a_dependency(make_package):
    error = refused(make_package(mainLibrary="H5P.Other"))

    assert error.codes == {"schema"}
    assert "H5P.Other" in messages(error)


def test_a_missing_h5p_json_is_refused(make_package):
    files = package_files()
    del files["h5p.json"]

    error = refused(make_package(files))

    assert [(p.code, p.path) for p in error.problems] == [("missing_file", "h5p.json")]


def test_a_script_in_the_title_is_accepted_and_noted(make_package):
    title = "<script>alert('hi')</script> Quiz"

    report = validate(make_package(title=title))

    assert report.manifest.title == title  # kept as written: escaped wherever it is shown
    assert [w.code for w in report.warnings] == ["markup_in_title"]
    assert "<script>" in str(report.warnings[0].message)


def test_an_unknown_licence_is_only_a_warning(make_package):
    report = validate(make_package(license="WTFPL"))

    assert [w.code for w in report.warnings] == ["unknown_licence"]


def test_nan_and_infinity_are_not_json(make_package):
    files = package_files()
    files["h5p.json"] = files["h5p.json"][:-1] + b', "w": NaN}'

    assert refused(make_package(files)).codes == {"bad_json"}


def test_a_json_member_over_its_cap_is_refused_before_it_is_read(make_package):
    files = package_files()
    padding = random.Random(6).randbytes(1536 * 1024).hex()  # 3 MB that do not compress much
    files["h5p.json"] = as_json({**h5p_json(), "padding": padding})

    error = refused(make_package(files))

    assert [(p.code, p.path) for p in error.problems] == [("json_too_large", "h5p.json")]


def test_deeply_nested_json_is_refused_not_crashed_on(make_package):
    files = package_files()
    files["content/content.json"] = b"[" * 100_000 + b"]" * 100_000

    assert refused(make_package(files)).codes == {"bad_json"}


# --- Crafted packages: content.json ---------------------------------------------------------


def test_content_json_may_start_with_a_byte_order_mark(make_package):
    files = package_files()
    files["content/content.json"] = '\ufeff{"text": "សួស្តី"}'.encode()

    assert validate(make_package(files)).content == {"text": "សួស្តី"}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"[1, 2]", "schema"),
        (b'{"text": "a"', "bad_json"),
        (b'{"text": "\xff\xfe"}', "bad_json"),
        ('{"text": "a"}'.encode("utf-16"), "bad_json"),
    ],
)
def test_content_json_must_be_a_utf8_json_object(make_package, data, code):
    files = package_files()
    files["content/content.json"] = data

    error = refused(make_package(files))

    assert [(p.code, p.path) for p in error.problems] == [(code, "content/content.json")]


def test_a_missing_content_json_is_refused(make_package):
    files = package_files()
    del files["content/content.json"]

    error = refused(make_package(files))

    assert [(p.code, p.path) for p in error.problems] == [("missing_file", "content/content.json")]


# --- Crafted packages: libraries ------------------------------------------------------------


def with_library(data: dict, folder: str = FOLDER, **h5p_overrides) -> dict[str, bytes]:
    files = {k: v for k, v in package_files(**h5p_overrides).items() if not k.startswith(FOLDER)}
    return {**files, **library_files(folder, data)}


def test_a_library_folder_may_be_named_without_its_version(make_package):
    report = validate(make_package(with_library(library_json(), folder=MAIN)))

    assert report.libraries[LibraryRef(MAIN, 1, 0)].folder == MAIN


@pytest.mark.parametrize(
    "folder", ["H5P.Example-1.1", "H5P.Other-1.0", "h5p.example-1.0", "library!"]
)
def test_a_library_folder_must_be_named_after_its_library(make_package, folder):
    error = refused(make_package(with_library(library_json(), folder=folder)))

    assert "library_folder" in error.codes
    assert folder in {p.path for p in error.problems}


@pytest.mark.parametrize(
    "field", ["title", "machineName", "majorVersion", "minorVersion", "patchVersion", "runnable"]
)
def test_library_json_required_fields(make_package, field):
    data = library_json()
    del data[field]

    error = refused(make_package(with_library(data)))

    assert "schema" in error.codes
    assert f"the field “{field}” is missing" in messages(error)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"patchVersion": "3a"}, "patchVersion"),
        ({"runnable": 2}, "runnable"),
        ({"machineName": "H5P Example"}, "machineName"),
        ({"coreApi": {"majorVersion": 1}}, "coreApi"),
    ],
)
def test_library_json_fields_are_checked(make_package, change, field):
    error = refused(make_package(with_library(library_json(**change))))

    assert "schema" in error.codes
    assert f"“{field}”" in messages(error)


def test_a_library_needing_a_newer_core_is_refused(make_package):
    data = library_json(coreApi={"majorVersion": 1, "minorVersion": CORE_API[1] + 1})

    error = refused(make_package(with_library(data)))

    assert error.codes == {"core_api"}
    assert "1.25" in messages(error) and "1.24" in messages(error)


def test_a_library_without_core_api_is_fine(make_package):
    data = library_json()
    del data["coreApi"]

    assert (
        validate(make_package(with_library(data))).libraries[LibraryRef(MAIN, 1, 0)].core_api
        is None
    )


def test_every_preloaded_file_must_exist(make_package):
    files = with_library(library_json())
    del files[f"{FOLDER}/scripts/example.js"]
    del files[f"{FOLDER}/styles/example.css"]

    error = refused(make_package(files))

    assert {(p.code, p.path) for p in error.problems} == {
        ("missing_file", f"{FOLDER}/scripts/example.js"),
        ("missing_file", f"{FOLDER}/styles/example.css"),
    }
    assert "H5P.Example 1.0" in messages(error)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("../H5P.Other-1.0/evil.js", "traversal"),
        ("/etc/evil.js", "traversal"),
        ("a\\b.js", "unsafe_name"),
    ],
)
def test_a_preloaded_path_may_not_leave_its_folder(make_package, path, code):
    data = library_json(preloadedJs=[{"path": path}])
    files = with_library(library_json())
    files[f"{FOLDER}/library.json"] = as_json(data)

    assert code in refused(make_package(files)).codes


def test_a_preloaded_script_must_be_a_js_file(make_package):
    data = library_json(preloadedJs=[{"path": "styles/example.css"}])
    files = with_library(library_json())
    files[f"{FOLDER}/library.json"] = as_json(data)

    assert refused(make_package(files)).codes == {"schema"}


def test_broken_semantics_are_refused(make_package):
    files = with_library(library_json())
    files[f"{FOLDER}/semantics.json"] = b"[{"

    error = refused(make_package(files))

    assert [(p.code, p.path) for p in error.problems] == [("bad_json", f"{FOLDER}/semantics.json")]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("language/fr_FR.json", b"{}", "language_file"),
        ("language/.en.json", b"{}", None),  # a dotfile: ignored, as H5P core does
        ("language/verylongname.json", b"{}", "language_file"),
        ("language/de.json", b"{", "bad_json"),
        ("language/zh-hans.json", b"{}", None),
    ],
)
def test_language_files_are_named_and_parsed(make_package, name, data, code):
    files = with_library(library_json())
    files[f"{FOLDER}/{name}"] = data
    path = make_package(files)

    if code is None:
        validate(path)
    else:
        error = refused(path)
        assert [(p.code, p.path) for p in error.problems] == [(code, f"{FOLDER}/{name}")]


def test_two_folders_holding_the_same_library_are_refused(make_package):
    files = {**package_files(), **library_files(MAIN, library_json())}

    assert refused(make_package(files)).codes == {"duplicate_library"}


# --- Crafted packages: dependencies ---------------------------------------------------------


def dependency(name: str, major=1, minor=0) -> dict:
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def chain_package(length: int, cycle: bool = False) -> dict[str, bytes]:
    """H5P.Example depends on H5P.L1, which depends on H5P.L2 ... (and back, for a cycle)."""
    names = [f"H5P.L{i}" for i in range(1, length + 1)]
    files = package_files()
    files[f"{FOLDER}/library.json"] = as_json(
        library_json(preloadedDependencies=[dependency(names[0])])
    )
    for index, name in enumerate(names):
        following = names[index + 1 : index + 2] or ([MAIN] if cycle else [])
        data = library_json(
            name,
            preloadedDependencies=[dependency(n) for n in following],
            preloadedJs=[],
            preloadedCss=[],
        )
        files[f"{name}-1.0/library.json"] = as_json(data)
    return files


def test_a_missing_dependency_is_named_with_who_needs_it(make_package):
    data = library_json(
        preloadedDependencies=[dependency("H5P.JoubelUI", 1, 3)],
        dynamicDependencies=[dependency("H5P.Video", 1, 5)],
        editorDependencies=[dependency("H5PEditor.Only", 1, 0)],
    )
    error = refused(make_package(with_library(data)))

    assert error.codes == {"missing_library"}
    text = messages(error)
    assert "H5P.JoubelUI 1.3" in text and "H5P.Video 1.5" in text
    assert "needed (by H5P.Example 1.0)" in text
    assert "H5PEditor.Only" not in text  # the editor is not needed to play


def test_an_installed_dependency_is_enough(make_package):
    data = library_json(preloadedDependencies=[dependency("H5P.JoubelUI", 1, 3)])

    report = validate(
        make_package(with_library(data)),
        installed=lambda ref: ref == LibraryRef("H5P.JoubelUI", 1, 3),
    )

    assert report.required == [LibraryRef("H5P.JoubelUI", 1, 3), LibraryRef(MAIN, 1, 0)]
    assert report.libraries[LibraryRef(MAIN, 1, 0)].editor_dependencies == []


def test_an_unreachable_library_with_a_missing_dependency_is_refused(make_package):
    files = package_files()
    files.update(
        library_files(
            "H5P.Spare-1.0",
            library_json("H5P.Spare", preloadedDependencies=[dependency("H5P.Gone")]),
        )
    )

    error = refused(make_package(files))

    assert error.codes == {"missing_library"}
    assert "H5P.Gone 1.0" in messages(error)


def test_a_dependency_cycle_is_refused_by_name(make_package):
    error = refused(make_package(chain_package(3, cycle=True)))

    assert error.codes == {"dependency_cycle"}
    assert "H5P.Example 1.0 → H5P.L1 1.0 → H5P.L2 1.0 → H5P.L3 1.0 → H5P.Example 1.0" in messages(
        error
    )


def test_a_library_depending_on_itself_is_a_cycle(make_package):
    files = with_library(library_json(preloadedDependencies=[dependency(MAIN)]))

    assert refused(make_package(files)).codes == {"dependency_cycle"}


def test_a_chain_at_the_depth_cap_is_fine_and_one_deeper_is_refused(make_package):
    # h5p.json -> H5P.Example -> 18 more libraries: 20 levels.
    report = validate(make_package(chain_package(18)))
    assert len(report.required) == 19

    error = refused(make_package(chain_package(19)))
    assert error.codes == {"dependency_depth"}
    assert "21" in messages(error)


def test_a_long_chain_does_not_exhaust_the_stack(make_package):
    error = refused(make_package(chain_package(1500)))

    assert error.codes == {"dependency_depth"}


def test_problems_from_every_step_are_reported_together(make_package):
    files = with_library(library_json(coreApi={"majorVersion": 2, "minorVersion": 0}), title="")
    files["content/content.json"] = b"nope"

    assert refused(make_package(files)).codes == {"schema", "bad_json", "core_api"}


def test_json_is_parsed_from_the_stream_not_from_declared_sizes(make_package):
    # A package that declares nothing unusual validates the same from a file object.
    path = make_package()
    with open(path, "rb") as handle:
        report = validate(handle)

    assert json.dumps(report.content)
