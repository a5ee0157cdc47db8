"""The cohort dashboard: learners × lessons, quizzes, H5P practice, who is stuck, attendance.

``dashboard_for_cohort`` reads everything in a fixed number of queries (DASHBOARD_QUERIES),
whatever the number of members, lessons, quizzes or sessions: each question is one bulk query
(``values()`` and aggregation, member ids as a subquery), never one per learner.

What counts:

- A lesson is *done* when its LessonProgress has ``completed_at`` (as courses.services.progress
  decides), *in progress* when the learner opened it, *not started* otherwise.
- Quiz results count submitted attempts only (an attempt still open is not graded yet).
- H5P scores come from the learner's browser: practice results, shown for information only.
- A learner is *stuck* when they failed the same quiz of one of the cohort's courses at least
  PARALEGAL_STUCK_FAILED_ATTEMPTS times without passing it, or when nothing happened for
  PARALEGAL_STUCK_INACTIVE_DAYS days or more: no lesson opened or finished, no quiz attempt
  started or submitted, no H5P statement, in any course, since then (and they joined the
  cohort at least that long ago).
- Attendance rates come from selectors_attendance (present + late over marked sessions,
  excused left out).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Case, Count, F, FloatField, Max, OuterRef, Q, Subquery, When
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.h5p.results import results_for_course
from courses.models import (
    AttemptStatus,
    H5PStatement,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)

from .models import CohortCourse, CohortSession, Membership
from .selectors_attendance import (
    ATTENDED_MARKS,
    COUNTED_MARKS,
    attendance_rates,
    cohort_attendance_rate,
)

# The queries dashboard_for_cohort runs, for any number of members (tests assert it).
DASHBOARD_QUERIES = 10

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
DONE = "done"

LESSON_STATES = {
    NOT_STARTED: (gettext_lazy("Not started"), "○"),
    IN_PROGRESS: (gettext_lazy("In progress"), "◐"),
    DONE: (gettext_lazy("Done"), "✓"),
}


class CourseNotInCohort(LookupError):
    """The course asked for is not one of the cohort's courses."""


@dataclass(frozen=True)
class Column:
    pk: object
    title: str


@dataclass(frozen=True)
class LessonCell:
    state: str

    @property
    def label(self) -> str:
        return str(LESSON_STATES[self.state][0])

    @property
    def symbol(self) -> str:
        return LESSON_STATES[self.state][1]


@dataclass(frozen=True)
class QuizCell:
    attempts: int = 0
    failed: int = 0
    passed: bool = False
    best_percent: int | None = None


@dataclass(frozen=True)
class PracticeCell:
    """Best H5P result of one learner in one activity (browser-reported: practice only)."""

    attempts: int = 0
    best_raw: float | None = None
    best_max: float | None = None

    @property
    def tried(self) -> bool:
        return self.attempts > 0 or self.best_max is not None

    @property
    def best_percent(self) -> int | None:
        if not self.best_max:
            return None
        return round(100 * (self.best_raw or 0) / self.best_max)


@dataclass(frozen=True)
class StuckReason:
    kind: str  # "failed_quiz" or "inactive"
    text: str


@dataclass
class LearnerRow:
    user_id: int
    name: str
    joined_at: datetime
    last_activity: datetime | None
    lessons: list[LessonCell] = field(default_factory=list)
    quizzes: list[QuizCell] = field(default_factory=list)
    practice: list[PracticeCell] = field(default_factory=list)
    attendance_rate: float | None = None
    stuck: list[StuckReason] = field(default_factory=list)

    @property
    def lessons_done(self) -> int:
        return sum(cell.state == DONE for cell in self.lessons)

    @property
    def attendance_percent(self) -> int | None:
        return _percent(self.attendance_rate)


@dataclass(frozen=True)
class SessionRate:
    pk: int
    starts_at: datetime
    attended: int
    counted: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.attended / self.counted) if self.counted else None


@dataclass(frozen=True)
class DoneBucket:
    lessons_done: int
    names: tuple[str, ...]

    @property
    def learners(self) -> int:
        return len(self.names)


@dataclass
class Dashboard:
    cohort: object
    assignments: list  # CohortCourse, with .course
    course: object  # CoursePage or None when the cohort has no course
    lessons: list[Column]
    quizzes: list[Column]
    activities: list[Column]
    rows: list[LearnerRow]
    attendance_rate: float | None
    sessions: list[SessionRate]
    now: datetime

    @property
    def stuck(self) -> list[LearnerRow]:
        return [row for row in self.rows if row.stuck]

    @property
    def attendance_percent(self) -> int | None:
        return _percent(self.attendance_rate)

    @property
    def done_distribution(self) -> list[DoneBucket]:
        """How many learners have done 0, 1, … all lessons of the course."""
        names = defaultdict(list)
        for row in self.rows:
            names[row.lessons_done].append(row.name)
        return [DoneBucket(n, tuple(names.get(n, ()))) for n in range(len(self.lessons) + 1)]

    @property
    def marked_sessions(self) -> list[SessionRate]:
        return [session for session in self.sessions if session.counted]


