"""An H5P activity: a checked package, reviewed for children and translated like other content.

A package (``H5PPackage``) is what an editor uploaded and the checks accepted. An activity is
what learners meet: it names one ready package, carries the package's readable texts so that
translators can work on them through the translation status and the XLIFF exchange, and goes
through the safeguarding review like every public snippet. Only a live (approved) activity is
played in a lesson.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..blocks.h5p import ActivityTextsBlock
from ..h5p.activity_form import H5PActivityForm
from ..h5p.activity_panel import H5PPackagePanel
from .h5p import H5PPackage


class H5PActivity(
    TrackedTranslations, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """An H5P package as learners see it, once a safeguarding reviewer approved it."""

    # Used in xAPI object IRIs and play tokens; never the database id, never guessable.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    package = models.ForeignKey(
        H5PPackage,
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name=_("package"),
        limit_choices_to={"status": "ready"},
    )
    texts = StreamField(
        ActivityTextsBlock(),
        blank=True,
        verbose_name=_("texts"),
        help_text=_("Taken from the package; translate them in each language."),
    )

    translation_section = "courses"
    panels = [
        TranslationStatusPanel(),
        H5PPackagePanel(),
        FieldPanel("title"),
        FieldPanel("package"),
        FieldPanel("texts"),
    ]
    base_form_class = H5PActivityForm

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")

    def __str__(self) -> str:
        return self.title
