# ruff: noqa: F401, F811  (pytest fixtures imported from test_libraries)
"""Our own H5P content type, RightsPath.RightsCheck 1.0, and the demo activities built with it.

The library goes through the same pipeline as any upload: proposed by a package, approved by a
library steward by its file hashes, then packages carrying it become ready.
"""

import hashlib
import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest

from courses.h5p import storage
from courses.h5p.activity_texts import texts_of
from courses.h5p.demo_activities import DEMO_ACTIVITIES, LANGUAGES, l10n_defaults
from courses.h5p.intake import check
from courses.h5p.manifest import LibraryRef
from courses.h5p.own_package import LIBRARY, LIBRARY_FOLDER, build_package, library_files
from courses.h5p.review_strings import readable_strings, visible_text
from courses.h5p.sanitise import sanitise_content
from courses.h5p.validate import validate
from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackageStatus
from tests.courses.h5p.test_libraries import (
    approve_pending,
    checked,
    editor,
    media,
    steward,
)
from tests.helpers import require

MAIN = "RightsPath.RightsCheck 1.0"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
PLACEHOLDER = re.compile(r"@[a-z]+")
L10N_NAMES = [
    "trueLabel",
    "falseLabel",
    "checkAnswer",
    "retry",
    "scoreText",
    "correct",
    "wrong",
    "questionLabel",
]


def folder_json(relative: str):
    return json.loads((LIBRARY_FOLDER / relative).read_text("utf-8"))


def semantics_for(name: str):
    """The repository's semantics for our library, as the approved store would give them."""
    return folder_json("semantics.json") if name == MAIN else None


def sample_content() -> dict:
    return {
        "intro": '<p>Read <strong>each</strong> <em>sentence</em>.<img src=x onerror="alert(1)">'
        '<a href="https://example.org/">more</a><script>alert(2)</script></p>',
        "questions": [
            {
                "subContentId": "0a876b6b-821b-4cc3-a2f6-08f03ede969f",
                "statement": "A child's views <b>matter</b>.",
                "correct": "true",
                "feedbackCorrect": "Yes.",
                "feedbackWrong": "They do.",
            },
            {
                "statement": "Rights depend on where you live.",
                "correct": "maybe",
                "feedbackCorrect": "Right.",
                "feedbackWrong": "Rights are for every child.",
            },
        ],
        "l10n": dict(l10n_defaults()),
    }


def write(tmp_path, data: bytes, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- The library folder -------------------------------------------------------------------


def test_library_json_declares_our_content_type():
    data = folder_json("library.json")
    assert data["title"] == "Rights check"
    assert data["machineName"] == "RightsPath.RightsCheck"
    assert (data["majorVersion"], data["minorVersion"], data["patchVersion"]) == (1, 0, 0)
    assert data["runnable"] == 1
    assert data["license"] == "MIT" and data["author"] == "RightsPath"
    assert data["preloadedJs"] == [{"path": "rights-check.js"}]
    assert data["preloadedCss"] == [{"path": "rights-check.css"}]
    assert "preloadedDependencies" not in data and "dynamicDependencies" not in data
    assert LibraryRef("RightsPath.RightsCheck", 1, 0) == LIBRARY
    assert LIBRARY_FOLDER.name == "RightsPath.RightsCheck-1.0"


def test_a_built_package_passes_validation_with_our_library(tmp_path):
    content = DEMO_ACTIVITIES[0].content
    report = validate(write(tmp_path, build_package(content, title="Demo"), "demo.h5p"))

    assert report.manifest.title == "Demo" and report.manifest.language == "en"
    assert report.manifest.main_library == LIBRARY
    assert set(report.manifest.embed_types) == {"div", "iframe"}
    assert report.required == [LIBRARY]
    assert list(report.libraries) == [LIBRARY]
    info = report.libraries[LIBRARY]
    assert info.title == "Rights check" and info.runnable and info.version == "1.0.0"
    assert info.core_api == (1, 24) and info.licence == "MIT"
    assert info.preloaded_js == ["rights-check.js"]
    assert info.preloaded_css == ["rights-check.css"]
    assert info.dependencies == []
    assert set(info.languages) == set(LANGUAGES)
    assert info.semantics == folder_json("semantics.json")
    # The hashes a steward approves are those of the files in the repository.
    assert info.files == {
        name: hashlib.sha256(data).hexdigest() for name, data in library_files().items()
    }
    assert set(info.files) == {
        "library.json",
        "semantics.json",
        "rights-check.js",
        "rights-check.css",
        "language/km.json",
        "language/fil.json",
        "language/vi.json",
    }
    assert report.content == content
    assert report.warnings == []


def test_build_package_is_deterministic():
    content = DEMO_ACTIVITIES[1].content
    first = build_package(content, title="Who can help", language="en")
    again = build_package(json.loads(json.dumps(content)), title="Who can help", language="en")

    assert first == again
    assert build_package(content, title="Other title") != first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names)
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.testzip() is None
        h5p = json.loads(archive.read("h5p.json"))
        assert json.loads(archive.read("content/content.json")) == content
    assert h5p["mainLibrary"] == "RightsPath.RightsCheck"
    assert h5p["preloadedDependencies"] == [
        {"machineName": "RightsPath.RightsCheck", "majorVersion": 1, "minorVersion": 0}
    ]
    assert h5p["embedTypes"] == ["div", "iframe"] and h5p["license"]


