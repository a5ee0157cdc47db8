"""Browser tests: pytest-playwright driving the machine's Chromium, never a downloaded one.

Without /usr/bin/chromium they skip with a reason (or fail when RIGHTSPATH_REQUIRE_ALL=1).
Every test fails if the page tried to reach any host other than the live server.
"""

import os
import shutil
from urllib.parse import urlsplit

import pytest
from wagtail.models import Collection, Locale, Page

from accounts.services import roles_sync
from home.demo_content import demo_home_ensure
from resources.demo import demo_directory_ensure, demo_glossary_ensure, demo_guides_ensure
from tests.helpers import require

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("RIGHTSPATH_CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]"}


# Each browser test module declares this: the live server needs committed data.
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wagtail_base_ensure() -> None:
    """Recreate the rows Wagtail's migrations make, which a transactional flush removes.

    (serialized_rollback cannot be relied on here: Django's connections are
    context-local, and Playwright's event loop may see another connection object.)
    """
    Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title_en="Root", title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


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
