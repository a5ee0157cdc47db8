"""A learner plays a real H5P activity (h5p-standalone's TrueFalse) inside a lesson.

The player runs on the content origin (h5p.localhost:<port>, the same live server under another
host name); the lesson page on the app origin only frames it. The statement the player emits
travels by postMessage to the lesson page, which posts it to the xAPI endpoint: object.id is
the activity's IRI and the actor a pseudonym. The app cannot read the frame, forged messages
are ignored, and neither page breaks its Content-Security-Policy.
"""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from courses.h5p.intake import check, receive
from courses.h5p.iri import activity_iri
from courses.h5p.libraries import approve
from courses.models import (
    Enrolment,
    H5PActivity,
    H5PLibrary,
    H5PLibraryStatus,
    H5PPackageStatus,
    LessonPage,
)
from home.demo_content import demo_home_ensure
from tests.courses_factory import course_build, publish
from tests.e2e.conftest import BROWSER_TEST, session_cookie
from tests.h5p_packages import SHARED_H5P
from tests.helpers import require

pytestmark = BROWSER_TEST

TRUE_FALSE = SHARED_H5P / "valid" / "h5p-standalone-truefalse.h5p"


def approved_and_ready(path: Path, editor, steward):
    """``path`` received and checked, its pending libraries approved, checked again: ready."""
    package = check(receive(SimpleUploadedFile(path.name, path.read_bytes()), editor))
    for library in H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING):
        approve(library, steward)
    package = check(package)
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.READY, package.problems
    return package


def ready_package(make_user):
    require(TRUE_FALSE.is_file(), f"the real H5P packages are not at {SHARED_H5P}")
    editor = make_user("editor1", role="editor")
    steward = make_user("steward1", role="library_steward")
    return approved_and_ready(Path(TRUE_FALSE), editor, steward)


