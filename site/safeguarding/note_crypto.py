"""Field encryption for the concern note (DL-5): Fernet tokens, keys from settings.

``CONCERN_NOTE_KEYS`` is a list of Fernet keys: the first encrypts, every one decrypts, so a
key is rotated by putting a new one first, running ``concern_notes_rotate`` and then removing
the old one. Production must set them (config/settings/production.py); elsewhere, when the
list is empty, one key is derived from SECRET_KEY so that development and tests just work.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

__all__ = ["InvalidToken", "note_decrypt", "note_encrypt", "note_rotate"]


def _derived_key() -> bytes:
    digest = hashlib.sha256(b"rightspath-concern-note:" + settings.SECRET_KEY.encode()).digest()
    return base64.urlsafe_b64encode(digest)


def _keys() -> list[bytes]:
    keys = [key.encode() if isinstance(key, str) else key for key in settings.CONCERN_NOTE_KEYS]
    return keys or [_derived_key()]


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in _keys()])


def note_encrypt(text: str) -> str:
    """The token for ``text``; an empty note stays empty (nothing to hide, nothing stored)."""
    if not text:
        return ""
    return _fernet().encrypt(text.encode()).decode()


def note_decrypt(token: str) -> str:
    """The note; raises InvalidToken if no configured key can read it."""
    if not token:
        return ""
    return _fernet().decrypt(token.encode()).decode()


def note_rotate(token: str) -> str:
    """The same note encrypted with the first key (MultiFernet.rotate)."""
    if not token:
        return ""
    return _fernet().rotate(token.encode()).decode()
