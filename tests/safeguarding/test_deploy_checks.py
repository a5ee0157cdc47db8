"""Our own deploy checks catch unsafe settings Django does not know about (HC-2)."""

import pytest
from django.conf import settings as django_settings

from safeguarding import checks

SAFE = {
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.Argon2PasswordHasher"],
    "SESSION_COOKIE_NAME": "__Host-session",
    "CSRF_COOKIE_NAME": "__Host-csrftoken",
}


class Settings:
    """The real settings with a few values replaced, without reloading the app registry."""

    def __init__(self, **overrides):
        self._overrides = {**SAFE, **overrides}

    def __getattr__(self, name):
        if name in self._overrides:
            return self._overrides[name]
        return getattr(django_settings, name)


def error_ids(monkeypatch, **overrides) -> set[str]:
    monkeypatch.setattr(checks, "settings", Settings(**overrides))
    return {error.id for error in checks.safeguarding_settings()}


def test_safe_settings_pass(monkeypatch):
    assert error_ids(monkeypatch) == set()


@pytest.mark.checklist("HC-2")
@pytest.mark.parametrize(
    ("override", "check_id"),
    [
        ({"PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"]}, "E001"),
        ({"SESSION_COOKIE_NAME": "sessionid"}, "E002"),
        ({"SESSION_EXPIRE_AT_BROWSER_CLOSE": False}, "E003"),
        ({"SESSION_COOKIE_AGE": 14 * 24 * 3600}, "E003"),
        ({"WAGTAIL_GRAVATAR_PROVIDER_URL": "//www.gravatar.com/avatar"}, "E004"),
        ({"WAGTAIL_ENABLE_UPDATE_CHECK": True}, "E004"),
        ({"ACCOUNT_LOGOUT_ON_GET": True}, "E005"),
        ({"QUICK_EXIT_URLS": {"en": "https://www.google.com/"}}, "E006"),
        ({"INSTALLED_APPS": [*django_settings.INSTALLED_APPS, "hijack"]}, "E007"),
        ({"WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT": False}, "E008"),
        (
            {
                "CONTENT_SECURITY_POLICY": {
                    "DIRECTIVES": {
                        **django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
                        "script-src": ["'self'", "'unsafe-inline'"],
                    }
                }
            },
            "E009",
        ),
    ],
)
def test_each_unsafe_setting_is_reported(monkeypatch, override, check_id):
    assert error_ids(monkeypatch, **override) == {f"safeguarding.{check_id}"}
