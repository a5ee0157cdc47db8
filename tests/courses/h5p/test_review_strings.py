"""The safeguarding reviewer sees every string a learner may read and every address that leaves."""

import pickle

import pytest

from courses.h5p.review_strings import (
    ExternalUrl,
    allowed_external,
    external_urls,
    readable_strings,
)
from tests.courses.h5p.test_sanitise import SEMANTICS, Package


def texts(strings) -> list[str]:
    return [s.text for s in strings]


# --- Readable strings --------------------------------------------------------------------------


def test_questionset_strings_include_the_nested_questions_once_each_in_order():
    package = Package("valid/H5P.QuestionSet.h5p")

    strings = readable_strings(package.content, package.semantics_for, package.main_library)
    found = texts(strings)

    for expected in [
        "Start Quiz",
        "Fill in the missing words",  # the Blanks question inside the set
        "Correct answers give +1 point. Incorrect answers give -1 point. The lowest possible "
        "score is 0.",  # the drag-and-drop question
        "':ans' is correct",  # stored escaped (&#039;), read as the learner sees it
        "Are you sure you wish to finish ?",
        "Untitled Multiple Choice",  # a nested question's title
        "Drag the words into the correct boxes",  # the drag-the-words question
        "The owner of this video does not allow it to be embedded.",  # the video inside it
    ]:
        assert any(expected in text for text in found), expected
    assert len(found) == len(set(found)), "each text is listed once"
    assert found.count("Retry") == 1
    # In document order: the set's own intro comes before its first question's texts.
    assert found.index("Start Quiz") < found.index("Check")
    # Markup is stripped: the drop zone label "<div>a</div>" reads "a".
    assert not any("<" in text and ">" in text for text in found)
    where = {s.text: s.path for s in strings}
    assert where["Fill in the missing words"] == "/questions/2/params/text"
    # Licence codes and content type names are not words an author wrote.
    assert "U" not in found


def test_questionset_string_lookup_needs_no_drag_answers_to_be_html():
    package = Package("valid/H5P.QuestionSet.h5p")

    strings = readable_strings(package.content, package.semantics_for, package.main_library)

    assert all(s.text == s.text.strip() and s.text for s in strings)
    assert all(s.path.startswith("/") for s in strings)


def test_dialogcards_strings_include_cards_alt_texts_and_credits():
    package = Package("valid/H5P.Dialogcards.h5p")

    strings = readable_strings(package.content, package.semantics_for, package.main_library)
    found = texts(strings)

    assert found[:2] == [
        "Learn Spanish berry names",
        "Berry names are presented in Spanish. You can turn the cards to see the correct "
        "English translations.",
    ]
    assert "Arándanos azules" in found
    assert "Blueberries" in found
    assert "Berries which have a blue colour" in found
    assert "Jeremy Keith from Brighton & Hove, United Kingdom" in found
    label = {s.text: s.label for s in strings}
    assert label["Berries which have a blue colour"] == "Alternative text for the image"
    assert label["Jeremy Keith from Brighton & Hove, United Kingdom"] == "Copyright: author"


def test_strings_are_listed_as_they_will_be_shown_after_sanitising():
    content = {
        "body": "<p>Hello <strong>you</strong></p><script>document.write('hidden')</script>",
        "heading": "<b>Plain</b> &amp; simple",
        "child": {
            "library": "H5P.Child 1.0",
            "params": {"note": "<em>Nested</em> note"},
            "metadata": {"title": "Child title", "license": "U"},
        },
        "items": [{"label": "Plain & simple"}, {"label": "Again"}],
    }

    strings = readable_strings(content, SEMANTICS.get, "H5P.Test 1.0")

    assert [(s.path, s.text) for s in strings] == [
        ("/body", "Hello you"),
        ("/heading", "Plain & simple"),
        ("/child/params/note", "Nested note"),
        ("/child/metadata/title", "Child title"),
        ("/items/1/label", "Again"),
    ]


def test_without_semantics_there_are_no_strings_to_trust():
    assert readable_strings({"body": "x"}, SEMANTICS.get, "H5P.Unknown 1.0") == []


# --- External addresses ------------------------------------------------------------------------


def test_a_youtube_video_path_is_listed_with_its_host():
    content = {
        "clip": [{"path": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "mime": "video/YouTube"}],
        "picture": {"path": "images/local.png"},
    }

    urls = external_urls(content)

    assert urls == ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"]
    assert urls[0].host == "www.youtube.com"
    assert urls[0].where == "/clip/0/path"


def test_addresses_hidden_in_html_are_listed():
    content = {
        "body": (
            '<p>See <a href="https://tracker.example/?id=1&amp;u=2">this</a>.</p>'
            '<iframe src="//frames.example/embed"></iframe>'
            '<img srcset="a.png 1x, //cdn.example/b.png 2x">'
            '<p style="background:url(//pixels.example/p.gif)">x</p>'
            '<a href="&#104;ttps://encoded.example/x">y</a>'
            '<a href="mailto:stranger@mail.example?subject=hi">write</a>'
        ),
        "items": [{"label": "Visit https://plain.example/path), then stop."}],
    }

    urls = external_urls(content)

    assert [(u, u.host) for u in urls] == [
        ("https://tracker.example/?id=1&u=2", "tracker.example"),
        ("https://encoded.example/x", "encoded.example"),
        ("mailto:stranger@mail.example?subject=hi", "mail.example"),
        ("//frames.example/embed", "frames.example"),
        ("//cdn.example/b.png", "cdn.example"),
        ("//pixels.example/p.gif", "pixels.example"),
        ("https://plain.example/path", "plain.example"),
    ]
    assert {u.where for u in urls} == {"/body", "/items/0/label"}


