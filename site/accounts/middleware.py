"""Session rules that allauth and Django do not enforce themselves."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .selectors import user_has_totp, user_needs_mfa

SESSION_START_KEY = "accounts.session_started_at"


def mark_session_start(request) -> None:
    request.session[SESSION_START_KEY] = int(time.time())


class SessionLifetimeMiddleware:
    """Sign a person out 12 hours after sign-in, however active they were.

    Inactivity (30 minutes) and closing the browser are handled by Django's session settings.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(SESSION_START_KEY)
            if started is None:
                mark_session_start(request)
            elif time.time() - started > settings.SESSION_ABSOLUTE_LIFETIME:
                logout(request)
                return redirect(settings.LOGIN_URL)
        return self.get_response(request)


class StaffMFARequiredMiddleware:
    """Staff must set up an authenticator app before they can do anything else.

    allauth offers MFA but cannot require it; until a staff member has one, every page
    except setting it up (and signing out) leads back to the set-up page.
    """

    allowed_url_names = frozenset(
        {
            "mfa_index",
            "mfa_activate_totp",
            "mfa_reauthenticate",
            "mfa_view_recovery_codes",
            "mfa_generate_recovery_codes",
            "mfa_download_recovery_codes",
            "account_reauthenticate",
            "account_logout",
            "healthz",
        }
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not user_needs_mfa(user=user):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in self.allowed_url_names:
            return None
        if user_has_totp(user=user):
            return None
        messages.warning(
            request,
            _("Your role needs two-step sign-in. Set up an authenticator app to continue."),
        )
        return redirect("mfa_activate_totp")
