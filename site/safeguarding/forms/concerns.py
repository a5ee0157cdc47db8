from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resources.models import ServiceKind

from ..models import About, AtRisk, Urgency


class ConcernForm(forms.Form):
    """Valid as it comes: one press sends it (the header link was the first tap)."""

    at_risk = forms.ChoiceField(
        label=_("Who may be at risk?"),
        choices=AtRisk.choices,
        initial=AtRisk.ME,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the answers in the list.")},
    )
    urgency = forms.ChoiceField(
        label=_("How soon do you need someone?"),
        choices=Urgency.choices,
        initial=Urgency.NOW,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the answers in the list.")},
    )
    about = forms.ChoiceField(
        label=_("Is it about someone who runs your group, or your mentor? (optional)"),
        help_text=_("If it is, they will never be told and will never see it."),
        choices=About.choices,
        initial=About.NOBODY,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the answers in the list.")},
    )
    note = forms.CharField(
        label=_("How can we reach you safely? (optional)"),
        help_text=_("For example a time of day, or a person to ask for."),
        max_length=settings.CONCERN_NOTE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea({"rows": 3}),
        error_messages={
            "max_length": _("Please keep it to %(limit_value)d characters (it has %(show_value)d).")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Missing answers take the defaults: the form must never fail for want of a tap.
        for name in ("at_risk", "urgency"):
            self.fields[name].required = False

    def clean_at_risk(self):
        return self.cleaned_data["at_risk"] or AtRisk.ME

    def clean_urgency(self):
        return self.cleaned_data["urgency"] or Urgency.NOW


class ReferralForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Type of service"),
        choices=ServiceKind.choices,
        error_messages={
            "required": _("Choose the type of service."),
            "invalid_choice": _("Choose one of the types in the list."),
        },
    )
    made_on = forms.DateField(
        label=_("Date of the referral"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Give the date of the referral."),
            "invalid": _("Give the date as year-month-day, for example 2026-03-31."),
        },
    )

    def clean_made_on(self):
        made_on = self.cleaned_data["made_on"]
        if made_on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")
        return made_on