def test_real_packages_list_their_links_and_credits():
    accordion = Package("valid/H5P.Accordion.h5p")
    dialogcards = Package("valid/H5P.Dialogcards.h5p")
    quiz = Package("valid/H5P.QuestionSet.h5p")

    links = external_urls(accordion.content)
    credits = external_urls(dialogcards.content)

    assert links == [
        "https://en.wikipedia.org/wiki/Cherry",
        "https://en.wikipedia.org/wiki/Cranberry",
        "https://en.wikipedia.org/wiki/Blackberry",
        "https://en.wikipedia.org/wiki/A%C3%A7a%C3%AD_palm#Fruit",
    ]
    assert {u.host for u in links} == {"en.wikipedia.org"}
    assert len(credits) == 5
    assert {u.host for u in credits} == {"commons.wikimedia.org"}
    assert "https://commons.wikimedia.org/wiki/File:Cherries_(4700619439).jpg" in credits
    assert external_urls(quiz.content) == []


def test_each_address_is_listed_once_and_survives_pickling():
    urls = external_urls({"a": "https://x.example/", "b": ["see https://x.example/"]})

    assert urls == ["https://x.example/"]
    copied = pickle.loads(pickle.dumps(urls[0]))  # noqa: S301 (our own object)
    assert isinstance(copied, ExternalUrl)
    assert (copied, copied.host, copied.where) == ("https://x.example/", "x.example", "/a")


# --- Allowed hosts -----------------------------------------------------------------------------

ALLOWED = {"www.youtube.com", ".wikipedia.org"}


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=x",
        "https://WWW.YouTube.com/embed/x",
        "https://www.youtube.com:443/x",
        "https://www.youtube.com./x",
        "https://en.wikipedia.org/wiki/Cherry",
        "https://wikipedia.org/",
    ],
)
def test_https_addresses_on_an_allowed_host_are_allowed(url):
    assert allowed_external(url, ALLOWED)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.youtube.com/watch?v=x",  # not https
        "//www.youtube.com/watch?v=x",
        "https://youtube.com/watch?v=x",  # only www.youtube.com is listed, without a dot
        "https://m.www.youtube.com/",
        "https://www.youtube.com.evil.example/",
        "https://evilwikipedia.org/",
        "https://www.youtube.com@evil.example/",
        "https://evil.example\\@www.youtube.com/",
        "https://www.youtube.com:8443/",
        "https://www.youtube.com:99999/",
        "https://[::1/",
        "javascript:alert(1)",
        "https:// www.youtube.com/",
        "",
    ],
)
def test_other_addresses_are_not_allowed(url):
    assert not allowed_external(url, ALLOWED)


def test_nothing_is_allowed_by_an_empty_or_odd_list():
    assert not allowed_external("https://www.youtube.com/", set())
    assert not allowed_external("https://www.youtube.com/", {".", ""})


# --- What an address does: loads by itself, or is followed ------------------------------------


def kinds(content: dict) -> dict[str, str]:
    return {url: url.kind for url in external_urls(content)}


def test_a_media_path_with_an_absolute_address_loads():
    content = {"media": {"type": {"params": {"files": [{"path": "https://v.example/a.mp4"}]}}}}

    assert kinds(content) == {"https://v.example/a.mp4": "loads"}


def test_a_link_in_html_text_is_followed_not_loaded():
    content = {"text": '<p>Read <a href="https://help.example/rights">this page</a>.</p>'}

    assert kinds(content) == {"https://help.example/rights": "links"}


@pytest.mark.parametrize(
    ("html", "url"),
    [
        ('<img src="https://img.example/a.png" alt="">', "https://img.example/a.png"),
        ('<img srcset="a.png 1x, https://img.example/b.png 2x">', "https://img.example/b.png"),
        ('<img srcset="//img.example/c.png 2x">', "//img.example/c.png"),
        ('<video poster="https://img.example/p.jpg"></video>', "https://img.example/p.jpg"),
        ('<p style="background:url(//pixels.example/p.gif)">x</p>', "//pixels.example/p.gif"),
        (
            "<p style=\"background:url('https://px.example/q.gif')\">x</p>",
            "https://px.example/q.gif",
        ),
    ],
)
def test_addresses_a_browser_fetches_by_itself_load(html, url):
    assert kinds({"text": html}) == {url: "loads"}


def test_a_plain_address_in_text_is_a_link():
    content = {"label": "Call us or visit https://help.example/contact today."}

    assert kinds(content) == {"https://help.example/contact": "links"}


def test_an_address_both_linked_and_loaded_loads():
    linked_first = {
        "intro": '<a href="https://x.example/pic.png">the picture</a>',
        "body": '<img src="https://x.example/pic.png" alt="">',
    }
    loaded_first = {"a": linked_first["body"], "b": linked_first["intro"]}
    same_string = {
        "text": '<a href="https://x.example/p.png"><img src="https://x.example/p.png"></a>'
    }

    # Listed once, where it loads: that is what the reviewer must look at.
    for content, where in ((linked_first, "/body"), (loaded_first, "/a")):
        urls = external_urls(content)
        assert urls == ["https://x.example/pic.png"]
        assert (urls[0].kind, urls[0].where) == ("loads", where)
    assert kinds(same_string) == {"https://x.example/p.png": "loads"}


def test_a_credit_source_is_a_link():
    content = {
        "image": {
            "path": "images/berries.jpg",
            "copyright": {"license": "CC BY", "source": "https://commons.example/wiki/File:B.jpg"},
            "metadata": {"source": "https://commons.example/wiki/File:C.jpg"},
        },
        "metadata": {"source": "https://credits.example/original"},
    }

    assert kinds(content) == {
        "https://commons.example/wiki/File:B.jpg": "links",
        "https://commons.example/wiki/File:C.jpg": "links",
        "https://credits.example/original": "links",
    }
