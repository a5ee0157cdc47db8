"""The name a learner chooses to print, and what the check page may show."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_NAME_LENGTH = 80
# Khmer keyboards put zero-width spaces between words: invisible, so simply left out.
DROPPED = {"\u200b"}


def clean_printed_name(value: str) -> str:
    """The name as it will be printed: NFC, single spaces, no invisible or control characters."""
    text = unicodedata.normalize("NFC", "".join(ch for ch in value or "" if ch not in DROPPED))
    # Control, format (bidi overrides, joiners), private-use and unassigned code points, and
    # line or paragraph separators: none belongs in a printed name.
    if any(
        unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
        for ch in text
    ):
        raise ValidationError(
            _("The name has a hidden or special character in it. Type it again."),
            code="control_character",
        )
    text = " ".join(text.split())
    if not text:
        raise ValidationError(_("Write the name to print on your certificate."), code="empty")
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("Use at most %(limit)d characters for the name (it has %(length)d).")
            % {"limit": MAX_NAME_LENGTH, "length": len(text)},
            code="too_long",
        )
    return text


class PrintedNameForm(forms.Form):
    printed_name = forms.CharField(
        label=_("Name to print on the certificate"),
        help_text=_("Write it the way you want it to appear. You can change it later."),
        strip=False,  # clean_printed_name decides what counts as blank
        required=False,  # ... and says so in its own words
        widget=forms.TextInput(attrs={"maxlength": MAX_NAME_LENGTH, "autocomplete": "off"}),
    )

    def clean_printed_name(self) -> str:
        return clean_printed_name(self.cleaned_data.get("printed_name", ""))


class CertificateForm(PrintedNameForm):
    verification_on = forms.BooleanField(
        label=_("Let people check this certificate with its link"),
        help_text=_("You can turn this off at any time."),
        required=False,
    )
    show_name = forms.BooleanField(
        label=_("Show my name on the check page"),
        help_text=_("Without it, the check page shows only the course and the date."),
        required=False,
    )
