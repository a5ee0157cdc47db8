"""content.json is cleaned by its libraries' semantics: real packages survive, attacks do not.

The real packages (by others, in ../shared/h5p) are read straight from their zips; the tests
skip when that folder is absent.
"""

import copy
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from courses.h5p.sanitise import MAX_DEPTH, sanitise_content
from tests.helpers import require

H5P_DIR = Path(__file__).resolve().parents[3] / ".." / "shared" / "h5p"

VALID = [
    "H5P.Accordion.h5p",
    "H5P.Blanks.h5p",
    "H5P.Dialogcards.h5p",
    "H5P.DragText.h5p",
    "H5P.MultiChoice.h5p",
    "H5P.QuestionSet.h5p",
    "H5P.SingleChoiceSet.h5p",
    "H5P.TrueFalse.h5p",
    "agamotto-valid3-3-images.h5p",
    "content-only-crossword.h5p",
    "greetingcard-valid2.h5p",
    "h5p-standalone-truefalse.h5p",
]


class Package:
    """A real package's content.json and a semantics lookup over its library folders."""

    def __init__(self, relative: str) -> None:
        path = H5P_DIR / relative
        require(path.is_file(), f"the shared H5P test packages ({path}) are not here")
        self.semantics: dict[tuple[str, int, int], list] = {}
        self.looked_up: list[str] = []
        with zipfile.ZipFile(path) as archive:
            h5p = json.loads(archive.read("h5p.json").decode("utf-8-sig"))
            self.content = json.loads(archive.read("content/content.json").decode("utf-8-sig"))
            for name in archive.namelist():
                folder, _, rest = name.partition("/")
                match = re.fullmatch(r"(.+)-(\d+)\.(\d+)", folder)
                if rest == "semantics.json" and match:
                    key = (match[1], int(match[2]), int(match[3]))
                    self.semantics[key] = json.loads(archive.read(name).decode("utf-8-sig"))
        main = h5p["mainLibrary"]
        dependency = next(d for d in h5p["preloadedDependencies"] if d["machineName"] == main)
        self.main_library = f"{main} {dependency['majorVersion']}.{dependency['minorVersion']}"

    def semantics_for(self, library: str) -> list | None:
        self.looked_up.append(library)
        match = re.fullmatch(r"(\S+) (\d+)\.(\d+)", library)
        return self.semantics.get((match[1], int(match[2]), int(match[3]))) if match else None

    def sanitise(self, content: dict | None = None):
        return sanitise_content(
            self.content if content is None else content, self.semantics_for, self.main_library
        )


