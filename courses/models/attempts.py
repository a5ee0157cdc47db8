"""Quiz attempts and the answers saved in them, one row per question, as they are given."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"


class QuizAttempt(models.Model):
    # Opaque in addresses: a learner cannot guess another attempt.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey("courses.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    # The quiz as it was when the attempt began: questions are shown and graded from it.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    # The drawn questions in the order shown, with each question's choice or item order.
    plan = models.JSONField(default=list)
    status = models.CharField(
        max_length=12, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    max_score = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="attempt_number"),
            # Double taps on "start" can never open two attempts at once.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(status=AttemptStatus.IN_PROGRESS),
                name="one_open_attempt",
            ),
        ]
        ordering = ["started_at"]

    def __str__(self):
        return f"{self.quiz_id} #{self.number}"

    @property
    def open(self) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS

    @property
    def percent(self) -> int:
        if not self.max_score:
            return 0
        return round(100 * (self.score or 0) / self.max_score)


class QuizAnswer(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    response = models.JSONField()
    saved_at = models.DateTimeField(default=timezone.now)
    correct = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_each")
        ]

    def __str__(self):
        return self.question_id
