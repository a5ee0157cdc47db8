"""The glossary: legal and child-protection words with plain definitions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from translation_status.forms import TranslationStatusModelForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..glossary_panel import GlossaryPanel
from .sections import LibrarySectionPage


class GlossaryTerm(
    TrackedTranslations, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """A legal or child-protection word with a plain definition in each language."""

    term = models.CharField(_("term"), max_length=100)
    definition = models.TextField(_("definition"), max_length=500)
    slug = models.SlugField(
        _("anchor"),
        max_length=100,
        unique=True,
        help_text=_("Used in links to this term; ASCII, from the English term."),
    )

    panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        FieldPanel("term"),
        FieldPanel("definition"),
        FieldPanel("slug"),
    ]
    base_form_class = TranslationStatusModelForm
    translation_section = "glossary"

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term

    def clean(self):
        super().clean()
        from django.conf import settings as django_settings
        from modeltranslation.utils import build_localized_fieldname

        errors = {}
        for code, _name in django_settings.LANGUAGES:
            field = build_localized_fieldname("term", code)
            value = (getattr(self, field, "") or "").strip()
            if not value:
                continue
            duplicate = GlossaryTerm.objects.exclude(pk=self.pk).filter(
                **{f"{field}__iexact": value}
            )
            if duplicate.exists():
                errors[field] = ValidationError(
                    _("This term is already in the glossary in this language."),
                    code="duplicate_term",
                )
        if errors:
            raise ValidationError(errors)


class GlossaryPage(LibrarySectionPage):
    """Every glossary term, A to Z in the reader's language."""

    translation_section = "glossary"

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import glossary_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(glossary_sections())
        return context
