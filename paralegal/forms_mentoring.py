"""Forms of the peer-mentoring screens: each lists its fields; ids are checked by the views."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AssignmentEnd, ConversationTopic
from .services.mentoring import FACILITATOR_END_REASONS


class LearnerForm(forms.Form):
    """Propose or withdraw a mentor: which learner (the view checks they are in the cohort)."""

    learner = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class AssignForm(forms.Form):
    mentee = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    mentor = forms.IntegerField(
        min_value=1,
        label=_("Mentor"),
        error_messages={"required": _("Choose a mentor."), "invalid": _("Choose a mentor.")},
    )


class EndForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why it ends"),
        choices=[(value, AssignmentEnd(value).label) for value in FACILITATOR_END_REASONS],
    )


class LeadActionForm(forms.Form):
    ACTIONS = ("approve_standing", "decline_standing", "approve_pairing", "refuse_pairing")

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS], widget=forms.HiddenInput)
    item = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ConversationForm(forms.Form):
    held_on = forms.DateField(
        label=_("Date of the conversation"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the date."),
            "invalid": _("Enter a date like 2026-03-31."),
        },
    )
    topic = forms.ChoiceField(
        label=_("What you talked about"),
        choices=ConversationTopic.choices,
        error_messages={"required": _("Choose a topic."), "invalid_choice": _("Choose a topic.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["held_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["held_on"].initial = timezone.localdate()
