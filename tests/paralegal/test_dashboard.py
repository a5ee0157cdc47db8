"""The cohort dashboard: lesson states, quiz results, H5P practice, who is stuck, attendance,
a fixed number of queries, the CSV export and who may see any of it."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from courses.models import AttemptStatus, H5PResult, H5PStatement, LessonProgress, QuizAttempt
from paralegal.models import (
    Attendance,
    AttendanceMark,
    CohortCourse,
    CohortSession,
    JoinedVia,
    Membership,
)
from paralegal.selectors_attendance import cohort_attendance_rate
from paralegal.selectors_dashboard import (
    DASHBOARD_QUERIES,
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    CourseNotInCohort,
    dashboard_for_cohort,
)
from paralegal.views.dashboard import csv_cell
from tests.courses.h5p.xapi.support import make_activity
from tests.courses_factory import course_build

NOW = timezone.now()


@pytest.fixture
def world(home_page, make_user, make_learner, make_cohort):
    built = course_build(home_page)
    facilitator = make_user("fac", role="facilitator", mfa=True)
    learners = {name: make_learner(f"user_{name}") for name in ("asha", "bopha", "chan")}
    for name, user in learners.items():
        Profile.objects.filter(user=user).update(display_name=name.title())
    cohort = make_cohort("Cohort A", facilitators=[facilitator], members=learners.values())
    # Everyone joined a month ago, so that only their activity decides whether they are idle.
    Membership.objects.filter(cohort=cohort).update(joined_at=NOW - timedelta(days=30))
    CohortCourse.objects.create(cohort=cohort, course=built["course"])
    return {**built, "facilitator": facilitator, "learners": learners, "cohort": cohort}


def progress(user, lesson, course, *, done=False, when=None):
    when = when or NOW - timedelta(days=1)
    return LessonProgress.objects.create(
        user=user,
        lesson=lesson,
        course=course,
        started_at=when,
        completed_at=when if done else None,
    )


def attempt(user, quiz, *, passed, score=None, number=None, when=None):
    when = when or NOW - timedelta(days=1)
    number = number or QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        revision=quiz.latest_revision,
        status=AttemptStatus.SUBMITTED,
        started_at=when,
        submitted_at=when,
        score=score if score is not None else (6 if passed else 2),
        max_score=6,
        passed=passed,
    )


def row_of(data, name):
    return next(row for row in data.rows if row.name == name)


def reasons(row, kind):
    return [reason for reason in row.stuck if reason.kind == kind]


# --- What the grid says ----------------------------------------------------------------------


def test_lesson_states_follow_lesson_progress(world):
    first, second = world["lessons"]
    asha, bopha = world["learners"]["asha"], world["learners"]["bopha"]
    progress(asha, first, world["course"], done=True)
    progress(asha, second, world["course"])
    progress(bopha, second, world["course"], done=True)

    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)

    assert [c.title for c in data.lessons] == ["Lesson one", "Lesson two"]
    assert [c.state for c in row_of(data, "Asha").lessons] == [DONE, IN_PROGRESS]
    assert [c.state for c in row_of(data, "Bopha").lessons] == [NOT_STARTED, DONE]
    assert [c.state for c in row_of(data, "Chan").lessons] == [NOT_STARTED, NOT_STARTED]
    assert row_of(data, "Asha").lessons_done == 1
    assert [(b.lessons_done, b.learners) for b in data.done_distribution] == [
        (0, 1),
        (1, 2),
        (2, 0),
    ]


def test_quiz_results_count_submitted_attempts_best_score_and_pass(world):
    quiz = world["quiz"]
    asha, bopha = world["learners"]["asha"], world["learners"]["bopha"]
    attempt(asha, quiz, passed=False, score=3)
    attempt(asha, quiz, passed=True, score=5)
    # An attempt still open is not graded: it counts for nothing.
    QuizAttempt.objects.create(
        user=bopha, quiz=quiz, number=1, revision=quiz.latest_revision, started_at=NOW
    )

    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)

    assert [c.title for c in data.quizzes] == ["Check"]
    cell = row_of(data, "Asha").quizzes[0]
    assert (cell.attempts, cell.passed, cell.best_percent) == (2, True, 83)
    assert row_of(data, "Bopha").quizzes[0].attempts == 0
    assert row_of(data, "Chan").quizzes[0].best_percent is None


def test_h5p_best_results_are_shown_per_activity(world):
    activity = make_activity(title="Who can help?")
    H5PResult.objects.create(
        user=world["learners"]["asha"],
        activity=activity,
        lesson=world["lessons"][0],
        attempts=3,
        best_raw=3,
        best_max=4,
    )

    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)

    assert [c.title for c in data.activities] == ["Who can help?"]
    cell = row_of(data, "Asha").practice[0]
    assert (cell.attempts, cell.best_percent) == (3, 75)
    assert not row_of(data, "Bopha").practice[0].tried


def test_a_member_who_left_is_not_listed(world):
    Membership.objects.filter(user=world["learners"]["chan"]).update(left_at=NOW)
    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)
    assert sorted(row.name for row in data.rows) == ["Asha", "Bopha"]


def test_a_learner_without_a_display_name_gets_a_number_never_the_username(world):
    Profile.objects.filter(user=world["learners"]["chan"]).delete()
    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)
    names = [row.name for row in data.rows]
    assert "user_chan" not in names
    assert any(re.fullmatch(r"Learner \d+", name) for name in names)


def test_a_course_that_is_not_the_cohorts_is_refused(world, home_page):
    other = course_build(home_page, slug="other-course")["course"]
    with pytest.raises(CourseNotInCohort):
        dashboard_for_cohort(cohort=world["cohort"], course=other.pk)


# --- Who is stuck ---------------------------------------------------------------------------


def test_one_failure_is_not_stuck_two_failures_without_a_pass_are(world, settings):
    settings.PARALEGAL_STUCK_FAILED_ATTEMPTS = 2
    quiz = world["quiz"]
    asha, bopha, chan = (world["learners"][n] for n in ("asha", "bopha", "chan"))
    attempt(asha, quiz, passed=False)
    attempt(bopha, quiz, passed=False)
    attempt(bopha, quiz, passed=False)
    attempt(chan, quiz, passed=False)
    attempt(chan, quiz, passed=False)
    attempt(chan, quiz, passed=True)

    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)

    assert reasons(row_of(data, "Asha"), "failed_quiz") == []
    failed = reasons(row_of(data, "Bopha"), "failed_quiz")
    assert len(failed) == 1 and "Check" in failed[0].text and "2" in failed[0].text
    # Passing in the end means the learner is no longer stuck on that quiz.
    assert reasons(row_of(data, "Chan"), "failed_quiz") == []
    assert [row.name for row in data.stuck] == ["Bopha"]


@pytest.mark.parametrize(
    ("kind", "days", "stuck"),
    [
        ("lesson", 13, False),
        ("lesson", 14, True),
        ("quiz", 13, False),
        ("quiz", 14, True),
        ("h5p", 13, False),
        ("h5p", 14, True),
    ],
)
def test_no_activity_for_14_days_is_stuck_13_is_not(world, settings, kind, days, stuck):
    settings.PARALEGAL_STUCK_INACTIVE_DAYS = 14
    asha = world["learners"]["asha"]
    when = NOW - timedelta(days=days)
    # Everyone else did something yesterday.
    for name in ("bopha", "chan"):
        progress(world["learners"][name], world["lessons"][0], world["course"])
    if kind == "lesson":
        progress(asha, world["lessons"][0], world["course"], done=True, when=when)
    elif kind == "quiz":
        attempt(asha, world["quiz"], passed=True, when=when)
    else:
        H5PStatement.objects.create(
            user=asha,
            activity=make_activity(),
            lesson=world["lessons"][0],
            statement_id="00000000-0000-4000-8000-000000000001",
            verb="answered",
            received_at=when,
        )

    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)

    inactive = reasons(row_of(data, "Asha"), "inactive")
    assert bool(inactive) is stuck
    if stuck:
        assert "14 days" in inactive[0].text
    assert [row.name for row in data.stuck] == (["Asha"] if stuck else [])


def test_the_latest_activity_counts_not_an_older_one(world):
    asha = world["learners"]["asha"]
    progress(asha, world["lessons"][0], world["course"], when=NOW - timedelta(days=40))
    attempt(asha, world["quiz"], passed=True, when=NOW - timedelta(days=2))
    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)
    assert reasons(row_of(data, "Asha"), "inactive") == []


@pytest.mark.parametrize(("days", "stuck"), [(13, False), (14, True)])
def test_a_learner_who_never_did_anything_is_stuck_14_days_after_joining(world, days, stuck):
    Membership.objects.filter(cohort=world["cohort"]).update(joined_at=NOW - timedelta(days=days))
    data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)
    inactive = reasons(row_of(data, "Asha"), "inactive")
    assert bool(inactive) is stuck
    if stuck:
        assert "since joining" in inactive[0].text


# --- Attendance -----------------------------------------------------------------------------


def _sessions(cohort, count):
    return [
        CohortSession.objects.create(cohort=cohort, starts_at=NOW - timedelta(days=7 * (i + 1)))
        for i in range(count)
    ]


def test_attendance_rate_counts_present_and_late_over_marked_sessions_without_excused(world):
    cohort = world["cohort"]
    asha, bopha, chan = (world["learners"][n] for n in ("asha", "bopha", "chan"))
    s1, s2, s3, s4 = _sessions(cohort, 4)
    marks = {
        asha: [AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.ABSENT, "excused"],
        bopha: [AttendanceMark.EXCUSED, AttendanceMark.EXCUSED],
    }
    for learner, row in marks.items():
        for session, mark in zip((s1, s2, s3, s4), row, strict=False):
            Attendance.objects.create(session=session, learner=learner, mark=mark)
    Attendance.objects.create(session=s1, learner=chan, mark=AttendanceMark.PRESENT)

    data = dashboard_for_cohort(cohort=cohort, now=NOW)

    # Asha: present + late over present + late + absent; the excused session is left out.
    assert row_of(data, "Asha").attendance_percent == 67
    # Only excused marks: nothing counts yet.
    assert row_of(data, "Bopha").attendance_rate is None
    assert row_of(data, "Chan").attendance_percent == 100
    # The cohort: 3 came out of 4 counted marks.
    assert data.attendance_percent == 75
    assert data.attendance_rate == cohort_attendance_rate(cohort=cohort)
    by_session = {s.pk: (s.attended, s.counted, s.percent) for s in data.sessions}
    assert by_session[s1.pk] == (2, 2, 100)
    assert by_session[s2.pk] == (1, 1, 100)
    assert by_session[s3.pk] == (0, 1, 0)
    # Only excused marks at the fourth session: it has no rate and no bar.
    assert by_session[s4.pk] == (0, 0, None)
    assert s4.pk not in {s.pk for s in data.marked_sessions}


# --- A fixed number of queries --------------------------------------------------------------


def _crowd(world, count):
    """``count`` learners in the cohort with progress, attempts, H5P results and attendance."""
    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        [user_model(username=f"crowd{count}_{i}") for i in range(count)]
    )
    Profile.objects.bulk_create(
        [
            Profile(user=user, display_name=f"Crowd {i}", username_skeleton=user.username)
            for i, user in enumerate(users)
        ]
    )
    Membership.objects.bulk_create(
        [Membership(cohort=world["cohort"], user=user, joined_via=JoinedVia.CODE) for user in users]
    )
    first, second = world["lessons"]
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(user=user, lesson=lesson, course=world["course"], completed_at=NOW)
            for user in users
            for lesson in (first, second)
        ]
    )
    quiz = world["quiz"]
    QuizAttempt.objects.bulk_create(
        [
            QuizAttempt(
                user=user,
                quiz=quiz,
                number=n,
                revision=quiz.latest_revision,
                status=AttemptStatus.SUBMITTED,
                submitted_at=NOW,
                score=2,
                max_score=6,
                passed=False,
            )
            for user in users
            for n in (1, 2)
        ]
    )
    activity = make_activity(title=f"Practice {count}")
    H5PResult.objects.bulk_create(
        [
            H5PResult(
                user=user, activity=activity, lesson=first, attempts=1, best_raw=1, best_max=2
            )
            for user in users
        ]
    )
    session = CohortSession.objects.create(cohort=world["cohort"], starts_at=NOW)
    Attendance.objects.bulk_create(
        [Attendance(session=session, learner=user, mark=AttendanceMark.PRESENT) for user in users]
    )
    return users


@pytest.mark.parametrize("count", [5, 200])
def test_the_dashboard_runs_a_fixed_number_of_queries(world, django_assert_num_queries, count):
    _crowd(world, count)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        data = dashboard_for_cohort(cohort=world["cohort"], now=NOW)
    assert len(data.rows) == count + 3
    # Each of the crowd failed the quiz twice; the three others did nothing for 30 days.
    assert len(data.stuck) == count + 3


def _page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_page_and_the_csv_run_as_many_queries_for_5_and_for_200_learners(world, client):
    client.force_login(world["facilitator"])
    page = reverse("paralegal:dashboard", args=[world["cohort"].pk])
    export = reverse("paralegal:dashboard_csv", args=[world["cohort"].pk])
    _crowd(world, 5)
    client.get(page)  # warm the session and the caches
    small = (_page_queries(client, page), _page_queries(client, export))
    _crowd(world, 195)
    large = (_page_queries(client, page), _page_queries(client, export))
    assert small == large


# --- The page -------------------------------------------------------------------------------


def test_the_page_shows_the_grid_stuck_list_charts_and_attendance(world, client):
    quiz = world["quiz"]
    bopha = world["learners"]["bopha"]
    progress(world["learners"]["asha"], world["lessons"][0], world["course"], done=True)
    attempt(bopha, quiz, passed=False)
    attempt(bopha, quiz, passed=False)
    session = _sessions(world["cohort"], 1)[0]
    Attendance.objects.create(session=session, learner=bopha, mark=AttendanceMark.LATE)
    client.force_login(world["facilitator"])

    response = client.get(reverse("paralegal:dashboard", args=[world["cohort"].pk]))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<table class="dash-grid">' in html and "<caption" in html
    assert '<th scope="col">Lesson one</th>' in html
    assert '<th scope="row">Asha' in html
    assert "✓</span> Done" in html and "○</span> Not started" in html
    stuck = html.split('id="dash-stuck-title"')[1].split("</section>")[0]
    assert "Bopha" in stuck and "Asha" not in stuck
    assert html.count('role="img"') == 2
    assert '<title id="dash-done-chart-title">' in html
    assert '<desc id="dash-attendance-chart-desc">' in html
    assert "100%" in html  # Bopha came late: that counts as came


def test_a_display_name_with_a_script_is_escaped_in_the_html_and_the_svg(world, client):
    Profile.objects.filter(user=world["learners"]["asha"]).update(
        display_name="<script>alert(1)</script>"
    )
    client.force_login(world["facilitator"])
    html = client.get(reverse("paralegal:dashboard", args=[world["cohort"].pk])).content.decode()
    assert "<script>alert(1)" not in html
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    table = html.split('<table class="dash-grid">')[1].split("</table>")[0]
    assert escaped in table
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert any(escaped in svg for svg in svgs)
    assert not any("<script" in svg for svg in svgs)


def test_the_course_can_be_chosen_among_the_cohorts_courses(world, client, home_page):
    other = course_build(home_page, slug="second-course")["course"]
    CohortCourse.objects.create(cohort=world["cohort"], course=other)
    stranger = course_build(home_page, slug="stranger-course")["course"]
    client.force_login(world["facilitator"])
    url = reverse("paralegal:dashboard", args=[world["cohort"].pk])
    response = client.get(url, {"course": other.pk})
    assert response.status_code == 200
    assert f'<option value="{other.pk}" selected>' in response.content.decode()
    for bad in (stranger.pk, "abc", "1" * 30, "-1", "٣"):
        assert client.get(url, {"course": bad}).status_code == 404
        export = reverse("paralegal:dashboard_csv", args=[world["cohort"].pk])
        assert client.get(export, {"course": bad}).status_code == 404


def test_a_cohort_without_course_still_shows_attendance(make_user, make_cohort, client):
    facilitator = make_user("fac", role="facilitator", mfa=True)
    cohort = make_cohort("Empty", facilitators=[facilitator])
    client.force_login(facilitator)
    response = client.get(reverse("paralegal:dashboard", args=[cohort.pk]))
    assert response.status_code == 200
    assert "No course is set for this cohort yet" in response.content.decode()


# --- The CSV --------------------------------------------------------------------------------


def _csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_lists_display_names_and_results(world, client):
    quiz = world["quiz"]
    asha = world["learners"]["asha"]
    progress(asha, world["lessons"][0], world["course"], done=True)
    attempt(asha, quiz, passed=True, score=6)
    client.force_login(world["facilitator"])

    response = client.get(reverse("paralegal:dashboard_csv", args=[world["cohort"].pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="group-progress.csv"')
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith("\ufeff".encode())
    rows = _csv(response)
    header = rows[0]
    assert header[:2] == ["Learner", "Lessons done (of 2)"]
    assert "Lesson: Lesson one" in header and "Quiz: Check — passed" in header
    assert header[-2:] == ["Attendance", "May need help"]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_name) == {"Asha", "Bopha", "Chan"}
    assert not any("user_" in cell for row in rows for cell in row)
    assert by_name["Asha"]["Lesson: Lesson one"] == "Done"
    assert by_name["Asha"]["Lesson: Lesson two"] == "Not started"
    assert by_name["Asha"]["Quiz: Check — best score"] == "100%"
    assert by_name["Asha"]["Quiz: Check — attempts"] == "1"
    assert by_name["Asha"]["Quiz: Check — passed"] == "yes"
    assert by_name["Bopha"]["Quiz: Check — passed"] == "no"


@pytest.mark.parametrize("name", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_the_csv_guards_against_formula_injection(world, client, name):
    Profile.objects.filter(user=world["learners"]["asha"]).update(display_name=name)
    client.force_login(world["facilitator"])
    rows = _csv(client.get(reverse("paralegal:dashboard_csv", args=[world["cohort"].pk])))
    names = [row[0] for row in rows[1:]]
    assert "'" + name in names
    assert name not in names


def test_csv_cell_leaves_ordinary_text_alone():
    assert csv_cell("Asha") == "Asha"
    assert csv_cell("ស្រីមុំ") == "ស្រីមុំ"
    assert csv_cell(None) == ""
    assert csv_cell(75) == "75"
    assert csv_cell("a=b") == "a=b"


# --- Who may see it -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["paralegal:dashboard", "paralegal:dashboard_csv"])
def test_another_cohorts_facilitator_gets_404(world, client, make_user, make_cohort, name):
    other = make_user("fac_other", role="facilitator", mfa=True)
    make_cohort("Other", facilitators=[other])
    client.force_login(other)
    assert client.get(reverse(name, args=[world["cohort"].pk])).status_code == 404
    assert client.get(reverse(name, args=[999999])).status_code == 404


@pytest.mark.parametrize("name", ["paralegal:dashboard", "paralegal:dashboard_csv"])
def test_a_learner_of_the_cohort_gets_404(world, client, name):
    client.force_login(world["learners"]["asha"])
    response = client.get(reverse(name, args=[world["cohort"].pk]))
    assert response.status_code == 404
    assert b"Asha" not in response.content


@pytest.mark.parametrize("name", ["paralegal:dashboard", "paralegal:dashboard_csv"])
def test_a_peer_mentor_or_safeguarding_lead_gets_404(world, client, make_user, name):
    for role in ("peer_mentor", "safeguarding_lead"):
        client.force_login(make_user(f"x_{role}", role=role, mfa=True))
        assert client.get(reverse(name, args=[world["cohort"].pk])).status_code == 404


@pytest.mark.parametrize("name", ["paralegal:dashboard", "paralegal:dashboard_csv"])
def test_anonymous_visitors_are_sent_to_sign_in(world, client, name):
    url = reverse(name, args=[world["cohort"].pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"] or "sign" in response["Location"]
    assert "Asha" not in response.content.decode()


@pytest.mark.parametrize("name", ["paralegal:dashboard", "paralegal:dashboard_csv"])
def test_only_get_is_allowed(world, client, name):
    client.force_login(world["facilitator"])
    assert client.post(reverse(name, args=[world["cohort"].pk])).status_code == 405
