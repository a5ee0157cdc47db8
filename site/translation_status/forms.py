"""The edit forms' "minor English change" checkbox, and the dashboard's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .models import Section, Status
from .tracking import target_languages

MINOR_FIELD = "english_change_is_minor"


class _MinorChangeMixin:
    """Adds the checkbox; its answer travels to save_revision on the instance. Also says,
    next to each translated field, whether that translation is missing, stale or current."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self._show_translation_status()
        if self.instance.pk:  # a new object has no translation to keep valid
            self.fields[MINOR_FIELD] = forms.BooleanField(
                required=False,
                label=_("This English change is minor (typo fix): translations stay valid"),
                help_text=_(
                    "Leave unticked when the meaning changed: translators will then see "
                    "their translation as needing an update."
                ),
            )

    def _show_translation_status(self) -> None:
        from .selectors import field_statuses

        labels = dict(Status.choices)
        for (field_name, language), status in field_statuses(obj=self.instance).items():
            field = self.fields.get(f"{field_name}_{language}")
            if field is None:
                continue
            note = _("Translation: %(status)s") % {"status": labels[status]}
            field.help_text = f"{field.help_text} {note}".strip() if field.help_text else note

    def save(self, commit=True):
        self.instance._english_change_is_minor = bool(self.cleaned_data.get(MINOR_FIELD))
        return super().save(commit=commit)


class TranslationStatusPageForm(_MinorChangeMixin, WagtailAdminPageForm):
    pass


class TranslationStatusModelForm(_MinorChangeMixin, WagtailAdminModelForm):
    pass


def _choices(pairs) -> list[tuple[str, str]]:
    return [("", _("All")), *pairs]


class DashboardFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .selectors import language_name

        self.fields["language"].choices = _choices(
            (code, language_name(code)) for code in target_languages()
        )
        self.fields["status"].choices = _choices(Status.choices)
        self.fields["section"].choices = _choices(Section.choices)
