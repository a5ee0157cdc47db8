"""Wagtail's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE, ..._DOCUMENT_FORM_BASE).

Every way Wagtail takes in an image or a document (add, edit, multiple upload, the choosers'
upload tab) builds its form on these bases, so a new file is checked here before anything is
stored: its type by content (uploads.filetypes, the policy's extensions), the uploader's quota
(uploads.quota), then a virus scan (uploads.scanner). Each refusal is an error on the file field:
the multiple uploader reports it too, and stores nothing.
"""

import struct

from django import forms
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from . import filetypes, quota
from .policies import policy_for
from .scanner import refuse_unless_clean


def check_upload(upload, *, policy: str, user, quota_kind: str | None = None, exclude=None):
    """Run the type check, the quota and the scan on ``upload``; raise the first refusal."""
    refusal = filetypes.check(upload, upload.name or "", policy_for(policy).extensions)
    if refusal is not None:
        raise forms.ValidationError(refusal.message, code=refusal.code)
    if quota_kind:
        quota.validate_quota(quota_kind, user, upload.size, exclude=exclude)
    refuse_unless_clean(upload, where=policy, user=user)
    return upload


class _CheckedFileMixin:
    policy = ""

    def __init__(self, *args, **kwargs):
        self.uploading_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload  # no new file: the stored one was checked when it came
        exclude = self.instance if self.instance.pk else None
        return check_upload(
            upload,
            policy=self.policy,
            user=self.uploading_user,
            quota_kind=quota.MEDIA,
            exclude=exclude,
        )

    def _post_clean(self):
        # A refused file leaves the instance without one, and Wagtail's model clean() would add
        # "File extension “” is not allowed" under our message: keep the file's first errors.
        refused = list(self.errors.get("file", []))
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused, renderer=self.renderer)


class SafeImageField(WagtailImageField):
    """Wagtail's image field, refusing with a message what its image library cannot read.

    Wagtail opens the upload with Willow to count its pixels; a truncated or corrupt file makes
    Pillow raise there, past the form, and the editor got an error page instead of a message.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except forms.ValidationError:
            raise
        except (
            OSError,
            ValueError,
            SyntaxError,
            EOFError,
            struct.error,
            Image.DecompressionBombError,
        ):
            raise forms.ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from None


class ImageForm(_CheckedFileMixin, BaseImageForm):
    policy = "wagtailimages.Image.file"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, SafeImageField):
            # Wagtail builds the field from the model; only its cleaning changes.
            field.__class__ = SafeImageField


class DocumentForm(_CheckedFileMixin, BaseDocumentForm):
    policy = "wagtaildocs.Document.file"
