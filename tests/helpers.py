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
