"""A parent saves a Khmer guide, reads it again without a connection, then clears the phone."""

import pytest
from playwright.sync_api import expect

from resources.models import RightsGuidePage
from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "service_workers": "allow"}


@pytest.fixture(autouse=True)
def _worker_settled(page):
    """Let the service worker finish installing before the test's database is flushed."""
    yield
    if not page.is_closed():
        page.evaluate(
            "navigator.serviceWorker.getRegistration()"
            ".then(found => found && navigator.serviceWorker.ready)"
        )


WORKER_READY = "navigator.serviceWorker.ready.then(() => true)"
KEPT = """async () => {
  const names = await caches.keys();
  const kept = {};
  for (const name of names) {
    kept[name] = (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname);
  }
  return kept;
}"""


def khmer_guide():
    return RightsGuidePage.objects.filter(title_km__gt="").order_by("path").first()


def test_a_saved_guide_can_be_read_offline_and_clearing_removes_it(site, page, context):
    guide = khmer_guide()
    url = f"/km/guides/{guide.slug}/"
    page.goto(site.url + url)
    assert page.evaluate(WORKER_READY)
    page.reload()  # now the service worker looks after the page
    save = page.locator("[data-save-offline] button")
    expect(save).not_to_have_text("Save for offline")  # in Khmer
    save.click()
    expect(page.locator("[data-save-offline] [role=status]")).not_to_be_empty()
    kept = page.evaluate(KEPT)
    assert url in kept["rp-saved-km"]
    assert url in kept["rp-opened-km"]
    assert not any(name.endswith("-en") for name in kept), "kept per language"

    context.set_offline(True)
    page.goto(site.url + url)
    expect(page.locator("h1")).to_have_text(guide.title_km)
    # A page never opened: the "kept on this phone" page, which says so and lists the guide.
    page.goto(site.url + "/km/guides/never-opened/")
    expect(page.locator("[data-offline-notice]")).to_be_visible()
    expect(page.locator("[data-kept-list=saved] a")).to_have_text([guide.title_km])

    context.set_offline(False)
    page.goto(site.url + "/km/phone/")
    page.locator("form[data-clear-phone] button").click()
    expect(page.locator("[role=status]")).to_be_visible()
    assert page.evaluate(KEPT) == {}
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0


def test_low_data_mode_is_remembered_on_this_phone(site, page):
    page.goto(site.url + "/vi/phone/")
    toggle = page.locator("[data-low-data-toggle]")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    page.goto(site.url + "/vi/")
    assert page.evaluate("document.documentElement.hasAttribute('data-low-data')")


def guide_with_a_picture():
    import io
    import json

    from django.core.files.images import ImageFile
    from PIL import Image as Picture
    from wagtail.images.models import Image

    from resources.models import GuideIndexPage

    buffer = io.BytesIO()
    Picture.new("RGB", (800, 400), (200, 220, 240)).save(buffer, "PNG")
    image = Image.objects.create(title="Market", file=ImageFile(buffer, name="market.png"))
    body = [
        {"type": "paragraph", "value": "<p>Look at the picture.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt": "A busy market", "caption": ""}},
    ]
    guide = RightsGuidePage(
        slug="market",
        title_en="At the market",
        summary_en="A picture.",
        audience="parents",
        country="all",
        topic="rights",
        body_en=json.dumps(body),
    )
    GuideIndexPage.objects.get().add_child(instance=guide)
    guide.save_revision().publish()
    return guide


def test_in_low_data_mode_pictures_wait_for_a_tap(site, page):
    guide_with_a_picture()
    images = []
    page.on(
        "request",
        lambda request: (
            images.append(request.url)
            if "/images/" in request.url
            or request.resource_type == "image"
            and "/media/" in request.url
            else None
        ),
    )
    page.goto(site.url + "/en/phone/")
    page.locator("[data-low-data-toggle]").click()
    page.goto(site.url + "/en/guides/market/")
    picture = page.get_by_role("img", name="A busy market")
    expect(picture).to_be_hidden()
    page.wait_for_load_state("networkidle")
    assert images == [], "no picture is fetched before the tap"
    with page.expect_request(lambda request: "/media/images/" in request.url):
        page.locator("[data-image-load]").click()
    expect(picture).to_be_visible()
