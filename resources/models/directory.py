"""The referral directory: services a child, parent or facilitator can turn to for help."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from config.countries import Country
from translation_status.forms import TranslationStatusModelForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..glossary_panel import GlossaryPanel
from ..validators import validate_phone_number
from .sections import LibrarySectionPage

VERIFICATION_MAX_AGE = datetime.timedelta(days=365)


class ServiceKind(models.TextChoices):
    HOTLINE = "hotline", _("Hotline")
    LEGAL_AID = "legal_aid", _("Legal aid")
    SHELTER = "shelter", _("Shelter")
    COUNSELLING = "counselling", _("Counselling")
    POLICE = "police", _("Police child-protection unit")
    SOCIAL_WELFARE = "social_welfare", _("Social welfare office")
    NGO = "ngo", _("Non-governmental organisation")


class ReferralService(
    TrackedTranslations, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type of service"), max_length=20, choices=ServiceKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(
        _("region"), max_length=100, blank=True, help_text=_("Province or city; empty if national.")
    )
    description = models.TextField(_("what they do"), max_length=600, blank=True)
    languages_spoken = models.CharField(_("languages spoken"), max_length=200, blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone_number]
    )
    website = models.URLField(_("website"), blank=True, max_length=300)
    verified_by = models.CharField(_("verified by"), max_length=120, blank=True)
    verified_on = models.DateField(_("verified on"), null=True, blank=True)
    is_example = models.BooleanField(
        _("example entry"),
        default=False,
        help_text=_("Demo entries: never carry a phone number, address or website."),
    )

    panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("region"),
        FieldPanel("description"),
        FieldPanel("languages_spoken"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("website")], heading=_("How to reach them")
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("verified_by"), FieldPanel("verified_on")])],
            heading=_("Verification"),
        ),
        FieldPanel("is_example"),
    ]
    base_form_class = TranslationStatusModelForm
    translation_section = "directory"

    class Meta:
        verbose_name = _("referral service")
        verbose_name_plural = _("referral services")
        ordering = ["country", "kind", "name"]
        indexes = [models.Index(fields=["live", "country", "kind"])]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.is_example and (self.phone or self.website):
            # A made-up number could ring a stranger; an example must not be dialable.
            raise ValidationError(
                _("An example entry cannot have a phone number or a website."), code="example"
            )

    @property
    def needs_reverification(self) -> bool:
        if self.verified_on is None:
            return True
        return timezone.localdate() - self.verified_on > VERIFICATION_MAX_AGE

    @property
    def tel_href(self) -> str:
        if self.is_example or not self.phone:
            return ""
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class DirectoryPage(LibrarySectionPage):
    """Lists live referral services, filtered by country, region and type."""

    translation_section = "directory"

    class Meta:
        verbose_name = _("help directory page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import directory_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_listing(params=request.GET))
        return context
