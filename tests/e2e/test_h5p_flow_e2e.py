"""The whole H5P walk, as people click it in the admin and in a lesson.

An editor uploads a real package, which waits for its libraries; the library steward compares
each library's file hashes and approves it; the editor checks the package again, makes an
activity of it and submits it for safeguarding review; a reviewer approves it with the
checklist. A learner plays it inside a lesson, the score is kept (and shown back) without
completing the lesson. In Khmer, a demo activity speaks Khmer inside the frame and its
statements are stored with their sub-content. Hostile packages are refused with the reason,
and nothing of them is ever served. axe checks the lesson pages (the frame is another origin,
checked by tests/e2e/test_h5p_content_type_e2e.py).
"""

import json
import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Expect

from accounts.demo import demo_accounts_ensure
from courses.demo_h5p import demo_activities_ensure
from courses.h5p import storage
from courses.h5p.demo_activities import demo_activity, l10n_translations
from courses.models import (
    Enrolment,
    H5PActivity,
    H5PLibrary,
    H5PLibraryStatus,
    H5PPackage,
    H5PPackageStatus,
    H5PResult,
    H5PStatement,
    LessonPage,
    LessonProgress,
)
from home.demo_content import demo_home_ensure
from safeguarding.demo import review_publisher
from safeguarding.workflow import review_workflow_ensure
from tests.courses_factory import course_build, publish
from tests.e2e.conftest import AXE, BROWSER_TEST, LOCAL_HOSTS, session_cookie
from tests.h5p_packages import SHARED_H5P, package_files, write_package
from tests.helpers import require

pytestmark = BROWSER_TEST

TRUE_FALSE = SHARED_H5P / "valid" / "h5p-standalone-truefalse.h5p"
XSS_SVG = SHARED_H5P / "hostile" / "xss-svg.h5p"
WAIT = 20_000  # ms: the longest any single step may take
FRAME = "iframe[data-h5p-embed]"

# This module's own assertions wait up to WAIT (5 s is short for a player loading on a busy
# machine); its own instance leaves every other test's default alone.
expect = Expect()
expect.set_options(timeout=WAIT)


@pytest.fixture
def origins(origins):
    """The shared content origin (tests/e2e/conftest.py), with the review workflow in place."""
    review_workflow_ensure()
    return origins


@pytest.fixture
def outside():
    """Every request a test's pages tried to send off this machine (aborted)."""
    attempted: list[str] = []
    yield attempted
    assert attempted == [], f"a page tried to reach other hosts: {attempted}"


@pytest.fixture
def browse(site, new_context, outside):
    """browse(user, bypass_csp=False) -> a page signed in as ``user``, kept on this machine."""

    def guard(route):
        url = route.request.url
        host = urlsplit(url).hostname or ""
        # The content origin is h5p.localhost: this machine too.
        if host in LOCAL_HOSTS or host.endswith(".localhost") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    def open_as(user, *, bypass_csp=False):
        context = new_context(bypass_csp=bypass_csp, viewport={"width": 1100, "height": 900})
        context.set_default_timeout(WAIT)
        context.route("**/*", guard)
        context.add_cookies(session_cookie(site, user))
        return context.new_page()

    return open_as


