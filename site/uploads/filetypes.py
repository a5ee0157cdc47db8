"""Is an uploaded file what its name says? Extension, first bytes and decoding agree (UP-3).

``check(fileobj, name, extensions)`` returns None to accept or a Refusal (code, translated
message); it reads the file, never raises on what the file holds, and leaves it at its start.
A file is accepted only when:

1. its extension is in ``extensions`` (the upload policy's list) and one we know how to check;
   SVG never is, whatever a policy says: it is a document that can carry script;
2. its first bytes are that format's signature (courses.h5p.media's table, and for the audio
   kinds it lacks, resources.validators' table, so each format is described once);
3. it carries no HTML or script markers where a browser sniffing it would look (the first
   ``HEAD_BYTES``), nor, in an image, the longer markers anywhere (``ANYWHERE``);
4. it decodes as far as we can tell without a new dependency: images open in Pillow as the
   format their extension names and pass ``verify()`` within the pixel limit; a PDF starts
   with "%PDF-" at its very first byte and has "%%EOF" near its end; audio and video have
   their container's signature (there is no decoder here; clamd still scans them).
"""

import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from PIL import Image

from courses.h5p.media import CHECKED_EXTENSIONS, HEAD_BYTES, check_media, extension
from resources.validators import AUDIO_SIGNATURES

from .scanner import chunks

# Extension -> the format Pillow must find.
IMAGE_FORMATS = {
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "png": "PNG",
    "gif": "GIF",
    "webp": "WEBP",
    "avif": "AVIF",
}
AUDIO = frozenset({"mp3", "m4a", "ogg", "oga", "opus", "wav"})
VIDEO = frozenset({"mp4", "webm", "ogv"})
NEVER = frozenset({"svg", "svgz"})
# What turns a file into a page or a script when a browser sniffs it (compared lower-case).
MARKERS = (
    b"<script",
    b"<html",
    b"<body",
    b"<iframe",
    b"<!doctype",
    b"<svg",
    b"<object",
    b"<embed",
    b"<?php",
    b"javascript:",
)
# Searched through a whole image: compressed pixels are random bytes, so only markers long
# enough never to turn up by chance (about once in 3,000 photos of 10 MB, for all of them).
ANYWHERE = (*(m for m in MARKERS if len(m) > 5), b"<html", b"<svg ", b"<svg>", b"<svg\n")
_OWN_SIGNATURES = {"avif": lambda head: head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis")}
PDF_TAIL_BYTES = 1024


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str | Promise

    def __str__(self) -> str:
        return str(self.message)


NOT_ALLOWED = _("Files of this type (%(extension)s) cannot be uploaded here. Allowed: %(allowed)s.")
NOT_WHAT_IT_SAYS = _(
    "This file is not what its name says: its contents are not a %(extension)s file. Save it "
    "again in that format, or give it the extension of what it really is."
)
HAS_MARKUP = _("This file contains web page or script code, so it cannot be uploaded.")
BROKEN = _("This file is damaged or incomplete: it cannot be read as a %(extension)s file.")


def _signature_ok(ext: str, head: bytes) -> bool:
    if len(head) < 12:
        return False
    if ext in CHECKED_EXTENSIONS:
        return check_media(f"upload.{ext}", head) is None
    matches = AUDIO_SIGNATURES.get(ext) or _OWN_SIGNATURES.get(ext)
    return matches is not None and bool(matches(head))


def _has_markers(data: bytes, markers=MARKERS) -> bool:
    lowered = data.lower()
    return any(marker in lowered for marker in markers)


def _markers_anywhere(fileobj) -> bool:
    tail = b""
    for chunk in chunks(fileobj):
        window = tail + chunk
        if _has_markers(window, ANYWHERE):
            return True
        tail = window[-16:]
    return False


def _image_decodes(fileobj, ext: str) -> bool:
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    fileobj.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(fileobj) as image:
                if image.format != IMAGE_FORMATS[ext] or image.width * image.height > limit:
                    return False
                image.verify()
    except Exception:  # noqa: BLE001 (Pillow raises many kinds on a malformed file)
        return False
    return True


def _pdf_complete(fileobj) -> bool:
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(max(0, size - PDF_TAIL_BYTES))
    return b"%%EOF" in fileobj.read(PDF_TAIL_BYTES)


def _check(fileobj, name: str, allowed: set[str]) -> Refusal | None:
    ext = extension(name or "")
    shown = f".{ext}" if ext else str(_("none"))
    if ext in NEVER or ext not in allowed or not _knows(ext):
        listed = ", ".join(sorted(f".{e}" for e in allowed if e not in NEVER and _knows(e)))
        return Refusal("type_not_allowed", NOT_ALLOWED % {"extension": shown, "allowed": listed})
    fileobj.seek(0)
    head = fileobj.read(HEAD_BYTES)
    if not _signature_ok(ext, head):
        return Refusal("content_mismatch", NOT_WHAT_IT_SAYS % {"extension": shown})
    markup = _markers_anywhere(fileobj) if ext in IMAGE_FORMATS else _has_markers(head)
    if markup:
        return Refusal("markup", HAS_MARKUP)
    if ext in IMAGE_FORMATS:
        decodes = _image_decodes(fileobj, ext)
    elif ext == "pdf":
        decodes = _pdf_complete(fileobj)
    else:
        decodes = True  # audio and video: the signature is as far as we can go
    if not decodes:
        return Refusal("broken", BROKEN % {"extension": shown})
    return None


def _knows(ext: str) -> bool:
    return ext in IMAGE_FORMATS or ext in AUDIO or ext in VIDEO or ext == "pdf"


def check(fileobj, name: str, extensions: Iterable[str]) -> Refusal | None:
    """None when ``fileobj`` (named ``name``) may be accepted, else why not. Never raises on
    the file's contents; the file is left at its start."""
    allowed = {e.lower().lstrip(".") for e in extensions}
    try:
        return _check(fileobj, name, allowed)
    finally:
        fileobj.seek(0)
