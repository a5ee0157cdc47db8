"""Certificates of completion, and what their verification page may show."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_code() -> str:
    return secrets.token_urlsafe(24)


class CertificateStatus(models.TextChoices):
    PREPARING = "preparing", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be made")


class Certificate(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    printed_name = models.CharField(_("name to print"), max_length=80)
    language = models.CharField(max_length=8)
    issued_on = models.DateField(default=timezone.localdate)
    code = models.CharField(max_length=64, unique=True, default=new_code, editable=False)
    status = models.CharField(
        max_length=10, choices=CertificateStatus.choices, default=CertificateStatus.PREPARING
    )
    pdf = models.FileField(upload_to="certificates/", blank=True)
    # The verification page shows only what the learner agreed to, and nothing once revoked.
    verification_on = models.BooleanField(default=False)
    show_name = models.BooleanField(default=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")
        ]

    def __str__(self):
        return self.printed_name

    @property
    def verifiable(self) -> bool:
        return self.verification_on and self.revoked_at is None
