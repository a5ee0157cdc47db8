"""Peer mentors: who may mentor, who mentors whom, and the log of their conversations.

The rules (paralegal.policy) are enforced by paralegal.services.mentoring, the only code that
creates or changes these rows; MentorAssignment.save() checks them again so that no other
path can store a pairing the rules refuse.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MentorStanding(models.Model):
    """A learner proposed as a mentor by a facilitator, and approved by a safeguarding lead."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_standing"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    proposed_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mentor standing")
        verbose_name_plural = _("mentor standings")

    def __str__(self) -> str:
        return f"mentor standing of {self.user_id}"

    @property
    def approved(self) -> bool:
        return self.approved_at is not None and self.withdrawn_at is None


class AssignmentStatus(models.TextChoices):
    # An adult mentor with a minor mentee waits for the safeguarding lead's approval.
    AWAITING_APPROVAL = "awaiting", _("Waiting for the safeguarding lead")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


class AssignmentEnd(models.TextChoices):
    FACILITATOR = "facilitator", _("Ended by a facilitator")
    MENTEE_ASKED = "mentee_asked", _("The mentee asked for a change")
    COHORT_ENDED = "cohort_ended", _("The cohort ended")
    NOT_APPROVED = "not_approved", _("The safeguarding lead did not approve it")
    MENTOR_WITHDRAWN = "mentor_withdrawn", _("The mentor stopped mentoring")


class MentorAssignment(models.Model):
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentee_assignments"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_assignments"
    )
    cohort = models.ForeignKey(
        "paralegal.Cohort", on_delete=models.CASCADE, related_name="mentor_assignments"
    )
    status = models.CharField(max_length=10, choices=AssignmentStatus.choices)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    pairing_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pairing_approved_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=20, choices=AssignmentEnd.choices, blank=True)

    class Meta:
        verbose_name = _("mentor assignment")
        verbose_name_plural = _("mentor assignments")
        constraints = [
            # One open assignment per mentee at a time.
            models.UniqueConstraint(
                fields=["mentee"],
                condition=~Q(status="ended"),
                name="one_open_mentor_per_mentee",
            ),
            models.CheckConstraint(
                condition=~Q(mentor=models.F("mentee")), name="no_self_mentoring"
            ),
        ]
        indexes = [models.Index(fields=["mentor", "status"])]

    def __str__(self) -> str:
        return f"{self.mentor_id} mentors {self.mentee_id}"

    def save(self, *args, **kwargs):
        """Store only what the mentor policy allows, whoever calls (an ended one always may)."""
        if self.status != AssignmentStatus.ENDED:
            from ..policy import assignment_problems
            from ..selectors_mentoring import assignment_facts

            problems = assignment_problems(*assignment_facts(assignment=self))
            if problems:
                from ..services.mentoring import MentoringRefused

                raise MentoringRefused(problems)
        super().save(*args, **kwargs)


class ConversationTopic(models.TextChoices):
    COURSE = "course", _("The course and lessons")
    QUIZ = "quiz", _("Preparing for a quiz")
    SESSIONS = "sessions", _("Group sessions")
    RIGHTS = "rights", _("Knowing your rights")
    SERVICES = "services", _("Where to find help")
    WELLBEING = "wellbeing", _("Looking after yourself")
    OTHER = "other", _("Something else")


class MentoringConversation(models.Model):
    """That a conversation took place: a date and a topic, never what was said."""

    assignment = models.ForeignKey(
        MentorAssignment, on_delete=models.CASCADE, related_name="conversations"
    )
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=12, choices=ConversationTopic.choices)
    logged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.topic} on {self.held_on}"


class MentorChangeRequest(models.Model):
    """A mentee asked for another mentor. No reason is asked for or stored."""

    assignment = models.ForeignKey(
        MentorAssignment, on_delete=models.CASCADE, related_name="change_requests"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    handled_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"change request for {self.assignment_id}"
