from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import AgeBand
from .pseudonyms import generate_display_name
from .services import profile_update
from .validators import validate_display_name, validate_new_password


class ProfileSignupForm(forms.Form):
    """Extra sign-up fields, merged by allauth into its own sign-up form."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        help_text=_("The only name others see. Do not use your real name."),
    )
    age_band = forms.ChoiceField(
        label=_("How old are you?"),
        choices=[("", _("Choose your age group")), *AgeBand.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("display_name", generate_display_name())

    def clean_display_name(self):
        value = self.cleaned_data["display_name"].strip()
        validate_display_name(value, username=self.data.get("username"))
        return value

    def signup(self, request, user):
        profile_update(
            user=user,
            display_name=self.cleaned_data["display_name"],
            age_band=self.cleaned_data["age_band"],
        )


class IssueResetCodeForm(forms.Form):
    username = forms.CharField(label=_("Username of the person"), max_length=150)


class RedeemResetCodeForm(forms.Form):
    username = forms.CharField(label=_("Your username"), max_length=150)
    code = forms.CharField(
        label=_("Reset code"),
        max_length=20,
        help_text=_("The code you were given, for example ABCD-EFGH-JKLM."),
    )
    new_password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("New password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("new_password1"), cleaned.get("new_password2")
        if first and second and first != second:
            raise ValidationError(_("The two passwords are not the same."), code="mismatch")
        return cleaned

    def validate_password_for(self, user) -> bool:
        try:
            validate_new_password(self.cleaned_data["new_password1"], user)
        except ValidationError as error:
            self.add_error("new_password1", error)
            return False
        return True
