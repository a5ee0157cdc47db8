# ruff: noqa: F401, F811  (the `origins` fixture is imported from test_h5p_player_e2e)
"""Every real valid H5P package plays inside a lesson, through the real two-origin setup.

Each package is checked in as an editor would (received, its libraries approved by a steward,
checked again: ready), becomes a live activity and is embedded in a live lesson of a course the
learner is enrolled in. The lesson page frames the player from the content origin; the content
must render there with no script error and no Content-Security-Policy violation in either page.

(content-only-crossword.h5p ships no library: it cannot play until its library is approved,
which tests/courses/h5p/test_intake.py checks.)
"""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from courses.h5p.activities import create_activity
from courses.h5p.intake import check, receive
from courses.h5p.libraries import approve
from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackageStatus
from courses.services.enrolment import enrol
from home.demo_content import demo_home_ensure
from tests.courses.h5p.test_sanitise import VALID as VALID_NAMES
from tests.courses.h5p.xapi.support import embedding_lesson
from tests.courses_factory import course_build
from tests.e2e.conftest import BROWSER_TEST, session_cookie
from tests.e2e.test_h5p_player_e2e import approved_and_ready
from tests.h5p_packages import SHARED_H5P
from tests.helpers import require

pytestmark = BROWSER_TEST

VALID = SHARED_H5P / "valid"
# Every valid package but the crossword, which ships no library (see the docstring).
PLAYABLE = [name for name in VALID_NAMES if name != "content-only-crossword.h5p"]
NOT_PLAYABLE_YET = {"content-only-crossword.h5p"}


DRAWN_BY_TEMPLATES = {
    "H5P.MultiChoice.h5p": (".h5p-answers > li.h5p-answer", 3),
    "H5P.QuestionSet.h5p": (".questionset > .question-container", 9),
}
FRAME = "iframe[data-h5p-embed]"
# Recorded in every frame before any of its scripts run (init scripts are not subject to CSP).
WATCH = """
window.__problems = [];
window.addEventListener('securitypolicyviolation', e =>
  window.__problems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', e => window.__problems.push(`error ${e.message}`));
window.addEventListener('unhandledrejection', e =>
  window.__problems.push(`rejection ${e.reason}`));
"""


def test_every_valid_package_is_played_here_or_known_not_to_play_yet():
    require(VALID.is_dir(), f"the real H5P packages are not at {SHARED_H5P}")
    assert {path.name for path in VALID.glob("*.h5p")} == set(PLAYABLE) | NOT_PLAYABLE_YET


@pytest.fixture
def lesson_with(site, origins, make_user, page):
    """lesson_with(package name) -> the lesson's address, for a signed-in enrolled learner."""

    def build(name: str) -> str:
        path = VALID / name
        require(path.is_file(), f"the real H5P packages are not at {SHARED_H5P}")
        editor = make_user("editor1", role="editor")
        package = approved_and_ready(path, editor, make_user("steward1", role="library_steward"))
        activity = create_activity(package, editor)
        activity.save_revision(user=editor).publish()
        activity.refresh_from_db()
        assert activity.live
        built = course_build(demo_home_ensure())
        lesson = embedding_lesson(built["module"], activity)
        learner = make_user("mali")
        enrol(user=learner, course=built["course"])
        page.context.add_cookies(session_cookie(site, learner))
        # The content origin is this machine too (the suite's guard only knows the app's names).
        page.route(f"{origins['content']}/**", lambda route: route.continue_())
        return f"{origins['app']}{lesson.url}"

    return build


@pytest.mark.parametrize("name", PLAYABLE)
def test_a_valid_package_plays_in_a_lesson(origins, lesson_with, page, name):
    url = lesson_with(name)
    console: list[str] = []
    page.on(
        "console",
        lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None,
    )
    page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    page.context.add_init_script(WATCH)

    page.goto(url)
    frame = page.frame_locator(FRAME)
    content = frame.locator(".h5p-content")
    expect(content).to_be_visible(timeout=8_000)
    # The main library's constructor ran and drew something inside the content.
    expect(content.locator(":scope > *").first).to_be_attached()
    player = next(f for f in page.frames if "/play/" in f.url)
    assert player.url.startswith(f"{origins['content']}/play/")
    player.wait_for_function(
        "() => document.querySelector('.h5p-content').getBoundingClientRect().height > 20",
        timeout=5_000,
    )
    expect(frame.locator("[data-h5p-player-error]")).to_be_hidden()
    if name in DRAWN_BY_TEMPLATES:
        selector, count = DRAWN_BY_TEMPLATES[name]
        expect(content.locator(selector)).to_have_count(count)
    expect(frame.locator("body")).not_to_contain_text("Unable to find constructor")
    page.wait_for_timeout(300)  # anything the content does right after starting

    problems = {
        "app": page.evaluate("() => window.__problems"),
        "player": player.evaluate("() => window.__problems"),
        "console": [
            text
            for text in console
            if (
                text.startswith(("error", "pageerror"))
                or "Content Security Policy" in text
                or "Refused to" in text
            )
        ],
    }
    assert problems == {"app": [], "player": [], "console": []}, problems
