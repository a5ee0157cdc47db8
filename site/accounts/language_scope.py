"""Translators change only the translations of their own languages, whatever the route.

Every edit of a page or snippet, through any admin view, form, bulk action or revert,
ends in a new Revision. Before one is stored, its content is compared with the previous
revision (or the stored object): a translator's revision may differ only in the
``<field>_<language>`` columns of the languages in their StaffScope, and in inline items
marked with one of those languages (a recording, for example). Anything else is refused.
"""

import json

from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.models import Revision

from translation_status.hashing import canonical_text

from .models import StaffScope

TRANSLATOR = "translator"
# Roles that may edit every language: a translator who also holds one is not restricted.
FULL_EDITORS = frozenset({"editor", "site_administrator"})

# What Wagtail itself changes on every save, and the comments thread.
BOOKKEEPING = frozenset(
    {
        "alias_of",
        "content_type",
        "depth",
        "draft_title",
        "expired",
        "first_published_at",
        "has_unpublished_changes",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live",
        "live_revision",
        "locale",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "owner",
        "path",
        "pk",
        "translation_key",
        "url_path",
        "wagtail_admin_comments",
    }
)


def restricted_languages(user) -> frozenset[str] | None:
    """The languages a translator may change, or None when the user is not restricted."""
    if user is None or user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if TRANSLATOR not in names or names & FULL_EDITORS:
        return None
    scope = StaffScope.objects.filter(user=user).first()
    return frozenset(scope.languages if scope else [])


def _translated_bases(content: dict) -> set[str]:
    return {key for key in content if f"{key}_en" in content}


def _allowed_key(key: str, bases: set[str], languages: frozenset[str]) -> bool:
    base, _sep, language = key.rpartition("_")
    return base in bases and language in languages


def _child_changes(old: list, new: list, languages: frozenset[str]) -> bool:
    """True when inline items changed outside the allowed languages."""

    def by_id(items):
        return {item.get("pk") or item.get("id") or repr(item): item for item in items or []}

    old_items, new_items = by_id(old), by_id(new)
    for key in old_items.keys() | new_items.keys():
        before, after = old_items.get(key), new_items.get(key)
        if before == after:
            continue
        touched = [item.get("language") for item in (before, after) if item is not None]
        if not all(language in languages for language in touched):
            return True
    return False


def _without_block_ids(value):
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


def _same(before, after) -> bool:
    """Equal once the admin's own normalisation is set aside: rich text block keys, empty
    values stored as "" or None, and StreamField block ids (see translation_status.hashing)."""
    if before == after:
        return True
    texts = (str, type(None))
    if not (isinstance(before, texts) and isinstance(after, texts)):
        return False
    stream = (before or after or "")[:1] == "["
    return canonical_text(before, stream=stream, rich=True) == canonical_text(
        after, stream=stream, rich=True
    )


def forbidden_changes(old: dict, new: dict, languages: frozenset[str]) -> list[str]:
    bases = _translated_bases(new) | _translated_bases(old)
    changed = []
    for key in sorted(old.keys() | new.keys()):
        if key in BOOKKEEPING or key in bases or _same(old.get(key), new.get(key)):
            continue
        if _allowed_key(key, bases, languages):
            continue
        inline = isinstance(new.get(key, []), list) and isinstance(old.get(key, []), list)
        if inline and not _child_changes(old.get(key), new.get(key), languages):
            continue
        changed.append(key)
    return changed


def _previous_content(revision: Revision) -> dict | None:
    previous = (
        Revision.objects.filter(
            base_content_type_id=revision.base_content_type_id, object_id=revision.object_id
        )
        .order_by("-created_at", "-pk")
        .only("content")
        .first()
    )
    if previous is not None:
        return previous.content
    obj = revision.content_object
    if obj is None:
        return None
    return json.loads(json.dumps(obj.serializable_data(), cls=DjangoJSONEncoder))


@receiver(pre_save, sender=Revision, dispatch_uid="translator_language_scope")
def refuse_changes_outside_the_translators_languages(sender, instance, **kwargs):
    if not instance._state.adding:
        return
    languages = restricted_languages(instance.user)
    if languages is None:
        return
    previous = _previous_content(instance)
    if previous is None:
        raise PermissionDenied(_("Translators cannot create content."))
    # Compare as stored: dates and decimals become the strings the JSON column holds.
    current = json.loads(json.dumps(instance.content, cls=DjangoJSONEncoder))
    changed = forbidden_changes(previous, current, languages)
    if changed:
        raise PermissionDenied(
            _("You may change only the translations in your languages (%(languages)s).")
            % {"languages": get_text_list(sorted(languages), _("and")) or "–"}
        )