def _no_axe_violations(page):
    """axe on the project's page; the H5P frame (another origin) is left out."""
    require(AXE.exists(), "axe-core is installed by npm ci")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """selector => axe.run({include: [document], exclude: [[selector]]}, {runOnly: {
             type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
             'best-practice']}})""",
        FRAME,
    )
    violations = [
        {"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _eventually(check, seconds=WAIT / 1000):
    """Wait until ``check()`` is true (a row written by the live server's thread)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the change never reached the database"
        time.sleep(0.1)


def _open_from_menu(page, site, label):
    """Open an admin screen from Wagtail's sidebar, as a person does."""
    page.goto(f"{site.url}/admin/")
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name=label, exact=True
    ).click()
    expect(page).to_have_title(re.compile(re.escape(label)))


def _upload(page, site, path):
    _open_from_menu(page, site, "H5P packages")
    page.get_by_label("H5P package").set_input_files(str(path))
    page.get_by_role("button", name="Upload", exact=True).click()
    # The check runs in the request here (Celery eager), so the upload may take a moment.
    expect(page).to_have_title(re.compile("H5P package: "))


def _status(page):
    return page.locator("dt:text-is('Status') + dd")


def _lesson_with(activity, title="Practice"):
    built = course_build(demo_home_ensure())
    lesson = built["module"].add_child(
        instance=LessonPage(
            title=title,
            slug="practice",
            body=json.dumps(
                [
                    {"type": "paragraph", "value": "<p>Try this.</p>", "id": "p1"},
                    {"type": "h5p", "value": {"activity": activity.pk}, "id": "h1"},
                ]
            ),
            live=False,
        )
    )
    return built["course"], publish(lesson)


def _open_approval(page, site, title):
    """From the dashboard's "Awaiting your review" panel, open the checklist for ``title``."""
    page.goto(f"{site.url}/admin/")
    expect(page.get_by_text("Awaiting your review")).to_be_visible()
    row = page.locator("#awaiting-review-section tr", has_text=title).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve with the checklist").click()
    modal = page.locator(".modal-content, [role=dialog]").last
    expect(modal).to_contain_text("Nothing identifies a real child")
    return modal


def test_an_uploaded_package_becomes_a_reviewed_activity_a_learner_plays_in_a_lesson(
    site, origins, make_user, browse
):
    require(TRUE_FALSE.is_file(), f"the real H5P packages are not at {SHARED_H5P}")
    editor = browse(make_user("mai", role="editor", mfa=True))
    steward = browse(make_user("joy", role="library_steward", mfa=True))
    reviewer_user = make_user("ana", role="safeguarding_reviewer", mfa=True)

    # 1. The editor uploads the package: it waits for its libraries.
    _upload(editor, site, TRUE_FALSE)
    expect(editor.locator(".messages")).to_contain_text("was uploaded")
    expect(_status(editor)).to_have_text("Waiting for library approval")
    expect(editor.locator("td[data-state=waiting]").first).to_have_text(
        "Waiting for a library steward"
    )
    expect(editor.get_by_role("button", name="Make an activity from this package")).to_have_count(0)
    package = H5PPackage.objects.get()
    pending = H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING).count()
    assert pending >= 5

    # 2. The steward reads each pending library's file hashes and approves it.
    _open_from_menu(steward, site, "H5P libraries")
    for _ in range(pending):
        waiting = steward.locator("h2:text-is('Waiting for approval') + table tbody tr")
        name = waiting.first.locator("td").first.inner_text()
        waiting.first.get_by_role("link").first.click()
        expect(steward).to_have_title(re.compile(re.escape(f"H5P library: {name}")))
        hashes = steward.locator("table.listing tbody tr td:nth-child(3) code")
        expect(hashes.first).to_have_text(re.compile(r"^[0-9a-f]{64}$"))
        steward.get_by_role("button", name="Approve this library").click()
        expect(steward.locator(".messages")).to_contain_text("is approved")
        expect(steward.locator("dt:text-is('Status') + dd")).to_have_text("Approved")
        steward.get_by_role("link", name="All H5P libraries").click()
    expect(steward.get_by_text("No library is waiting for approval.")).to_be_visible()
    assert not H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING).exists()

    editor.get_by_role("button", name="Check again").click()
    expect(_status(editor)).to_have_text("Ready")
    expect(editor.get_by_text("The package passed every check")).to_be_visible()

    # 3. The editor makes an activity and submits it for safeguarding review.
    editor.get_by_role("button", name="Make an activity from this package").click()
    expect(editor.locator(".messages")).to_contain_text("The activity was made as a draft")
    activity = H5PActivity.objects.get(package=package)
    assert editor.url.endswith(f"/admin/snippets/courses/h5pactivity/edit/{activity.pk}/")
    editor.locator("footer [data-w-dropdown-target='toggle']").last.click()
    editor.get_by_role("button", name=re.compile("Submit to Safeguarding review")).click()
    expect(editor.locator(".messages")).to_contain_text("submitted")
    activity.refresh_from_db()
    assert not activity.live
    assert activity.workflow_states.filter(status="in_progress").exists()

    # 4. The reviewer ticks the checklist and approves: the activity is live.
    reviewer = browse(reviewer_user)
    modal = _open_approval(reviewer, site, activity.title)
    for box in modal.locator("input[type=checkbox]").all():
        box.check()
    modal.get_by_role("button", name=re.compile("Approve")).last.click()
    expect(modal).to_be_hidden()
    _eventually(lambda: H5PActivity.objects.get(pk=activity.pk).live)
    activity.refresh_from_db()

    # 5. A learner plays it in a lesson of their course.
    course, lesson = _lesson_with(activity)
    learner_user = make_user("mali")
    Enrolment.objects.create(user=learner_user, course=course)
    learner = browse(learner_user)
    learner.goto(f"{site.url}{lesson.url}")
    expect(learner.locator("h1")).to_have_text("Practice")
    frame = learner.frame_locator(FRAME)
    check = frame.get_by_role("button", name="Check")
    expect(check).to_be_visible()
    with learner.expect_response(
        lambda r: "/h5p/xapi/" in r.url and "/answered" in (r.request.post_data or "")
    ) as sent:
        frame.get_by_role("radio", name="False").click()
        check.click()
    assert sent.value.ok
    result = H5PResult.objects.get(user=learner_user, activity=activity, lesson=lesson)
    assert (result.attempts, result.best_raw, result.best_max) == (1, 1, 1)
    learner.reload()
    expect(learner.locator("[data-h5p-result]")).to_have_text(
        "Your best score so far: 1 of 1 (1 try)."
    )
    assert not LessonProgress.objects.filter(
        user=learner_user, lesson=lesson, completed_at__isnull=False
    ).exists()

    # 8. The lesson page, with the score shown, passes axe (the frame left out).
    checked = browse(learner_user, bypass_csp=True)  # axe is injected inline
    checked.goto(f"{site.url}{lesson.url}")
    expect(checked.locator("[data-h5p-result]")).to_be_visible()
    _no_axe_violations(checked)


