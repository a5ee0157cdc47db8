"""A parent downloads a Khmer guide as a PDF from the guide page."""

import json

from playwright.sync_api import expect

from resources.models import RightsGuidePage
from tests.e2e.conftest import BROWSER_TEST, axe_violations

pytestmark = BROWSER_TEST


def test_a_parent_downloads_the_khmer_guide_as_a_pdf(site, page):
    guide = RightsGuidePage.objects.filter(title_km__gt="").order_by("path").first()
    page.goto(f"{site.url}/km/guides/{guide.slug}/")
    link = page.locator(".guide__pdf a")
    expect(link).not_to_have_text("Download as PDF")  # in Khmer
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == f"guide-{guide.pk}-km.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_the_page_shown_while_a_pdf_is_prepared_is_accessible(site, axe_page, settings):
    guide = RightsGuidePage.objects.filter(title_km__gt="").order_by("path").first()
    # With no worker and eager jobs switched off, the reader meets the "being prepared" page.
    settings.CELERY_TASK_ALWAYS_EAGER = False
    from config.celery import app

    app.conf.task_always_eager = False
    app.conf.broker_url = "memory://"
    try:
        response = axe_page.goto(f"{site.url}/km/guides/{guide.slug}/pdf/")
        assert response.status == 202
        violations = axe_violations(axe_page)
        assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    finally:
        app.conf.task_always_eager = True