def _percent(rate: float | None) -> int | None:
    return None if rate is None else round(100 * rate)


def _titles(*extra):
    return ["id", "path", *(f"title_{code}" for code, _name in settings.LANGUAGES), *extra]


def _under(courses) -> Q:
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth__gt=course.depth)
    return under


def _members(cohort):
    """Current members with their display name and latest learning activity (one query)."""

    def latest(model, user_field, time_field):
        return Subquery(
            model.objects.filter(**{user_field: OuterRef("user_id")})
            .order_by()
            .values(user_field)
            .annotate(latest=Max(time_field))
            .values("latest")[:1]
        )

    return list(
        Membership.objects.filter(cohort_id=cohort.pk, left_at__isnull=True)
        .order_by("pk")
        .values("user_id", "joined_at", name=F("user__profile__display_name"))
        .annotate(
            lesson_started=latest(LessonProgress, "user_id", "started_at"),
            lesson_done=latest(LessonProgress, "user_id", "completed_at"),
            quiz_started=latest(QuizAttempt, "user_id", "started_at"),
            quiz_submitted=latest(QuizAttempt, "user_id", "submitted_at"),
            h5p=latest(H5PStatement, "user_id", "received_at"),
        )
    )


def _member_ids(cohort):
    return Membership.objects.filter(cohort_id=cohort.pk, left_at__isnull=True).values("user_id")


def _quiz_results(member_ids, quiz_ids) -> dict[tuple[int, int], dict]:
    percent = Case(
        When(
            max_score__gt=0,
            then=Cast("score", FloatField()) * 100.0 / Cast("max_score", FloatField()),
        ),
        default=None,
        output_field=FloatField(),
    )
    rows = (
        QuizAttempt.objects.filter(
            user_id__in=member_ids, quiz_id__in=quiz_ids, status=AttemptStatus.SUBMITTED
        )
        .order_by()
        .values("user_id", "quiz_id")
        .annotate(
            attempts=Count("pk"),
            failed=Count("pk", filter=Q(passed=False)),
            passes=Count("pk", filter=Q(passed=True)),
            best=Max(percent),
        )
    )
    return {(row["user_id"], row["quiz_id"]): row for row in rows}


def _session_rates(cohort, member_ids, now) -> list[SessionRate]:
    mine = Q(attendance__learner_id__in=member_ids)
    sessions = (
        CohortSession.objects.filter(cohort_id=cohort.pk)
        .order_by("starts_at", "pk")
        .values("pk", "starts_at")
        .annotate(
            attended=Count("attendance", filter=mine & Q(attendance__mark__in=ATTENDED_MARKS)),
            counted=Count("attendance", filter=mine & Q(attendance__mark__in=COUNTED_MARKS)),
        )
    )
    return [
        SessionRate(row["pk"], row["starts_at"], row["attended"], row["counted"])
        for row in sessions
        if row["counted"] or row["starts_at"] <= now
    ]


def _inactive_text(days: int, since_joining: bool) -> str:
    if since_joining:
        return _("No activity since joining, %(days)s days ago") % {"days": days}
    return _("No activity for %(days)s days") % {"days": days}


