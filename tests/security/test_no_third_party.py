"""No page asks any other host for anything (checklist PD-5, HC-8).

The browser test in tests/e2e watches real requests; this one reads the markup and styles.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

RESOURCE_ATTRS = re.compile(r'\b(?:src|srcset|href|action|poster|data)\s*=\s*["\']([^"\']+)', re.I)
PAGES = [
    "/en/",
    "/km/",
    "/fil/",
    "/vi/",
    "/en/accounts/login/",
    "/km/accounts/signup/",
    "/vi/accounts/password/reset/",
    "/fil/accounts/reset-with-code/",
    "/en/nowhere/",
]


def external_urls(html: str) -> list[str]:
    found = []
    for value in RESOURCE_ATTRS.findall(html):
        host = urlsplit(value.strip()).netloc
        if host and host not in ("testserver", "localhost"):
            found.append(value)
    return found


@pytest.mark.checklist("HC-8")
@pytest.mark.parametrize("path", PAGES)
def test_pages_reference_nothing_outside_the_site(client, home_page, path, settings):
    html = client.get(path).content.decode()
    exits = set(settings.QUICK_EXIT_URLS.values())
    # The quick exit is a link a person chooses to follow, never loaded by the page.
    assert [url for url in external_urls(html) if url not in exits] == []
    assert "gravatar" not in html.lower()


def test_quick_exit_link_goes_to_the_destination_of_the_page_language(client, home_page):
    for code, url in settings.QUICK_EXIT_URLS.items():
        html = client.get(f"/{code}/").content.decode()
        assert f'class="quick-exit__button" href="{url}" rel="noreferrer noopener"' in html


def test_stylesheets_and_scripts_load_nothing_from_elsewhere():
    own = Path(settings.BASE_DIR, "static")
    for path in [*own.rglob("*.css"), *own.rglob("*.js")]:
        text = path.read_text()
        assert not re.search(r"url\(\s*['\"]?https?://", text), path
        assert not re.search(r"https?://(?!localhost)", text), path


def test_gravatar_and_update_checks_are_off():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
