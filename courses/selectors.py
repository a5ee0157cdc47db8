"""What the course pages show, each in a fixed number of queries whatever the learner's history."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, Q
from django.utils.translation import get_language
from wagtail.models import Page

from .models import (
    AttemptStatus,
    CoursePage,
    Enrolment,
    H5PResult,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizPage,
)


@dataclass
class Step:
    """A lesson or quiz in a course outline."""

    page: object
    kind: str  # "lesson" or "quiz"
    done: bool = False
    started: bool = False


class RequiredLessonsDone:
    """Counts for a progress bar over ``self.lessons`` (the required lessons)."""

    lessons: list[Step]

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / len(self.lessons)) if self.lessons else 0


@dataclass
class ModuleOutline(RequiredLessonsDone):
    page: ModulePage
    steps: list[Step] = field(default_factory=list)

    @property
    def lessons(self) -> list[Step]:
        return [s for s in self.steps if s.kind == "lesson" and s.page.required]


def _only_titles(queryset, *extra):
    titles = [f"title_{code}" for code, _name in settings.LANGUAGES]
    return queryset.only("id", "path", "depth", "url_path", "slug", *titles, *extra)


def _outline(courses: list[CoursePage]) -> dict[int, list[ModuleOutline]]:
    """Modules, lessons and quizzes of several courses: three queries in all."""
    if not courses:
        return {}
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth=course.depth + 1)
    modules = _only_titles(ModulePage.objects.live().filter(under)).order_by("path")
    within = Q()
    for course in courses:
        within |= Q(path__startswith=course.path, depth=course.depth + 2)
    lessons = _only_titles(LessonPage.objects.live().filter(within), "required")
    quizzes = _only_titles(QuizPage.objects.live().filter(within))
    children = sorted(
        [Step(p, "lesson") for p in lessons] + [Step(p, "quiz") for p in quizzes],
        key=lambda step: step.page.path,
    )
    by_module = defaultdict(list)
    for step in children:
        by_module[step.page.path[: -Page.steplen]].append(step)
    outlines = defaultdict(list)
    for module in modules:
        outlines[module.path[: -Page.steplen]].append(
            ModuleOutline(module, by_module.get(module.path, []))
        )
    return {course.pk: outlines.get(course.path, []) for course in courses}


def _mark_progress(outlines: list[ModuleOutline], progress: dict[int, LessonProgress], passed):
    for module in outlines:
        for step in module.steps:
            if step.kind == "lesson":
                record = progress.get(step.page.pk)
                step.started = record is not None
                step.done = bool(record and record.completed_at)
            else:
                step.done = step.page.pk in passed


def course_listing(*, index, user) -> list[CoursePage]:
    courses = list(CoursePage.objects.live().child_of(index).order_by("path"))
    if user.is_authenticated:
        mine = set(Enrolment.objects.filter(user=user).values_list("course_id", flat=True))
        for course in courses:
            course.enrolled = course.pk in mine
    return courses


def course_outline(*, course, user) -> dict:
    outlines = _outline([course])[course.pk]
    enrolment = None
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment:
        progress = {p.lesson_id: p for p in LessonProgress.objects.filter(user=user, course=course)}
        passed = set(
            QuizAttempt.objects.filter(user=user, passed=True).values_list("quiz_id", flat=True)
        )
        _mark_progress(outlines, progress, passed)
    return {"modules": outlines, "enrolment": enrolment}


def lesson_context(*, lesson, request, context) -> dict:
    from home.templatetags.translated_fields import translated
    from resources.glossary_marks import mark_first_uses

    from .services.progress import lesson_opened, quizzes_still_to_pass

    enrolment = request.enrolment
    lesson_opened(enrolment=enrolment, lesson=lesson)
    language = get_language()
    body = translated(lesson, "body")
    written_in = settings.LANGUAGE_CODE if body.is_fallback else language
    rendered = (
        body.value.render_as_block(context={"request": request, "page": lesson})
        if body.value
        else ""
    )
    body_html, words = mark_first_uses(rendered, written_in)
    steps = [
        s for module in _outline([enrolment.course])[enrolment.course_id] for s in module.steps
    ]
    position = next(i for i, step in enumerate(steps) if step.page.pk == lesson.pk)
    progress = LessonProgress.objects.filter(user=request.user, lesson=lesson).first()
    return {
        "body": body,
        "body_html": body_html,
        "words": words,
        "course": enrolment.course,
        "previous_step": steps[position - 1] if position > 0 else None,
        "next_step": steps[position + 1] if position + 1 < len(steps) else None,
        "lesson_done": bool(progress and progress.completed_at),
        "quizzes_to_pass": quizzes_still_to_pass(user=request.user, lesson=lesson),
    }


def quiz_context(*, quiz, user) -> dict:
    from .services.quiz import attempts_left

    attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("number"))
    return {
        "attempts": [a for a in attempts if a.status == AttemptStatus.SUBMITTED],
        "open_attempt": next((a for a in attempts if a.open), None),
        "attempts_left": attempts_left(user=user, quiz=quiz),
        "passed": any(a.passed for a in attempts),
    }


@dataclass
class CourseProgress(RequiredLessonsDone):
    enrolment: Enrolment
    modules: list[ModuleOutline]
    # H5P practice results in this course (scores the browser reported; they count for nothing).
    practice: list[H5PResult] = field(default_factory=list)

    @property
    def lessons(self) -> list[Step]:
        return [s for m in self.modules for s in m.lessons]


def my_learning(*, user) -> list[CourseProgress]:
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-enrolled_at")
    )
    outlines = _outline([e.course for e in enrolments])
    progress = {
        p.lesson_id: p
        for p in LessonProgress.objects.filter(user=user).only("lesson_id", "completed_at")
    }
    passed = set(
        QuizAttempt.objects.filter(user=user, passed=True).values_list("quiz_id", flat=True)
    )
    practice = list(
        H5PResult.objects.filter(user=user)
        .select_related("activity")
        .annotate(lesson_path=F("lesson__path"))
        .order_by("-updated_at")
    )
    result = []
    for enrolment in enrolments:
        modules = outlines[enrolment.course_id]
        _mark_progress(modules, progress, passed)
        mine = [r for r in practice if r.lesson_path.startswith(enrolment.course.path)]
        result.append(CourseProgress(enrolment, modules, mine))
    return result
