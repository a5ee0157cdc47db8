"""Serving files on the content origin: safe paths, our own MIME map, careful responses.

Every file served on the content origin was chosen by an uploader or a library author, and its
name by whoever typed the address. So a requested path is checked piece by piece (no "..",
no dot-files, no backslash, no NUL), resolved with realpath and must stay inside its folder
(a symlink cannot lead out). The Content-Type comes from the extension through the maps
below, never from ``mimetypes`` or the bytes, and is sent with ``nosniff``; documents (PDF,
plain text) are downloads, never rendered on the content origin. Anything else is a 404.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse

from . import storage

# Content files: what limits.CONTENT_EXTENSIONS lets into a package, and nothing more.
CONTENT_TYPES = {
    "json": "application/json",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "webp": "image/webp",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "ogv": "video/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "pdf": "application/pdf",
}

# Library files the player loads (a library's read-me, patches and XML are never needed).
LIBRARY_TYPES = {
    **{ext: kind for ext, kind in CONTENT_TYPES.items() if ext not in {"txt", "pdf"}},
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "svg": "image/svg+xml",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
}

# The h5p-standalone player files (node_modules/h5p-standalone/dist): code, styles, fonts and
# its throbber. Its h5p.svg, licence texts and type definitions are not served.
PLAYER_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "gif": "image/gif",
}

# Sent as a download: a browser would render them in the frame otherwise.
DOCUMENTS = frozenset({"pdf", "txt"})
# Played with seeking: answered with byte ranges.
MEDIA = frozenset({"mp4", "webm", "ogv", "mp3", "m4a", "wav", "ogg", "oga"})

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def clean_relative(name: str) -> str | None:
    """``name`` when it is a plain relative path (a/b/c.ext), else None."""
    if not name or len(name) > 1024 or "\\" in name or "\x00" in name or name.startswith("/"):
        return None
    parts = name.split("/")
    for part in parts:
        if not part or part.startswith(".") or part in {".", ".."} or ":" in part:
            return None
        if any(ord(char) < 32 or ord(char) == 127 for char in part):
            return None
    return name


def resolve(folder: str, name: str) -> Path:
    """The file ``name`` inside the storage folder ``folder``, or Http404.

    The folder and the file are both resolved with realpath: the file must be a regular file
    strictly inside the folder, so a link pointing elsewhere is refused like a missing file.
    """
    relative = clean_relative(name)
    if relative is None:
        raise Http404
    try:
        root = storage.local_path(folder)
        target = storage.local_path(f"{folder.rstrip('/')}/{relative}")
    except ValueError:
        raise Http404 from None
    if target == root or os.path.commonpath([root, target]) != str(root):
        raise Http404
    if not target.is_file():
        raise Http404
    return target


def resolve_in(root: Path, name: str) -> Path:
    """Like ``resolve`` for a folder outside the media folder (the player's own files)."""
    relative = clean_relative(name)
    if relative is None:
        raise Http404
    base = Path(os.path.realpath(root))
    target = Path(os.path.realpath(base.joinpath(*relative.split("/"))))
    if target == base or os.path.commonpath([base, target]) != str(base):
        raise Http404
    if not target.is_file():
        raise Http404
    return target


def content_type(name: str, types: dict[str, str]) -> str:
    """The Content-Type for ``name`` from ``types``; Http404 when its extension is not there."""
    kind = types.get(extension(name))
    if kind is None:
        raise Http404
    return kind


def _chunks(handle, start: int, length: int) -> Iterator[bytes]:
    with handle:
        handle.seek(start)
        while length > 0:
            data = handle.read(min(CHUNK, length))
            if not data:
                break
            length -= len(data)
            yield data


def _byte_range(header: str, size: int) -> tuple[int, int] | None | bool:
    """(start, end) of a single satisfiable range; None to ignore the header; False: 416."""
    match = _RANGE.match(header.strip())
    if not match or not (match[1] or match[2]):
        return None
    if match[1]:
        start = int(match[1])
        end = min(int(match[2]), size - 1) if match[2] else size - 1
    else:
        start, end = max(0, size - int(match[2])), size - 1
    if start >= size or start > end:
        return False
    return start, end


def file_response(request, path: Path, name: str, kind: str) -> HttpResponse:
    """The file at ``path`` as ``kind``; documents as downloads, media with byte ranges."""
    ext = extension(name)
    size = path.stat().st_size
    wanted = request.headers.get("Range") if ext in MEDIA else None
    span = _byte_range(wanted, size) if wanted else None
    if span is False:
        response = HttpResponse(status=416, content_type=kind)
        response["Content-Range"] = f"bytes */{size}"
    elif span:
        start, end = span
        response = StreamingHttpResponse(
            _chunks(open(path, "rb"), start, end - start + 1),  # noqa: SIM115 (closed by _chunks)
            status=206,
            content_type=kind,
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    else:
        response = FileResponse(open(path, "rb"), content_type=kind)  # noqa: SIM115
        response.headers.pop("Content-Disposition", None)
    if ext in MEDIA:
        response["Accept-Ranges"] = "bytes"
    if ext in DOCUMENTS:
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    return response
