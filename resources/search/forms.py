from django import forms
from django.utils.translation import gettext_lazy as _

from .text import clean

MAX_QUERY_LENGTH = 100


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Words to look for"),
        # Checked in clean_q, after invisible characters are removed, with a message of our own.
        strip=False,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "maxlength": MAX_QUERY_LENGTH,
                # The phone may be shared: do not let the browser remember what was typed.
                "autocomplete": "off",
                "autocapitalize": "off",
                "enterkeyhint": "search",
            }
        ),
        error_messages={"required": _("Type a word to look for.")},
    )

    def clean_q(self) -> str:
        query = clean(self.cleaned_data["q"])
        if not query:
            raise forms.ValidationError(_("Type a word to look for."), code="empty")
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("That is too long to search for. Use a few words, at most %(limit)s letters.")
                % {"limit": MAX_QUERY_LENGTH},
                code="too_long",
            )
        return query
