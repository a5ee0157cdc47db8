"""The glossary beside the text a translator translates: the agreed words in their language.

An editor panel listing the glossary terms that occur in the English of the object being
edited, each with its term (and definition) in the target languages: the translator's own
languages, or every language for editors. One query for the terms, none per term.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.admin.panels import Panel

from accounts.language_scope import restricted_languages
from translation_status.hashing import field_text
from translation_status.tracking import is_tracked, target_languages, tracked_fields


@dataclass(frozen=True)
class AgreedWord:
    english: str
    translations: tuple[tuple[str, str, str], ...]  # (language, term, definition)


def english_words_of(obj) -> str:
    model = type(obj)
    if not is_tracked(model):
        return ""
    texts = [field_text(model, obj, name, "en") for name in tracked_fields(model)]
    return " ".join(strip_tags(text) for text in texts).casefold()


def languages_for(user) -> list[str]:
    allowed = restricted_languages(user)
    return [code for code in target_languages() if allowed is None or code in allowed]


def agreed_words(obj, user) -> list[AgreedWord]:
    text = english_words_of(obj)
    languages = languages_for(user)
    if not text or not languages:
        return []
    from .models import GlossaryTerm  # models import this module for their panels

    fields = ["term_en"] + [
        f"{kind}_{code}" for code in languages for kind in ("term", "definition")
    ]
    words = []
    for row in GlossaryTerm.objects.filter(live=True).order_by("term_en").values(*fields):
        english = (row["term_en"] or "").strip()
        if not english or isinstance(obj, GlossaryTerm) and english == (obj.term_en or "").strip():
            continue
        if not re.search(rf"(?<!\w){re.escape(english.casefold())}(?!\w)", text):
            continue
        words.append(
            AgreedWord(
                english,
                tuple(
                    (code, row[f"term_{code}"] or "", row[f"definition_{code}"] or "")
                    for code in languages
                ),
            )
        )
    return words


class GlossaryPanel(Panel):
    """Placed in the edit forms of translated content (see resources/models)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/glossary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            user = self.request.user
            context["words"] = agreed_words(instance, user) if instance.pk else []
            names = dict(settings.LANGUAGES)
            context["languages"] = [(code, names[code]) for code in languages_for(user)]
            return context
