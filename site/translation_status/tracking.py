"""Which models and fields have their translations tracked, and the hook that tracks them.

A model is tracked when it inherits ``TrackedTranslations`` (before Wagtail's Page or
RevisionMixin, so that its ``save_revision`` runs first). Its tracked fields are the fields
registered with modeltranslation, plus a page's title, SEO title and search description;
never the slug or the URL path.
"""

from functools import cache

from django.apps import apps
from django.conf import settings
from django.db import transaction

PAGE_FIELDS = ("title", "seo_title", "search_description")
NEVER_TRACKED = frozenset({"slug", "url_path", "draft_title"})


class TrackedTranslations:
    """Mixin for translated public content: every saved revision updates translation status."""

    translation_section = "pages"  # a translation_status.models.Section value

    def save_revision(
        self,
        user=None,
        approved_go_live_at=None,
        changed=True,
        log_action=False,
        previous_revision=None,
        clean=True,
        overwrite_revision=None,
    ):
        from .services import content_before_revision, record_revision

        minor = bool(getattr(self, "_english_change_is_minor", False))
        with transaction.atomic():
            before = content_before_revision(self, overwrite_revision=overwrite_revision)
            self.prepare_translated_revision(before)
            revision = super().save_revision(
                user=user,
                approved_go_live_at=approved_go_live_at,
                changed=changed,
                log_action=log_action,
                previous_revision=previous_revision,
                clean=clean,
                overwrite_revision=overwrite_revision,
            )
            record_revision(self, revision, user, minor=minor, previous=before)
        # The flag belongs to one submission of the edit form, never to the next save.
        self._english_change_is_minor = False
        return revision

    def prepare_translated_revision(self, previous_content: dict) -> None:
        """Called just before the revision's content is taken (guides stamp recordings)."""


def tracked_models() -> list[type]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TrackedTranslations) and not model._meta.abstract
    ]


def is_tracked(model) -> bool:
    return isinstance(model, type) and issubclass(model, TrackedTranslations)


@cache
def tracked_fields(model) -> tuple[str, ...]:
    from modeltranslation.translator import translator
    from wagtail.models import Page

    registered = translator.get_options_for_model(model).fields
    page = PAGE_FIELDS if issubclass(model, Page) else ()
    # In the order the model declares them (modeltranslation keeps a set).
    own = [
        field.name
        for field in model._meta.concrete_fields
        if field.name in registered and field.name not in NEVER_TRACKED and field.name not in page
    ]
    return (*page, *own)


def source_language() -> str:
    return settings.LANGUAGE_CODE


def target_languages() -> tuple[str, ...]:
    return tuple(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


@cache
def is_stream_field(model, field_name: str) -> bool:
    from wagtail.fields import StreamField

    return isinstance(model._meta.get_field(field_name), StreamField)


@cache
def is_rich_text(model, field_name: str) -> bool:
    """StreamFields and rich text hold HTML; other fields hold plain text."""
    from wagtail.fields import RichTextField

    return is_stream_field(model, field_name) or isinstance(
        model._meta.get_field(field_name), RichTextField
    )


def field_label(model, field_name: str) -> str:
    from django.core.exceptions import FieldDoesNotExist

    try:
        return str(model._meta.get_field(field_name).verbose_name)
    except FieldDoesNotExist:  # a row left from a field no longer translated
        return field_name
