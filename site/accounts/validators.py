"""Validation of what people choose: usernames, display names, passwords."""

import re
import unicodedata
from functools import cache

from confusable_homoglyphs import categories
from confusable_homoglyphs import utils as confusable_data
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

_SEPARATORS = "._-"
_MULTI_CHAR_LOOKALIKES = (("rn", "m"), ("vv", "w"))


@cache
def _ascii_lookalikes() -> dict[str, str]:
    """Each character that looks like an ASCII letter or digit, mapped to that character."""
    mapping = {}
    for char, glyphs in confusable_data.load("confusables.json").items():
        for glyph in glyphs:
            if len(glyph["c"]) == 1 and glyph["c"].isascii() and glyph["c"].isalnum():
                mapping[char] = glyph["c"].lower()
                break
    return mapping


def username_skeleton(username: str) -> str:
    """Reduce a username to what it looks like, so that look-alikes collide.

    Case, compatibility forms, separators and characters borrowed from other alphabets
    are folded away: "Paul", "p.a.u.l", "pau1" and a Cyrillic "раul" share one skeleton.
    """
    text = unicodedata.normalize("NFKC", username).casefold()
    lookalikes = _ascii_lookalikes()
    text = "".join(lookalikes.get(ch, ch) for ch in text if ch not in _SEPARATORS)
    text = text.replace("0", "o").replace("1", "l")
    for pair, single in _MULTI_CHAR_LOOKALIKES:
        text = text.replace(pair, single)
    return text


def validate_username_characters(value: str) -> None:
    for ch in value:
        if ch in _SEPARATORS:
            continue
        if unicodedata.category(ch)[0] not in ("L", "M", "N"):
            raise ValidationError(
                _("Use only letters, numbers, dots, dashes and underscores."),
                code="invalid_characters",
            )
    if value[0] in _SEPARATORS or value[-1] in _SEPARATORS:
        raise ValidationError(
            _("A username cannot start or end with a dot, dash or underscore."),
            code="edge_separator",
        )


def validate_single_script(value: str) -> None:
    scripts = categories.unique_aliases(value) - {"COMMON", "INHERITED"}
    if len(scripts) > 1:
        message = _(
            "Use letters from one alphabet only, so your username cannot be mistaken for another."
        )
        raise ValidationError(message, code="mixed_script")


def validate_username_length(value: str) -> None:
    if len(value) > 30:
        raise ValidationError(_("A username can be at most 30 characters long."), code="too_long")


username_validators = [
    validate_username_characters,
    validate_single_script,
    validate_username_length,
]


_EMAIL = re.compile(r"\S+@\S+\.\S+")
_URL = re.compile(r"(https?://|www\.|\b[\w-]+\.(com|org|net|ph|kh|vn|info|io|me)\b)", re.I)
_HANDLE = re.compile(r"(^|\s)@\w")


def validate_display_name(value: str, *, username: str | None = None) -> None:
    """A display name is what others see: it must not carry a way to find the person."""
    cleaned = value.strip()
    if len(cleaned) < 2:
        raise ValidationError(_("Choose a name of at least 2 characters."), code="too_short")
    if _EMAIL.search(cleaned) or _URL.search(cleaned) or _HANDLE.search(cleaned):
        raise ValidationError(
            _("Your display name cannot contain an e-mail address, a web address or an @name."),
            code="contact_details",
        )
    digits = sum(1 for ch in cleaned if unicodedata.digit(ch, None) is not None)
    if digits >= 6:
        raise ValidationError(
            _("Your display name cannot contain a phone number or a long number."),
            code="phone_number",
        )
    if username and username_skeleton(cleaned) == username_skeleton(username):
        raise ValidationError(
            _("Choose a display name that is different from your username."),
            code="same_as_username",
        )


class StaffMinimumLengthValidator:
    """Staff accounts reach other people's data: they need at least 12 characters.

    Learners keep the general minimum of 8 (young users, shared phones, typed on cheap
    keyboards). Not in AUTH_PASSWORD_VALIDATORS, so that its help text is not shown to
    every learner signing up; validate_new_password applies it.
    """

    min_length = 12

    def validate(self, password, user=None):
        from .selectors import user_needs_mfa

        is_staff = user is not None and user.pk and user_needs_mfa(user=user)
        if is_staff and len(password) < self.min_length:
            raise ValidationError(
                _("Staff passwords must be at least 12 characters long."),
                code="staff_password_too_short",
            )


def validate_new_password(password: str, user) -> None:
    """Every password rule, including the staff one that learners never need to read about."""
    password_validation.validate_password(password, user)
    StaffMinimumLengthValidator().validate(password, user)


class ContextWordPasswordValidator:
    """Refuse passwords built on words anyone would guess for this site."""

    words = ("rightspath", "paralegal", "notebook", "password", "karapatan")

    def validate(self, password, user=None):
        lowered = password.casefold()
        if any(word in lowered for word in self.words):
            raise ValidationError(
                _("Your password is too easy to guess: avoid the name of this site."),
                code="password_context_word",
            )

    def get_help_text(self):
        return gettext_lazy("Your password cannot contain the name of this site.")
