"""The library's sections: pages placed once under the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from translation_status.forms import TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..glossary_panel import GlossaryPanel


class KeptOfflineMixin:
    """A page the service worker keeps for reading without a connection (see sw.js)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.get("Content-Type", "").startswith("text/html"):
            response["X-Offline"] = "keep"
        return response


class LibrarySectionPage(TrackedTranslations, KeptOfflineMixin, Page):
    """A single section of the library under the home page (directory, glossary…)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    base_form_class = TranslationStatusPageForm
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        abstract = True
