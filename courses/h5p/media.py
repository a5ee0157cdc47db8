"""Check that a content file is what its extension says, by its first bytes.

We serve each file with the Content-Type its extension maps to (and ``nosniff``), so a file whose
bytes are something else is, at best, broken and, at worst, a disguise: an HTML page or a script
named ``.png`` or ``.mp3``. A file must therefore *be* what its name says. That holds even between
harmless formats: a PNG named ``.jpg`` is refused too, because the rule "the extension is what the
file is" is simple to state, to test and to explain to an editor, and re-saving the image with the
right name is easy.

Only the kinds listed in ``_SIGNATURES`` can be checked; any other extension is refused here, so a
new kind of content file has to be added on purpose. ``HEAD_BYTES`` is how much of a file the
caller should read; text files are checked on that much only.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from courses.h5p.problems import Problem, printable, problem

HEAD_BYTES = 4096

# The EICAR antivirus test file, which every scanner reports as a virus. Kept in two halves so that
# this source file is not itself reported by the scanners on developers' machines.
_EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + b"-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def eicar(head: bytes) -> bool:
    """True when ``head`` carries the EICAR antivirus test string, anywhere in it."""
    return _EICAR in head


def _mp3(head: bytes) -> bool:
    if head.startswith(b"ID3"):
        return True
    # An MPEG audio frame header: 11 sync bits, then a version, layer, bit rate and sample rate
    # that are not the reserved values (which also keeps a UTF-16 text's BOM from passing).
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, sample_rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and sample_rate != 0b11


def _vtt(head: bytes) -> bool:
    body = head.removeprefix(codecs.BOM_UTF8)
    return body.startswith(b"WEBVTT") and body[6:7] in (b"", b" ", b"\t", b"\n", b"\r")


def _text(head: bytes) -> bool:
    """UTF-8 without NUL; a character cut at the end of ``head`` is not held against it."""
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _riff(form: bytes) -> Callable[[bytes], bool]:
    return lambda head: head[:4] == b"RIFF" and head[8:12] == form


def _starts(*prefixes: bytes) -> Callable[[bytes], bool]:
    return lambda head: head.startswith(prefixes)


_JPEG = (_("a JPEG image"), _starts(b"\xff\xd8\xff"))
_TIFF = (_("a TIFF image"), _starts(b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"))
_MPEG4 = (_("an MPEG-4 audio or video file"), lambda head: head[4:8] == b"ftyp")
_OGG = (_("an Ogg audio or video file"), _starts(b"OggS"))
_VTT = (_("a WebVTT captions file"), _vtt)
_TEXT = (_("a UTF-8 text file"), _text)

# Extension -> (what it claims to be, for messages; does the head match?)
_SIGNATURES: dict[str, tuple[str | Promise, Callable[[bytes], bool]]] = {
    "png": (_("a PNG image"), _starts(b"\x89PNG\r\n\x1a\n")),
    "jpg": _JPEG,
    "jpeg": _JPEG,
    "gif": (_("a GIF image"), _starts(b"GIF87a", b"GIF89a")),
    "webp": (_("a WebP image"), _riff(b"WEBP")),
    "bmp": (_("a BMP image"), _starts(b"BM")),
    "tif": _TIFF,
    "tiff": _TIFF,
    "mp3": (_("an MP3 audio file"), _mp3),
    "m4a": _MPEG4,
    "mp4": _MPEG4,
    "webm": (_("a WebM audio or video file"), _starts(b"\x1a\x45\xdf\xa3")),
    "ogg": _OGG,
    "oga": _OGG,
    "ogv": _OGG,
    "wav": (_("a WAV audio file"), _riff(b"WAVE")),
    "pdf": (_("a PDF document"), _starts(b"%PDF-")),
    "vtt": _VTT,
    "webvtt": _VTT,
    "json": _TEXT,
    "txt": _TEXT,
}

CHECKED_EXTENSIONS = frozenset(_SIGNATURES)


def extension(name: str) -> str:
    """The lower-case extension of the last segment of ``name``, or "" when it has none."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last.strip(".") else ""


def check_media(name: str, head: bytes) -> Problem | None:
    """None when the first bytes of the content file ``name`` match its extension, else why not.

    ``head`` is the start of the file (``HEAD_BYTES`` of it, or all of a shorter file).
    """
    shown = printable(name, 120)
    if eicar(head):
        return problem(
            "media_eicar",
            _(
                "%(name)s looks like a virus test file (EICAR). Packages that carry one are "
                "refused."
            ),
            name,
            name=shown,
        )
    ext = extension(name)
    if ext not in _SIGNATURES:
        return problem(
            "media_type_unchecked",
            _(
                "%(name)s is not a kind of file H5P content may carry here (its extension: "
                "%(extension)s)."
            ),
            name,
            name=shown,
            extension=f".{printable(ext, 20)}" if ext else _("none"),
        )
    kind, matches = _SIGNATURES[ext]
    if not head:
        return problem(
            "media_empty",
            _("%(name)s claims to be %(kind)s but is empty."),
            name,
            name=shown,
            kind=kind,
        )
    if not matches(head):
        return problem(
            "media_mismatch",
            _(
                "%(name)s claims to be %(kind)s but its contents are something else. Save it "
                "again in that format, or with the extension of what it really is."
            ),
            name,
            name=shown,
            kind=kind,
        )
    return None
