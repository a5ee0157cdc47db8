"""'Report a problem with this page': what a visitor may tell the reviewers, and no more."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class ProblemReport(models.Model):
    class Reason(models.TextChoices):
        PRIVATE = "private", _("It shows private information about someone")
        UPSETTING = "upsetting", _("It is upsetting or frightening")
        WRONG_HELP = "wrong_help", _("A phone number or help service is wrong")
        WRONG_INFO = "wrong_info", _("Something in it is wrong or out of date")
        BROKEN = "broken", _("Something on the page does not work")
        OTHER = "other", _("Something else")

    # No user, address or browser is stored: reporting must be safe for anyone.
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")
        permissions = [
            ("take_down_content", _("Can unpublish any page or snippet at once")),
            ("view_review_audit", _("Can read the safeguarding review audit trail")),
            ("export_review_audit", _("Can export the safeguarding review audit trail")),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.created_at:%Y-%m-%d})"
