"""System checks for safeguarding settings that Django's own checks do not cover.

Registered as deploy checks: ``manage.py check --deploy`` fails on any of them.
"""

from django.conf import settings
from django.core.checks import Error, Tags, register

IMPERSONATION_APPS = ("hijack", "impersonate", "loginas")


@register(Tags.security, deploy=True)
def safeguarding_settings(app_configs=None, **kwargs):
    errors = []

    def require(condition: bool, msg: str, check_id: str) -> None:
        if not condition:
            errors.append(Error(msg, id=f"safeguarding.{check_id}"))

    require(
        settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher"),
        "Argon2 must be the first password hasher.",
        "E001",
    )
    require(
        settings.SESSION_COOKIE_NAME.startswith("__Host-")
        and settings.CSRF_COOKIE_NAME.startswith("__Host-"),
        "Session and CSRF cookie names must start with __Host-.",
        "E002",
    )
    require(
        settings.SESSION_EXPIRE_AT_BROWSER_CLOSE and settings.SESSION_COOKIE_AGE <= 30 * 60,
        "Sessions must end when the browser closes and after at most 30 idle minutes.",
        "E003",
    )
    require(
        getattr(settings, "WAGTAIL_GRAVATAR_PROVIDER_URL", "x") is None
        and getattr(settings, "WAGTAIL_ENABLE_UPDATE_CHECK", True) is False,
        "Gravatar and the Wagtail update check must be off (no third-party requests).",
        "E004",
    )
    require(
        not getattr(settings, "ACCOUNT_SESSION_REMEMBER", None)
        and not getattr(settings, "ACCOUNT_LOGOUT_ON_GET", True),
        "allauth must not remember sessions nor sign out on GET.",
        "E005",
    )
    require(
        set(settings.QUICK_EXIT_URLS) >= {code for code, _name in settings.LANGUAGES},
        "Every language needs a quick-exit destination in QUICK_EXIT_URLS.",
        "E006",
    )
    require(
        not any(app.split(".")[0] in IMPERSONATION_APPS for app in settings.INSTALLED_APPS),
        "No 'log in as another user' app may be installed.",
        "E007",
    )
    require(
        getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False) is True,
        "Edits after approval must go through review again.",
        "E008",
    )
    directives = settings.CONTENT_SECURITY_POLICY.get("DIRECTIVES", {})
    require(
        directives.get("object-src") == ["'none'"]
        and directives.get("base-uri") == ["'none'"]
        and "'unsafe-inline'" not in directives.get("script-src", [])
        and "'unsafe-eval'" not in directives.get("script-src", []),
        "The Content-Security-Policy must forbid objects, base URIs and inline or eval scripts.",
        "E009",
    )
    return errors


@register()
def notification_templates(app_configs=None, **kwargs):
    """Every e-mail the review sends must have its templates: a missing one is an error."""
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    from .notifications import TEMPLATES

    errors = []
    for name in TEMPLATES.values():
        for template in (f"{name}_subject.txt", f"{name}.txt"):
            try:
                get_template(template)
            except TemplateDoesNotExist:
                errors.append(
                    Error(f"Notification template {template} is missing.", id="safeguarding.E020")
                )
    return errors


@register()
def workflow_finishes_with_review(app_configs=None, **kwargs):
    if settings.WAGTAIL_FINISH_WORKFLOW_ACTION != "safeguarding.finish.publish_approved":
        return [
            Error(
                "WAGTAIL_FINISH_WORKFLOW_ACTION must be safeguarding.finish.publish_approved.",
                id="safeguarding.E021",
            )
        ]
    return []