def tag_counts(value: object) -> Counter:
    """How many of each tag appear in all the strings of ``value``."""
    text = json.dumps(value)
    return Counter(tag.lower() for tag in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", text))


def codes(problems) -> list[str]:
    return [p.code for p in problems]


# --- Real packages -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", VALID)
def test_every_real_package_is_walked_without_losing_anything(name):
    package = Package(f"valid/{name}")
    original = copy.deepcopy(package.content)

    cleaned, problems = package.sanitise()

    assert package.content == original, "the input must not be changed in place"
    json.dumps(cleaned, allow_nan=False)  # what we store must still be plain JSON
    if name == "content-only-crossword.h5p":
        # No libraries inside: without their semantics nothing can be checked, so nothing passes.
        assert cleaned == {}
        assert codes(problems) == ["main_semantics_missing"]
        return
    assert problems == [], [f"{p.code} {p.path}: {p.message}" for p in problems]
    assert set(cleaned) == set(original)
    assert tag_counts(cleaned) == tag_counts(original)
    # Cleaning is stable: what we keep passes a second time unchanged.
    assert package.sanitise(cleaned) == (cleaned, [])


def test_legitimate_markup_of_a_real_accordion_survives():
    package = Package("valid/H5P.Accordion.h5p")

    cleaned, _ = package.sanitise()

    text = cleaned["panels"][0]["content"]["params"]["text"]
    assert text.startswith("<p>As raw fruit, sweet cherries provide")
    assert '<em><span style="color:#757575;">Source: </span>' in text
    assert (
        '<a href="https://en.wikipedia.org/wiki/Cherry" target="_blank" rel="noopener noreferrer">'
    ) in text


def test_real_dialogcards_keep_their_text_audio_and_images():
    package = Package("valid/H5P.Dialogcards.h5p")

    cleaned, _ = package.sanitise()

    assert cleaned["title"] == "<p>Learn Spanish berry names</p>\n"
    card = cleaned["dialogs"][0]
    assert card["audio"][0]["path"] == "audios/audio-5694acdfdeadc.mp3"
    assert card["image"]["path"] == "images/image-568b7660dc188.jpg"
    assert card["imageAltText"] == "Berries which have a blue colour"


def test_questionset_nested_questions_are_walked_with_their_own_semantics():
    package = Package("valid/H5P.QuestionSet.h5p")
    content = copy.deepcopy(package.content)
    first = content["questions"][0]
    assert first["library"] == "H5P.MultiChoice 1.14"
    first["params"]["question"] = "<p>Which?</p><script>steal()</script>"
    # Deeper: a text element inside the drag-and-drop question inside the set.
    drag = content["questions"][1]
    assert drag["library"] == "H5P.DragQuestion 1.13"
    element = drag["params"]["question"]["task"]["elements"][0]["type"]
    assert element["library"] == "H5P.AdvancedText 1.1"
    element["params"]["text"] = '<p onmouseover="steal()">a</p><iframe src="https://x.test/">'

    cleaned, problems = package.sanitise(content)

    assert {"H5P.MultiChoice 1.14", "H5P.DragQuestion 1.13", "H5P.AdvancedText 1.1"} <= set(
        package.looked_up
    )
    assert {"H5P.Blanks 1.12", "H5P.MarkTheWords 1.9", "H5P.TrueFalse 1.6"} <= set(
        package.looked_up
    )
    assert cleaned["questions"][0]["params"]["question"] == "<p>Which?</p>"
    nested = cleaned["questions"][1]["params"]["question"]["task"]["elements"][0]["type"]
    assert nested["params"]["text"] == "<p>a</p>"
    assert [(p.code, p.path) for p in problems] == [
        ("markup_removed", "/questions/0/params/question"),
        ("markup_removed", "/questions/1/params/question/task/elements/0/type/params/text"),
    ]
    assert "<script>" in str(problems[0].message)
    assert "onmouseover on <p>" in str(problems[1].message)
    assert "<iframe>" in str(problems[1].message)


def test_strong_and_lists_survive_in_the_real_advanced_text_field():
    package = Package("valid/H5P.Accordion.h5p")
    content = copy.deepcopy(package.content)
    text = (
        "<h2>Title</h2><p><strong>Bold</strong> and <em>stressed</em></p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><hr><pre><code>x</code></pre>"
    )
    content["panels"][0]["content"]["params"]["text"] = text

    cleaned, problems = package.sanitise(content)

    assert cleaned["panels"][0]["content"]["params"]["text"] == text
    assert problems == []


# --- Crafted content ---------------------------------------------------------------------------

RICH = {"name": "body", "type": "text", "widget": "html", "tags": ["strong", "em", "a", "ul"]}
CHILD_SEMANTICS = [
    {"name": "note", "type": "text", "widget": "html", "tags": ["em"]},
    {"name": "picture", "type": "image"},
]
SEMANTICS = {
    "H5P.Test 1.0": [
        RICH,
        {"name": "heading", "type": "text"},
        {"name": "picture", "type": "image"},
        {"name": "clip", "type": "video"},
        {"name": "sound", "type": "audio"},
        {"name": "attachment", "type": "file"},
        {"name": "count", "type": "number", "min": 1, "max": 10},
        {"name": "shuffle", "type": "boolean"},
        {
            "name": "mode",
            "type": "select",
            "default": "normal",
            "options": [{"value": "normal", "label": "Normal"}, {"value": "exam", "label": "E"}],
        },
        {"name": "single", "type": "group", "fields": [{"name": "only", "type": "text"}]},
        {
            "name": "items",
            "type": "list",
            "field": {
                "name": "item",
                "type": "group",
                "fields": [{"name": "label", "type": "text"}, {"name": "weight", "type": "number"}],
            },
        },
        {"name": "child", "type": "library", "options": ["H5P.Child 1.0"]},
        {"name": "nest", "type": "library", "options": ["H5P.Test 1.0"]},
    ],
    "H5P.Child 1.0": CHILD_SEMANTICS,
}


def crafted(content: dict):
    return sanitise_content(content, SEMANTICS.get, "H5P.Test 1.0")


@pytest.mark.parametrize(
    ("dirty", "clean", "removed"),
    [
        ("<img src=x onerror=alert(1)>Hi", "Hi", "onerror on <img>"),
        ("<p>a</p><script>alert(1)</script>", "<p>a</p>", "<script>"),
        ('<iframe src="https://evil.test/"></iframe>b', "b", "<iframe>"),
        (
            '<a href="javascript:alert(1)">x</a>',
            '<a rel="noopener noreferrer">x</a>',
            "href on <a>",
        ),
        (
            '<a href="jav&#x09;ascript:alert(1)">x</a>',
            '<a rel="noopener noreferrer">x</a>',
            "href on <a>",
        ),
        (
            '<a href="data:text/html,<script>x</script>">x</a>',
            '<a rel="noopener noreferrer">x</a>',
            "href on <a>",
        ),
        (
            '<p style="position:fixed;inset:0;background:url(https://t.test/)">x</p>',
            "<p>x</p>",
            "style on <p>",
        ),
        ('<p onclick="go()">x</p>', "<p>x</p>", "onclick on <p>"),
        ("<svg><script>alert(1)</script></svg>ok", "ok", "<svg>"),
        ("<style>body{display:none}</style>ok", "ok", "<style>"),
        ('<form action="https://t.test/"><input name=p></form>ok', "ok", "<form>"),
    ],
)
def test_hostile_markup_in_a_rich_text_field_is_removed(dirty, clean, removed):
    cleaned, problems = crafted({"body": dirty})

    assert cleaned == {"body": clean}
    assert codes(problems) == ["markup_removed"]
    assert problems[0].path == "/body"
    assert removed in str(problems[0].message)


def test_safe_links_and_alignment_are_kept_with_rel_added():
    body = (
        '<p style="text-align: center;">Centre</p>'
        '<p><a href="https://example.org/a?b=1&amp;c=2" target="_blank">web</a> '
        '<a href="mailto:help@example.org">mail</a></p>'
    )

    cleaned, problems = crafted({"body": body})

    assert cleaned["body"] == (
        '<p style="text-align: center;">Centre</p>'
        '<p><a href="https://example.org/a?b=1&amp;c=2" target="_blank" '
        'rel="noopener noreferrer">web</a> '
        '<a href="mailto:help@example.org" rel="noopener noreferrer">mail</a></p>'
    )
    assert problems == []


def test_only_the_declarations_a_field_allows_are_kept_in_a_style():
    cleaned, problems = crafted({"body": '<p style="text-align:left; color:red">x</p>'})

    # Colour is not switched on by this field's semantics (no "font"), alignment always is.
    assert cleaned["body"] == '<p style="text-align:left">x</p>'
    assert codes(problems) == ["markup_removed"]


def test_relative_links_and_tags_the_semantics_do_not_list_are_removed():
    cleaned, problems = crafted({"body": '<h2>T</h2><a href="/admin/">x</a><table><tr><td>c'})

    assert cleaned["body"] == 'T<a rel="noopener noreferrer">x</a>c'
    assert "<h2>" in str(problems[0].message)
    assert "href on <a>" in str(problems[0].message)


def test_a_semantics_cannot_switch_on_dangerous_tags():
    semantics = {
        "H5P.Test 1.0": [
            {"name": "body", "type": "text", "tags": ["script", "img", "iframe", "em"]}
        ]
    }

    cleaned, _ = sanitise_content(
        {"body": "<em>a</em><img src=x><script>x</script>"}, semantics.get, "H5P.Test 1.0"
    )

    assert cleaned == {"body": "<em>a</em>"}


def test_markup_in_a_plain_text_field_is_removed_and_the_rest_escaped():
    cleaned, problems = crafted(
        {"heading": '<b onclick="x()">Hello</b> "you" & <script>x</script>'}
    )

    assert cleaned == {"heading": "Hello &quot;you&quot; &amp; "}
    assert [(p.code, p.path) for p in problems] == [("markup_in_plain_text", "/heading")]


def test_plain_text_that_is_only_escaped_is_not_reported():
    cleaned, problems = crafted({"heading": "'&#039;:ans&#039; is < 5 & > 2'"})

    assert cleaned == {"heading": "&#039;&#039;:ans&#039; is &lt; 5 &amp; &gt; 2&#039;"}
    assert problems == []


@pytest.mark.parametrize(
    "path",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=",
        "vbscript:x",
        "file:///etc/passwd",
        "../../settings.py",
        "images/../../x.png",
        "%2e%2e/x.png",
        "/etc/passwd",
        "//evil.test/x.png",
        "C:\\x.png",
        "images\\x.png",
        "images/x.png?v=1",
        "https://",
        "",
    ],
)
def test_unsafe_media_paths_are_removed_with_their_file(path):
    cleaned, problems = crafted({"picture": {"path": path, "mime": "image/png"}, "shuffle": True})

    assert cleaned == {"shuffle": True}
    assert [(p.code, p.path) for p in problems] == [("media_path_refused", "/picture")]


