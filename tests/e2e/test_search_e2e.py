"""A parent searches in Khmer and in Vietnamese typed without diacritics; nothing is left behind."""

import json

import pytest
from playwright.sync_api import expect

from resources.models import RightsGuidePage
from resources.search import index as search_index
from tests.e2e.conftest import BROWSER_TEST, axe_violations

pytestmark = BROWSER_TEST

SAFE_GUIDE = "your-right-to-be-safe"


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("km", "ពិភពលោក"),  # a word in the middle of unspaced Khmer text
        ("vi", "khong ai co the lay di"),  # "Không ai có thể lấy đi" without its marks
    ],
)
def test_search_finds_the_guide_and_leaves_no_trace(site, page, language, query):
    search_index.rebuild()
    guide = RightsGuidePage.objects.get(slug=SAFE_GUIDE)
    title = getattr(guide, f"title_{language}")
    page.goto(f"{site.url}/{language}/")
    page.locator(".site-header__search").click()
    page.locator("input[name=q]").fill(query)
    page.locator("form.search-form button[type=submit]").click()
    result = page.locator(".search-results a", has_text=title)
    expect(result).to_be_visible()
    assert page.url == f"{site.url}/{language}/search/"
    assert query not in page.title()
    history = page.evaluate("history.length")
    result.click()
    expect(page.locator("h1")).to_have_text(title)
    assert query not in page.url
    assert page.evaluate("history.length") == history + 1


def test_the_results_page_is_accessible(site, axe_page):
    search_index.rebuild()
    axe_page.goto(site.url + "/vi/search/")
    axe_page.locator("input[name=q]").fill("quyen")
    axe_page.locator("form.search-form button[type=submit]").click()
    expect(axe_page.locator(".search-results")).to_be_visible()
    violations = axe_violations(axe_page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def test_a_marked_word_in_a_khmer_guide_leads_to_its_meaning(site, page):
    guide = RightsGuidePage.objects.get(slug=SAFE_GUIDE)
    page.goto(f"{site.url}/km/guides/{guide.slug}/")
    details = page.locator("details.content-warning__choice")
    if details.count():
        details.locator("summary").click()
    word = page.locator("a.term").first
    expect(word).to_be_visible()
    meaning_id = word.get_attribute("aria-describedby")
    word.click()
    target = page.locator(f"#{meaning_id}")
    expect(target).to_be_in_viewport()
    expect(target).not_to_be_empty()
