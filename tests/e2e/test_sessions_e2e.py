"""A facilitator on a phone reads a session plan, schedules a session for their Khmer group
and downloads its pack; axe scans each page on the way."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts.services import profile_ensure
from home.demo_content import demo_home_ensure
from paralegal.models import Cohort, CohortSession, JoinedVia, Membership
from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie
from tests.paralegal.session_fixtures import plan_add, plan_index_ensure

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 320, "height": 700}, "is_mobile": True, "has_touch": True}


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _user(username, role, *, mfa=False):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = get_user_model().objects.create_user(username=username, password="a-long-passphrase-1")
    user.groups.add(Group.objects.get(name=role))
    if mfa:
        TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def facilitator_world(site):
    facilitator = _user("fac_e2e", "facilitator", mfa=True)
    learners = [_user(f"learner_e2e{i}", "learner") for i in range(3)]
    for number, learner in enumerate(learners):
        profile_ensure(user=learner, display_name=f"Star {number}")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name="Tuesday group",
        country="KH",
        language="km",
        starts_on=today - timedelta(days=10),
        ends_on=today + timedelta(days=60),
    )
    cohort.facilitators.add(facilitator)
    for learner in learners:
        Membership.objects.create(cohort=cohort, user=learner, joined_via=JoinedVia.FACILITATOR)
    plan = plan_add(plan_index_ensure(demo_home_ensure()), slug="plan-e2e", khmer=True)
    return {"facilitator": facilitator, "cohort": cohort, "plan": plan}


def test_a_facilitator_schedules_a_session_and_downloads_its_pack(
    site, facilitator_world, new_context
):
    cohort, plan = facilitator_world["cohort"], facilitator_world["plan"]
    context = new_context(bypass_csp=True, accept_downloads=True, **PHONE)  # axe is inline
    context.add_cookies(session_cookie(site, facilitator_world["facilitator"]))
    page = context.new_page()

    # The plan itself, as a facilitator reads it before the session.
    page.goto(f"{site.url}{plan.url}")
    expect(page.locator("h1")).to_have_text("Rights we all have")
    expect(page).to_have_title("Session plan · Notebook")
    _no_violations(page)
    page.goto(f"{site.url}{plan.get_parent().url}")
    _no_violations(page)

    page.goto(f"{site.url}/en/cohorts/{cohort.pk}/sessions/")
    expect(page.get_by_text("No sessions are scheduled.")).to_be_visible()
    _no_violations(page)

    page.get_by_role("link", name="Schedule a session").click()
    _no_violations(page)
    # Bad input first: a place that is too long is refused with a message tied to the field.
    page.get_by_label("Session plan").select_option(str(plan.pk))
    day = (timezone.localdate() + timedelta(days=3)).isoformat()
    page.get_by_label("Date").fill(day)
    page.get_by_label("Starts at").fill("14:30")
    place = page.get_by_label("Place (optional)")
    place.evaluate("(field) => field.removeAttribute('maxlength')")
    place.fill("x" * 80)
    page.get_by_role("button", name="Schedule the session").click()
    expect(page.get_by_role("alert")).to_contain_text("at most 60 characters")
    expect(page.get_by_label("Place (optional)")).to_have_attribute("aria-invalid", "true")
    _no_violations(page)
    assert not CohortSession.objects.exists()

    page.get_by_label("Place (optional)").fill("Room 2")
    page.get_by_role("button", name="Schedule the session").click()
    expect(page.get_by_text("The session is scheduled.")).to_be_visible()
    expect(page.locator(".session-list__item")).to_contain_text("14:30")
    expect(page.locator(".session-list__item")).to_contain_text("Room 2")
    _no_violations(page)
    session = CohortSession.objects.get(cohort=cohort)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Session pack (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == f"session-{session.pk}.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_a_learner_gets_not_found_for_plans_and_sessions(site, facilitator_world, new_context):
    cohort, plan = facilitator_world["cohort"], facilitator_world["plan"]
    learner = Membership.objects.filter(cohort=cohort).first().user
    context = new_context(**PHONE)
    context.add_cookies(session_cookie(site, learner))
    page = context.new_page()
    for address in (plan.url, f"/en/cohorts/{cohort.pk}/sessions/"):
        response = page.goto(f"{site.url}{address}")
        assert response.status == 404, address
