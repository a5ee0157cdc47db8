"""The daily e-mail to each translator: what needs an update in their languages.

A row is reported once per spell of staleness: ``notified_at`` is set when it is reported,
and a row is new again only when it becomes stale after that.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import FieldTranslation, Status
from .selectors import diff_url, language_name, models_by_content_type
from .tracking import field_label, target_languages

TRANSLATOR_GROUP = "translator"
SUBJECT_TEMPLATE = "translation_status/mail/digest_subject.txt"
BODY_TEMPLATE = "translation_status/mail/digest.txt"


@dataclass
class DigestItem:
    title: str
    field_label: str
    url: str


def newly_stale_rows(*, until):
    return FieldTranslation.objects.filter(
        Q(notified_at__isnull=True) | Q(notified_at__lt=F("stale_since")),
        status=Status.STALE,
        stale_since__lte=until,
    )


def translation_digests_send() -> int:
    """Send the digests; returns how many e-mails went out."""
    moment = timezone.now()
    translators = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=TRANSLATOR_GROUP)
        .exclude(email="")
        .select_related("staff_scope")
        .distinct()
    )
    if not translators:
        return 0
    by_language = _items_by_language(newly_stale_rows(until=moment))
    messages, reported = [], set()
    with translation.override(settings.LANGUAGE_CODE):
        for user in translators:
            languages = [code for code in _languages_of(user) if by_language.get(code)]
            if not languages:
                continue
            sections = [(language_name(code), by_language[code]) for code in languages]
            context = {"user": user, "sections": sections}
            subject = " ".join(render_to_string(SUBJECT_TEMPLATE, context).split())
            body = render_to_string(BODY_TEMPLATE, context)
            messages.append(EmailMessage(subject, body, to=[user.email]))
            reported.update(languages)
    if messages:
        get_connection().send_messages(messages)
        newly_stale_rows(until=moment).filter(language__in=reported).update(notified_at=moment)
    return len(messages)


def _languages_of(user) -> list[str]:
    try:
        chosen = user.staff_scope.languages or []
    except ObjectDoesNotExist:
        return []
    return [code for code in target_languages() if code in chosen]


def _items_by_language(rows) -> dict[str, list[DigestItem]]:
    models = models_by_content_type()
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    items: dict[str, list[DigestItem]] = defaultdict(list)
    for row in rows.order_by("language", "section", "object_title", "field_name"):
        model = models.get(row.content_type_id)
        if model is None:
            continue
        url = base + diff_url(row.content_type_id, row.object_id, row.field_name, row.language)
        items[row.language].append(
            DigestItem(row.object_title, field_label(model, row.field_name), url)
        )
    return items
