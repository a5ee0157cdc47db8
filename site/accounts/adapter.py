from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .selectors import username_lookalike_exists
from .validators import StaffMinimumLengthValidator


class AccountAdapter(DefaultAccountAdapter):
    def clean_username(self, username, shallow=False):
        username = super().clean_username(username, shallow=shallow)
        if not shallow and username_lookalike_exists(username=username):
            raise ValidationError(
                _("This username looks too much like one that is already taken. Choose another."),
                code="username_lookalike",
            )
        return username

    def clean_password(self, password, user=None):
        password = super().clean_password(password, user=user)
        StaffMinimumLengthValidator().validate(password, user)
        return password
