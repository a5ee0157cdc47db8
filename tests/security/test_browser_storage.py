"""Nothing sensitive in browser storage: our scripts write one allowlisted key, and nothing else."""

import re
from pathlib import Path

import pytest

SCRIPTS = sorted((Path(__file__).resolve().parents[2] / "static" / "js").glob("*.js"))
ALLOWED_KEYS = {
    "rp-low-data",  # a yes/no display preference
    # Attendance marks waiting for a connection: random ids and marks, never a name
    # (static/js/attendance.js; tests/e2e/test_attendance_e2e.py reads what is kept).
    "rp-attendance-queue",
}
WRITE = re.compile(r"(localStorage|sessionStorage)\.setItem\(\s*([^,]+),")
OTHER_STORES = re.compile(r"indexedDB|document\.cookie\s*=|openDatabase")


@pytest.mark.checklist("PD-17")
def test_only_allowlisted_keys_are_written():
    assert SCRIPTS, "the project's scripts are found"
    written = {
        match.group(2).strip().strip("'\"")
        for script in SCRIPTS
        for match in WRITE.finditer(script.read_text())
    }
    assert written == ALLOWED_KEYS


@pytest.mark.checklist("PD-17")
def test_no_script_uses_cookies_or_databases_for_storage():
    for script in SCRIPTS:
        assert not OTHER_STORES.search(script.read_text()), script.name