@pytest.fixture
def lesson_page(site, origins, make_user, new_context):
    package = ready_package(make_user)
    activity = H5PActivity(title="Is this false?", package=package, texts=[], live=False)
    activity.save()
    activity.save_revision().publish()
    activity.refresh_from_db()
    built = course_build(demo_home_ensure())
    lesson = built["module"].add_child(
        instance=LessonPage(
            title="Practice",
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
    publish(lesson)
    learner = make_user("mali")
    Enrolment.objects.create(user=learner, course=built["course"])
    context = new_context(viewport={"width": 400, "height": 900})
    context.add_cookies(session_cookie(site, learner))
    page = context.new_page()
    # The content origin is this machine too (the suite's guard only knows the app's names).
    page.route(f"{origins['content']}/**", lambda route: route.continue_())
    return page, lesson, activity


def test_a_learner_plays_an_activity_and_the_lesson_page_posts_its_statement(origins, lesson_page):
    page, lesson, activity = lesson_page
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    xapi: list = []
    page.on("request", lambda r: xapi.append(r) if "/h5p/xapi/" in r.url else None)

    page.goto(f"{origins['app']}{lesson.url}")
    expect(page.locator("h1")).to_have_text("Practice")
    expect(page.locator(".h5p-activity__note")).to_contain_text("does not count")
    frame_element = page.locator("iframe[data-h5p-embed]")
    assert frame_element.get_attribute("src").startswith(f"{origins['content']}/play/")
    frame = page.frame_locator("iframe[data-h5p-embed]")
    expect(frame.get_by_text("Is this false?")).to_be_visible(timeout=20_000)
    check_button = frame.get_by_role("button", name="Check")
    expect(check_button).to_be_visible()

    # The app page cannot read the player's document: another origin.
    read = page.evaluate(
        """() => {
            const frame = document.querySelector('iframe[data-h5p-embed]');
            try { return frame.contentWindow.document.body.innerHTML; }
            catch (error) { return error.name; }
        }"""
    )
    assert read == "SecurityError"
    assert page.evaluate(
        "() => document.querySelector('iframe[data-h5p-embed]').contentDocument === null"
    )
    # The frame was sized from the player's own height report.
    expect(frame_element).not_to_have_css("height", "400px")

    # Forged messages: from the app page itself, and from another frame of the content origin.
    forged = {
        "type": "rightspath:h5p",
        "version": 1,
        "statement": {"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}},
    }
    page.evaluate("message => window.postMessage(message, '*')", forged)
    page.evaluate(
        """url => new Promise(resolve => {
            const other = document.createElement('iframe');
            other.src = url; other.id = 'other-frame';
            other.addEventListener('load', resolve);
            document.body.append(other);
        })""",
        f"{origins['content']}/player-static/h5p-player.css",
    )
    other = next(f for f in page.frames if f.url.endswith("/player-static/h5p-player.css"))
    other.evaluate("message => window.parent.postMessage(message, '*')", forged)
    # The real player's frame, with a message of the wrong shape, is ignored too.
    player = next(f for f in page.frames if "/play/" in f.url)
    player.evaluate(
        "() => window.parent.postMessage({type: 'rightspath:h5p', version: 1, statement: 'x'}, '*')"
    )
    page.wait_for_timeout(1000)
    assert xapi == [], [r.post_data for r in xapi]

    # Answer and check: the lesson page posts the "answered" statement.
    def answered(request):
        return (
            "/h5p/xapi/" in request.url
            and request.method == "POST"
            and "/answered" in (request.post_data or "")
        )

    with page.expect_request(answered, timeout=15_000) as posted:
        frame.get_by_role("radio", name="False").click()
        check_button.click()
    request = posted.value
    assert request.url == f"{origins['app']}/h5p/xapi/{lesson.pk}/{activity.key}/?lang=en"
    assert request.headers.get("x-csrftoken")
    statement = request.post_data_json
    assert statement["object"]["id"] == activity_iri(activity.key)
    assert statement["actor"].get("name") == "learner"
    assert statement["actor"].get("mbox") == "mailto:learner@rightspath.invalid"
    assert "mali" not in json.dumps(statement)
    assert statement["result"]["score"]["raw"] == 1
    assert statement["id"]

    violations = [
        text
        for text in console
        if "Content Security Policy" in text or "Refused to" in text or "pageerror" in text
    ]
    assert violations == [], violations


def test_a_statement_that_could_not_be_sent_is_sent_again_with_the_same_id(origins, lesson_page):
    page, lesson, activity = lesson_page
    attempts: list[dict] = []
    offline = {"on": True}

    def endpoint(route):
        attempts.append(route.request.post_data_json)
        if offline["on"]:
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page.route("**/h5p/xapi/**", endpoint)
    page.goto(f"{origins['app']}{lesson.url}")
    frame = page.frame_locator("iframe[data-h5p-embed]")
    expect(frame.get_by_role("button", name="Check")).to_be_visible(timeout=20_000)
    frame.get_by_role("radio", name="True").click()
    frame.get_by_role("button", name="Check").click()
    page.wait_for_timeout(1000)
    assert attempts, "the statement was never tried"
    failed_ids = {statement["id"] for statement in attempts}

    offline["on"] = False
    tried_before = len(attempts)

    def answered_sent(response):
        return "/h5p/xapi/" in response.url and "/answered" in (response.request.post_data or "")

    with page.expect_response(answered_sent, timeout=15_000):
        page.evaluate("() => window.dispatchEvent(new Event('online'))")
    # Whatever failed was sent again, under the same id (the server stores it once).
    assert failed_ids <= {statement["id"] for statement in attempts[tried_before:]}
    answered = [s for s in attempts if s["verb"]["id"].endswith("/answered")]
    assert answered[-1]["result"]["score"]["raw"] == 0
    assert len({s["id"] for s in answered}) == 1


def test_in_khmer_the_activity_shows_its_khmer_texts_in_noto_sans_khmer(origins, lesson_page):
    page, lesson, activity = lesson_page
    question = [
        {"type": "text", "value": {"text": "Is this false?", "pointers": "/question", "html": True}}
    ]
    khmer = [
        {"type": "text", "value": {"text": "តើនេះខុសឬ?", "pointers": "/question", "html": True}}
    ]
    activity.texts_en = json.dumps(question)
    activity.texts_km = json.dumps(khmer)
    activity.save(update_fields=["texts_en", "texts_km"])

    page.goto(f"{origins['app']}{lesson.url}".replace("/en/", "/km/", 1))
    frame = page.frame_locator("iframe[data-h5p-embed]")
    expect(frame.get_by_text("តើនេះខុសឬ?")).to_be_visible(timeout=20_000)
    player = next(f for f in page.frames if "/play/" in f.url)
    assert player.evaluate("() => document.documentElement.lang") == "km"
    fonts = player.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family);
        }"""
    )
    assert "Noto Sans Khmer" in {family.strip('"') for family in fonts}
