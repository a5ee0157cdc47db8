"""Hostile requests get a clear, translated answer and change nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.helpers import html_lang

pytestmark = pytest.mark.django_db


def test_a_host_not_in_allowed_hosts_gets_a_translated_400(home_page):
    response = Client().get("/vi/", HTTP_HOST="evil.example", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 400
    assert html_lang(response.content) == "vi"
    assert "Something was wrong with that request" not in response.content.decode()


def test_a_tampered_csrf_token_is_refused_in_the_readers_language(roles):
    client = Client(enforce_csrf_checks=True)
    client.get("/km/accounts/signup/")
    response = client.post(
        "/km/accounts/signup/",
        {
            "csrfmiddlewaretoken": "x" * 64,
            "username": "sneaky",
            "password1": "mango-bamboo-lantern",
            "password2": "mango-bamboo-lantern",
            "display_name": "Sneaky Kite",
            "age_band": "14_15",
        },
    )
    assert response.status_code == 403
    assert html_lang(response.content) == "km"
    assert "This form has expired" not in response.content.decode()
    assert not get_user_model().objects.filter(username="sneaky").exists()


@pytest.mark.parametrize(
    "path",
    ["/en/%00/", "/en/..%2f..%2fetc/passwd", "/en/" + "a" * 3000 + "/", "/km/<script>/"],
)
def test_odd_paths_get_a_not_found_page(client, home_page, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert b"Traceback" not in response.content
