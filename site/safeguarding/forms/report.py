from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import ProblemReport

NOTE_MAX = 200


class ProblemReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is the problem?"),
        choices=ProblemReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what the problem is."),
            "invalid_choice": _("Choose one of the problems in the list."),
        },
    )
    note = forms.CharField(
        label=_("Anything else we should know? (optional)"),
        help_text=_(
            "At most 200 characters. Please do not write your name or anything about "
            "yourself or someone else."
        ),
        max_length=NOTE_MAX,
        required=False,
        widget=forms.Textarea({"rows": 3, "maxlength": NOTE_MAX}),
        error_messages={"max_length": _("Please keep it to 200 characters.")},
    )