def dashboard_for_cohort(*, cohort, course=None, now=None) -> Dashboard:
    """Everything the cohort's progress page shows, for ``course`` (a CoursePage or its pk,
    one of the cohort's courses; the first by title when None), in DASHBOARD_QUERIES queries.

    Raises CourseNotInCohort when ``course`` is not one of the cohort's courses.
    """
    now = now or timezone.now()
    failed_limit = settings.PARALEGAL_STUCK_FAILED_ATTEMPTS
    inactive_days = settings.PARALEGAL_STUCK_INACTIVE_DAYS

    # 1. The cohort's courses.
    assignments = list(
        CohortCourse.objects.filter(cohort_id=cohort.pk)
        .select_related("course")
        .order_by("course__title", "pk")
    )
    courses = [assignment.course for assignment in assignments]
    wanted = getattr(course, "pk", course)
    if wanted is None:
        chosen = courses[0] if courses else None
    else:
        chosen = next((c for c in courses if c.pk == wanted), None)
        if chosen is None:
            raise CourseNotInCohort(wanted)

    member_ids = _member_ids(cohort)
    # 2. Members, names and their latest activity.
    members = _members(cohort)

    # 3. Lessons of the chosen course; 4. quizzes of every course of the cohort.
    if chosen is not None:
        lessons = list(
            LessonPage.objects.live()
            .filter(path__startswith=chosen.path, depth__gt=chosen.depth)
            .only(*_titles())
            .order_by("path")
        )
    else:
        lessons = list(LessonPage.objects.none())
    quizzes_all = list(
        QuizPage.objects.live().filter(_under(courses)).only(*_titles()).order_by("path")
        if courses
        else QuizPage.objects.none()
    )
    quizzes = [q for q in quizzes_all if chosen and q.path.startswith(chosen.path)]

    # 5. Lesson progress in the chosen course.
    progress = {}
    if chosen is not None:
        progress = {
            (row["user_id"], row["lesson_id"]): row["completed_at"]
            for row in LessonProgress.objects.filter(user_id__in=member_ids, course_id=chosen.pk)
            .order_by()
            .values("user_id", "lesson_id", "completed_at")
        }
    # 6. Quiz attempts, aggregated per learner and quiz.
    quiz_results = _quiz_results(member_ids, [q.pk for q in quizzes_all]) if quizzes_all else {}
    # 7. Best H5P results.
    practice = results_for_course(chosen, member_ids) if chosen is not None else {}
    # 8, 9, 10. Attendance per learner, for the cohort, per session.
    rates = attendance_rates(cohort=cohort)
    cohort_rate = cohort_attendance_rate(cohort=cohort)
    sessions = _session_rates(cohort, member_ids, now)

    activities = {}
    for result in practice.values():
        activities.setdefault(result.activity.key, result.activity.title)
    activity_columns = sorted(
        (Column(key, title) for key, title in activities.items()),
        key=lambda column: (column.title.casefold(), str(column.pk)),
    )
    quiz_titles = {quiz.pk: quiz.title for quiz in quizzes_all}

    rows = []
    for number, member in enumerate(members, start=1):
        user_id = member["user_id"]
        # Never the username (it may be a real name): a number when there is no display name.
        name = member["name"] or _("Learner %(number)s") % {"number": number}
        moments = [
            member[key]
            for key in ("lesson_started", "lesson_done", "quiz_started", "quiz_submitted", "h5p")
            if member[key] is not None
        ]
        last = max(moments) if moments else None
        row = LearnerRow(user_id, name, member["joined_at"], last)
        for lesson in lessons:
            key = (user_id, lesson.pk)
            if key not in progress:
                state = NOT_STARTED
            else:
                state = DONE if progress[key] is not None else IN_PROGRESS
            row.lessons.append(LessonCell(state))
        for quiz in quizzes:
            found = quiz_results.get((user_id, quiz.pk))
            if found is None:
                row.quizzes.append(QuizCell())
            else:
                best = found["best"]
                row.quizzes.append(
                    QuizCell(
                        attempts=found["attempts"],
                        failed=found["failed"],
                        passed=found["passes"] > 0,
                        best_percent=None if best is None else round(best),
                    )
                )
        for column in activity_columns:
            found = practice.get((user_id, column.pk))
            row.practice.append(
                PracticeCell(found.attempts, found.best_raw, found.best_max)
                if found
                else PracticeCell()
            )
        row.attendance_rate = rates.get(user_id)

        for quiz in quizzes_all:
            found = quiz_results.get((user_id, quiz.pk))
            if found and not found["passes"] and found["failed"] >= failed_limit:
                row.stuck.append(
                    StuckReason(
                        "failed_quiz",
                        _("Did not pass “%(quiz)s” after %(count)s tries")
                        % {"quiz": quiz_titles[quiz.pk], "count": found["failed"]},
                    )
                )
        since = max(last, member["joined_at"]) if last else member["joined_at"]
        idle_days = (now - since).days
        if idle_days >= inactive_days:
            row.stuck.append(StuckReason("inactive", _inactive_text(idle_days, last is None)))
        rows.append(row)

    rows.sort(key=lambda row: (row.name.casefold(), row.user_id))
    return Dashboard(
        cohort=cohort,
        assignments=assignments,
        course=chosen,
        lessons=[Column(lesson.pk, lesson.title) for lesson in lessons],
        quizzes=[Column(quiz.pk, quiz.title) for quiz in quizzes],
        activities=activity_columns,
        rows=rows,
        attendance_rate=cohort_rate,
        sessions=sessions,
        now=now,
    )
