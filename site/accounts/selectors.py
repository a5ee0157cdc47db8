"""Read-only questions about accounts."""

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from .models import Profile, ResetCode
from .roles import STAFF_ROLE_NAMES
from .validators import username_skeleton


def profile_for_user(*, user) -> Profile | None:
    return Profile.objects.filter(user=user).first()


def user_role_names(*, user) -> set[str]:
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def user_needs_mfa(*, user) -> bool:
    """Superusers and every staff role must use two-step sign-in."""
    if user.is_superuser or user.is_staff:
        return True
    return bool(user_role_names(user=user) & STAFF_ROLE_NAMES)


def user_has_totp(*, user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def username_lookalike_exists(*, username: str) -> bool:
    return Profile.objects.filter(username_skeleton=username_skeleton(username)).exists()


def user_by_username(*, username: str):
    return get_user_model().objects.filter(username__iexact=username.strip()).first()


def reset_codes_open(*, user) -> list[ResetCode]:
    return [code for code in ResetCode.objects.filter(user=user) if code.is_usable()]
