"""Rights guides: what children, parents and facilitators read, with an index to filter them."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from config.countries import Country
from translation_status.forms import TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..blocks import GuideBodyBlock
from ..glossary_panel import GlossaryPanel
from .sections import KeptOfflineMixin, LibrarySectionPage


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
    translation_section = "guides"

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import guide_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_listing(index=self, params=request.GET))
        return context


class RightsGuidePage(TrackedTranslations, KeptOfflineMixin, RoutablePageMixin, Page):
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
        TranslationStatusPanel(),
        GlossaryPanel(),
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("country"), FieldPanel("topic")],
            heading=_("Who and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("content_warning"),
        FieldPanel("body"),
        FieldPanel("lawyer_checked_on"),
        InlinePanel("audio", heading=_("Recordings"), label=_("recording")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("browser_title")]
    parent_page_types = ["resources.GuideIndexPage"]
    subpage_types: list[str] = []
    base_form_class = TranslationStatusPageForm
    translation_section = "guides"
    # Translated fields the page shows: a stale live translation of one of them gets a note.
    displayed_translated_fields = ("title", "summary", "content_warning", "body")

    class Meta:
        verbose_name = _("rights guide")

    def clean(self):
        super().clean()
        from ..neutral_words import sensitive_words_in

        errors = {}
        if sensitive_words_in(self.slug):
            errors["slug"] = _(
                "Use neutral words in the address: it stays in the browser history of a "
                "phone that others may use."
            )
        for code, _name in settings.LANGUAGES:
            tab = f"browser_title_{code}"
            if sensitive_words_in(getattr(self, tab, "")):
                errors[tab] = _("This title is shown in the browser tab: use neutral words.")
            elif sensitive_words_in(getattr(self, f"title_{code}", "")) and not (
                getattr(self, tab, "") or self.browser_title_en
            ):
                errors[tab] = _(
                    "The title names a sensitive subject: give a neutral title for the "
                    "browser tab and history."
                )
            if sensitive_words_in(getattr(self, f"seo_title_{code}", "") or ""):
                errors[f"seo_title_{code}"] = _(
                    "This title is shown in the browser tab: use neutral words."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def may_be_out_of_date(self) -> bool:
        if self.lawyer_checked_on is None:
            return True
        limit = datetime.timedelta(days=settings.GUIDE_LEGAL_CHECK_MAX_AGE_DAYS)
        return timezone.localdate() - self.lawyer_checked_on > limit

    def get_context(self, request, *args, **kwargs):
        from home.templatetags.translated_fields import translated

        from ..glossary_marks import mark_first_uses
        from ..selectors import services_for_help_blocks

        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        body = translated(self, "body")
        written_in = settings.LANGUAGE_CODE if body.is_fallback else language
        context["body"] = body
        rendered = ""
        if body.value:
            help_services = services_for_help_blocks(body.value)
            rendered = body.value.render_as_block(context={"help_services": help_services})
        context["body_html"], context["words"] = mark_first_uses(rendered, written_in)
        context["recording"] = self.audio_for(language)
        context["stale_translation"] = self.stale_translation_in(language)
        return context

    def stale_translation_in(self, language: str) -> bool:
        from translation_status.selectors import stale_live_fields

        fields = self.displayed_translated_fields
        return bool(stale_live_fields(obj=self, language=language, fields=fields))

    def prepare_translated_revision(self, previous_content: dict) -> None:
        """A recording uploaded in this revision was made from the text as it is now."""
        from translation_status.hashing import recording_text_hash

        # Only recordings held in memory (the edit form's) go into the revision as they are;
        # rows read from the database were stamped when they were saved (GuideAudio.save).
        # Only a new upload is stamped: touching another recording would change a language
        # the person saving may not be allowed to change (accounts.language_scope).
        recordings = getattr(self, "_cluster_related_objects", {}).get("audio") or []
        for recording in recordings:
            if not getattr(recording.file, "_committed", True):
                recording.text_hash = recording_text_hash(self, recording.language)

    def audio_for(self, language: str):
        """The recording in this language, from the prefetched set when there is one."""
        return next((audio for audio in self.audio.all() if audio.language == language), None)

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The guide as a PDF in the reader's language, at an address that never changes."""
        from ..pdf import guide_pdf_serve

        return guide_pdf_serve(request, self)
