"""Anonymous pages are cached per language and retired as soon as content changes."""

import pytest
from django.test import Client

from resources.demo import demo_directory_ensure
from resources.models import ReferralService
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600


def test_second_anonymous_visit_is_served_without_touching_the_database(
    home_page, django_assert_num_queries
):
    client = Client()
    first = client.get("/en/")
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    with django_assert_num_queries(0):
        second = Client().get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # The protective headers are still there on a cached page.
    assert second["Content-Security-Policy"] and second["X-Frame-Options"] == "DENY"
    assert second["Permissions-Policy"]


def test_each_language_has_its_own_copy(home_page):
    Client().get("/en/")
    km = Client().get("/km/")
    assert km["X-Page-Cache"] == "miss"
    assert 'lang="km"' in km.content.decode()


def test_publishing_a_page_retires_the_cached_copies(home_page):
    Client().get("/en/")
    home_page.title_en = "A new welcome"
    home_page.save_revision().publish()
    fresh = Client().get("/en/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "A new welcome" in fresh.content.decode()


def test_publishing_a_snippet_retires_the_cached_copies(home_page):
    demo_directory_ensure(home=home_page)
    Client().get("/en/help/")
    service = ReferralService.objects.get(name_en="APLE Cambodia")
    service.name_en = "APLE (renamed)"
    service.save_revision().publish()
    assert "APLE (renamed)" in Client().get("/en/help/").content.decode()


def test_deleting_a_snippet_retires_the_cached_copies(home_page):
    demo_directory_ensure(home=home_page)
    Client().get("/en/help/")
    ReferralService.objects.get(name_en="APLE Cambodia").delete()
    assert "APLE Cambodia" not in Client().get("/en/help/").content.decode()


def test_signed_in_readers_never_get_or_fill_the_cache(home_page, learner):
    Client().get("/en/")
    client = Client()
    client.login(username="learner1", password=PASSWORD)
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert "Sign out" in response.content.decode()
    assert "Sign out" not in Client().get("/en/").content.decode()


def test_responses_that_set_a_cookie_are_not_cached(home_page):
    first = Client().get("/en/accounts/login/")
    assert first.cookies
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in Client().get("/en/accounts/login/")


def test_filtered_directory_pages_are_cached_apart_and_long_queries_not_at_all(home_page):
    demo_directory_ensure(home=home_page)
    assert Client().get("/en/help/?c=kh")["X-Page-Cache"] == "miss"
    assert len(Client().get("/en/help/?c=kh").context or []) == 0  # served from the cache
    assert Client().get("/en/help/?c=ph")["X-Page-Cache"] == "miss"
    long_query = "/en/help/?c=" + "x" * 500
    Client().get(long_query)
    assert "X-Page-Cache" not in Client().get(long_query)


def test_errors_and_machine_endpoints_are_not_cached(home_page):
    Client().get("/en/nowhere/")
    assert "X-Page-Cache" not in Client().get("/en/nowhere/")
    assert "X-Page-Cache" not in Client().get("/healthz")


def test_a_response_that_used_a_csrf_token_is_never_cached(rf):
    # Even when no cookie is set (a returning visitor, or tokens kept in the session), a
    # page holding one visitor's CSRF token must not be served to anyone else.
    from django.http import HttpResponse

    from home.page_cache import _cacheable_response

    request = rf.get("/en/accounts/login/")
    response = HttpResponse("<form>…</form>")
    assert _cacheable_response(request, response) is True
    request.META["CSRF_COOKIE_USED"] = True
    assert _cacheable_response(request, response) is False


def test_sign_in_keeps_working_for_a_second_visitor(home_page):
    Client().get("/en/accounts/login/")
    other = Client(enforce_csrf_checks=True)
    page = other.get("/en/accounts/login/")
    assert "X-Page-Cache" not in page
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = other.post(
        "/en/accounts/login/",
        {"csrfmiddlewaretoken": token, "login": "nobody", "password": "wrong-password"},
    )
    assert response.status_code == 200  # a normal "wrong password", not a CSRF failure
