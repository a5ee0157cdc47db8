import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_PHONE_CHARS = re.compile(r"^\+?[0-9(][0-9 ()\-]*$")


def validate_phone_number(value: str) -> None:
    """A number someone can dial: digits with spaces, dashes or brackets, 3 to 15 digits.

    Short hotline numbers (three or four digits) are allowed; letters are not.
    """
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE_CHARS.match(value.strip()) or not 3 <= digits <= 15:
        raise ValidationError(
            _("Enter a phone number using digits only, for example 1288 or +63 2 8123 4567."),
            code="invalid_phone",
        )


# What each accepted audio format starts with. A file is accepted only when its extension and its
# first bytes agree, so a renamed page, script or image is refused whatever it is called.
AUDIO_SIGNATURES = {
    "mp3": lambda head: head.startswith(b"ID3") or (head[0] == 0xFF and head[1] & 0xE0 == 0xE0),
    "m4a": lambda head: head[4:8] == b"ftyp",
    "ogg": lambda head: head.startswith(b"OggS"),
    "opus": lambda head: head.startswith(b"OggS"),
    "wav": lambda head: head.startswith(b"RIFF") and head[8:12] == b"WAVE",
}


def validate_audio_file(file) -> None:
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    looks_right = AUDIO_SIGNATURES.get(extension)
    if file.size > settings.AUDIO_MAX_BYTES:
        raise ValidationError(
            _("This recording is too large: the limit is %(size)s MB.")
            % {"size": settings.AUDIO_MAX_BYTES // (1024 * 1024)},
            code="audio_too_large",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(16)
    file.seek(position)
    if looks_right is None or len(head) < 12 or not looks_right(head):
        raise ValidationError(
            _("This file is not a sound recording. Upload an MP3, M4A, OGG, Opus or WAV file."),
            code="not_audio",
        )
    if not getattr(file, "_committed", False):  # a new upload, not the stored recording
        from uploads.scanner import refuse_unless_clean

        refuse_unless_clean(file, where="resources.GuideAudio.file")
