from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.selectors import profile_for_user

from .health import health_report


@never_cache
@require_GET
def healthz(request):
    healthy, report = health_report()
    return JsonResponse(report, status=200 if healthy else 503)


def csrf_failure(request, reason=""):
    # The reason is for developers; the person gets a plain way forward.
    return render(request, "403_csrf.html", status=403)


@login_required
def dashboard(request):
    return render(request, "home/dashboard.html", {"profile": profile_for_user(user=request.user)})


def admin_login_redirect(request):
    target = reverse("account_login")
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{target}?{urlencode({'next': next_url})}")
