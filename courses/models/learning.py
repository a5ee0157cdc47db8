"""Who takes which course, and how far each learner has come."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    enrolled_at = models.DateTimeField(_("enrolled on"), default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    # Quizzes of the course close at this moment (cohorts set it later; none means never).
    quizzes_due_at = models.DateTimeField(_("quizzes due"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user} · {self.course}"

    def practice_results(self) -> str:
        """The learner's H5P practice scores in this course, for the admin's inspect view."""
        from courses.h5p.results import results_for_course

        rows = results_for_course(self.course, [self.user_id]).values()
        if not rows:
            return "—"
        return "; ".join(
            f"{row.activity.title}: {row.best_raw:g}/{row.best_max:g} ({row.attempts})"
            if row.best_max
            else f"{row.activity.title}: —"
            for row in rows
        )

    practice_results.short_description = _("H5P practice results (best score, tries)")


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="progress"
    )
    # The course, so that one query finds a learner's progress in a course.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_id}"

    @property
    def done(self) -> bool:
        return self.completed_at is not None
