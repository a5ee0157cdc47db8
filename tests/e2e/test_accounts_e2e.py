"""A learner signs up and signs in without an e-mail address."""

from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST

pytestmark = BROWSER_TEST


def test_learner_signs_up_signs_out_and_signs_in_without_email(site, page):
    page.goto(f"{site.url}/en/accounts/signup/")
    page.get_by_label("Username").fill("river_kid")
    page.get_by_label("Display name").fill("Quiet Kite 31")
    page.get_by_label("How old are you?").select_option("14_15")
    page.locator("#id_password1").fill("mango-bamboo-lantern")
    page.get_by_label("Password (again)").fill("mango-bamboo-lantern")
    page.get_by_role("button", name="Sign Up").click()

    expect(page).to_have_url(f"{site.url}/en/me/")
    expect(page.get_by_text("Quiet Kite 31")).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    page.goto(f"{site.url}/en/accounts/login/")
    page.get_by_label("Username").fill("river_kid")
    page.locator("#id_password").fill("mango-bamboo-lantern")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{site.url}/en/me/")


def test_sign_up_with_a_taken_username_says_so_in_khmer(site, page):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("sokha", password="mango-bamboo-lantern")
    page.goto(f"{site.url}/km/accounts/signup/")
    page.locator("#id_username").fill("sokha")
    page.locator("#id_display_name").fill("Kind Lotus")
    page.locator("#id_age_band").select_option("16_17")
    page.locator("#id_password1").fill("mango-bamboo-lantern")
    page.locator("#id_password2").fill("mango-bamboo-lantern")
    page.locator("form button[type=submit]").last.click()
    expect(page).to_have_url(f"{site.url}/km/accounts/signup/")
    assert get_user_model().objects.filter(username="sokha").count() == 1
    assert "already" not in page.content()
