"""Writes: translation status follows every saved revision, every publish and every delete.

Each call runs a fixed number of queries whatever the number of fields and languages: the
object's rows are read once and written back with one upsert (and one delete when an English
field was emptied).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import Revision

from .hashing import field_text, text_hash
from .models import FieldTranslation, Status
from .tracking import source_language, target_languages, tracked_fields

MINOR_CHANGE_ACTION = "translation_status.minor_change"
_LOOK_UP = object()
_UPSERT_FIELDS = [
    "status",
    "source_hash",
    "source_text",
    "translated_by",
    "translated_at",
    "stale_since",
    "section",
    "object_title",
]


def content_before_revision(obj, *, overwrite_revision=None) -> dict:
    """The content the next revision of ``obj`` is compared with ({} for the first)."""
    if overwrite_revision is not None:
        # Autosave rewrites the latest revision: compare with what it held until now.
        return dict(overwrite_revision.content)
    if obj.pk is None:
        return {}
    content = (
        # By id, not date: autosave rewrites created_at, and clocks can be set back.
        Revision.objects.for_instance(obj).order_by("-id").values_list("content", flat=True).first()
    )
    return content or {}


def record_revision(obj, revision, user=None, *, minor: bool = False, previous=_LOOK_UP) -> None:
    """Bring the status rows of ``obj`` in line with ``revision``, compared with ``previous``.

    Per field and target language: an empty translation is missing; a translation changed in
    this revision is current (made against today's English, by ``user``); an English change
    under an unchanged translation makes it stale, unless the editor marked the change minor,
    in which case a current translation stays current against the new English.
    """
    if previous is _LOOK_UP:
        previous = (
            Revision.objects.filter(
                base_content_type_id=revision.base_content_type_id,
                object_id=revision.object_id,
                pk__lt=revision.pk,
            )
            .order_by("-pk")
            .values_list("content", flat=True)
            .first()
        ) or {}
    changed_english = _apply(
        obj, now=revision.content, before=previous or {}, user=user, minor=minor
    )
    if minor and changed_english:
        log(
            instance=obj,
            action=MINOR_CHANGE_ACTION,
            user=user,
            revision=revision,
            data={"fields": changed_english},
        )


def record_current_state(obj) -> None:
    """Rebuild: rows from the latest revision (or the object itself), keeping what is known.

    Without history, a translation with no row yet is taken as made against today's English.
    """
    revision = obj.latest_revision if getattr(obj, "latest_revision_id", None) else None
    content = revision.content if revision is not None else obj.serializable_data()
    live = obj if getattr(obj, "live", True) else None
    _apply(obj, now=content, before=content, user=None, minor=False, live=live)


def record_publish(obj) -> int:
    """The published translations were made against their rows' source: remember it."""
    return _rows_of(obj).update(live_source_hash=F("source_hash"))


def forget(obj) -> None:
    _rows_of(obj).delete()


def _rows_of(obj):
    content_type = ContentType.objects.get_for_model(type(obj))
    return FieldTranslation.objects.filter(content_type=content_type, object_id=str(obj.pk))


@dataclass
class _Texts:
    english_now: str
    english_before: str
    target_now: str
    target_before: str


def _apply(obj, *, now: dict, before: dict, user, minor: bool, live=None) -> list[str]:
    """Compute and store the rows of ``obj``; returns the fields whose English changed."""
    model = type(obj)
    content_type = ContentType.objects.get_for_model(model)
    existing = {
        (row.field_name, row.language): row
        for row in FieldTranslation.objects.filter(content_type=content_type, object_id=str(obj.pk))
    }
    moment = timezone.now()
    common = {
        "content_type": content_type,
        "object_id": str(obj.pk),
        "section": model.translation_section,
        "object_title": _title(obj, now)[:255],
    }
    english = source_language()
    rows, emptied, changed_english = [], [], []
    for field in tracked_fields(model):
        english_now = field_text(model, now, field, english)
        english_before = field_text(model, before, field, english)
        if not english_now:
            emptied.append(field)
            continue
        if english_now != english_before and english_before:
            changed_english.append(field)
        for language in target_languages():
            texts = _Texts(
                english_now,
                english_before,
                field_text(model, now, field, language),
                field_text(model, before, field, language),
            )
            row = existing.get((field, language)) or FieldTranslation(
                field_name=field, language=language, **common
            )
            _decide(row, texts, user=user, minor=minor, moment=moment)
            for name, value in common.items():
                setattr(row, name, value)
            if live is not None and row.pk is None:
                live_target = field_text(model, live, field, language)
                live_english = field_text(model, live, field, english)
                row.live_source_hash = text_hash(live_english) if live_target else ""
            rows.append(row)
    emptied = [name for name in emptied if any(key[0] == name for key in existing)]
    if emptied:
        FieldTranslation.objects.filter(
            content_type=content_type, object_id=str(obj.pk), field_name__in=emptied
        ).delete()
    if rows:
        for row in rows:
            row.pk = None  # an upsert keyed by the four columns, never by the id
        FieldTranslation.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "field_name", "language"],
            update_fields=_UPSERT_FIELDS,
        )
    return changed_english


