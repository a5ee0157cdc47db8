"""A parent finds a hotline in the help directory, in Khmer, without JavaScript tricks."""

from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


def test_parent_finds_a_hotline_in_cambodia(site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}/km/help/")
    page.locator("#id_c").select_option("kh")
    page.locator("#id_t").select_option("1")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(f"{site.url}/km/help/?c=kh&r=&t=1")
    results = page.locator("article.service")
    expect(results).to_have_count(1)
    expect(results.first.locator("h2")).to_have_text("ខ្សែទូរស័ព្ទជំនួយកុមាររបស់រដ្ឋាភិបាល (២៤ ម៉ោង)")
    assert page.locator('a[href^="tel:"]').count() == 0
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
