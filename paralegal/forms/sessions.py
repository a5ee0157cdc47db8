"""The form a facilitator schedules a session with. It lists its fields: nothing else is read."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from resources.neutral_words import sensitive_words_in

from ..models import CohortSession, SessionPlanPage
from ..selectors_sessions import live_session_plans

PLACE_MAX_LENGTH = CohortSession._meta.get_field("place").max_length
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class PlanChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: SessionPlanPage) -> str:
        # The title in the facilitator's language (modeltranslation falls back to English).
        return obj.title


class SessionForm(forms.Form):
    plan = PlanChoiceField(
        label=_("Session plan"),
        queryset=SessionPlanPage.objects.none(),
        empty_label=_("Choose a session plan"),
        error_messages={
            "required": _("Choose a session plan."),
            "invalid_choice": _("Choose one of the published session plans in the list."),
        },
    )
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        error_messages={
            "required": _("Give the date of the session."),
            "invalid": _("Give the date as year-month-day, for example 2026-03-14."),
        },
    )
    time = forms.TimeField(
        label=_("Starts at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        input_formats=["%H:%M", "%H:%M:%S"],
        help_text=_("Local time in the group's country."),
        error_messages={
            "required": _("Give the time the session starts."),
            "invalid": _("Give the time as hours and minutes, for example 14:30."),
        },
    )
    place = forms.CharField(
        label=_("Place (optional)"),
        required=False,
        # Not max_length here: a longer text gets the clear message below, never a cut.
        widget=forms.TextInput(attrs={"maxlength": PLACE_MAX_LENGTH, "autocomplete": "off"}),
        help_text=_(
            "A word or two, such as “Room 2”. Never an address: the session pack is printed "
            "and may be seen by others."
        ),
    )

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort
        self.fields["plan"].queryset = live_session_plans()

    def clean_place(self) -> str:
        place = " ".join(self.cleaned_data.get("place", "").split())
        if len(place) > PLACE_MAX_LENGTH:
            raise ValidationError(
                _("Use at most %(limit)d characters for the place."),
                params={"limit": PLACE_MAX_LENGTH},
            )
        # Control characters and direction overrides (joiners stay: Khmer needs them).
        if any(
            unicodedata.category(char) in ("Cc", "Co", "Cs") or char in BIDI_CONTROLS
            for char in place
        ):
            raise ValidationError(_("Use only letters, numbers and spaces for the place."))
        if sensitive_words_in(place):
            raise ValidationError(
                _("Use neutral words for the place: the pack is printed and may be seen.")
            )
        return place

    def clean_date(self):
        day = self.cleaned_data["date"]
        cohort = self.cohort
        # Past dates are allowed (a session held without the site can still be recorded to
        # take its attendance), but only within the group's own dates.
        if day < cohort.starts_on or day > cohort.ends_on:
            raise ValidationError(
                _("Choose a date between %(start)s and %(end)s, when the group meets."),
                params={
                    "start": cohort.starts_on.isoformat(),
                    "end": cohort.ends_on.isoformat(),
                },
            )
        return day
