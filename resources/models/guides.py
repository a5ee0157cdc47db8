"""Rights guides: what children, parents and facilitators read, with an index to filter them."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from config.countries import Country

from ..blocks import GuideBodyBlock
from .sections import LibrarySectionPage


class Audience(models.TextChoices):
    CHILDREN = "children", _("Children and teenagers (12–17)")
    YOUNG_CHILDREN = "young_children", _("Younger children, with an adult")
    PARENTS = "parents", _("Parents and caregivers")
    FACILITATORS = "facilitators", _("Facilitators")


class Topic(models.TextChoices):
    RIGHTS = "rights", _("Your rights")
    ONLINE = "online", _("Staying safe online")
    TELLING = "telling", _("Telling someone and getting help")
    JUSTICE = "justice", _("Police and court")
    RECOVERY = "recovery", _("Support and recovery")
    FAMILY = "family", _("For families")


class GuideCountry(models.TextChoices):
    ALL = "all", _("All countries")
    CAMBODIA = Country.CAMBODIA.value, Country.CAMBODIA.label
    PHILIPPINES = Country.PHILIPPINES.value, Country.PHILIPPINES.label
    VIET_NAM = Country.VIET_NAM.value, Country.VIET_NAM.label


class GuideIndexPage(LibrarySectionPage):
    """All guides, filtered by audience, country and topic."""

    subpage_types = ["resources.RightsGuidePage"]

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import guide_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_listing(index=self, params=request.GET))
        return context


class RightsGuidePage(Page):
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    country = models.CharField(
        _("country"), max_length=3, choices=GuideCountry.choices, default=GuideCountry.ALL
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    summary = models.CharField(_("summary"), max_length=300)
    browser_title = models.CharField(
        _("title in the browser tab"),
        max_length=80,
        blank=True,
        help_text=_(
            "For sensitive topics: a neutral title shown in the browser tab and history "
            "instead of the real one."
        ),
    )
    content_warning = models.CharField(
        _("content warning"),
        max_length=300,
        blank=True,
        help_text=_("Shown before the guide; the reader chooses to continue."),
    )
    lawyer_checked_on = models.DateField(_("checked by a lawyer on"), null=True, blank=True)
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("country"), FieldPanel("topic")],
            heading=_("Who and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("content_warning"),
        FieldPanel("body"),
        FieldPanel("lawyer_checked_on"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("browser_title")]
    parent_page_types = ["resources.GuideIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("rights guide")

    @property
    def may_be_out_of_date(self) -> bool:
        if self.lawyer_checked_on is None:
            return True
        limit = datetime.timedelta(days=settings.GUIDE_LEGAL_CHECK_MAX_AGE_DAYS)
        return timezone.localdate() - self.lawyer_checked_on > limit
