"""Honest fallback: show English where a translation is missing, and say so."""

from dataclasses import dataclass
from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@dataclass(frozen=True)
class TranslatedValue:
    value: Any
    is_fallback: bool
    language_name: str

    def __str__(self) -> str:
        return str(self.value or "")


@register.simple_tag
def translated(obj, field_name: str) -> TranslatedValue:
    """The value of ``field_name`` in the active language, or English marked as a fallback."""
    language = get_language() or settings.LANGUAGE_CODE
    own = getattr(obj, build_localized_fieldname(field_name, language), None)
    source = getattr(obj, build_localized_fieldname(field_name, settings.LANGUAGE_CODE), None)
    missing = language != settings.LANGUAGE_CODE and _is_empty(own) and not _is_empty(source)
    return TranslatedValue(
        value=source if missing else own,
        is_fallback=missing,
        language_name=get_language_info(language)["name_translated"],
    )


def _is_empty(value) -> bool:
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # StreamField value
        return len(value.raw_data) == 0
    return not str(value).strip()
