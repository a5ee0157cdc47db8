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


class SessionStepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(label=_("minutes"), min_value=1, max_value=240)
    title = blocks.CharBlock(label=_("title"), max_length=120)
    instructions = blocks.RichTextBlock(
        label=_("instructions"), features=["bold", "italic", "ol", "ul"]
    )

    class Meta:
        icon = "time"
        label = _("Activity")


class SessionPlanIndexPage(TrackedTranslations, Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["paralegal.SessionPlanPage"]
    max_count = 1
    base_form_class = TranslationStatusPageForm
    translation_section = "sessions"

    class Meta:
        verbose_name = _("session plan index")


class SessionPlanPage(TrackedTranslations, Page):
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

    class Meta:
        verbose_name = _("session plan")
