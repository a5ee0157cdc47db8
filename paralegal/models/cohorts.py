"""Cohorts: a group of learners, their facilitators, and the courses set for them.

A cohort holds no real names. Learners are accounts with a chosen display name; the consent
record says who gave consent for a minor and how, never who that person is.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from config.countries import Country


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=80)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="facilitated_cohorts",
        verbose_name=_("facilitators"),
    )
    # Shown to the facilitators, read aloud or written on a board; it expires and can be
    # replaced at any time (services.join_code_rotate).
    join_code = models.CharField(max_length=16, unique=True, null=True, blank=True)
    join_code_expires_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="cohort_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def has_ended(self, today=None) -> bool:
        return (today or timezone.localdate()) > self.ends_on


class JoinedVia(models.TextChoices):
    CODE = "code", _("Join code")
    CARD = "card", _("Sign-in card")
    FACILITATOR = "facilitator", _("Added by a facilitator")


class Membership(models.Model):
    """A learner in a cohort."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    joined_via = models.CharField(max_length=12, choices=JoinedVia.choices)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("cohort member")
        verbose_name_plural = _("cohort members")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_membership_per_cohort")
        ]
        indexes = [models.Index(fields=["user", "left_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.cohort_id}"

    @property
    def active(self) -> bool:
        return self.left_at is None


class ConsentBasis(models.TextChoices):
    """Who agreed that a minor takes part (never that person's name or contact)."""

    LEARNER_ADULT = "learner_adult", _("The learner, who is 18 or older")
    GUARDIAN = "guardian", _("A parent or guardian")
    SOCIAL_WORKER = "social_worker", _("An authorised social worker")
    SHELTER = "shelter", _("The shelter or care home responsible for the learner")


class ConsentMethod(models.TextChoices):
    PAPER = "paper", _("A signed paper form, kept by the organisation")
    IN_PERSON = "in_person", _("Said in person to the facilitator")
    PHONE = "phone", _("Said on a phone call with the facilitator")


class ConsentRecord(models.Model):
    """How consent was given for one learner in one cohort, attested by a facilitator.

    The consenting person's identity is deliberately not a field: where naming a parent
    could put the child at risk the facilitator must not be asked to write it down.
    """

    membership = models.OneToOneField(Membership, on_delete=models.CASCADE, related_name="consent")
    basis = models.CharField(_("who gave consent"), max_length=20, choices=ConsentBasis.choices)
    method = models.CharField(_("how it was given"), max_length=12, choices=ConsentMethod.choices)
    given_on = models.DateField(_("given on"))
    attested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    # Which version of the information sheet the learner and the consenting person were given.
    notice_version = models.CharField(max_length=20, default="2026-1")

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self) -> str:
        return f"consent for membership {self.membership_id}"


class CohortCourse(models.Model):
    """A course set for a cohort; its members are enrolled, and its quizzes close at due_at."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="courses")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="cohort_assignments"
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("cohort course")
        verbose_name_plural = _("cohort courses")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "course"], name="one_assignment_per_course")
        ]

    def __str__(self) -> str:
        return f"{self.course_id} for {self.cohort_id}"
