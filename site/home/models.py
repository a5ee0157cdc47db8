from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The landing page of the site, one per language through translated fields."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for every section (help directory, glossary, guides...).
        sections = list(self.get_children().live().public().select_related("content_type"))
        context["help_page"] = next(
            (p for p in sections if p.content_type.model == "directorypage"), None
        )
        context["sections"] = [p for p in sections if p is not context["help_page"]]
        return context
