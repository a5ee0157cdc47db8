"""The questions a safeguarding reviewer answers before approving anything."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ChecklistItem(models.Model):
    """One question of the review checklist. Administrators edit them; translations are
    fields (modeltranslation), so each reviewer reads them in their own language.

    An item is never deleted once used: it is switched off, and every decision keeps the
    wording it was made against."""

    text = models.CharField(_("question"), max_length=300)
    active = models.BooleanField(_("asked"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("text"), FieldPanel("active"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("review checklist item")
        verbose_name_plural = _("review checklist")

    def __str__(self) -> str:
        return self.text
