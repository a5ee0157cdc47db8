"""Helpers for tests.

Tests that need something this machine may lack (Chromium, PostgreSQL, Redis) skip with a
reason, unless RIGHTSPATH_REQUIRE_ALL=1 (CI sets it): then a missing prerequisite fails.
"""

import os
import re

import pytest

REQUIRE_ALL = os.environ.get("RIGHTSPATH_REQUIRE_ALL") == "1"
PASSWORD = "a-long-and-unusual-passphrase"
LANGUAGES = ("en", "km", "fil", "vi")


def require(condition: bool, reason: str) -> None:
    """Skip when a prerequisite is missing, or fail when CI says nothing may be skipped."""
    if condition:
        return
    if REQUIRE_ALL:
        pytest.fail(f"required but missing: {reason}")
    pytest.skip(reason)


def html_lang(content: bytes) -> str:
    match = re.search(rb'<html lang="([^"]+)"', content)
    return match.group(1).decode() if match else ""


def wagtail_base_ensure() -> None:
    """Recreate the rows Wagtail's migrations make, which a transactional flush removes.

    (serialized_rollback cannot be relied on here: Django's connections are
    context-local, and Playwright's event loop may see another connection object.)
    """
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title_en="Root", title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
