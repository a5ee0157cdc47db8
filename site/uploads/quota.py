"""Per-user storage quotas (UP-2): one account cannot fill the disk, by mistake or when stolen.

``settings.UPLOAD_QUOTA_BYTES`` gives each kind a limit per user (None: no limit):
"media" counts the images and documents a user uploaded (Wagtail records uploaded_by_user and
file_size), "h5p" the H5P packages they uploaded (H5PPackage.size by uploaded_by, refused ones
too: their upload stays stored). A file that would take its uploader past the limit is refused.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024
MEDIA = "media"
H5P = "h5p"

QUOTA_FULL = _(
    "This file (%(size)s) would take you past your upload allowance: you have used %(used)s "
    "of %(limit)s. Delete files you no longer need, or ask a site administrator."
)


@dataclass(frozen=True)
class OverQuota:
    used: int
    limit: int
    incoming: int

    @property
    def params(self) -> dict:
        """The figures for QUOTA_FULL, as sizes in the active language ("9.5 MB")."""
        sizes = {"size": self.incoming, "used": self.used, "limit": self.limit}
        return {key: str(filesizeformat(value)) for key, value in sizes.items()}


def limit_for(kind: str) -> int | None:
    return (getattr(settings, "UPLOAD_QUOTA_BYTES", None) or {}).get(kind)


def _total(queryset, field: str) -> int:
    return queryset.aggregate(total=Sum(field))["total"] or 0


def used(kind: str, user, exclude=None) -> int:
    """Bytes ``user`` has stored of ``kind``; ``exclude``: the pk of an image or document whose
    file is being replaced (its old file is not counted)."""
    if kind == H5P:
        from courses.models import H5PPackage

        return _total(H5PPackage.objects.filter(uploaded_by=user), "size")
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    total = 0
    for model in (get_image_model(), get_document_model()):
        rows = model.objects.filter(uploaded_by_user=user)
        if exclude is not None and isinstance(exclude, model):
            rows = rows.exclude(pk=exclude.pk)
        total += _total(rows, "file_size")
    return total


def over_quota(kind: str, user, incoming: int, exclude=None) -> OverQuota | None:
    """None when ``user`` may store ``incoming`` more bytes of ``kind``, else the figures."""
    limit = limit_for(kind)
    if limit is None or user is None or getattr(user, "pk", None) is None:
        return None
    already = used(kind, user, exclude=exclude)
    if already + (incoming or 0) <= limit:
        return None
    return OverQuota(used=already, limit=limit, incoming=incoming or 0)


def validate_quota(kind: str, user, incoming: int, exclude=None) -> None:
    """Raise a translated ValidationError saying how much is used when over the quota."""
    found = over_quota(kind, user, incoming, exclude=exclude)
    if found is not None:
        raise ValidationError(QUOTA_FULL, code="quota", params=found.params)
