"""Changes to accounts: roles, profiles and one-time reset codes."""

import hashlib
import secrets
from datetime import timedelta

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .models import Profile, ResetCode
from .pseudonyms import generate_display_name
from .roles import ROLES, Role
from .selectors import user_needs_mfa
from .validators import username_skeleton

# 12 characters from a 31-letter alphabet without look-alikes: about 59 bits, read aloud
# or copied from paper easily.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ2345679"
_CODE_LENGTH = 12
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def roles_sync() -> list[Group]:
    """Make every role's group hold exactly the permissions accounts.roles gives it."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    # Wagtail's first migration creates "Editors" and "Moderators" with publish rights;
    # only the roles below may exist.
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()
    groups = []
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set([_permission(p) for p in role.permissions])
        _sync_page_permissions(group, role, root_page)
        _sync_collection_permissions(group, role, root_collection)
        groups.append(group)
    return groups


def _sync_page_permissions(group: Group, role: Role, root_page) -> None:
    GroupPagePermission.objects.filter(group=group).exclude(
        page=root_page, permission__codename__in=role.page_permissions
    ).delete()
    if root_page is None:
        return
    for codename in role.page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root_page,
            permission=_permission(f"wagtailcore.{codename}"),
        )


def _sync_collection_permissions(group: Group, role: Role, root_collection) -> None:
    wanted = [_permission(p) for p in role.collection_permissions]
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root_collection, permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )


def profile_ensure(*, user, display_name: str | None = None) -> Profile:
    profile, created = Profile.objects.get_or_create(
        user=user,
        defaults={
            "display_name": display_name or generate_display_name(),
            "username_skeleton": username_skeleton(user.get_username()),
        },
    )
    return profile


def profile_update(*, user, display_name: str, age_band: str) -> Profile:
    profile = profile_ensure(user=user)
    profile.display_name = display_name.strip()
    if age_band and age_band != profile.age_band:
        profile.state_age_band(age_band)
    profile.save()
    return profile


def _hash_code(code: str) -> str:
    normalised = code.upper().replace("-", "").replace(" ", "")
    return hashlib.sha256(normalised.encode()).hexdigest()


def _format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def user_can_issue_reset_code(*, issuer, user) -> bool:
    """Facilitators reset learners' passwords; staff accounts are reset by administrators only."""
    if issuer.pk == user.pk or not issuer.is_authenticated:
        return False
    if issuer.is_superuser:
        return True
    if not issuer.has_perm("accounts.issue_reset_code"):
        return False
    if user.is_superuser:
        return False
    if user_needs_mfa(user=user):
        return issuer.groups.filter(name="site_administrator").exists()
    return True


@transaction.atomic
def reset_code_issue(*, issuer, user, lifetime_days: int | None = None) -> str:
    """Create a reset code for ``user`` and return it; it is never retrievable again.

    It works ``lifetime_days`` (RESET_CODE_LIFETIME_DAYS unless given: printed sign-in
    cards use PARALEGAL_SIGN_IN_CARD_DAYS).
    """
    if not user_can_issue_reset_code(issuer=issuer, user=user):
        raise PermissionDenied
    now = timezone.now()
    # A new code replaces any earlier one still open.
    ResetCode.objects.filter(user=user, used_at__isnull=True).update(used_at=now)
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    ResetCode.objects.create(
        user=user,
        code_hash=_hash_code(raw),
        issued_by=issuer,
        created_at=now,
        expires_at=now + timedelta(days=lifetime_days or settings.RESET_CODE_LIFETIME_DAYS),
    )
    return _format_code(raw)


def reset_code_find(*, user, code: str) -> ResetCode | None:
    found = ResetCode.objects.filter(user=user, code_hash=_hash_code(code)).first()
    if found is None or not found.is_usable():
        return None
    return found


@transaction.atomic
def reset_code_redeem(*, user, code: str, new_password: str) -> None:
    """Set a new password with a valid code, and end every session the account had."""
    found = (
        ResetCode.objects.select_for_update().filter(user=user, code_hash=_hash_code(code)).first()
    )
    if found is None or not found.is_usable():
        raise ValidationError(_("This code is not valid. Check it, or ask for a new one."))
    found.used_at = timezone.now()
    found.save(update_fields=["used_at"])
    user.set_password(new_password)
    user.save(update_fields=["password"])
    sessions_end_all(user=user)


def sessions_end_all(*, user) -> None:
    """End every session of ``user``, on every device."""
    for user_session in UserSession.objects.filter(user=user):
        user_session.end()


def reset_codes_purge_expired() -> int:
    deleted, _counts = ResetCode.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted
