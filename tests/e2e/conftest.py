"""Browser tests: pytest-playwright driving the machine's Chromium, never a downloaded one.

Without /usr/bin/chromium they skip with a reason (or fail when RIGHTSPATH_REQUIRE_ALL=1).
Every test fails if the page tried to reach any host other than the live server.
"""

import os
import shutil
from urllib.parse import urlsplit

import pytest

from accounts.services import roles_sync
from home.demo_content import demo_home_ensure
from tests.helpers import require

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("RIGHTSPATH_CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]"}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


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
    roles_sync()
    demo_home_ensure()
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