def test_safe_media_paths_are_kept_external_ones_too():
    content = {
        "picture": {"path": "images/a b.png#tmp", "mime": "image/png", "width": 2, "height": 3},
        "clip": [
            {"path": "https://www.youtube.com/watch?v=abc", "mime": "video/YouTube"},
            {"path": "javascript:alert(1)", "mime": "video/mp4"},
        ],
        "sound": [
            {"path": "audios/a.mp3", "mime": "audio/mpeg", "copyright": {"author": "<b>A</b>"}}
        ],
        "attachment": {"path": "files/guide.pdf", "onload": "x"},
    }

    cleaned, problems = crafted(content)

    assert cleaned == {
        "picture": {"path": "images/a b.png", "mime": "image/png", "width": 2, "height": 3},
        "clip": [{"path": "https://www.youtube.com/watch?v=abc", "mime": "video/YouTube"}],
        "sound": [{"path": "audios/a.mp3", "mime": "audio/mpeg", "copyright": {"author": "A"}}],
        "attachment": {"path": "files/guide.pdf"},
    }
    assert [(p.code, p.path) for p in problems] == [
        ("media_path_refused", "/clip/1"),
        ("markup_in_plain_text", "/sound/0/copyright/author"),
        ("unknown_key", "/attachment/onload"),
    ]


