from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.language_scope import restricted_languages
from translation_status.models import Section
from uploads.scanner import refuse_unless_clean

from .importing import MAX_BYTES


def language_choices(user) -> list[tuple[str, str]]:
    allowed = restricted_languages(user)
    return [
        (code, name)
        for code, name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE and (allowed is None or code in allowed)
    ]


class ExportForm(forms.Form):
    section = forms.ChoiceField(label=_("Section"), choices=Section.choices)
    language = forms.ChoiceField(label=_("Language"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(user)


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file = forms.FileField(
        label=_("Translated XLIFF file"),
        help_text=_("The file you exported, with the translations filled in. At most 5 MB."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["language"].choices = language_choices(user)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 5 MB. Export a smaller section.")
            )
        refuse_unless_clean(
            upload, where="translation_exchange.forms.ImportForm.file", user=self.user
        )
        return upload
