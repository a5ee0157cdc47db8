"""Headers on every response (checklist 9: HC-3, HC-4, HC-6, HC-7; 1a: PD-4, PD-5)."""

import re

import pytest
from django.test import Client

from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/en/", "/km/", "/fil/accounts/login/", "/vi/accounts/signup/", "/en/nowhere/"]


def csp_directives(header: str) -> dict[str, str]:
    parts = (p.strip() for p in header.split(";") if p.strip())
    return {p.split(" ", 1)[0]: (p.split(" ", 1) + [""])[1] for p in parts}


@pytest.mark.checklist("HC-4")
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_have_a_strict_content_security_policy(client, home_page, path):
    response = client.get(path)
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    # Our pages carry no inline script at all, so 'self' is the whole script policy.
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"


def test_a_page_that_needs_an_inline_script_gets_a_fresh_nonce_each_time(rf):
    from django.http import HttpResponse

    from home.middleware import ContentSecurityPolicyMiddleware

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    middleware = ContentSecurityPolicyMiddleware(view)
    nonce = re.compile(r"'nonce-([A-Za-z0-9+/=]{16,})'")
    headers = []
    for _ in range(2):
        request = rf.get("/en/")
        middleware.process_request(request)
        response = middleware.process_response(request, view(request))
        headers.append(nonce.search(response["Content-Security-Policy"]).group(1))
        assert headers[-1] in response.content.decode()
    assert headers[0] != headers[1]


@pytest.mark.checklist("HC-6")
@pytest.mark.parametrize("path", [*PUBLIC_PATHS, "/healthz", "/sitemap.xml"])
def test_every_response_carries_the_protective_headers(client, home_page, path):
    response = client.get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("geolocation", "camera", "microphone", "payment", "usb"):
        assert f"{feature}=()" in permissions


def test_signed_in_pages_are_never_stored(client, learner, home_page):
    client.login(username="learner1", password=PASSWORD)
    for path in ("/en/", "/en/me/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]


def test_the_admin_gets_its_own_policy_not_the_public_one(client):
    response = client.get("/admin/login/")
    policy = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == "'none'"


@pytest.mark.checklist("PD-5")
def test_only_session_and_csrf_cookies_are_ever_set(home_page, learner):
    client = Client()
    names = set()
    for path in ("/", "/en/", "/km/", "/en/accounts/login/", "/en/accounts/signup/"):
        names |= set(client.get(path, follow=True).cookies)
    client.post("/en/accounts/login/", {"login": "learner1", "password": PASSWORD})
    names |= set(client.cookies)
    assert names <= {"sessionid", "csrftoken"}
    assert "sessionid" in names


def test_signing_out_clears_what_the_browser_kept(client, learner):
    client.login(username="learner1", password=PASSWORD)
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "Clear-Site-Data" not in client.get("/en/accounts/login/")


def test_anonymous_reading_sets_no_cookie_so_pages_stay_cacheable(home_page):
    client = Client()
    for path in ("/en/", "/km/", "/fil/", "/vi/"):
        response = client.get(path)
        assert response.cookies == {}, path
        assert "no-store" not in response.get("Cache-Control", "")


def test_no_cookie_outlives_the_browser_session(client, learner):
    client.get("/en/accounts/login/")
    response = client.post("/en/accounts/login/", {"login": "learner1", "password": PASSWORD})
    for morsel in [*response.cookies.values(), client.cookies.get("csrftoken")]:
        assert morsel is not None
        assert not morsel["expires"] and not morsel["max-age"], morsel.key
