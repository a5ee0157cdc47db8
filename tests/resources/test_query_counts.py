"""The library's pages cost a fixed number of SQL queries, whatever the amount of content.

Each page is requested with 10 and with 1,000 generated guides, glossary terms and directory
entries (``resources.bulk``, the service behind ``manage.py generate_bulk_content``), in
English and in Khmer, and must run as many queries at both sizes, at most 10 (the issue's
budget). The exact number is not fixed here, so a feature may add a query without touching
this file; a query per item cannot hide, because it would differ by 990.

The generator itself is tested at the end: its text, its tree paths, its marks, its removal.
"""

import re
import unicodedata

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Revision

from resources.bulk import (
    BULK_MARK,
    BulkCounts,
    bulk_content_count,
    bulk_content_ensure,
    bulk_content_remove,
    generated_guides,
    generated_services,
    guide_fields,
)
from resources.demo import (
    DIRECTORY_TITLE,
    GLOSSARY_TITLE,
    GUIDES_TITLE,
    _section_page_ensure,
    demo_directory_ensure,
)
from resources.models import (
    DirectoryPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    ReferralService,
    RightsGuidePage,
)

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 1000
MAX_QUERIES = 10
LANGUAGES = ("en", "km")
# Generated guide 0 has one "where to get help" block, guide 2 has three (resources.bulk).
PAGES = {
    "guide index": "guides/",
    "guide": "guides/bulk-guide-00000/",
    "glossary": "words/",
    "directory": "help/",
}


@pytest.fixture
def index(home_page):
    _section_page_ensure(GlossaryPage, slug="words", titles=GLOSSARY_TITLE, home=home_page)
    _section_page_ensure(DirectoryPage, slug="help", titles=DIRECTORY_TITLE, home=home_page)
    return _section_page_ensure(GuideIndexPage, slug="guides", titles=GUIDES_TITLE, home=home_page)


def listed(response, page: str) -> int | None:
    """How many items the page lists (so a page cannot pass by listing nothing)."""
    context = response.context
    # Lists that come a page at a time report how many they found in all.
    if page == "guide index":
        return context["pages"]["count"]
    if page == "directory":
        return context["pages"]["count"]
    if page == "glossary":
        return sum(len(entries) for _l, entries in context["sections"]) + len(
            context["untranslated"]
        )
    return None


def queries(client: Client, url: str) -> tuple[list[str], object]:
    assert client.get(url).status_code == 200  # fills the per-process caches first
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries], response


def queries_per_page(language: str, size: int) -> dict[str, list[str]]:
    client = Client()
    result = {}
    for page, path in PAGES.items():
        result[page], response = queries(client, f"/{language}/{path}")
        assert listed(response, page) in (None, size), f"/{language}/{path}"
    return result


def report(language: str, page: str, small: dict, large: dict) -> str:
    before, after = small[language][page], large[language][page]
    shown = "\n".join(f"    {sql[:300]}" for sql in after)
    return (
        f"/{language}/{PAGES[page]} ({page}): {len(before)} queries with {SMALL} items, "
        f"{len(after)} with {LARGE}:\n{shown}"
    )


def test_each_page_runs_as_many_queries_with_10_or_1000_items(index):
    counts = {}
    for size in (SMALL, LARGE):
        # Not announced item by item (search indexing would take most of the time), so the
        # caches derived from content are emptied here instead.
        bulk_content_ensure(guides=size, terms=size, services=size, index=index, announce=False)
        cache.clear()
        counts[size] = {language: queries_per_page(language, size) for language in LANGUAGES}

    small, large = counts[SMALL], counts[LARGE]
    pages = [(language, page) for language in LANGUAGES for page in PAGES]
    growing = [
        (lang, page) for lang, page in pages if len(small[lang][page]) != len(large[lang][page])
    ]
    assert not growing, "\n".join(report(*where, small, large) for where in growing)
    over = [(lang, page) for lang, page in pages if len(large[lang][page]) > MAX_QUERIES]
    assert not over, "\n".join(report(*where, small, large) for where in over)


