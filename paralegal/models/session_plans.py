"""Session plans: reviewed, translated pages that a facilitator runs a group session from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from translation_status.forms import TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations


class FacilitatorOnlyPage:
    """Session plans hold safeguarding notes: only facilitators may read them.

    Anyone else, signed in or not, gets 404 (not 403, not a sign-in page), so that the plans'
    addresses do not even confirm that they exist. The response is never stored by a shared
    cache, and the pages are left out of the sitemap and the home page's sections
    (``listed_publicly``). Editors still preview them in the admin (Wagtail checked their
    permission before ``serve_preview``).
    """

    listed_publicly = False

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        from resources.neutral_words import sensitive_words_in

        # The address stays in the history of a facilitator's phone, which others may use.
        if sensitive_words_in(self.slug):
            raise ValidationError(
                {
                    "slug": _(
                        "Use neutral words in the address: it stays in the browser history of "
                        "a phone that others may use."
                    )
                }
            )

    def serve(self, request, *args, **kwargs):
        from django.http import Http404
        from django.utils.cache import add_never_cache_headers

        from ..access import is_facilitator

        if not getattr(request, "is_preview", False) and not is_facilitator(request.user):
            raise Http404
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Cache-Control"] = "no-store, private, max-age=0"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class SessionStepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(label=_("minutes"), min_value=1, max_value=240)
    title = blocks.CharBlock(label=_("title"), max_length=120)
    instructions = blocks.RichTextBlock(
        label=_("instructions"), features=["bold", "italic", "ol", "ul"]
    )

    class Meta:
        icon = "time"
        label = _("Activity")


class SessionPlanIndexPage(FacilitatorOnlyPage, TrackedTranslations, Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["paralegal.SessionPlanPage"]
    max_count = 1
    base_form_class = TranslationStatusPageForm
    translation_section = "sessions"
    displayed_translated_fields = ("title", "intro")

    class Meta:
        verbose_name = _("session plan index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plans"] = SessionPlanPage.objects.child_of(self).live().order_by("path")
        return context


class SessionPlanPage(FacilitatorOnlyPage, TrackedTranslations, Page):
    summary = models.CharField(_("summary"), max_length=300)
    objectives = models.TextField(_("objectives"))
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"), default=90)
    activities = StreamField([("step", SessionStepBlock())], verbose_name=_("activities"))
    materials = models.TextField(_("materials"), blank=True)
    safeguarding_notes = models.TextField(_("safeguarding notes"), blank=True)
    links = StreamField(
        [
            ("lesson", blocks.PageChooserBlock(page_type="courses.LessonPage", label=_("Lesson"))),
            (
                "guide",
                blocks.PageChooserBlock(page_type="resources.RightsGuidePage", label=_("Guide")),
            ),
        ],
        blank=True,
        verbose_name=_("linked lessons and guides"),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("duration_minutes"),
        FieldPanel("activities"),
        FieldPanel("materials"),
        FieldPanel("safeguarding_notes"),
        FieldPanel("links"),
    ]
    parent_page_types = ["paralegal.SessionPlanIndexPage"]
    subpage_types = []
    base_form_class = TranslationStatusPageForm
    translation_section = "sessions"
    displayed_translated_fields = (
        "title",
        "summary",
        "objectives",
        "activities",
        "materials",
        "safeguarding_notes",
    )

    class Meta:
        verbose_name = _("session plan")

    def get_context(self, request, *args, **kwargs):
        from django.utils.translation import get_language

        from translation_status.selectors import stale_live_fields

        from ..selectors_sessions import plan_links

        context = super().get_context(request, *args, **kwargs)
        context["linked"] = plan_links(plan=self)
        context["stale_translation"] = bool(
            stale_live_fields(
                obj=self, language=get_language(), fields=self.displayed_translated_fields
            )
        )
        return context
