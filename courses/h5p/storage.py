"""Where H5P files live: uploads, the pinned library store and each package's checked content.

Storage names (relative to MEDIA_ROOT, "/"-separated)::

    h5p/uploads/<package uuid>.h5p             the upload as received (never the user's name)
    h5p/libraries/<Machine>-<major>.<minor>/   one pinned patch per major.minor, as H5P core
    h5p/content/<package uuid>/                h5p.json and content/, sanitised

The extraction code (``extract.py``) writes with ``os.open(..., O_EXCL | O_NOFOLLOW)`` and
renames whole folders into place, which only a real file system can do. **H5P storage must
therefore be a local disk or a mounted volume under MEDIA_ROOT** (Django's FileSystemStorage,
as configured in every settings module); an object store (S3 ...) would need a sync step that
this module does not provide. Uploads go through ``default_storage`` like every other file.
"""

import json
import os
import shutil
import uuid
from pathlib import Path

from django.conf import settings

from .manifest import LibraryRef

ROOT = "h5p"
UPLOADS = f"{ROOT}/uploads"
LIBRARIES = f"{ROOT}/libraries"
CONTENT = f"{ROOT}/content"

# semantics.json is read into memory; real ones are at most a few hundred KB.
MAX_SEMANTICS_BYTES = 2 * 1024 * 1024


def media_root() -> Path:
    return Path(os.path.realpath(settings.MEDIA_ROOT))


def local_path(name: str) -> Path:
    """The file-system path of the storage name ``name``, which must stay under MEDIA_ROOT."""
    root = media_root()
    target = Path(os.path.realpath(root.joinpath(*name.strip("/").split("/"))))
    if target == root or os.path.commonpath([root, target]) != str(root):
        raise ValueError(f"{name!r} is outside the media folder")
    return target


def upload_name(package_id: uuid.UUID | str) -> str:
    return f"{UPLOADS}/{package_id}.h5p"


def library_folder(ref: LibraryRef) -> str:
    """The storage folder of the pinned library ``ref`` (no trailing slash)."""
    return f"{LIBRARIES}/{ref.folder}"


def library_path(ref: LibraryRef) -> Path:
    return local_path(library_folder(ref))


def content_folder(package_id: uuid.UUID | str) -> str:
    """The storage folder of a package's checked content, as H5PPackage.content_folder holds it."""
    return f"{CONTENT}/{package_id}/"


def content_path(package_id: uuid.UUID | str) -> Path:
    return local_path(content_folder(package_id))


def staging_path(final: Path) -> Path:
    """A fresh, unused path beside ``final`` for building it; dot-named, so never served."""
    return final.parent / f".{final.name}.{uuid.uuid4().hex}.staging"


def swap_into_place(built: Path, final: Path) -> None:
    """Put the complete folder ``built`` at ``final``, replacing what was there.

    The old folder is renamed aside first and removed after, so ``final`` is always either the
    old complete folder or the new one, never half of each.
    """
    old = None
    if os.path.lexists(final):
        old = final.parent / f".{final.name}.{uuid.uuid4().hex}.old"
        os.rename(final, old)
    try:
        os.rename(built, final)
    except BaseException:
        if old is not None:
            os.rename(old, final)
        raise
    if old is not None:
        remove_tree(old)


def remove_tree(path: Path) -> None:
    """Delete a folder (or a stray file or link) if it exists."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)


def remove_content(package_id: uuid.UUID | str) -> None:
    """Delete a package's content folder and any half-built copy of it."""
    final = content_path(package_id)
    remove_tree(final)
    if final.parent.is_dir():
        for leftover in final.parent.glob(f".*{final.name}.*"):
            remove_tree(leftover)


def read_semantics(ref: LibraryRef) -> list | None:
    """The semantics.json of a pinned library, or None when it has none (or it is unusable)."""
    path = library_path(ref) / "semantics.json"
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SEMANTICS_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(data) > MAX_SEMANTICS_BYTES:
        return None
    try:
        semantics = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return semantics if isinstance(semantics, list) else None
