"""A facilitator assigns a peer mentor on a phone; the mentor sees the mentee's progress and
nothing of another learner; the mentee sees who their mentor is. axe scans every page."""

import json

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from home.demo_content import demo_home_ensure
from tests.courses_factory import course_build
from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
OTHER_NAME = "Zqx Other Learner"


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    # And it fits a 320 px screen without scrolling sideways.
    size = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size(size)


def _person(username, *, role="learner", band="", name=None, staff=False):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts.models import Profile
    from accounts.services import profile_ensure

    user = get_user_model().objects.create_user(username, password="a-long-pass-phrase-1")
    user.groups.add(Group.objects.get(name=role))
    if staff:
        TOTP.activate(user, generate_totp_secret())
    profile_ensure(user=user)
    Profile.objects.filter(user=user).update(
        display_name=name or username.title(),
        age_band=band,
        age_band_stated_on=timezone.localdate(),
    )
    return user


@pytest.fixture
def programme(site, settings):
    from datetime import timedelta

    from accounts.models import StaffScope
    from courses.models import Enrolment, LessonProgress
    from paralegal.models import Cohort, JoinedVia, Membership
    from paralegal.services import mentoring as services

    built = course_build(demo_home_ensure(), slug="mentor-training")
    settings.MENTOR_REQUIRED_COURSE_SLUG = "mentor-training"
    settings.MENTOR_REQUIRED_MODULE_SLUG = "one"
    today = timezone.localdate()
    facilitator = _person("fac", role="facilitator", staff=True)
    lead = _person("lead", role="safeguarding_lead", staff=True)
    StaffScope.objects.create(user=lead, countries=["KH"])
    cohort = Cohort.objects.create(
        name="Tuesday group",
        country="KH",
        language="en",
        starts_on=today - timedelta(days=10),
        ends_on=today + timedelta(days=90),
    )
    cohort.facilitators.add(facilitator)
    mentor = _person("dara", band="16_17")
    mentee = _person("sokha", band="14_15")
    other = _person("other", band="14_15", name=OTHER_NAME)
    other_mentor = _person("vanna", band="16_17")
    waiting = _person("chenda", band="16_17")
    now = timezone.now()
    for user in (mentor, mentee, other, other_mentor, waiting):
        Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.FACILITATOR)
    for user in (mentor, other_mentor, waiting):
        Enrolment.objects.create(user=user, course=built["course"], completed_at=now)
        for lesson in built["lessons"]:
            LessonProgress.objects.create(
                user=user, lesson=lesson, course=built["course"], completed_at=now
            )
    for user in (mentor, other_mentor):
        standing = services.standing_propose(facilitator=facilitator, user=user)
        services.standing_approve(lead=lead, standing=standing)
    services.standing_propose(facilitator=facilitator, user=waiting)
    # The mentee has started the course: one lesson done.
    Enrolment.objects.create(user=mentee, course=built["course"])
    LessonProgress.objects.create(
        user=mentee, lesson=built["lessons"][0], course=built["course"], completed_at=now
    )
    other_assignment = services.assignment_create(
        facilitator=facilitator, cohort=cohort, mentor=other_mentor, mentee=other
    )
    return {
        "cohort": cohort,
        "facilitator": facilitator,
        "lead": lead,
        "mentor": mentor,
        "mentee": mentee,
        "other_assignment": other_assignment,
    }


def test_a_facilitator_assigns_a_mentor_who_then_sees_only_their_mentee(
    site, programme, new_context
):
    from paralegal.models import MentorAssignment

    # The facilitator, on a phone.
    facilitator = new_context(bypass_csp=True, **PHONE)  # bypass: axe is injected inline
    facilitator.add_cookies(session_cookie(site, programme["facilitator"]))
    page = facilitator.new_page()
    page.goto(f"{site.url}/en/cohorts/{programme['cohort'].pk}/mentors/")
    expect(page.locator("h1")).to_have_text("Mentors in Tuesday group")
    _no_violations(page)
    page.get_by_label("Mentor for Sokha").select_option(label="Dara")
    page.get_by_role("button", name="Assign to Sokha").click()
    expect(page.get_by_text("The mentor is assigned.")).to_be_visible()
    expect(page.get_by_text("Dara → Sokha")).to_be_visible()
    _no_violations(page)
    assignment = MentorAssignment.objects.get(mentee=programme["mentee"])
    assert assignment.status == "active"

    # The safeguarding lead's approvals page (one proposal waiting).
    lead = new_context(bypass_csp=True)
    lead.add_cookies(session_cookie(site, programme["lead"]))
    lead_page = lead.new_page()
    lead_page.goto(f"{site.url}/en/mentoring/approvals/")
    expect(lead_page.get_by_role("button", name="Approve Chenda as a mentor")).to_be_visible()
    _no_violations(lead_page)

    # The mentor, on a phone: their mentee and nothing of anyone else.
    mentor = new_context(bypass_csp=True, **PHONE)
    mentor.add_cookies(session_cookie(site, programme["mentor"]))
    mentor_page = mentor.new_page()
    mentor_page.goto(f"{site.url}/en/mentoring/mentees/")
    _no_violations(mentor_page)
    assert OTHER_NAME not in mentor_page.content()
    mentor_page.get_by_role("link", name="Sokha").click()
    expect(mentor_page.locator("h1")).to_have_text("Sokha")
    row = mentor_page.get_by_role("row", name="Rights basics")
    expect(row.get_by_role("cell")).to_have_text(["1", "0"])
    _no_violations(mentor_page)
    assert OTHER_NAME not in mentor_page.content()
    assert "sokha" not in mentor_page.content()  # the username, never shown
    mentor_page.get_by_label("What you talked about").select_option("quiz")
    mentor_page.get_by_role("button", name="Save").click()
    expect(mentor_page.get_by_text("Saved.")).to_be_visible()
    expect(mentor_page.locator("li", has_text="Preparing for a quiz")).to_be_visible()
    _no_violations(mentor_page)

    other = mentor_page.goto(f"{site.url}/en/mentoring/mentees/{programme['other_assignment'].pk}/")
    assert other.status == 404
    assert OTHER_NAME not in mentor_page.content()

    # The mentee sees who their mentor is, and can ask for a change.
    mentee = new_context(bypass_csp=True, **PHONE)
    mentee.add_cookies(session_cookie(site, programme["mentee"]))
    mentee_page = mentee.new_page()
    mentee_page.goto(f"{site.url}/en/mentoring/my-mentor/")
    expect(mentee_page.get_by_text("Your mentor is Dara.")).to_be_visible()
    _no_violations(mentee_page)
    mentee_page.get_by_role("button", name="Ask for a different mentor").click()
    expect(mentee_page.get_by_text("You have no mentor at the moment.")).to_be_visible()

    # Ended: the mentor's page is gone at once.
    gone = mentor_page.goto(f"{site.url}/en/mentoring/mentees/{assignment.pk}/")
    assert gone.status == 404
