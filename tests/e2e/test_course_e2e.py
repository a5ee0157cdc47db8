"""A learner takes a public course on a phone: starts it, loses the connection in the middle
of a quiz and carries on, fails then passes, finishes the course, downloads the Khmer
certificate and then switches its check page off. axe scans each page on the way."""

import json
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.models import Certificate, QuizAnswer
from home.demo_content import demo_home_ensure
from tests.courses_factory import course_build
from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _answer(page, question_text, action):
    expect(page.locator("legend")).to_have_text(question_text)
    action(page)
    page.get_by_role("button", name=re.compile("Save and")).click()


WRONG = {
    "Who can you tell?": lambda p: p.locator("#c-single-1").check(),
    "Which are rights?": lambda p: p.locator("#c-multi-0").check(),
    "True or false: it was your fault.": lambda p: p.locator("#c-true").check(),
    "Which article is about recovery?": lambda p: p.locator("#answer-text").fill("Article 12"),
}
RIGHT = {
    "Who can you tell?": lambda p: p.locator("#c-single-0").check(),
    "Which are rights?": lambda p: (
        p.locator("#c-multi-0").check(),
        p.locator("#c-multi-1").check(),
    ),
    "True or false: it was your fault.": lambda p: p.locator("#c-false").check(),
    "Which article is about recovery?": lambda p: p.locator("#answer-text").fill("article 39"),
    "Put the steps in order.": lambda p: [
        p.locator(f"#p-order-{i}").select_option(str(i + 1)) for i in range(3)
    ],
    "Match each word.": lambda p: [
        p.locator(f"#m-match-{i}").select_option(f"match-{i}") for i in range(2)
    ],
}


@pytest.fixture
def learner_page(site, make_user, new_context):
    learner = make_user("mali")
    context = new_context(bypass_csp=True, **PHONE)  # bypass: axe is injected inline
    context.add_cookies(session_cookie(site, learner))
    return learner, context, context.new_page()


def test_a_learner_goes_from_the_first_lesson_to_a_checked_khmer_certificate(
    site, learner_page, new_context
):
    learner, context, page = learner_page
    built = course_build(demo_home_ensure())
    course, quiz = built["course"], built["quiz"]

    page.goto(f"{site.url}{course.url}")
    _no_violations(page)
    page.get_by_role("button", name="Start this course").click()
    expect(page.locator("h1")).to_have_text("Lesson one")
    _no_violations(page)

    # First attempt: two answers, then the connection drops.
    page.get_by_role("link", name="Go to the quiz").click()
    _no_violations(page)
    page.get_by_role("button", name="Start the quiz").click()
    _answer(page, "Who can you tell?", WRONG["Who can you tell?"])
    _answer(page, "Which are rights?", WRONG["Which are rights?"])
    _no_violations(page)
    context.set_offline(True)
    page.locator("#c-true").check()
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        page.get_by_role("button", name=re.compile("Save and")).click()
        page.wait_for_url("**/3/", timeout=1)  # never reached
        page.goto(page.url)
    context.set_offline(False)
    assert QuizAnswer.objects.count() == 2  # what was sent before is kept

    # Back later: the quiz carries on at the first question without an answer.
    page.goto(f"{site.url}{quiz.url}")
    page.get_by_role("button", name="Carry on with the quiz").click()
    expect(page.locator(".quiz__position")).to_have_text("Question 3 of 6")
    for text in ["True or false: it was your fault.", "Which article is about recovery?"]:
        _answer(page, text, WRONG[text])
    for text in ["Put the steps in order.", "Match each word."]:
        _answer(page, text, RIGHT[text])
    _no_violations(page)
    page.get_by_role("button", name="Hand in your answers").click()
    expect(page.locator(".quiz__score")).to_contain_text("Not passed yet")
    expect(page.locator(".result--wrong")).to_have_count(4)
    _no_violations(page)

    # Second attempt: all right.
    page.get_by_role("link", name="Back to the quiz").click()
    page.get_by_role("button", name="Try again").click()
    for text, action in RIGHT.items():
        _answer(page, text, action)
    page.get_by_role("button", name="Hand in your answers").click()
    expect(page.locator(".quiz__score")).to_contain_text("You passed.")

    # Both lessons done: the course is complete.
    page.goto(f"{site.url}{built['lessons'][0].url}")
    page.get_by_role("button", name="I have finished this lesson").click()
    expect(page.locator("h1")).to_have_text("Lesson two")
    page.get_by_role("button", name="I have finished this lesson").click()
    expect(page.locator(".messages")).to_contain_text("You have completed the course")
    page.goto(f"{site.url}/en/learning/")
    expect(page.locator("main")).to_contain_text("2 of 2 lessons done")
    _no_violations(page)

    # The certificate, in Khmer.
    page.goto(f"{site.url}{course.url.replace('/en/', '/km/', 1)}certificate/")
    expect(page.locator("html")).to_have_attribute("lang", "km")
    _no_violations(page)
    page.locator("#id_printed_name").fill("សុខា ចាន់")
    page.locator("#id_verification_on").check()
    page.locator("#id_show_name").check()
    page.locator("button[value=make]").click()
    download_link = page.locator("a[href$='?download=pdf']")
    expect(download_link).to_be_visible()
    with page.expect_download() as download_info:
        download_link.click()
    reader = PdfReader(download_info.value.path())
    fonts = {
        str(font["/BaseFont"])
        for pdf_page in reader.pages
        for font in pdf_page["/Resources"]["/Font"].get_object().values()
    }
    assert any("Noto-Sans-Khmer" in font for font in fonts), fonts
    _no_violations(page)

    # The check page, for someone the learner gives the link to.
    check_url = page.locator("input[readonly]").input_value()
    visitor = new_context(bypass_csp=True).new_page()
    assert visitor.goto(check_url).status == 200
    expect(visitor.locator("main")).to_contain_text("សុខា ចាន់")
    _no_violations(visitor)
    page.locator("button[value=verification_off]").click()
    expect(page.locator("input[readonly]")).to_have_count(0)
    assert visitor.goto(check_url).status == 404
    assert Certificate.objects.get(user=learner).revoked_at is not None
