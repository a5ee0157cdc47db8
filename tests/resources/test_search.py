"""Search guides and glossary words in the reader's language, without leaving a trace."""

import json

import pytest
from django.test import Client

from resources.models import GlossaryTerm, SearchEntry
from resources.search import index as search_index
from resources.search.query import search
from tests.guides import add_guide

pytestmark = pytest.mark.django_db

KHMER_BODY = [{"type": "paragraph", "value": "<p>ការជួលផ្ទះ និងការលែងលះ គឺជាសិទ្ធិរបស់អ្នក។</p>"}]
VI_BODY = [{"type": "paragraph", "value": "<p>Em có quyền được bảo vệ khi thuê nhà và đi làm.</p>"}]


@pytest.fixture
def library(index, home_page):
    from resources.demo import demo_glossary_ensure

    demo_glossary_ensure(home=home_page)
    add_guide(
        index,
        slug="home",
        title_en="Renting a home",
        title_km="ការស្នាក់នៅ",
        title_vi="Nhà ở an toàn",
        summary_vi="Quyền của em khi ở nhà thuê.",
        body_km=json.dumps(KHMER_BODY),
        body_vi=json.dumps(VI_BODY),
    )
    add_guide(index, slug="school", title_en="Safe at school", summary_en="Teachers must help.")


def titles(query, language, kind="guide"):
    return [result.title for result in search(query, language) if result.kind == kind]


def test_vietnamese_matches_with_or_without_diacritics(library):
    assert titles("thuê nhà", "vi") == ["Nhà ở an toàn"]
    assert titles("thue nha", "vi") == ["Nhà ở an toàn"]
    assert titles("BAO VE", "vi") == ["Nhà ở an toàn"]


def test_khmer_words_are_found_inside_unspaced_text(library):
    assert titles("ផ្ទះ", "km") == ["ការស្នាក់នៅ"]  # a word in the middle of a run
    assert titles("ការលែងលះ", "km") == ["ការស្នាក់នៅ"]
    # ICU keeps this as one word in a query but splits it in the text: still found.
    assert titles("ជួលផ្ទះ", "km") == ["ការស្នាក់នៅ"]


def test_search_stays_in_the_readers_language(library):
    assert titles("renting", "en") == ["Renting a home"]
    assert titles("renting", "vi") == []  # the English text is not searched from /vi/
    assert titles("thue", "en") == []


def test_every_word_must_match_and_title_matches_come_first(library):
    assert titles("safe teachers", "en") == ["Safe at school"]
    assert titles("safe nonexistentword", "en") == []
    results = [result.title for result in search("consent", "en")]
    assert results[0] == "Consent", "the glossary term named by the query comes first"


def test_glossary_terms_link_to_their_place_on_the_glossary_page(library):
    term = GlossaryTerm.objects.get(slug="consent")
    [result] = [r for r in search("consent", "en") if r.kind == "term"]
    assert result.url == f"/en/words/#{term.slug}"


def test_unpublished_and_deleted_content_leaves_the_index(library):
    from resources.models import RightsGuidePage

    guide = RightsGuidePage.objects.get(slug="school")
    guide.unpublish()
    assert titles("teachers", "en") == []
    term = GlossaryTerm.objects.get(slug="consent")
    term.delete()
    assert not SearchEntry.objects.filter(kind="term", object_id=term.pk).exists()


def test_rebuild_gives_the_same_index(library):
    before = set(SearchEntry.objects.values_list("kind", "object_id", "language", "words"))
    assert search_index.rebuild() == len(before)
    after = set(SearchEntry.objects.values_list("kind", "object_id", "language", "words"))
    assert after == before


def test_the_search_page_takes_queries_by_post_and_keeps_nothing(library):
    client = Client()
    page = client.get("/vi/search/")
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert 'autocomplete="off"' in page.content.decode()
    response = client.post("/vi/search/", {"q": "thue nha"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nhà ở an toàn" in html and 'href="/vi/guides/home/"' in html
    assert "thue nha" not in html.split("<title>")[1].split("</title>")[0]
    assert "no-store" in response["Cache-Control"]
    assert not client.cookies, "searching sets no cookie"


def test_a_query_in_the_url_is_ignored(library):
    html = Client().get("/en/search/?q=consent").content.decode()
    assert "Consent" not in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("x" * 10_000, "That is too long to search for"),
        ("\u0000\u0007", "Null characters are not allowed."),
        ("\u0007\u200b\u202e", "Type a word to look for."),
        ("   ", "Type a word to look for."),
        ("", "Type a word to look for."),
    ],
)
def test_bad_queries_get_a_clear_message(library, query, message):
    before = SearchEntry.objects.count()
    response = Client().post("/en/search/", {"q": query})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert SearchEntry.objects.count() == before


def test_the_message_is_translated(library):
    response = Client().post("/km/search/", {"q": "x" * 500})
    assert response.status_code == 400
    assert "That is too long" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE resources_searchentry; --", "<script>alert(1)</script>", "%", "_", "\\"],
)
def test_hostile_queries_are_just_words(library, query):
    response = Client().post("/en/search/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert SearchEntry.objects.exists()
    assert "Nothing found" in html


def test_the_rebuild_command_indexes_the_demo_library(home_page):
    from django.core.management import call_command

    from resources.demo import demo_glossary_ensure

    demo_glossary_ensure(home=home_page)
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert titles("consent", "en", kind="term") == ["Consent"]
    # The term itself first, then a term whose definition uses the word.
    assert titles("ការយល់ព្រម", "km", kind="term")[0] == "ការយល់ព្រម"


@pytest.mark.checklist("PD-16")
def test_searches_are_not_logged_anywhere(library, settings, caplog):
    assert "wagtail.contrib.search_promotions" not in settings.INSTALLED_APPS
    with caplog.at_level("DEBUG"):
        Client().post("/en/search/", {"q": "uniquecanaryword"})
    assert "uniquecanaryword" not in caplog.text


def test_too_many_searches_from_one_address_are_slowed_down(library, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "search": "2/m/ip"}
    client = Client()
    assert client.post("/km/search/", {"q": "ផ្ទះ"}).status_code == 200
    assert client.post("/km/search/", {"q": "ផ្ទះ"}).status_code == 200
    refused = client.post("/km/search/", {"q": "ផ្ទះ"})
    assert refused.status_code == 429
    assert "no-store" in refused["Cache-Control"]
    assert "Too many tries" not in refused.content.decode(), "the message is in Khmer"


def test_moving_a_page_outside_the_library_leaves_the_index_alone(library, home_page):
    from unittest import mock

    from home.models import HomePage

    other = home_page.add_child(instance=HomePage(title="Elsewhere", slug="elsewhere"))
    with mock.patch.object(search_index, "rebuild") as rebuild:
        other.slug = "elsewhere-2"
        other.save_revision().publish()
    rebuild.assert_not_called()
