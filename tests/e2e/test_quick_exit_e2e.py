"""Quick exit: button, Shift pressed three times, page blanked, history entry replaced."""

from playwright.sync_api import expect

EXIT_URL = "https://www.google.com/"
ELSEWHERE = "<!doctype html><title>Elsewhere</title><p>Somewhere else</p>"


def stub_destination(page, held=None):
    def answer(route):
        if held is not None:
            held.append(route)
        else:
            route.fulfill(status=200, content_type="text/html", body=ELSEWHERE)

    page.route("https://www.google.com/**", answer)


def test_button_leaves_and_replaces_the_history_entry(site, page):
    stub_destination(page)
    page.goto(f"{site.url}/en/accounts/login/")
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="Exit this page").click()
    expect(page).to_have_url(EXIT_URL)
    page.go_back()
    # The page the person fled from is gone from history: back leads one step further.
    expect(page).to_have_url(f"{site.url}/en/accounts/login/")


def test_page_is_blanked_before_the_destination_answers(site, page):
    held = []
    stub_destination(page, held)
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="Exit this page").click(no_wait_after=True)
    page.wait_for_function("document.documentElement.classList.contains('quick-exit-active')")
    assert page.evaluate("getComputedStyle(document.body).visibility") == "hidden"
    assert page.title() == ""
    page.wait_for_timeout(50)
    for route in held:
        route.fulfill(status=200, content_type="text/html", body=ELSEWHERE)
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


def test_without_javascript_the_button_is_a_plain_link(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route(
        "**/*",
        lambda route: (
            route.fulfill(status=200, body=ELSEWHERE, content_type="text/html")
            if "google" in route.request.url
            else route.continue_()
        ),
    )
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
