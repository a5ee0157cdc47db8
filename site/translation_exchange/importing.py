"""Import a translated XLIFF 2.0 file: check everything, then write all of it or nothing.

Refused, each with a message naming the unit: a file over the size limit, anything with a
DTD or entity (billion laughs, external entities), a file that is not XLIFF 2.0 from English
into the chosen language, a unit id this site did not sign or whose object or field is gone,
English that changed since the export, markup added, dropped or broken, an empty
translation, an incomplete field, and content that is under review now. An accepted file
becomes a new revision of each object (from its latest revision) submitted to the
safeguarding review.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from defusedxml.ElementTree import fromstring as defused_fromstring
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from translate.storage.xliff2 import Xliff2File

from translation_status.hashing import field_text, text_hash
from translation_status.tracking import is_tracked, tracked_fields

from .exporting import latest
from .ids import HASH_LENGTH, parse
from .inline import NS, MarkupError, read_html, rebuild_html
from .units import pieces, translated_value

MAX_BYTES = 5 * 1024 * 1024


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    objects: list = field(default_factory=list)  # submitted for review
    fields: int = 0


def _load(data: bytes, result: ImportResult):
    if len(data) > MAX_BYTES:
        result.errors.append(_("The file is larger than 5 MB. Export a smaller section."))
        return None
    try:
        # Refuses any DTD, entity declaration or external reference before lxml sees it.
        defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        store = Xliff2File.parsestring(data)
    except Exception:  # noqa: BLE001
        # A refused DTD, broken XML or the toolkit's own parse error: whatever the parsers
        # tripped on, the answer to the person is the same.
        result.errors.append(_("This is not an XLIFF 2.0 file exported here, or it is damaged."))
        return None
    return store


def _target_element(unit):
    return unit.xmlelement.find(f"{{{NS}}}target")


def check_and_import(data: bytes, *, language: str, user, workflow_for) -> ImportResult:
    """Validate ``data`` fully; if it is all good, write it and submit it for review."""
    result = ImportResult()
    store = _load(data, result)
    if store is None:
        return result
    if store.getsourcelanguage() != "en" or store.gettargetlanguage() != language:
        result.errors.append(
            _("This file is not from English into the language you chose (%(language)s).")
            % {"language": language}
        )
        return result
    if not store.units:
        result.errors.append(_("The file holds no translations."))
        return result

    translations: dict[tuple, dict[str, str]] = defaultdict(dict)
    objects: dict[tuple[int, str], object] = {}
    for number, unit in enumerate(store.units, start=1):
        unit_id = parse(unit.getid() or "", language)
        label = _("Unit %(number)s") % {"number": number}
        if unit_id is None:
            result.errors.append(
                _("%(unit)s was not exported from this site, or its id was changed.")
                % {"unit": label}
            )
            continue
        key = (unit_id.content_type_id, unit_id.object_id)
        if key not in objects:
            content_type = ContentType.objects.filter(pk=unit_id.content_type_id).first()
            model = content_type.model_class() if content_type else None
            objects[key] = latest(model, unit_id.object_id) if is_tracked(model) else None
        obj = objects[key]
        if obj is None or unit_id.field_name not in tracked_fields(type(obj)):
            result.errors.append(
                _("%(unit)s belongs to something that no longer exists.") % {"unit": label}
            )
            continue
        english = text_hash(field_text(type(obj), obj, unit_id.field_name, "en"))[:HASH_LENGTH]
        if english != unit_id.english_hash:
            result.errors.append(
                _("%(unit)s: the English of “%(title)s” changed since the export. Export again.")
                % {"unit": label, "title": obj}
            )
            continue
        source = {piece.path: piece for piece in pieces(obj, unit_id.field_name)}
        piece = source.get(unit_id.path)
        target = _target_element(unit)
        if piece is None:
            result.errors.append(
                _("%(unit)s belongs to something that no longer exists.") % {"unit": label}
            )
            continue
        if target is None or not "".join(target.itertext()).strip():
            result.errors.append(_("%(unit)s has no translation.") % {"unit": label})
            continue
        try:
            if piece.rich:
                value = rebuild_html(target, read_html(piece.text)[1])
            else:
                if len(target):
                    raise MarkupError("plain")
                value = target.text or ""
        except MarkupError:
            result.errors.append(
                _("%(unit)s: the markup differs from the English (tags added, removed or broken).")
                % {"unit": label}
            )
            continue
        translations[unit_id.field_key][unit_id.path] = value

    for (content_type_id, object_id, field_name), done in translations.items():
        obj = objects[(content_type_id, object_id)]
        expected = {piece.path for piece in pieces(obj, field_name)}
        if set(done) != expected:
            result.errors.append(
                _("“%(title)s”: part of one field is missing from the file; keep every unit of it.")
                % {"title": obj}
            )
    for obj in {id(o): o for o in objects.values() if o is not None}.values():
        if obj.workflow_in_progress:
            result.errors.append(
                _("“%(title)s” is being reviewed now. Import again when the review is finished.")
                % {"title": obj}
            )
    if result.errors:
        return result
    _write(
        translations,
        objects,
        language=language,
        user=user,
        workflow_for=workflow_for,
        result=result,
    )
    return result


@transaction.atomic
def _write(translations, objects, *, language, user, workflow_for, result) -> None:
    by_object = defaultdict(dict)
    for (content_type_id, object_id, field_name), done in translations.items():
        by_object[(content_type_id, object_id)][field_name] = done
    for key, fields in by_object.items():
        obj = objects[key]
        for field_name, done in fields.items():
            setattr(obj, f"{field_name}_{language}", translated_value(obj, field_name, done))
            result.fields += 1
        obj.save_revision(user=user)
        workflow_for(obj).start(obj, user)
        result.objects.append(obj)
