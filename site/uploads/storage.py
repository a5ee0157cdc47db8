"""Where uploads are written: random names, and images without metadata (UP-4, UP-5).

The name someone gave a file can say who they are or what happened to them ("maria-
bruises.jpg"), so everything staff upload through Wagtail is stored as ``<uuid hex>.<ext>``;
Wagtail keeps the title, and document downloads are named from the title (uploads.serving).
Images are re-encoded on the way in (uploads.images), so no EXIF/GPS reaches the disk, and
renditions, made from the stored original, carry none either. A file larger than its policy
allows, or with an extension the policy does not list, is refused here even if a form let it
through (the forms give the readable message; this is the last guard).

The behaviour lives in a mixin: UploadStorage is the file-system storage (development, tests,
single servers); uploads.s3.S3UploadStorage is the same on S3.
"""

import posixpath
import uuid
from io import BytesIO

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage

from .images import strip_metadata
from .policies import policy_for

IMAGES = "wagtailimages.Image.file"
# Folder (as Wagtail's upload_to writes it) -> its policy. Wagtail's multiple uploader parks a
# file in wagtail_uploads/ until its form is complete; avatars are staff profile pictures.
RANDOM_NAME_FOLDERS = {
    "original_images": IMAGES,
    "documents": "wagtaildocs.Document.file",
    "wagtail_uploads": "wagtailcore.UploadedFile.file",
    "avatar_images": "wagtailusers.UserProfile.avatar",
}
# Avatars come from Django's ImageField (any format Pillow reads, renamed by Wagtail after the
# format): they are always stored as PNG.
AS_PNG_FOLDERS = frozenset({"avatar_images"})


def _extension(name: str) -> str:
    return posixpath.splitext(name)[1].lower().lstrip(".")


def random_name(folder: str, filename: str) -> str:
    """``folder/<uuid hex>.<lower-case extension>``; an extension the policy refuses is refused."""
    extension = "png" if folder in AS_PNG_FOLDERS else _extension(filename)
    if not policy_for(RANDOM_NAME_FOLDERS[folder]).allows_extension(extension):
        raise SuspiciousFileOperation(f"Extension {extension!r} is not allowed in {folder}/.")
    return posixpath.join(folder, f"{uuid.uuid4().hex}.{extension}")


def _is_image(folder: str, name: str) -> bool:
    return folder in AS_PNG_FOLDERS or policy_for(IMAGES).allows_extension(_extension(name))


class UploadNamingMixin:
    """Random names and size caps in RANDOM_NAME_FOLDERS; images there are re-encoded."""

    def generate_filename(self, filename: str) -> str:
        name = super().generate_filename(filename).replace("\\", "/")
        folder, base = posixpath.split(name)
        if folder in RANDOM_NAME_FOLDERS:
            return random_name(folder, base)
        return name

    def _save(self, name: str, content) -> str:
        folder = posixpath.dirname(name.replace("\\", "/"))
        if folder in RANDOM_NAME_FOLDERS:
            limit = policy_for(RANDOM_NAME_FOLDERS[folder]).max_bytes
            if content.size is None or content.size > limit:
                raise SuspiciousFileOperation(f"A file in {folder}/ is larger than its policy.")
            if _is_image(folder, name):
                target = "PNG" if folder in AS_PNG_FOLDERS else None
                data, _kind = strip_metadata(content, target=target)
                _hand_back(content, data)
                content = ContentFile(data, name=posixpath.basename(name))
        return super()._save(name, content)


def _hand_back(content, data: bytes) -> None:
    """Put the cleaned bytes into the object the caller passed in, too.

    Django's ImageFieldFile reads width and height from that object after saving, not from
    the stored file; a photo turned upright would otherwise keep its sideways dimensions.
    """
    if hasattr(content, "file"):
        content.file = BytesIO(data)
        content.size = len(data)


class UploadStorage(UploadNamingMixin, FileSystemStorage):
    """The default storage: files under MEDIA_ROOT, named and cleaned as above."""
