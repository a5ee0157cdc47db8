"""Reading status rows and saving revisions in tests."""

from django.contrib.contenttypes.models import ContentType

from translation_status.models import FieldTranslation


def rows(obj) -> dict[tuple[str, str], FieldTranslation]:
    content_type = ContentType.objects.get_for_model(type(obj))
    return {
        (row.field_name, row.language): row
        for row in FieldTranslation.objects.filter(content_type=content_type, object_id=str(obj.pk))
    }


def revise(obj, *, user=None, minor=False, **values):
    """Save a new revision of ``obj`` with ``values`` changed, as the edit form would."""
    latest = type(obj).objects.get(pk=obj.pk).get_latest_revision_as_object()
    for name, value in values.items():
        setattr(latest, name, value)
    latest._english_change_is_minor = minor
    latest.save_revision(user=user)
    return latest
