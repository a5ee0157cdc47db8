"""The editor's view of translation status: a field × language matrix, first in the form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .forms import MINOR_FIELD


class TranslationStatusPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "translation_status"

    class BoundPanel(Panel.BoundPanel):
        template_name = "translation_status/panel.html"

        def get_context_data(self, parent_context=None):
            from .selectors import audio_status, language_name, translation_matrix

            context = super().get_context_data(parent_context)
            context["matrix"] = translation_matrix(obj=self.instance)
            recordings = audio_status(self.instance) if hasattr(self.instance, "audio") else {}
            context["recordings"] = [
                (language_name(code), status) for code, status in sorted(recordings.items())
            ]
            context["minor_field"] = (
                self.form[MINOR_FIELD] if MINOR_FIELD in self.form.fields else None
            )
            return context
