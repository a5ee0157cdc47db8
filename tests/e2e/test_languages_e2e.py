"""Home page in four languages, the switcher, tl → fil, Khmer font only where Khmer is."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST
from tests.helpers import LANGUAGES

pytestmark = BROWSER_TEST


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_in_each_language_fits_a_320px_phone(site, page, code):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}/{code}/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(".+")).first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scrolling at 320px"


def test_switcher_keeps_the_visitor_on_the_same_page(site, page):
    page.goto(f"{site.url}/en/accounts/login/")
    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="ភាសាខ្មែរ"
    ).click()
    expect(page).to_have_url(f"{site.url}/km/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "km")
    page.locator('.language-switcher a[hreflang="vi"]').click()
    expect(page).to_have_url(f"{site.url}/vi/accounts/login/")


@pytest.mark.parametrize("header", ["tl-PH,tl;q=0.9", "tl", "fil-PH"])
def test_tagalog_browsers_get_filipino(site, new_context, header):
    context = new_context(extra_http_headers={"Accept-Language": header})
    page = context.new_page()
    page.goto(f"{site.url}/")
    expect(page).to_have_url(f"{site.url}/fil/")
    expect(page.locator("html")).to_have_attribute("lang", "fil")
    context.close()


def test_khmer_text_outside_the_switcher_appears_only_on_khmer_pages(site, page):
    # The web font is fetched only for Khmer glyphs (unicode-range); on other pages the
    # only Khmer is the switcher's own language name.
    page.goto(f"{site.url}/en/")
    khmer = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(el => [...el.childNodes].some(
                n => n.nodeType === 3 && /[\u1780-\u17ff]/.test(n.textContent)))
            .map(el => el.closest('.language-switcher') ? 'switcher' : el.tagName)"""
    )
    assert khmer == ["switcher"]


def test_khmer_pages_are_set_in_noto_sans_khmer_from_this_site(site, page):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{site.url}/km/")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(
        """() => [...document.fonts].some(
            f => f.family.includes('Noto Sans Khmer') && f.status === 'loaded')"""
    )
    assert loaded, "Noto Sans Khmer must be in use on Khmer pages"
    assert all(url.startswith(site.url) for url in fetched)


def test_khmer_language_name_is_readable_on_every_page(site, page):
    # A Khmer reader on a phone without Khmer fonts must still find their language.
    page.goto(f"{site.url}/en/")
    label = page.locator('.language-switcher [lang="km"]')
    family = label.evaluate("el => getComputedStyle(el).fontFamily")
    assert family.startswith('"Noto Sans Khmer"')
    page.evaluate("document.fonts.ready")
    page.wait_for_function("document.fonts.check('16px \"Noto Sans Khmer\"', 'ភាសាខ្មែរ')")
