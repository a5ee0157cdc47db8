"""Visitors land in their language, under /en/, /km/, /fil/ or /vi/, and can switch."""

import pytest
from django.utils.translation import get_language_info

from tests.helpers import LANGUAGES, html_lang

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("km-KH,km;q=0.9,en;q=0.5", "/km/"),
        ("km", "/km/"),
        ("fil-PH,fil;q=0.9", "/fil/"),
        ("tl", "/fil/"),
        ("tl-PH,tl;q=0.9,en;q=0.8", "/fil/"),
        ("vi-VN,vi;q=0.9", "/vi/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_sends_visitor_to_their_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    "header",
    [
        ";;;,,,q=abc",
        "km;q=2;q=-1,,",
        "x" * 5000,
        "\u1780\u17b6;q=0.9",
        "*;q=0",
        "tl;q=nan",
    ],
)
def test_malformed_accept_language_falls_back_to_english(client, home_page, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_is_served_in_each_language(client, home_page, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert html_lang(response.content) == code
    assert response["Content-Language"] == code


def test_legacy_tagalog_urls_move_to_filipino(client, home_page):
    response = client.get("/tl/accounts/login/?next=/tl/")
    assert response.status_code == 301
    assert response["Location"] == "/fil/accounts/login/?next=/tl/"
    assert client.get("/tl-ph/")["Location"] == "/fil/"


def test_unknown_language_prefix_gets_a_translated_not_found_page(client, home_page):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="vi", follow=True)
    assert response.status_code == 404
    assert html_lang(response.content) == "vi"
    assert b"Page not found" not in response.content
    assert "Không tìm thấy trang".encode() in response.content


def test_filipino_is_registered_and_khmer_is_named_in_khmer():
    assert get_language_info("fil")["name_local"] == "Filipino"
    assert get_language_info("km")["name_local"] == "ភាសាខ្មែរ"


@pytest.mark.parametrize("path", ["/km/", "/km/accounts/login/", "/km/accounts/signup/"])
def test_language_switcher_keeps_the_same_page(client, home_page, path):
    content = client.get(path).content.decode()
    rest = path.removeprefix("/km")
    for code in ("en", "fil", "vi"):
        assert f'href="/{code}{rest}" lang="{code}" hreflang="{code}"' in content
    assert '<span lang="km" aria-current="true">ភាសាខ្មែរ</span>' in content


def test_language_switcher_drops_the_query_string(client, home_page):
    content = client.get("/en/accounts/login/?next=/en/me/").content.decode()
    assert 'href="/km/accounts/login/"' in content
    assert "next=" not in content.split('class="language-switcher"')[1].split("</nav>")[0]
