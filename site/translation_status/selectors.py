"""Reads: the status matrix of one object, the dashboard's counts and list, the stale note."""

import difflib
import re
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.models import Page

from .hashing import canonical_text, field_text, readable_text, recording_text_hash, text_hash
from .models import FieldTranslation, Section, Status
from .tracking import (
    field_label,
    is_rich_text,
    is_stream_field,
    source_language,
    target_languages,
    tracked_fields,
    tracked_models,
)

STATUS_ORDER = (Status.MISSING, Status.STALE, Status.CURRENT)


def language_name(code: str) -> str:
    return str(get_language_info(code)["name_translated"])


def models_by_content_type() -> dict[int, type]:
    """Tracked models by content type id (cached by Django after the first call)."""
    models = tracked_models()
    return {ct.pk: model for model, ct in ContentType.objects.get_for_models(*models).items()}


def edit_url(model, object_id: str) -> str:
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[object_id])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(object_id)])


def diff_url(content_type_id: int, object_id: str, field_name: str, language: str) -> str:
    return reverse(
        "translation_status:diff", args=[content_type_id, object_id, field_name, language]
    )


# --- The editor panel ------------------------------------------------------------------------


@dataclass
class Cell:
    language: str
    language_name: str
    status: str
    status_label: str
    diff_url: str = ""


@dataclass
class MatrixRow:
    field_name: str
    label: str
    cells: list[Cell] = field(default_factory=list)


def field_statuses(*, obj) -> dict[tuple[str, str], str]:
    """{(field, language): status} for every tracked field with English. One query."""
    content_type = ContentType.objects.get_for_model(type(obj))
    return {
        (row.field_name, row.language): row.status
        for row in FieldTranslation.objects.filter(
            content_type=content_type, object_id=str(obj.pk)
        ).only("field_name", "language", "status")
    }


def translation_matrix(*, obj) -> list[MatrixRow]:
    """Field × language statuses of one object, in the order of its fields. One query."""
    model = type(obj)
    if obj.pk is None:
        return []
    content_type = ContentType.objects.get_for_model(model)
    rows = field_statuses(obj=obj)
    labels = dict(Status.choices)
    matrix = []
    for name in tracked_fields(model):
        if not any((name, code) in rows for code in target_languages()):
            continue  # no English to translate yet
        line = MatrixRow(name, field_label(model, name))
        for code in target_languages():
            status = rows.get((name, code), Status.MISSING)
            link = diff_url(content_type.pk, str(obj.pk), name, code)
            line.cells.append(
                Cell(
                    code,
                    language_name(code),
                    status,
                    str(labels[status]),
                    link if status == Status.STALE else "",
                )
            )
        matrix.append(line)
    return matrix


def audio_status(guide) -> dict[str, str]:
    """{language: "current" | "stale"} for each recording of a guide.

    A recording is stale when the guide's text in its language changed after it was
    recorded (or when nobody knows what it was recorded against)."""
    result = {}
    for recording in guide.audio.all():
        current = recording.text_hash and recording.text_hash == recording_text_hash(
            guide, recording.language
        )
        result[recording.language] = Status.CURRENT if current else Status.STALE
    return result


# --- The front end ---------------------------------------------------------------------------


STALE_NOTE_CACHE_SECONDS = 24 * 60 * 60


def stale_live_fields(*, obj, language: str, fields: tuple[str, ...]) -> list[str]:
    """The displayed fields whose live translation was made against older English.

    At most one query, none in English. A field shown in English (no translation) is not
    stale. The answer is kept in the cache under the live revision: both what it compares
    (the live English, the hashes copied at publish) change only when a revision is
    published, and then the key changes with it."""
    if language == source_language() or language not in target_languages():
        return []
    model = type(obj)
    content_type = ContentType.objects.get_for_model(model)
    revision_id = getattr(obj, "live_revision_id", None)
    key = (
        f"translation_status:stale:{content_type.pk}:{obj.pk}:{revision_id}:{language}:"
        + ",".join(fields)
        if revision_id
        else None
    )
    cached = cache.get(key) if key else None
    if cached is not None:
        return cached
    live_hashes = FieldTranslation.objects.filter(
        content_type=content_type, object_id=str(obj.pk), language=language, field_name__in=fields
    ).values_list("field_name", "live_source_hash")
    stale = []
    for name, live_hash in live_hashes:
        if not live_hash or not field_text(model, obj, name, language):
            continue
        if live_hash != text_hash(field_text(model, obj, name, source_language())):
            stale.append(name)
    if key:
        cache.set(key, stale, STALE_NOTE_CACHE_SECONDS)
    return stale