@pytest.fixture
def demo_people(origins, roles, tmp_path):
    demo_accounts_ensure(credentials_file=tmp_path / "demo-credentials.json")
    return {user.username: user for user in get_user_model().objects.all()}


def test_in_khmer_a_demo_activity_speaks_khmer_and_keeps_each_statement(
    site, origins, demo_people, browse
):
    publisher = review_publisher(
        editor=demo_people["demo_editor"], reviewer=demo_people["demo_reviewer"]
    )
    activities = demo_activities_ensure(
        editor=demo_people["demo_editor"], steward=demo_people["demo_steward"], publish=publisher
    )
    demo = demo_activity("who-can-help")
    activity = activities[demo.slug]
    course, lesson = _lesson_with(activity)
    learner_user = demo_people["demo_learner"]
    Enrolment.objects.create(user=learner_user, course=course)
    khmer = demo.translations["km"]
    words = l10n_translations("km")
    questions = demo.content["questions"]

    learner = browse(learner_user)
    learner.goto(f"{site.url}{lesson.url}".replace("/en/", "/km/", 1))
    frame = learner.frame_locator(FRAME)
    first = khmer[questions[0]["statement"]]
    expect(frame.get_by_text(first, exact=True)).to_be_visible()
    rows = frame.locator("fieldset")
    expect(rows).to_have_count(len(questions))
    for index, question in enumerate(questions):
        row = rows.nth(index)
        expect(row.locator("legend")).to_contain_text(khmer[question["statement"]])
        label = words["True"] if question["correct"] == "true" else words["False"]
        row.get_by_role("button", name=label, exact=True).click()
        expect(row.locator("button[aria-pressed=true]")).to_have_text(label)
    with learner.expect_response(
        lambda r: (
            "/h5p/xapi/" in r.url
            and "subContentId" not in (r.request.post_data or "")
            and "/answered" in (r.request.post_data or "")
        )
    ) as sent:
        frame.get_by_role("button", name=words["Check"], exact=True).click()
    assert sent.value.ok
    total = len(questions)
    expect(frame.get_by_role("status")).to_have_text(
        words["You got @score of @total"]
        .replace("@score", str(total))
        .replace("@total", str(total))
    )
    result = H5PResult.objects.get(user=learner_user, activity=activity, lesson=lesson)
    assert (result.attempts, result.best_raw, result.best_max) == (1, total, total)
    statements = H5PStatement.objects.filter(user=learner_user, activity=activity)
    parts = statements.exclude(sub_content_id="")
    assert sorted(parts.values_list("sub_content_id", flat=True)) == sorted(
        q["subContentId"] for q in questions
    )
    assert statements.filter(sub_content_id="", verb="answered").count() == 1

    checked = browse(learner_user, bypass_csp=True)  # axe is injected inline
    checked.goto(f"{site.url}{lesson.url}".replace("/en/", "/km/", 1))
    expect(checked.locator("[data-h5p-result]")).to_be_visible()
    _no_axe_violations(checked)


def _crafted_evil_html(tmp_path):
    files = package_files()
    files["content/evil.html"] = b"<script>parent.postMessage(document.cookie, '*')</script>"
    return write_package(tmp_path / "evil-page.h5p", files), "content/evil.html", ".html"


def _shared_xss_svg(tmp_path):
    require(XSS_SVG.is_file(), f"the real H5P packages are not at {SHARED_H5P}")
    return XSS_SVG, "content/images/xss.svg", ".svg"


@pytest.mark.parametrize("hostile", [_crafted_evil_html, _shared_xss_svg], ids=["html", "svg"])
def test_a_hostile_package_is_refused_with_its_reason_and_nothing_is_served(
    site, origins, make_user, browse, tmp_path, hostile
):
    path, bad, extension = hostile(tmp_path)
    editor = browse(make_user("mai", role="editor", mfa=True))
    _upload(editor, site, path)
    expect(_status(editor)).to_have_text("Refused")
    expect(editor.locator("#h5p-problems-heading")).to_have_text("Why the package was refused")
    reason = editor.locator(".h5p-problems li", has_text=bad).first
    expect(reason).to_contain_text(f"is a {extension} file, which content may not contain")
    expect(editor.get_by_role("button", name="Make an activity from this package")).to_have_count(0)

    package = H5PPackage.objects.get()
    assert package.status == H5PPackageStatus.REFUSED
    assert package.content_folder == ""
    assert not storage.content_path(package.pk).exists()
    assert not H5PActivity.objects.exists()
    # Nothing of it was extracted anywhere the content origin serves from.
    served = storage.local_path("h5p")
    assert not [p for p in served.rglob("*") if p.is_file() and "uploads" not in p.parts]
