"""Export the missing and stale translations of one section in one language as XLIFF 2.0."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from translate.storage.xliff2 import Xliff2File

from translation_status.hashing import field_text, text_hash
from translation_status.models import FieldTranslation, Status
from translation_status.tracking import field_label

from .ids import HASH_LENGTH, UnitId
from .inline import NS, fill_element
from .units import pieces


def latest(model, object_id: str):
    """The object as its latest revision has it (what an editor would open)."""
    obj = model._default_manager.filter(pk=object_id).first()
    return obj.get_latest_revision_as_object() if obj is not None else None


def rows_to_translate(*, section: str, language: str):
    return (
        FieldTranslation.objects.filter(
            section=section, language=language, status__in=[Status.MISSING, Status.STALE]
        )
        .order_by("content_type_id", "object_id", "pk")
        .values_list("content_type_id", "object_id", "field_name")
    )


def export_xliff(*, section: str, language: str) -> tuple[bytes, int]:
    """The XLIFF file and how many units it holds."""
    fields = defaultdict(list)
    for content_type_id, object_id, field_name in rows_to_translate(
        section=section, language=language
    ):
        fields[(content_type_id, object_id)].append(field_name)
    store = Xliff2File(sourcelanguage="en", targetlanguage=language)
    count = 0
    for (content_type_id, object_id), names in fields.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        obj = latest(model, object_id) if model else None
        if obj is None:
            continue
        for field_name in names:
            english_hash = text_hash(field_text(model, obj, field_name, "en"))[:HASH_LENGTH]
            for piece in pieces(obj, field_name):
                unit_id = UnitId(
                    content_type_id, str(object_id), field_name, piece.path, english_hash
                )
                unit = store.addsourceunit("")
                unit.setid(unit_id.sign(language))
                unit.addnote(f"{obj} · {field_label(model, field_name)}")
                source = unit.xmlelement.find(f"{{{NS}}}source")
                if piece.rich:
                    fill_element(source, piece.text)
                else:
                    source.text = piece.text
                count += 1
    return bytes(store), count
