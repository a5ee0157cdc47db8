"""Forms of the data pages: confirming that an account is to be deleted."""

from django import forms
from django.utils.translation import gettext_lazy as _


class MemberDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I have talked with this learner: delete their account and everything in it."),
        error_messages={"required": _("Tick the box to confirm.")},
    )


class AccountDeleteForm(forms.Form):
    """A tick to confirm, and the password for an account that has one.

    A tick rather than a word to type: a typed word is hard on a phone keyboard in Khmer, and
    the password (when there is one) already proves it is the person.
    """

    confirm = forms.BooleanField(
        label=_(
            "I understand: my account and everything in it are deleted, and this cannot be undone."
        ),
        error_messages={"required": _("Tick the box to confirm.")},
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Type your password.")},
    )

    field_order = ["password", "confirm"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.has_usable_password():
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password. Nothing was deleted."), code="wrong_password"
            )
        return password
