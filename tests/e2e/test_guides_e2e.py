"""A parent reads a Khmer guide that starts with a content warning."""

from playwright.sync_api import expect

from resources.models import RightsGuidePage
from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


def test_parent_reads_a_khmer_guide_after_its_content_warning(site, page):
    guide = (
        RightsGuidePage.objects.filter(content_warning_km__gt="", title_km__gt="")
        .order_by("path")
        .first()
    )
    assert guide is not None, "the demo has a translated guide with a warning"
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}/km/")
    page.get_by_role("link", name="មគ្គុទ្ទេសក៍").click()
    page.get_by_role("link", name=guide.title_km).click()
    expect(page.locator("h1")).to_have_text(guide.title_km)
    body = page.locator(".content-warning .guide__body")
    expect(body).to_be_hidden()
    page.locator("details.content-warning__choice > summary").click()
    expect(body).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "km")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_a_sensitive_guide_keeps_a_neutral_title_in_the_tab(site, page):
    guide = RightsGuidePage.objects.filter(browser_title_en__gt="").order_by("path").first()
    page.goto(f"{site.url}/en/guides/{guide.slug}/")
    assert guide.browser_title_en in page.title()
    assert guide.title_en not in page.title()
