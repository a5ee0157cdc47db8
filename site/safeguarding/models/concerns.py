"""Safeguarding concerns raised by learners, mentors and facilitators (issue 7, item 10).

The most protected records of the platform (SW-7): the only free text, the note on how to reach
the person safely, is encrypted at rest (safeguarding.note_crypto); only the safeguarding leads
of the concern's country read it, never a person it is about (``excluded_users``), and every
view is written to the audit log (AuditEvent).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from config.countries import Country
from resources.models import ServiceKind

from ..note_crypto import note_decrypt, note_encrypt


class RaisedAs(models.TextChoices):
    LEARNER = "learner", _("Learner")
    MENTOR = "mentor", _("Peer mentor")
    FACILITATOR = "facilitator", _("Facilitator")
    OTHER = "other", _("Other signed-in person")


class AtRisk(models.TextChoices):
    ME = "me", _("Me")
    SOMEONE_ELSE = "someone_else", _("Someone else")


class Urgency(models.TextChoices):
    NOW = "now", _("Now: today")
    SOON = "soon", _("Soon: in the next few days")
    LATER = "later", _("It can wait")


class About(models.TextChoices):
    NOBODY = "", _("No, or I would rather not say")
    FACILITATOR = "facilitator", _("Someone who runs my group")
    MENTOR = "mentor", _("My mentor")


class ConcernStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    REFERRED = "referred", _("Referred")
    CLOSED = "closed", _("Closed")


class Concern(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="concerns_raised",
    )
    raised_as = models.CharField(_("raised as"), max_length=12, choices=RaisedAs.choices)
    # Empty when the person is in no cohort: every lead then sees it.
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    cohort = models.ForeignKey(
        "paralegal.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at_risk = models.CharField(_("who may be at risk"), max_length=12, choices=AtRisk.choices)
    urgency = models.CharField(_("urgency"), max_length=8, choices=Urgency.choices)
    about = models.CharField(_("about"), max_length=12, choices=About.choices, blank=True)
    # The people the concern is about: never notified, never shown it (404), even as leads.
    excluded_users = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    # A Fernet token (safeguarding.note_crypto); read and write through ``note``.
    note_ciphertext = models.TextField(blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=ConcernStatus.choices, default=ConcernStatus.OPEN
    )
    current_lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    escalation_level = models.PositiveSmallIntegerField(default=0)
    # When it last went to current_lead: the acknowledgement clock starts here.
    routed_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    referral_kind = models.CharField(
        _("type of service"), max_length=20, choices=ServiceKind.choices, blank=True
    )
    referral_made_on = models.DateField(_("referral made on"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        indexes = [
            models.Index(fields=["country", "status"]),
            models.Index(fields=["status", "routed_at"]),
        ]

    def __str__(self) -> str:
        # No content: a concern may show up in logs or error reports.
        return f"concern {self.public_id}"

    @property
    def note(self) -> str:
        return note_decrypt(self.note_ciphertext)

    @note.setter
    def note(self, text: str) -> None:
        text = (text or "").strip()
        if len(text) > settings.CONCERN_NOTE_MAX_LENGTH:
            raise ValueError("note too long")
        self.note_ciphertext = note_encrypt(text)

    @property
    def is_closed(self) -> bool:
        return self.status == ConcernStatus.CLOSED


class ConcernNotification(models.Model):
    """One "a concern needs you" e-mail to one lead, retried until delivered."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="notifications")
    lead = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("concern notification")
        verbose_name_plural = _("concern notifications")

    def __str__(self) -> str:
        return f"notification {self.pk} to {self.lead_id}"
