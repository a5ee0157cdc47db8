"""Quick exit: button, Shift pressed three times, page blanked, history entry replaced."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST

EXIT_URL = "https://www.google.com/"
EXIT_HOSTS = re.compile(r"^https://www\.google\.com(\.[a-z]{2})?/")
ELSEWHERE = "<!doctype html><title>Elsewhere</title><p>Somewhere else</p>"


def stub_destination(page):
    def answer(route):
        route.fulfill(status=200, content_type="text/html", body=ELSEWHERE)

    page.route(EXIT_HOSTS, answer)


def test_button_leaves_and_replaces_the_history_entry(site, page):
    stub_destination(page)
    page.goto(f"{site.url}/en/accounts/login/")
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="Exit this page").click()
    expect(page).to_have_url(EXIT_URL)
    page.go_back()
    # The page the person fled from is gone from history: back leads one step further.
    expect(page).to_have_url(f"{site.url}/en/accounts/login/")


def test_page_is_blanked_in_the_same_moment_as_the_click(site, page):
    stub_destination(page)
    page.goto(f"{site.url}/en/")
    # Click and read the page in one JavaScript turn: before any navigation can happen.
    state = page.evaluate(
        """() => {
            document.querySelector('[data-quick-exit]').click();
            return [document.documentElement.classList.contains('quick-exit-active'),
                    getComputedStyle(document.body).visibility, document.title];
        }"""
    )
    assert state == [True, "hidden", ""]
    expect(page).to_have_url(EXIT_URL)


def test_shift_pressed_three_times_leaves(site, page):
    stub_destination(page)
    page.goto(f"{site.url}/km/")
    expect(page.get_by_text("Shift")).to_be_visible()
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url("https://www.google.com.kh/")


def test_shift_with_other_keys_between_does_not_leave(site, page):
    stub_destination(page)
    page.goto(f"{site.url}/en/accounts/login/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    expect(page).to_have_url(f"{site.url}/en/accounts/login/")


def test_without_javascript_the_button_is_a_plain_link(site, new_context):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    stub_destination(page)
    page.goto(f"{site.url}/vi/")
    page.get_by_role("link", name="Thoát trang này").click()
    expect(page).to_have_url("https://www.google.com.vn/")
    context.close()


def test_button_stays_on_screen_while_scrolling(site, page):
    page.set_viewport_size({"width": 320, "height": 400})
    page.goto(f"{site.url}/en/accounts/signup/")
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(100)
    box = page.get_by_role("link", name="Exit this page").bounding_box()
    assert box is not None and 0 <= box["y"] < 400
