"""Scheduled sessions of a cohort and who came.

Attendance is upserted per session and learner: a mark queued on a phone while offline and
sent twice, or sent by two facilitators, leaves one row. Every change after the first mark
leaves an AttendanceChange.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CohortSession(models.Model):
    cohort = models.ForeignKey(
        "paralegal.Cohort", on_delete=models.CASCADE, related_name="sessions"
    )
    plan = models.ForeignKey(
        "paralegal.SessionPlanPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("session plan"),
    )
    starts_at = models.DateTimeField(_("starts at"))
    # A neutral word or two ("Room 2"), never an address that could find the learners.
    place = models.CharField(_("place"), max_length=60, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["cohort", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.cohort_id} at {self.starts_at:%Y-%m-%d %H:%M}"


class AttendanceMark(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


class Attendance(models.Model):
    session = models.ForeignKey(CohortSession, on_delete=models.CASCADE, related_name="attendance")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance"
    )
    mark = models.CharField(max_length=8, choices=AttendanceMark.choices)
    # The id the phone gave the last mark it sent: a replay of the same mark changes nothing.
    client_id = models.UUIDField(null=True, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "learner"], name="one_mark_per_learner")
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} {self.mark} at {self.session_id}"


class AttendanceChange(models.Model):
    """The audit trail of an attendance mark edited after it was first taken."""

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="changes")
    previous = models.CharField(max_length=8, choices=AttendanceMark.choices)
    new = models.CharField(max_length=8, choices=AttendanceMark.choices)
    client_id = models.UUIDField(default=uuid.uuid4)
    # The id of the mark this one replaced: a late replay of it must not undo this change.
    previous_client_id = models.UUIDField(null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.previous} → {self.new}"
