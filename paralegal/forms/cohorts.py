"""Forms of the cohort pages. Each lists its fields: nothing else posted is ever read."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from accounts.validators import validate_display_name
from courses.models import CoursePage

from ..models import Cohort, ConsentBasis, ConsentRecord
from ..selectors_cohorts import MINOR_AGE_BANDS, facilitators_by_username

MAX_CO_FACILITATORS = 10
DATETIME_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class CohortForm(forms.ModelForm):
    co_facilitators = forms.CharField(
        label=_("Other facilitators (optional)"),
        required=False,
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off", "spellcheck": "false"}),
        help_text=_(
            "Their usernames, separated by spaces or on separate lines. You are always one "
            "of the facilitators."
        ),
    )

    class Meta:
        model = Cohort
        fields = ["name", "country", "language", "starts_on", "ends_on"]
        labels = {
            "name": _("Name of the group"),
            "starts_on": _("Starts on"),
            "ends_on": _("Ends on"),
        }
        help_texts = {
            "name": _("Use neutral words: the name can be seen on the learners' phones."),
        }
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}

    def __init__(self, *args, acting_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.acting_user = acting_user
        self.fields["country"].choices = [
            ("", _("Choose a country")),
            *Cohort._meta.get_field("country").choices,
        ]
        self.fields["language"].choices = [("", _("Choose a language")), *settings.LANGUAGES]
        if self.instance.pk and not self.is_bound:
            others = self.instance.facilitators.exclude(pk=acting_user.pk).order_by("username")
            self.initial["co_facilitators"] = "\n".join(u.get_username() for u in others)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if len(name) < 2:
            raise ValidationError(_("Give the group a name of at least 2 characters."))
        return name

    def clean_co_facilitators(self):
        raw = self.cleaned_data.get("co_facilitators", "")
        names = [name for name in re.split(r"[\s,;]+", raw) if name]
        names = list(dict.fromkeys(names))
        if len(names) > MAX_CO_FACILITATORS:
            raise ValidationError(
                ngettext_lazy(
                    "Name at most %(limit)d other facilitator.",
                    "Name at most %(limit)d other facilitators.",
                    MAX_CO_FACILITATORS,
                ),
                params={"limit": MAX_CO_FACILITATORS},
            )
        found = facilitators_by_username(usernames=names)
        missing = [name for name in names if name.casefold() not in found]
        if missing:
            raise ValidationError(
                _("No facilitator has the username %(names)s. Check the spelling."),
                params={"names": ", ".join(missing)},
            )
        return [
            found[name.casefold()] for name in names if found[name.casefold()] != self.acting_user
        ]

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The group cannot end before it starts."))
        return cleaned


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Group code"),
        max_length=20,
        help_text=_("The code your facilitator gave you, for example ABCD-EFGH."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class BulkAccountsForm(forms.Form):
    count = forms.IntegerField(
        label=_("How many accounts?"),
        min_value=1,
        max_value=settings.PARALEGAL_BULK_ACCOUNTS_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    display_names = forms.CharField(
        label=_("Display names (optional)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "One per line, never a real name. Accounts without one get a made-up name; "
            "learners can change it later."
        ),
    )
    # Refuses a second submission of the same page (a reload would make more accounts).
    batch = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_display_names(self):
        raw = self.cleaned_data.get("display_names", "")
        names = [line.strip() for line in raw.splitlines() if line.strip()]
        errors = []
        for name in names:
            if len(name) > 40:
                errors.append(
                    ValidationError(
                        _("“%(name)s” is longer than 40 characters."), params={"name": name[:40]}
                    )
                )
                continue
            try:
                validate_display_name(name)
            except ValidationError as error:
                errors.extend(ValidationError(f"{name}: {message}") for message in error.messages)
        if errors:
            raise ValidationError(errors)
        return names

    def clean(self):
        cleaned = super().clean()
        count, names = cleaned.get("count"), cleaned.get("display_names") or []
        if count and len(names) > count:
            self.add_error(
                "display_names",
                _("You gave %(names)d names for %(count)d accounts: give at most one per account.")
                % {"names": len(names), "count": count},
            )
        return cleaned


class ConsentForm(forms.ModelForm):
    class Meta:
        model = ConsentRecord
        fields = ["basis", "method", "given_on"]
        widgets = {
            "basis": forms.RadioSelect,
            "method": forms.RadioSelect,
            "given_on": DateInput(),
        }

    def __init__(self, *args, age_band="", **kwargs):
        super().__init__(*args, **kwargs)
        self.age_band = age_band

    def clean_given_on(self):
        given_on = self.cleaned_data["given_on"]
        if given_on > timezone.localdate():
            raise ValidationError(_("Consent cannot be given in the future. Check the date."))
        return given_on

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("basis") == ConsentBasis.LEARNER_ADULT and self.age_band in MINOR_AGE_BANDS:
            self.add_error(
                "basis",
                _("This learner is under 18: consent must come from someone responsible for them."),
            )
        return cleaned


class CourseAssignForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
    )
    due_at = forms.DateTimeField(
        label=_("Quizzes due (optional)"),
        required=False,
        input_formats=DATETIME_INPUT_FORMATS,
        widget=DateTimeInput(),
        help_text=_("After this moment the course's quizzes close for the group's learners."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")

    def clean_due_at(self):
        due_at = self.cleaned_data.get("due_at")
        if due_at is not None and due_at <= timezone.now():
            raise ValidationError(_("Choose a due date in the future, or leave it empty."))
        return due_at