def _decide(row: FieldTranslation, texts: _Texts, *, user, minor: bool, moment) -> None:
    if not texts.target_now:
        row.status = Status.MISSING
        row.source_hash = row.source_text = ""
        row.translated_by = row.translated_at = row.stale_since = None
        return
    if texts.target_now != texts.target_before:
        _made_against(row, texts.english_now)
        row.translated_by, row.translated_at = user, moment
        return
    if row.pk is None or row.status == Status.MISSING:
        # A translation older than its row: it was made against the English it sat beside.
        _made_against(row, texts.english_before or texts.english_now)
        row.translated_by = row.translated_at = None
    elif texts.english_now == texts.english_before:
        return
    elif minor and row.status == Status.CURRENT:
        # A typo fix: the translation still says what the English says.
        _made_against(row, texts.english_now)
        return
    elif minor:
        return  # already stale: it stays stale against the English it was made from
    _restate(row, texts.english_now, moment)


def _made_against(row: FieldTranslation, english: str) -> None:
    row.source_text, row.source_hash = english, text_hash(english)
    row.status, row.stale_since = Status.CURRENT, None


def _restate(row: FieldTranslation, english_now: str, moment) -> None:
    if row.source_hash == text_hash(english_now):
        row.status, row.stale_since = Status.CURRENT, None  # the English came back
    else:
        if row.status != Status.STALE or row.stale_since is None:
            row.stale_since = moment
        row.status = Status.STALE


def _title(obj, content: dict) -> str:
    title = content.get("title_en") if isinstance(content, dict) else None
    if title:
        return title
    with translation.override(source_language()):
        return str(obj)


def translation_status_rebuild() -> dict[str, int]:
    """Rows for every tracked object, and none for objects that are gone. {model: objects}."""
    from django.db.models import CharField
    from django.db.models.functions import Cast

    from .tracking import tracked_models

    counts = {}
    for model in tracked_models():
        content_type = ContentType.objects.get_for_model(model)
        existing_ids = model.objects.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        FieldTranslation.objects.filter(content_type=content_type).exclude(
            object_id__in=existing_ids
        ).delete()
        objects = model.objects.select_related("latest_revision")
        for obj in objects.iterator(chunk_size=200):
            record_current_state(obj)
        counts[model._meta.label] = objects.count()
    counts["resources.GuideAudio"] = _recordings_stamp()
    return counts


def _recordings_stamp() -> int:
    """Recordings older than text hashes: taken as made from the guide's live text."""
    from resources.models import GuideAudio

    recordings = GuideAudio.objects.filter(text_hash="").select_related("page")
    for recording in recordings:
        recording.save(update_fields=["text_hash"])  # GuideAudio.save stamps an empty hash
    return len(recordings)