def test_the_script_parses_as_javascript():
    node = shutil.which("node")
    require(node is not None, "node is not installed")
    script = LIBRARY_FOLDER / "rights-check.js"
    result = subprocess.run(
        [node, "--check", str(script)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    source = script.read_text("utf-8")
    assert "H5P.RightsPathRightsCheck = (function ($, EventDispatcher)" in source
    assert "(H5P.jQuery, H5P.EventDispatcher);" in source
    # No code from strings, no network, no inline handlers.
    for forbidden in ("eval(", "new Function", "XMLHttpRequest", "fetch(", "setAttribute('on"):
        assert forbidden not in source
    assert source.count(".innerHTML") == 1  # the introduction, sanitised on the server


def test_the_stylesheet_is_khmer_friendly_and_respects_reduced_motion():
    css = (LIBRARY_FOLDER / "rights-check.css").read_text("utf-8")
    assert re.search(r':lang\(km\)[^{]*\{[^}]*font-family:\s*"Noto Sans Khmer"', css)
    heights = [float(h) for h in re.findall(r"line-height:\s*([0-9.]+)\s*;", css)]
    assert min(heights) >= 1.4 and max(heights) >= 1.6
    assert "min-height: 44px" in css and "min-width: 44px" in css
    assert ":focus-visible" in css
    assert "prefers-reduced-motion: no-preference" in css
    assert "transition" not in css.split("@media (prefers-reduced-motion: no-preference)")[0]
    assert "url(" not in css and "@import" not in css  # nothing fetched from anywhere


def mirror_problems(field: dict, translated: dict, where: str) -> list[str]:
    """Ways ``translated`` (a language file entry) does not mirror the semantics ``field``."""
    problems = []
    for key in ("label", "description", "entity"):
        if key in field and not (isinstance(translated.get(key), str) and translated[key]):
            problems.append(f"{where}: no {key}")
    if "default" in field and field.get("type") == "text":
        value = translated.get("default")
        if not isinstance(value, str) or not value:
            problems.append(f"{where}: no default")
        elif set(PLACEHOLDER.findall(value)) != set(PLACEHOLDER.findall(field["default"])):
            problems.append(f"{where}: placeholders differ")
    if "options" in field:
        options = translated.get("options", [])
        if len(options) != len(field["options"]) or not all(o.get("label") for o in options):
            problems.append(f"{where}: options differ")
    if "field" in field:
        problems += mirror_problems(field["field"], translated.get("field", {}), f"{where}/item")
    if "fields" in field:
        inner = translated.get("fields", [])
        if len(inner) != len(field["fields"]):
            return [*problems, f"{where}: {len(inner)} fields for {len(field['fields'])}"]
        for child, child_translated in zip(field["fields"], inner, strict=True):
            problems += mirror_problems(child, child_translated, f"{where}/{child['name']}")
    return problems


@pytest.mark.parametrize("language", ["km", "fil", "vi"])
def test_language_files_mirror_the_semantics(language):
    semantics = folder_json("semantics.json")
    translated = folder_json(f"language/{language}.json")["semantics"]

    assert len(translated) == len(semantics)
    problems = []
    for field, entry in zip(semantics, translated, strict=True):
        problems += mirror_problems(field, entry, field["name"])
    assert problems == []
    # Real translations, not the English copied.
    english = l10n_defaults()
    ui = dict(zip(english, (f["default"] for f in translated[2]["fields"]), strict=True))
    assert all(ui[name] != english[name] for name in english)


def test_semantics_field_names():
    semantics = folder_json("semantics.json")
    assert [f["name"] for f in semantics] == ["intro", "questions", "l10n"]
    intro, questions, l10n = semantics
    assert intro["widget"] == "html" and intro["tags"] == ["p", "strong", "em"]
    assert (questions["type"], questions["min"], questions["max"]) == ("list", 1, 20)
    group = questions["field"]
    assert group["isSubContent"] is True
    assert [f["name"] for f in group["fields"]] == [
        "statement",
        "correct",
        "feedbackCorrect",
        "feedbackWrong",
    ]
    assert [f["name"] for f in l10n["fields"]] == L10N_NAMES
    assert l10n_defaults() == {
        "trueLabel": "True",
        "falseLabel": "False",
        "checkAnswer": "Check",
        "retry": "Try again",
        "scoreText": "You got @score of @total",
        "correct": "Correct",
        "wrong": "Not quite",
        "questionLabel": "Question @number of @total",
    }


# --- Sanitising by our semantics -------------------------------------------------------------


def test_the_sanitiser_keeps_intro_markup_and_removes_the_rest():
    clean, warnings = sanitise_content(sample_content(), semantics_for, MAIN)

    assert clean["intro"] == "<p>Read <strong>each</strong> <em>sentence</em>.more</p>"
    first, second = clean["questions"]
    assert first["subContentId"] == "0a876b6b-821b-4cc3-a2f6-08f03ede969f"
    assert first["statement"] == "A child&#039;s views matter."  # plain text, escaped as H5P does
    assert "correct" not in second or second["correct"] == "true"  # "maybe" is not an option
    assert clean["l10n"] == l10n_defaults()
    removed = {w.path for w in warnings}
    assert {"/intro", "/questions/0/statement", "/questions/1/correct"} <= removed


def test_readable_strings_list_every_statement_and_interface_text():
    content = DEMO_ACTIVITIES[0].content
    clean, warnings = sanitise_content(content, semantics_for, MAIN)
    assert warnings == []
    texts = [s.text for s in readable_strings(clean, semantics_for, MAIN)]

    for question in content["questions"]:
        for key in ("statement", "feedbackCorrect", "feedbackWrong"):
            assert question[key] in texts
    for value in l10n_defaults().values():
        assert value in texts
    assert visible_text(content["intro"]) == texts[0]
    assert not any(UUID.match(t) for t in texts)  # sub-content ids are not for reading


# --- The demo activities --------------------------------------------------------------------


def test_three_demo_activities_with_four_to_six_statements():
    assert [a.slug for a in DEMO_ACTIVITIES] == [
        "your-right-to-be-heard",
        "who-can-help",
        "confidentiality-peer-support",
    ]
    seen_ids = set()
    for activity in DEMO_ACTIVITIES:
        assert set(activity.title) == {"en", *LANGUAGES}
        assert all(activity.title.values())
        questions = activity.content["questions"]
        assert 4 <= len(questions) <= 6
        answers = {q["correct"] for q in questions}
        assert answers == {"true", "false"}  # both kinds, so guessing one button fails
        for question in questions:
            assert UUID.match(question["subContentId"])
            assert question["feedbackCorrect"] and question["feedbackWrong"]
        seen_ids |= {q["subContentId"] for q in questions}
        text = json.dumps(
            [activity.content["intro"], activity.title]
            + [{k: v for k, v in q.items() if k != "subContentId"} for q in questions],
            ensure_ascii=False,
        )
        assert not re.search(r"\d{3}[-\s]?\d{3,4}", text)  # no phone numbers
        assert "http" not in text
    assert len(seen_ids) == sum(len(a.content["questions"]) for a in DEMO_ACTIVITIES)


@pytest.mark.parametrize("activity", DEMO_ACTIVITIES, ids=lambda a: a.slug)
def test_translations_cover_every_readable_string(activity):
    clean, warnings = sanitise_content(activity.content, semantics_for, MAIN)
    assert warnings == []
    readable = {s.text for s in readable_strings(clean, semantics_for, MAIN)}
    listed = {t["value"]["text"] for t in texts_of(clean, semantics_for, MAIN)}
    assert listed == readable

    for language in LANGUAGES:
        translations = activity.translations[language]
        assert set(translations) == readable, language
        for english, translated in translations.items():
            assert translated and translated.strip() == translated
            assert translated != english, (language, english)
            assert "<" not in translated and "&" not in translated
            assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(english))


def test_interface_translations_are_those_of_the_language_files():
    for language in LANGUAGES:
        fields = folder_json(f"language/{language}.json")["semantics"][2]["fields"]
        from_file = [f["default"] for f in fields]
        for activity in DEMO_ACTIVITIES:
            translations = activity.translations[language]
            assert [translations[e] for e in l10n_defaults().values()] == from_file


# --- Through the intake pipeline ------------------------------------------------------------


@pytest.mark.django_db
def test_a_steward_approves_the_library_and_demo_packages_become_ready(
    media, editor, steward, tmp_path
):
    first, *others = DEMO_ACTIVITIES
    package = checked(write(tmp_path, first.package(), "first.h5p"), editor)

    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    assert package.report["libraries_needed"] == ["RightsPath.RightsCheck 1.0"]
    pending = H5PLibrary.objects.get(status=H5PLibraryStatus.PENDING)
    assert (pending.machine_name, pending.major, pending.minor, pending.patch) == (
        "RightsPath.RightsCheck",
        1,
        0,
        0,
    )
    assert pending.files == {
        name: hashlib.sha256(data).hexdigest() for name, data in library_files().items()
    }
    assert pending.dependencies == []
    assert pending.preloaded_js == ["rights-check.js"]

    approve_pending(steward)
    package = check(package)

    assert package.status == H5PPackageStatus.READY, package.problems
    assert (storage.library_path(LIBRARY) / "rights-check.js").read_bytes() == (
        LIBRARY_FOLDER / "rights-check.js"
    ).read_bytes()
    stored = json.loads(
        (storage.local_path(package.content_folder) / "content" / "content.json").read_text()
    )
    assert stored["intro"] == first.content["intro"]  # <p> and <strong> kept
    assert [q["statement"] for q in stored["questions"]] == [
        q["statement"] for q in first.content["questions"]
    ]
    assert [q["subContentId"] for q in stored["questions"]] == [
        q["subContentId"] for q in first.content["questions"]
    ]
    report = package.report
    assert report["main_library"] == MAIN and report["libraries"] == [MAIN]
    assert report["warnings"] == [] and report["external_urls"] == []
    texts = {s["text"] for s in report["readable_strings"]}
    assert texts == set(first.translations["km"])

    # The other demo packages carry the very same library: ready at once, nothing proposed.
    for activity in others:
        ready = checked(write(tmp_path, activity.package(), f"{activity.slug}.h5p"), editor)
        assert ready.status == H5PPackageStatus.READY, ready.problems
        assert {s["text"] for s in ready.report["readable_strings"]} == set(
            activity.translations["vi"]
        )
    assert not H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING).exists()
