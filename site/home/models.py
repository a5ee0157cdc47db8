from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from resources.glossary_panel import GlossaryPanel
from translation_status.forms import TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations


class HomePage(TrackedTranslations, Page):
    """The landing page of the site, one per language through translated fields."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )

    content_panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    base_form_class = TranslationStatusPageForm
    translation_section = "pages"
    displayed_translated_fields = ("title", "intro", "body")

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for every section (help directory, glossary, guides...).
        from .page_listing import publicly_listed

        sections = list(
            publicly_listed(self.get_children().live().public()).select_related("content_type")
        )
        context["help_page"] = next(
            (p for p in sections if p.content_type.model == "directorypage"), None
        )
        context["sections"] = [p for p in sections if p is not context["help_page"]]
        from translation_status.selectors import stale_live_fields

        context["stale_translation"] = bool(
            stale_live_fields(
                obj=self, language=get_language(), fields=self.displayed_translated_fields
            )
        )
        return context