def test_a_guide_runs_as_many_queries_whatever_its_number_of_help_blocks(index):
    bulk_content_ensure(guides=3, terms=SMALL, services=SMALL, index=index, announce=False)
    client = Client()
    one_block, _response = queries(client, "/km/guides/bulk-guide-00000/")
    three_blocks, _response = queries(client, "/km/guides/bulk-guide-00002/")
    assert len(three_blocks) == len(one_block)


# --- The generator ---------------------------------------------------------------------------

KHMER_WORDS = re.compile(r"^[\u1780-\u17ff]+$")


def test_generated_text_is_written_in_each_languages_script():
    guide = guide_fields(7)
    assert KHMER_WORDS.match(guide["title_km"]), "Khmer words are written without spaces"
    assert "។" in guide["summary_km"] and re.search(r"[\u1780-\u17ff]{30,}", guide["summary_km"])
    vietnamese = unicodedata.normalize("NFD", guide["summary_vi"])
    assert any(unicodedata.combining(char) for char in vietnamese), "tone marks"
    assert guide["title_en"].isascii() and guide["title_en"] != guide["title_fil"]
    assert all(len(guide[f"summary_{lang}"]) <= 300 for lang in ("en", "km", "fil", "vi"))
    assert guide_fields(7) == guide, "the same number always gives the same guide"


def test_it_adds_only_what_is_missing_and_removes_only_what_it_made(index, client):
    demo_directory_ensure(home=index.get_parent().specific)
    demo_services = ReferralService.objects.count()
    hand_made = RightsGuidePage(
        slug="hand-made", title_en="Hand made", summary_en="s", audience="children", topic="rights"
    )
    index.add_child(instance=hand_made)

    assert bulk_content_ensure(guides=3, terms=2, services=2, index=index) == BulkCounts(3, 2, 2)
    assert bulk_content_ensure(guides=5, terms=4, services=3, index=index) == BulkCounts(2, 2, 1)
    assert bulk_content_count() == BulkCounts(guides=5, terms=4, services=3)
    assert Page.find_problems() == ([], [], [], [], [])  # treebeard: paths, depths, numchild
    index.refresh_from_db()
    assert index.numchild == 6

    guide = generated_guides().get(slug="bulk-guide-00004")
    assert guide.live and guide.live_revision_id == guide.latest_revision_id
    assert guide.live_revision.as_object().title_km == guide.title_km
    assert guide.url_path == f"{index.url_path}bulk-guide-00004/"
    html = client.get("/km/guides/bulk-guide-00004/").content.decode()
    assert f"<h1>{guide.title_km}</h1>" in html
    service = generated_services().first()
    assert service.is_example and not service.phone and not service.website
    assert service.live and service.live_revision_id == service.latest_revision_id
    assert f"{service.name_km}</h2>" in client.get("/km/help/").content.decode()

    revisions = [guide.live_revision_id, service.live_revision_id]
    assert bulk_content_remove() == BulkCounts(guides=5, terms=4, services=3)
    assert bulk_content_count() == BulkCounts()
    assert Page.find_problems() == ([], [], [], [], [])
    assert RightsGuidePage.objects.filter(slug="hand-made").exists()
    assert ReferralService.objects.count() == demo_services
    assert ReferralService.objects.filter(verified_by=BULK_MARK).count() == 0
    assert GlossaryTerm.objects.count() == 0
    assert not Revision.objects.filter(pk__in=revisions).exists()


def test_the_command_is_for_development_only(index, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("generate_bulk_content", guides=1, terms=1, services=1)
    settings.DEBUG = True
    call_command("generate_bulk_content", guides=2, terms=1, services=1, no_signals=True)
    assert bulk_content_count() == BulkCounts(guides=2, terms=1, services=1)
    call_command("generate_bulk_content", remove=True)
    assert bulk_content_count() == BulkCounts()