def test_nested_library_params_are_cleaned_with_that_librarys_semantics():
    content = {
        "child": {
            "library": "H5P.Child 1.0",
            "params": {
                "note": "<em>ok</em><strong>no</strong><script>x</script>",
                "picture": {"path": "javascript:alert(1)"},
                "extra": "<script>x</script>",
            },
            "subContentId": "3f4c2511-2e53-4fa9-8ebb-dc3c115dff35",
            "metadata": {"title": "<img src=x onerror=alert(1)>Title", "evil": "x"},
            "onload": "x",
        }
    }

    cleaned, problems = crafted(content)

    assert cleaned == {
        "child": {
            "library": "H5P.Child 1.0",
            "params": {"note": "<em>ok</em>no"},
            "subContentId": "3f4c2511-2e53-4fa9-8ebb-dc3c115dff35",
            "metadata": {"title": "Title"},
        }
    }
    assert [(p.code, p.path) for p in problems] == [
        ("markup_removed", "/child/params/note"),
        ("media_path_refused", "/child/params/picture"),
        ("unknown_key", "/child/params/extra"),
        ("markup_in_plain_text", "/child/metadata/title"),
        ("unknown_key", "/child/metadata/evil"),
        ("unknown_key", "/child/onload"),
    ]


def test_a_library_its_parent_does_not_offer_is_removed():
    content = {
        "child": {"library": "H5P.IFrameEmbed 1.0", "params": {"source": "x.html"}},
        "nest": {"library": "H5P.Child 1.0", "params": {}},
        "shuffle": False,
    }

    cleaned, problems = crafted(content)

    assert cleaned == {"shuffle": False}
    assert [(p.code, p.path) for p in problems] == [
        ("library_not_allowed", "/child"),
        ("library_not_allowed", "/nest"),
    ]
    assert "H5P.IFrameEmbed 1.0" in str(problems[0].message)


