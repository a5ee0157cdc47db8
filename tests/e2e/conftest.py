"""Browser tests: pytest-playwright driving the machine's Chromium, never a downloaded one.

Without /usr/bin/chromium they skip with a reason (or fail when RIGHTSPATH_REQUIRE_ALL=1).
Every test fails if the page tried to reach any host other than the live server.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from accounts.services import roles_sync
from home.demo_content import demo_home_ensure
from resources.demo import demo_directory_ensure, demo_glossary_ensure, demo_guides_ensure
from tests.helpers import require, wagtail_base_ensure

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("RIGHTSPATH_CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]"}


# Each browser test module declares this: the live server needs committed data.
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(
        bool(shutil.which(CHROMIUM)),
        f"browser tests need Chromium at {CHROMIUM} (Debian: apt-get install chromium)",
    )
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def browser_context_args(browser_context_args):
    # Every context a test makes goes through `context`, `page` or `new_context`, which all
    # start from these arguments; never call browser.new_context() directly.
    # No service worker unless a test asks for one (tests/e2e/test_offline_e2e.py): its
    # install fetches pages in the background, which could still be talking to the live
    # server while the test database is flushed for the next test.
    return {**browser_context_args, "service_workers": "block"}


@pytest.fixture
def site(live_server):
    wagtail_base_ensure()
    roles_sync()
    home = demo_home_ensure()
    demo_directory_ensure(home=home)
    demo_glossary_ensure(home=home)
    demo_guides_ensure(home=home)
    return live_server


@pytest.fixture
def outside_requests(context):
    """Abort and remember every request to a host other than this machine."""
    attempted = []

    def guard(route):
        host = urlsplit(route.request.url).hostname or ""
        if host in LOCAL_HOSTS or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return attempted


@pytest.fixture(autouse=True)
def _no_request_leaves_this_machine(request):
    if "page" not in request.fixturenames:
        yield
        return
    attempted = request.getfixturevalue("outside_requests")
    yield
    assert attempted == [], f"the page tried to reach other hosts: {attempted}"


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""
    )
    return [
        {"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


@pytest.fixture
def axe_page(new_context):
    require(AXE.exists(), "axe-core is installed by npm ci")
    # axe is injected as an inline script, which our own CSP rightly forbids. Made through
    # `new_context` so that service workers stay blocked here too (the CI run once failed
    # when /phone/ registered one whose install reached the server after the test ended).
    return new_context(bypass_csp=True).new_page()


def session_cookie(site, user) -> list[dict]:
    """A signed-in session for ``user``, to add to a browser context."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return [
        {
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "url": site.url,
        }
    ]


# --- H5P: the content origin on the live server, for the H5P browser tests ---------------


@pytest.fixture
def origins(site, settings, tmp_path):
    """The content origin on the live server's port, under the host name h5p.localhost."""
    port = urlsplit(site.url).port
    content = f"http://h5p.localhost:{port}"
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = set()
    settings.H5P_CONTENT_ORIGIN = content
    settings.H5P_APP_ORIGINS = [site.url]
    policy = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = {
        **policy,
        "DIRECTIVES": {**policy["DIRECTIVES"], "frame-src": [content]},
    }
    return {"app": site.url, "content": content}
