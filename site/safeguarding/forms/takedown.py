from django import forms
from django.utils.translation import gettext_lazy as _

from ..takedown import Reason


class TakedownForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why must it come down?"),
        choices=Reason.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    note = forms.CharField(
        label=_("Note for the audit trail (optional, at most 200 characters)"),
        max_length=200,
        required=False,
    )
