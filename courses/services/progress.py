"""Lesson and course completion. Only server-graded quizzes gate it, never browser results."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import Enrolment, LessonPage, LessonProgress, QuizAttempt


def lesson_opened(*, enrolment: Enrolment, lesson) -> None:
    """Remember where the learner is, so "Continue" brings them back here."""
    try:
        with transaction.atomic():
            LessonProgress.objects.get_or_create(
                user_id=enrolment.user_id, lesson_id=lesson.pk, course_id=enrolment.course_id
            )
    except IntegrityError:  # two tabs opened the lesson at once
        pass
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson_id=lesson.pk)
        enrolment.last_lesson_id = lesson.pk


def quizzes_still_to_pass(*, user, lesson) -> list[int]:
    required = lesson.required_quiz_ids()
    if not required:
        return []
    passed = set(
        QuizAttempt.objects.filter(user=user, quiz_id__in=required, passed=True).values_list(
            "quiz_id", flat=True
        )
    )
    return [quiz_id for quiz_id in required if quiz_id not in passed]


def lesson_complete(*, enrolment: Enrolment, lesson) -> bool:
    """Mark the lesson done (the learner reached its end); True when the course is now done."""
    now = timezone.now()
    with transaction.atomic():
        progress, _created = LessonProgress.objects.get_or_create(
            user_id=enrolment.user_id, lesson_id=lesson.pk, course_id=enrolment.course_id
        )
        if progress.completed_at is None:
            LessonProgress.objects.filter(pk=progress.pk).update(completed_at=now)
        return course_complete_if_done(enrolment=enrolment, now=now)


def course_complete_if_done(*, enrolment: Enrolment, now=None) -> bool:
    if enrolment.completed_at:
        return False
    course = enrolment.course
    required = set(
        LessonPage.objects.live()
        .filter(path__startswith=course.path, required=True)
        .values_list("pk", flat=True)
    )
    done = set(
        LessonProgress.objects.filter(
            user_id=enrolment.user_id, course_id=course.pk, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    if not required or not required <= done:
        return False
    updated = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now or timezone.now()
    )
    return bool(updated)
