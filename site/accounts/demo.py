"""Demo accounts for the embedded default: one per role, printed by ``seed_demo``.

Passwords are random per installation and kept in var/demo-credentials.json (never in git),
so a second run prints the same accounts instead of creating new ones.
"""

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .models import AgeBand, StaffScope
from .roles import ROLES_BY_NAME
from .services import profile_update


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    display_name: str
    age_band: str
    superuser: bool = False
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


DEMO_ACCOUNTS = (
    DemoAccount("demo_learner", "learner", "Blue Heron 17", AgeBand.AGE_14_15),
    DemoAccount("demo_mentor", "peer_mentor", "Kind Lotus 23", AgeBand.AGE_18_24),
    DemoAccount("demo_facilitator", "facilitator", "Facilitator Dara", AgeBand.AGE_25_PLUS),
    DemoAccount("demo_editor", "editor", "Editor Mai", AgeBand.AGE_25_PLUS),
    DemoAccount(
        "demo_translator", "translator", "Translator Sok", AgeBand.AGE_25_PLUS, languages=("km",)
    ),
    DemoAccount("demo_reviewer", "safeguarding_reviewer", "Reviewer Ana", AgeBand.AGE_25_PLUS),
    DemoAccount(
        "demo_lead", "safeguarding_lead", "Lead Linh", AgeBand.AGE_25_PLUS, countries=("KH", "VN")
    ),
    DemoAccount("demo_steward", "library_steward", "Steward Joy", AgeBand.AGE_25_PLUS),
    DemoAccount("demo_siteadmin", "site_administrator", "Admin Bopha", AgeBand.AGE_25_PLUS),
    DemoAccount("demo_superuser", "", "Superuser", AgeBand.AGE_25_PLUS, superuser=True),
)


@dataclass(frozen=True)
class DemoCredentials:
    account: DemoAccount
    password: str
    totp_secret: str | None
    recovery_codes: tuple[str, ...]


def _load(path: Path) -> dict:
    if path.exists():
        return json.loads(path.read_text())
    return {}


@transaction.atomic
def demo_accounts_ensure(*, credentials_file: Path) -> list[DemoCredentials]:
    stored = _load(credentials_file)
    User = get_user_model()
    results = []
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(username=account.username)
        password = stored.get(account.username)
        if created or not password or not user.check_password(password):
            password = secrets.token_hex(6)
            user.set_password(password)
        user.is_superuser = user.is_staff = account.superuser
        user.save()
        stored[account.username] = password
        if account.role:
            user.groups.set([Group.objects.get(name=account.role)])
        profile_update(user=user, display_name=account.display_name, age_band=account.age_band)
        if account.languages or account.countries:
            StaffScope.objects.update_or_create(
                user=user,
                defaults={
                    "languages": list(account.languages),
                    "countries": list(account.countries),
                },
            )
        staff = account.superuser or ROLES_BY_NAME[account.role].staff
        secret, codes = _ensure_mfa(user) if staff else (None, ())
        results.append(DemoCredentials(account, password, secret, codes))
    credentials_file.parent.mkdir(parents=True, exist_ok=True)
    credentials_file.write_text(json.dumps(stored, indent=2))
    credentials_file.chmod(0o600)
    return results


def _ensure_mfa(user) -> tuple[str, tuple[str, ...]]:
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp = TOTP.activate(user, generate_totp_secret()).instance
    codes = RecoveryCodes.activate(user).get_unused_codes()
    return decrypt(totp.data["secret"]), tuple(codes)
