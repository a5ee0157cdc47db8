from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from . import services
from .forms import IssueResetCodeForm, RedeemResetCodeForm
from .selectors import user_by_username


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def issue_reset_code(request):
    """A facilitator or administrator creates a code and reads it out or writes it down."""
    if not request.user.has_perm("accounts.issue_reset_code") and not request.user.is_superuser:
        return render(request, "403.html", status=403)
    form = IssueResetCodeForm(request.POST or None)
    code = None
    if request.method == "POST" and form.is_valid():
        target = user_by_username(username=form.cleaned_data["username"])
        if target is None or not services.user_can_issue_reset_code(
            issuer=request.user, user=target
        ):
            form.add_error(
                "username", _("You cannot issue a code for this account. Check the username.")
            )
        else:
            code = services.reset_code_issue(issuer=request.user, user=target)
    return render(request, "accounts/issue_reset_code.html", {"form": form, "code": code})


@never_cache
@sensitive_post_parameters("code", "new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
def redeem_reset_code(request):
    form = RedeemResetCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"].strip().casefold()
        if not ratelimit.consume(request, action="redeem_reset_code", key=username):
            return render(request, "429.html", status=429)
        user = user_by_username(username=username)
        found = user and services.reset_code_find(user=user, code=form.cleaned_data["code"])
        if not found:
            # The same answer whether the username exists or not.
            form.add_error("code", _("This code is not valid. Check it, or ask for a new one."))
        elif form.validate_password_for(user):
            services.reset_code_redeem(
                user=user,
                code=form.cleaned_data["code"],
                new_password=form.cleaned_data["new_password1"],
            )
            messages.success(request, _("Your password has been changed. Sign in with it now."))
            return redirect("account_login")
    return render(request, "accounts/redeem_reset_code.html", {"form": form})