def stale_object_ids(*, model, language: str, english: dict[str, dict[str, str]]) -> set[str]:
    """For a list of objects: the ids whose displayed translation was made against older
    English. ``english`` maps each object id to the live English of the fields shown in
    ``language`` (leave out a field that fell back to English). One query, none in English."""
    if language == source_language() or language not in target_languages() or not english:
        return set()
    names = {name for fields in english.values() for name in fields}
    rows = (
        FieldTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            language=language,
            field_name__in=names,
        )
        .exclude(live_source_hash="")
        .values_list("object_id", "field_name", "live_source_hash")
    )
    stale = set()
    for object_id, name, live_hash in rows:
        texts = english.get(object_id)
        if texts is None or name not in texts:
            continue
        rich = is_rich_text(model, name)
        if live_hash != text_hash(canonical_text(texts[name], stream=False, rich=rich)):
            stale.add(object_id)
    return stale


# --- The dashboard ---------------------------------------------------------------------------


@dataclass
class Progress:
    key: str
    label: str
    missing: int = 0
    stale: int = 0
    current: int = 0

    @property
    def total(self) -> int:
        return self.missing + self.stale + self.current


@dataclass
class SectionProgress:
    key: str
    label: str
    languages: list[Progress] = field(default_factory=list)


def dashboard_counts(*, language: str = "", section: str = "") -> dict:
    """Counts per language and per section and language, from one GROUP BY."""
    rows = FieldTranslation.objects.all()
    if language:
        rows = rows.filter(language=language)
    if section:
        rows = rows.filter(section=section)
    grouped = rows.values_list("language", "section", "status").annotate(n=Count("id"))
    languages = [code for code in target_languages() if not language or code == language]
    sections = [choice for choice in Section if not section or choice == section]
    per_language = {code: Progress(code, language_name(code)) for code in languages}
    per_section = {
        choice.value: SectionProgress(
            choice.value,
            str(choice.label),
            [Progress(code, language_name(code)) for code in languages],
        )
        for choice in sections
    }
    for code, key, status, count in grouped.order_by():
        if code not in per_language or key not in per_section or status not in Status.values:
            continue
        setattr(per_language[code], status, getattr(per_language[code], status) + count)
        progress = per_section[key].languages[languages.index(code)]
        setattr(progress, status, count)
    return {
        "by_language": list(per_language.values()),
        "by_section": [
            item for item in per_section.values() if any(p.total for p in item.languages)
        ],
    }


def dashboard_items(*, language: str = "", status: str = "", section: str = ""):
    """The rows to list, most urgent first; each needs no further query to be shown."""
    rows = FieldTranslation.objects.only(
        "content_type_id",
        "object_id",
        "field_name",
        "language",
        "status",
        "stale_since",
        "section",
        "object_title",
    )
    if language:
        rows = rows.filter(language=language)
    if status:
        rows = rows.filter(status=status)
    if section:
        rows = rows.filter(section=section)
    return rows.order_by("section", "object_title", "object_id", "field_name", "language")


@dataclass
class ListedItem:
    title: str
    field_label: str
    language_name: str
    status: str
    status_label: str
    stale_since: object
    edit_url: str
    diff_url: str


def listed_items(rows) -> list[ListedItem]:
    models = models_by_content_type()
    labels = dict(Status.choices)
    items = []
    for row in rows:
        model = models.get(row.content_type_id)
        if model is None:
            continue
        items.append(
            ListedItem(
                title=row.object_title,
                field_label=field_label(model, row.field_name),
                language_name=language_name(row.language),
                status=row.status,
                status_label=str(labels.get(row.status, row.status)),
                stale_since=row.stale_since,
                edit_url=edit_url(model, row.object_id),
                diff_url=diff_url(row.content_type_id, row.object_id, row.field_name, row.language)
                if row.status == Status.STALE
                else "",
            )
        )
    return items


# --- The difference view ---------------------------------------------------------------------

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass
class Segment:
    kind: str  # "equal", "insert" or "delete"
    text: str


def english_difference(before: str, after: str) -> list[Segment]:
    """Word by word: what was taken out of the English (delete) and put in (insert)."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    segments = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            segments.append(Segment("delete", "".join(old[a1:a2])))
        if op in ("insert", "replace"):
            segments.append(Segment("insert", "".join(new[b1:b2])))
        if op == "equal":
            segments.append(Segment("equal", "".join(old[a1:a2])))
    return segments


@dataclass
class Difference:
    row: FieldTranslation
    field_label: str
    language_name: str
    segments: list[Segment]
    translation: str
    english_now: str
    edit_url: str


def translation_difference(*, row: FieldTranslation, model, current: dict | object) -> Difference:
    """The English change since ``row``'s translation was made, beside that translation."""
    kind = {
        "stream": is_stream_field(model, row.field_name),
        "html": is_rich_text(model, row.field_name),
    }
    english_now = field_text(model, current, row.field_name, source_language())
    target = field_text(model, current, row.field_name, row.language)
    before = readable_text(row.source_text, **kind)
    after = readable_text(english_now, **kind)
    return Difference(
        row=row,
        field_label=field_label(model, row.field_name),
        language_name=language_name(row.language),
        segments=english_difference(before, after),
        translation=readable_text(target, **kind),
        english_now=after,
        edit_url=edit_url(model, row.object_id),
    )
