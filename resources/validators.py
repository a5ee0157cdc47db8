import re

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
