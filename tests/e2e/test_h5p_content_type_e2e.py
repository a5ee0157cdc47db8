"""Our H5P content type, RightsPath.RightsCheck, played by the real h5p-standalone in Chromium.

A throwaway folder (in tmp_path, never in the repository) is served on 127.0.0.1: the pinned
h5p-standalone dist, a demo package extracted as the content origin serves it (h5p.json,
content/, libraries/<Machine-major.minor>/), and a small page that plays it and keeps every
xAPI statement H5P.externalDispatcher hands out. The test answers with the keyboard only.
"""

import functools
import io
import shutil
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from courses.h5p.demo_activities import DEMO_ACTIVITIES
from courses.h5p.own_package import LIBRARY
from tests.e2e.conftest import AXE
from tests.helpers import require

pytestmark = [pytest.mark.browser]

DIST = Path(__file__).resolve().parents[2] / "node_modules" / "h5p-standalone" / "dist"
IRI = "https://rightspath.invalid/h5p/activity/test"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
CATEGORY = {"id": "http://h5p.org/libraries/RightsPath.RightsCheck-1.0", "objectType": "Activity"}

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rights check</title>
<script src="/player/main.bundle.js"></script>
</head>
<body>
<main><h1>Rights check</h1><div id="h5p"></div></main>
<script src="/test.js"></script>
</body>
</html>
"""

SCRIPT = """
window.__statements = [];
window.__errors = [];
new H5PStandalone.H5P(document.getElementById('h5p'), {
  id: 'rights-check-test',
  h5pJsonPath: '/h5p',
  librariesPath: '/h5p/libraries',
  frameJs: '/player/frame.bundle.js',
  frameCss: '/player/styles/h5p.css',
  embedType: 'div',
  xAPIObjectIRI: '@IRI@'
}).then(function () {
  H5P.externalDispatcher.on('xAPI', function (event) {
    window.__statements.push(JSON.parse(JSON.stringify(event.data.statement)));
  });
  window.__ready = true;
}, function (error) {
  window.__errors.push(String(error));
});
""".replace("@IRI@", IRI)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the standard library's name)
        pass


@pytest.fixture
def player_site(tmp_path):
    """The URL of the test page, served from tmp_path on a free port of 127.0.0.1."""
    require(DIST.is_dir(), "h5p-standalone is installed by npm ci")
    root = tmp_path / "site"
    shutil.copytree(DIST, root / "player")
    activity = DEMO_ACTIVITIES[0]
    with zipfile.ZipFile(io.BytesIO(activity.package())) as archive:
        for name in archive.namelist():
            if name == "h5p.json" or name.startswith("content/"):
                target = root / "h5p" / name
            else:
                target = root / "h5p" / "libraries" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    assert (root / "h5p" / "libraries" / LIBRARY.folder / "library.json").is_file()
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    (root / "test.js").write_text(SCRIPT, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html", activity
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def focused(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement;
             return {text: e.textContent, cls: e.className,
                     statement: e.closest('fieldset') ? [...document.querySelectorAll(
                       '.h5p-rights-check-statement')].indexOf(e.closest('fieldset')) : -1}; }"""
    )