def test_a_library_whose_semantics_are_unknown_is_removed():
    semantics = {**SEMANTICS, "H5P.Child 1.0": None}

    cleaned, problems = sanitise_content(
        {"child": {"library": "H5P.Child 1.0", "params": {"note": "x"}}},
        semantics.get,
        "H5P.Test 1.0",
    )

    assert cleaned == {}
    assert codes(problems) == ["library_semantics_missing"]


def test_numbers_selects_booleans_and_unknown_keys():
    content = {
        "count": 99,
        "mode": "<script>",
        "shuffle": "yes",
        "single": "<i>one</i>",
        "items": [{"label": "a", "weight": "3"}, "not a group", {"label": 5, "weight": "x"}],
        "onerror": "alert(1)",
    }

    cleaned, problems = crafted(content)

    assert cleaned == {
        "count": 10,
        "mode": "normal",
        "single": "one",
        "items": [{"label": "a", "weight": "3"}, {"label": 5}],
    }
    assert [(p.code, p.path) for p in problems] == [
        ("number_out_of_range", "/count"),
        ("select_not_an_option", "/mode"),
        ("wrong_type", "/shuffle"),
        ("markup_in_plain_text", "/single"),
        ("wrong_type", "/items/1"),
        ("wrong_type", "/items/2/weight"),
        ("unknown_key", "/onerror"),
    ]
    assert "99" in str(problems[0].message)
    assert "/onerror" in str(problems[-1].message)


def test_broken_semantics_do_not_crash_the_walk():
    semantics = {
        "H5P.Test 1.0": [
            {"name": "choice", "type": "select", "default": ["x"], "options": [{"value": "a"}]},
            {"name": "things", "type": "list"},
            {"name": "odd", "type": "spreadsheet"},
            "not a field",
            {"type": "text"},
        ]
    }

    cleaned, problems = sanitise_content(
        {"choice": "b", "things": [1], "odd": 1}, semantics.get, "H5P.Test 1.0"
    )

    assert cleaned == {}
    assert codes(problems) == ["select_not_an_option", "unknown_field_type", "unknown_field_type"]


def test_numbers_below_the_minimum_are_raised_to_it():
    cleaned, problems = crafted({"count": -5})

    assert cleaned == {"count": 1}
    assert codes(problems) == ["number_out_of_range"]


def test_deep_nesting_is_cut_off_without_crashing():
    content: dict = {"shuffle": True}
    for _ in range(MAX_DEPTH * 2):
        content = {"nest": {"library": "H5P.Test 1.0", "params": content}}

    cleaned, problems = crafted(content)

    assert codes(problems) == ["too_deep"]
    assert "nest" in cleaned


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ([], ["content_not_an_object"]),
        ("x", ["content_not_an_object"]),
        (None, ["content_not_an_object"]),
        ({"body": None, "count": float("nan")}, ["wrong_type", "wrong_type"]),
        ({"child": {"library": "H5P.Child 1.0", "params": [1]}}, ["wrong_type"]),
        ({"picture": "images/a.png", "clip": {"path": "v.mp4"}}, ["wrong_type", "wrong_type"]),
        ({"items": {"0": {}}, "nest": "H5P.Test 1.0"}, ["wrong_type", "wrong_type"]),
    ],
)
def test_content_of_the_wrong_shape_never_raises(content, expected):
    cleaned, problems = crafted(content)

    assert isinstance(cleaned, dict)
    json.dumps(cleaned, allow_nan=False)
    assert codes(problems) == expected


def test_without_the_main_librarys_semantics_nothing_is_kept():
    cleaned, problems = sanitise_content({"body": "<p>x</p>"}, SEMANTICS.get, "H5P.Other 1.0")

    assert cleaned == {}
    assert codes(problems) == ["main_semantics_missing"]
    assert "H5P.Other 1.0" in str(problems[0].message)
