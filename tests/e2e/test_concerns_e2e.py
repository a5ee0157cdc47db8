"""A learner asks for help in two taps from a learner page and sees the hotlines at once; a
safeguarding lead of that country acknowledges, records a referral and closes it; the learner
sees only the status. axe scans each page on the way."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import StaffScope
from paralegal.models import Cohort, JoinedVia, Membership
from resources.models import ReferralService
from safeguarding.models import AuditEvent, Concern
from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
NOTE = "Ask for Sophea at the shelter desk after 5pm"


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


@pytest.fixture
def people(site, make_user):
    learner = make_user("dara")
    lead = make_user("lead_kh", role="safeguarding_lead", mfa=True, email="lead@example.org")
    StaffScope.objects.create(user=lead, countries=["KH"])
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name="Tuesday group",
        country="KH",
        language="en",
        starts_on=today - timedelta(days=7),
        ends_on=today + timedelta(days=60),
    )
    Membership.objects.create(cohort=cohort, user=learner, joined_via=JoinedVia.CODE)
    ReferralService.objects.create(
        name="Checked child line", kind="hotline", country="KH", phone="1280", live=True
    )
    return learner, lead


def test_a_learner_asks_for_help_in_two_taps_and_a_lead_handles_it(site, people, new_context):
    learner, lead = people
    context = new_context(bypass_csp=True, **PHONE)  # bypass: axe is injected inline
    context.add_cookies(session_cookie(site, learner))
    page = context.new_page()
    response = page.goto(f"{site.url}{reverse('courses:my_learning')}")
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("My learning")

    # Tap one: the header link, on a learner-area page.
    page.get_by_role("link", name="Get help").click()
    expect(page.locator("h1")).to_have_text("Get help")
    expect(page).to_have_title(re.compile(r"^Help ·"))
    help_now = page.locator(".concern-help")
    expect(help_now).to_contain_text("Checked child line")
    expect(help_now.get_by_role("link", name="Call 1280")).to_have_attribute("href", "tel:1280")
    expect(help_now).to_contain_text("Government child helpline")  # the demo directory's
    expect(page.locator(".notice--warning")).to_contain_text("Do not write what happened")
    _no_violations(page)

    # Tap two: Send, with the defaults.
    page.get_by_role("button", name="Send").first.click()
    expect(page.locator("h1")).to_have_text("Your request")
    expect(page.locator(".concern-status")).to_contain_text("Sent.")
    _no_violations(page)
    concern = Concern.objects.get()
    assert (concern.raised_by, concern.country, concern.current_lead) == (learner, "KH", lead)
    status_url = page.url

    # Adding a note takes a few more taps; it is shown to the lead only.
    page.goto(f"{site.url}/en/support/")
    page.get_by_label("Someone else").check()
    page.get_by_label("How can we reach you safely? (optional)").fill(NOTE)
    page.get_by_role("button", name="Send").last.click()
    expect(page.locator(".concern-status")).to_contain_text("Sent.")
    expect(page.locator("main")).not_to_contain_text(NOTE)

    # The lead of Cambodia.
    lead_context = new_context(bypass_csp=True)
    lead_context.add_cookies(session_cookie(site, lead))
    lead_page = lead_context.new_page()
    lead_page.goto(f"{site.url}/en/leads/concerns/")
    expect(lead_page.locator("h1")).to_have_text("Requests for help")
    expect(lead_page.locator("tbody tr")).to_have_count(2)
    _no_violations(lead_page)
    lead_page.locator(f'a[href$="/{concern.public_id}/"]').click()
    expect(lead_page.locator("h1")).to_have_text("Request for help")
    _no_violations(lead_page)
    lead_page.get_by_role("button", name="Acknowledge").click()
    expect(lead_page.locator(".messages")).to_contain_text("Acknowledged.")
    lead_page.get_by_label("Type of service").select_option("counselling")
    lead_page.get_by_label("Date of the referral").fill(timezone.localdate().isoformat())
    lead_page.get_by_role("button", name="Record the referral").click()
    expect(lead_page.locator(".messages")).to_contain_text("The referral is recorded.")
    expect(lead_page.locator(".summary")).to_contain_text("Counselling")
    _no_violations(lead_page)

    page.goto(status_url)
    expect(page.locator(".concern-status")).to_contain_text("asked a service to help")

    lead_page.get_by_role("button", name="Close the request").click()
    expect(lead_page.locator(".messages")).to_contain_text("Closed.")
    expect(lead_page.get_by_role("button", name="Acknowledge")).to_have_count(0)
    _no_violations(lead_page)

    # The note reached the lead; the learner sees only the status.
    other = Concern.objects.exclude(pk=concern.pk).get()
    lead_page.goto(f"{site.url}/en/leads/concerns/{other.public_id}/")
    expect(lead_page.locator(".summary")).to_contain_text(NOTE)
    page.goto(status_url)
    expect(page.locator(".concern-status")).to_contain_text("Closed.")
    _no_violations(page)
    actions = set(
        AuditEvent.objects.filter(object_id=str(concern.public_id)).values_list("action", flat=True)
    )
    assert {"listed", "viewed", "acknowledged", "referred", "closed", "status_viewed"} <= actions