def test_answering_with_the_keyboard_sends_one_statement_per_question_and_one_score(
    page, player_site
):
    url, activity = player_site
    questions = activity.content["questions"]
    total = len(questions)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(url)
    page.wait_for_function("window.__ready === true || window.__errors.length > 0")
    assert page.evaluate("window.__errors") == []
    statements = page.locator(".h5p-rights-check-statement")
    assert statements.count() == total
    first = statements.nth(0)
    assert first.locator("legend").inner_text().split("\n")[0] == f"Question 1 of {total}"
    assert first.locator(".h5p-rights-check-text").inner_text() == questions[0]["statement"]
    assert page.locator(".h5p-rights-check-intro strong").inner_text() == (
        "Convention on the Rights of the Child"
    )
    # Nothing overflows a 320 px phone, and every button is a large target.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for box in [b.bounding_box() for b in page.locator(".h5p-rights-check-choice").all()]:
        assert box["height"] >= 44 and box["width"] >= 44

    # Tab from the top of the page reaches the first "True" button; Space answers.
    page.locator("h1").click()
    page.keyboard.press("Tab")
    assert focused(page) == {"text": "True", "cls": "h5p-rights-check-choice", "statement": 0}
    given = []
    for index, question in enumerate(questions):
        right = question["correct"] == "true"
        answer = (not right) if index == 0 else right  # the first one wrong
        given.append(answer)
        if answer:
            page.keyboard.press("Space")
            page.keyboard.press("Tab")
        else:
            page.keyboard.press("Tab")
            page.keyboard.press("Space")
        row = statements.nth(index)
        pressed = row.locator("[aria-pressed=true]")
        assert pressed.count() == 1
        assert pressed.inner_text().endswith("True" if answer else "False")
        page.keyboard.press("Tab")
    assert focused(page)["text"] == "Check"
    page.keyboard.press("Space")

    page.wait_for_function(
        f"window.__statements.filter(s => s.verb.id.endsWith('/answered')).length >= {total + 1}"
    )
    sent = page.evaluate("window.__statements")
    answered = [s for s in sent if s["verb"]["id"] == ANSWERED]
    children = [s for s in answered if "?subContentId=" in s["object"]["id"]]
    top = [s for s in answered if s["object"]["id"] == IRI]
    assert len(answered) == total + 1
    assert [s["object"]["id"] for s in children] == [
        f"{IRI}?subContentId={q['subContentId']}" for q in questions
    ]
    for statement, question, answer in zip(children, questions, given, strict=True):
        assert statement["context"]["contextActivities"]["parent"] == [
            {"id": IRI, "objectType": "Activity"}
        ]
        right = 1 if (question["correct"] == "true") == answer else 0
        assert statement["result"]["score"] == {"min": 0, "max": 1, "raw": right, "scaled": right}
        assert statement["result"]["success"] is bool(right)
        assert statement["result"]["response"] == ("true" if answer else "false")
        assert statement["object"]["definition"]["interactionType"] == "true-false"
        assert statement["context"]["contextActivities"]["category"] == [CATEGORY]
    assert len(top) == 1
    result = top[0]["result"]
    assert result["score"]["raw"] == total - 1 and result["score"]["max"] == total
    assert result["completion"] is True and result["success"] is False
    assert top[0]["context"]["contextActivities"] == {"category": [CATEGORY]}
    assert answered[-1]["object"]["id"] == IRI  # the score comes last
    # The learner started answering: one "attempted" for the activity, nothing else.
    assert {s["verb"]["id"].rsplit("/", 1)[1] for s in sent} == {"attempted", "answered"}

    status = page.get_by_role("status")
    assert status.inner_text() == f"You got {total - 1} of {total}"
    feedback = statements.nth(0).locator(".h5p-rights-check-feedback")
    assert feedback.inner_text() == f"Not quite {questions[0]['feedbackWrong']}"
    assert "h5p-rights-check-is-wrong" in statements.nth(0).get_attribute("class")
    assert statements.nth(0).get_attribute("aria-describedby") == feedback.get_attribute("id")
    assert statements.nth(1).locator(".h5p-rights-check-feedback").inner_text() == (
        f"Correct {questions[1]['feedbackCorrect']}"
    )
    assert "h5p-rights-check-is-right" in statements.nth(1).get_attribute("class")
    # Plain text is shown as text: the stored "&#039;" reads as an apostrophe.
    fourth = statements.nth(3).locator(".h5p-rights-check-feedback").inner_text()
    assert "the child's views" in fourth and "&#" not in fourth
    assert focused(page)["text"] == "Try again"
    assert page.locator(".h5p-rights-check-choice:enabled").count() == 0

    # Try again: everything cleared, focus back on the first statement, nothing sent.
    page.keyboard.press("Enter")
    assert page.locator("[aria-pressed=true]").count() == 0
    assert page.locator(".h5p-rights-check-feedback:visible").count() == 0
    assert status.inner_text() == ""
    assert focused(page) == {"text": "True", "cls": "h5p-rights-check-choice", "statement": 0}
    assert len(page.evaluate("window.__statements")) == len(sent)

    # In Khmer, the statements use Noto Sans Khmer first.
    page.evaluate("document.documentElement.lang = 'km'")
    font = page.evaluate(
        "getComputedStyle(document.querySelector('.h5p-rights-check-text')).fontFamily"
    )
    assert font.startswith('"Noto Sans Khmer"')
    assert errors == []


def test_the_activity_has_no_accessibility_violations(page, player_site):
    require(AXE.exists(), "axe-core is installed by npm ci")
    url, activity = player_site
    page.goto(url)
    page.wait_for_function("window.__ready === true")
    page.locator(".h5p-rights-check-choice").first.click()
    page.locator(".h5p-rights-check-check").click()
    page.wait_for_function("document.querySelector('.h5p-rights-check-status').textContent")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """() => axe.run({include: [['.h5p-rights-check']]}, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []
    assert page.locator(".h5p-rights-check-statement").count() == len(activity.content["questions"])


def test_the_question_contract_score_solutions_and_reset(page, player_site):
    url, activity = player_site
    questions = activity.content["questions"]
    page.goto(url)
    page.wait_for_function("window.__ready === true")
    instance = "H5P.instances[0]"
    assert page.evaluate(f"[{instance}.getScore(), {instance}.getMaxScore()]") == [
        0,
        len(questions),
    ]
    assert page.evaluate(f"{instance}.getAnswerGiven()") is False
    rows = page.locator(".h5p-rights-check-statement")
    for index, question in enumerate(questions):
        label = "True" if question["correct"] == "true" else "False"
        rows.nth(index).get_by_role("button", name=label).click()
    assert page.evaluate(f"[{instance}.getScore(), {instance}.getAnswerGiven()]") == [
        len(questions),
        True,
    ]

    page.evaluate(f"{instance}.resetTask()")
    assert page.locator("[aria-pressed=true]").count() == 0
    assert page.evaluate(f"{instance}.getScore()") == 0

    page.evaluate(f"{instance}.showSolutions()")
    solutions = page.locator(".h5p-rights-check-solution")
    assert solutions.count() == len(questions)
    for index, question in enumerate(questions):
        solution = rows.nth(index).locator(".h5p-rights-check-solution")
        assert solution.get_attribute("data-value") == question["correct"]
        assert (
            rows.nth(index).locator(".h5p-rights-check-feedback").inner_text()
            == (question["feedbackCorrect"])
        )
    assert page.locator(".h5p-rights-check-choice:enabled").count() == 0
    # Showing solutions is not answering: nothing was sent.
    assert page.evaluate("window.__statements.filter(s => s.result).length") == 0
