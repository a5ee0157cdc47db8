"""A facilitator opens the cohort dashboard on a phone: the stuck list, the learners × lessons
grid (scrolling sideways inside its own box at 320 px), the SVG charts with their text, and
downloads the CSV. axe finds no violations."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from home.demo_content import demo_home_ensure
from tests.courses_factory import course_build
from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


def _person(username, *, role="learner", name=None, staff=False):
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
    Profile.objects.filter(user=user).update(display_name=name or username.title())
    return user


@pytest.fixture
def cohort_with_progress(site):
    from courses.models import AttemptStatus, LessonProgress, QuizAttempt
    from paralegal.models import (
        Attendance,
        AttendanceMark,
        Cohort,
        CohortCourse,
        CohortSession,
        JoinedVia,
        Membership,
    )

    built = course_build(demo_home_ensure())
    course, quiz = built["course"], built["quiz"]
    now = timezone.now()
    today = timezone.localdate()
    facilitator = _person("fac", role="facilitator", staff=True)
    cohort = Cohort.objects.create(
        name="Tuesday group",
        country="KH",
        language="en",
        starts_on=today - timedelta(days=20),
        ends_on=today + timedelta(days=90),
    )
    cohort.facilitators.add(facilitator)
    CohortCourse.objects.create(cohort=cohort, course=course)
    dara = _person("dara", name="Dara")
    sokha = _person("sokha", name="Sokha")
    vanna = _person("vanna", name="<b>Vanna</b>")
    for user in (dara, sokha, vanna):
        Membership.objects.create(
            cohort=cohort, user=user, joined_via=JoinedVia.CODE, joined_at=now - timedelta(days=20)
        )
    first, second = built["lessons"]
    LessonProgress.objects.create(user=dara, lesson=first, course=course, completed_at=now)
    LessonProgress.objects.create(user=dara, lesson=second, course=course)
    for number in (1, 2):
        QuizAttempt.objects.create(
            user=sokha,
            quiz=quiz,
            number=number,
            revision=quiz.latest_revision,
            status=AttemptStatus.SUBMITTED,
            submitted_at=now,
            score=1,
            max_score=6,
            passed=False,
        )
    for days, marks in (
        (14, ("present", "late", "absent")),
        (7, ("present", "excused", "present")),
    ):
        session = CohortSession.objects.create(cohort=cohort, starts_at=now - timedelta(days=days))
        for user, mark in zip((dara, sokha, vanna), marks, strict=True):
            Attendance.objects.create(session=session, learner=user, mark=AttendanceMark(mark))
    return facilitator, cohort


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def test_a_facilitator_reads_the_dashboard_and_downloads_the_csv(
    site, cohort_with_progress, axe_page
):
    facilitator, cohort = cohort_with_progress
    page = axe_page
    page.context.add_cookies(session_cookie(site, facilitator))
    page.set_viewport_size(PHONE["viewport"])

    page.goto(f"{site.url}/en/cohorts/{cohort.pk}/progress/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Progress")

    # Who may need help: Sokha failed the quiz twice; Vanna did nothing for 20 days.
    stuck = page.locator(".dash-stuck")
    expect(stuck).to_contain_text("Sokha")
    expect(stuck).to_contain_text("Did not pass “Check” after 2 tries")
    expect(stuck).to_contain_text("<b>Vanna</b>")  # shown as text, never as markup
    expect(stuck).not_to_contain_text("Dara")

    grid = page.get_by_role("table", name="Progress of each learner in Rights basics")
    expect(grid).to_be_visible()
    dara_row = grid.get_by_role("row", name="Dara")
    expect(dara_row.get_by_role("cell").nth(0)).to_have_text("✓ Done")
    expect(dara_row.get_by_role("cell").nth(1)).to_have_text("◐ In progress")
    expect(dara_row.locator("[data-attendance]")).to_have_text("100%")
    # Sokha: late, then excused (left out): 100%. Vanna: absent, then present: 50%.
    expect(grid.get_by_role("row", name="Vanna").locator("[data-attendance]")).to_have_text("50%")
    expect(page.locator("[data-cohort-attendance]")).to_have_text("80%")
    expect(grid.get_by_role("row", name="Sokha")).to_contain_text("Not passed")

    # The charts: two SVG images with text alternatives, and the same numbers in tables.
    charts = page.get_by_role("img")
    expect(page.get_by_role("img", name="Learners by number of lessons done")).to_be_visible()
    expect(page.get_by_role("img", name="Attendance rate per session, in per cent")).to_be_visible()
    assert charts.count() >= 2
    expect(page.locator("table.dash-table").first).to_contain_text("Lessons done")

    _no_violations(page)

    # At 320 px the page does not scroll sideways: the grid scrolls inside its own box.
    page.set_viewport_size({"width": 320, "height": 640})
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(
        el => el.getBoundingClientRect().right > 320
        && !el.closest('.dash-grid__wrap, .dash-chart__scroll')).slice(0, 8).map(
        el => el.tagName + '.' + el.className + ' ' + el.getBoundingClientRect().right)""")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, wide
    wrap = page.locator(".dash-grid__wrap")
    assert wrap.evaluate("el => el.scrollWidth > el.clientWidth")
    _no_violations(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download this table as a spreadsheet (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == "group-progress.csv"
    with open(download.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.reader(io.StringIO(exported.read())))
    assert rows[0][0] == "Learner"
    assert sorted(row[0] for row in rows[1:]) == ["<b>Vanna</b>", "Dara", "Sokha"]
    assert not any(cell == "sokha" for row in rows for cell in row)
