"""Build .h5p packages of our own content type, RightsPath.RightsCheck, from a content dict.

The library lives in the repository (``LIBRARY_FOLDER``), so a package we build goes through the
same pipeline as any upload: a library steward approves the library once, by its file hashes,
and every later package carrying the same files is ready at once. The bytes are deterministic
for the same input (sorted entries, fixed timestamps and permissions), so that the library's
hashes, and a package's own checksum, never change between builds.
"""

import io
import json
import zipfile
from pathlib import Path

from .manifest import CONTENT_JSON, H5P_JSON, LibraryRef

LIBRARY = LibraryRef("RightsPath.RightsCheck", 1, 0)
LIBRARY_FOLDER = Path(__file__).resolve().parent / "content_types" / LIBRARY.folder

# The earliest time a zip can store: the same for every entry of every build.
_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = 0o644 << 16
_UNIX = 3


def library_files() -> dict[str, bytes]:
    """Every file of the library folder, keyed by its path inside the folder, in sorted order.

    Hidden files and folders (".DS_Store", "__pycache__" and the like) are left out, as the
    package reader would skip them anyway.
    """
    files = {}
    for path in sorted(LIBRARY_FOLDER.rglob("*")):
        relative = path.relative_to(LIBRARY_FOLDER)
        if not path.is_file() or any(part.startswith((".", "_")) for part in relative.parts):
            continue
        files[relative.as_posix()] = path.read_bytes()
    return files


def h5p_manifest(*, title: str, language: str = "en", licence: str = "U") -> dict:
    """The h5p.json of a package whose only library is ours."""
    return {
        "title": title,
        "language": language,
        "defaultLanguage": language,
        "mainLibrary": LIBRARY.machine_name,
        "embedTypes": ["div", "iframe"],
        "license": licence,
        "preloadedDependencies": [
            {
                "machineName": LIBRARY.machine_name,
                "majorVersion": LIBRARY.major,
                "minorVersion": LIBRARY.minor,
            }
        ],
    }


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def package_files(content: dict, *, title: str, language: str = "en") -> dict[str, bytes]:
    """Archive name -> bytes of the package: h5p.json, content/content.json, the library."""
    files = {
        H5P_JSON: _json_bytes(h5p_manifest(title=title, language=language)),
        CONTENT_JSON: _json_bytes(content),
    }
    for name, data in library_files().items():
        files[f"{LIBRARY.folder}/{name}"] = data
    return files


def build_package(content: dict, *, title: str, language: str = "en") -> bytes:
    """A valid .h5p file (zip bytes) holding ``content`` played by RightsPath.RightsCheck 1.0.

    ``content`` is the content.json object (see demo_activities for its shape), ``title`` the
    package title (1 to 255 characters) and ``language`` its language code. The same input
    always gives the same bytes.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(package_files(content, title=title, language=language).items()):
            info = zipfile.ZipInfo(name, date_time=_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()
