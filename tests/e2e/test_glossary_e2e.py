"""A reader opens the glossary from the home page and jumps to a word."""

from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


def test_reader_finds_a_word_in_the_khmer_glossary(site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}/km/")
    page.get_by_role("link", name="ពាក្យដែលគួរដឹង").click()
    expect(page).to_have_url(f"{site.url}/km/words/")
    first_letter = page.locator(".letter-index a").first
    first_letter.click()
    expect(page.locator("h2.letter").first).to_be_in_viewport()
    page.goto(f"{site.url}/km/words/#consent")
    term = page.locator("#consent")
    expect(term).to_be_in_viewport()
    assert term.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
