"""A learner looks at their data, downloads it, deletes their account, and can no longer sign
in. axe scans each data page on the way."""

import json

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST, axe_violations

pytestmark = BROWSER_TEST

PASSWORD = "mango-bamboo-lantern"


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _sign_in(page, site, username):
    page.goto(f"{site.url}/en/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_a_learner_downloads_their_data_and_deletes_their_account(site, axe_page):
    from django.contrib.auth.models import Group

    from accounts.services import profile_update

    user = get_user_model().objects.create_user("lotus_reader", password=PASSWORD)
    user.groups.add(Group.objects.get(name="learner"))
    profile_update(user=user, display_name="Quiet Lotus 42", age_band="16_17")
    page = axe_page
    page.set_viewport_size({"width": 320, "height": 700})

    _sign_in(page, site, "lotus_reader")
    expect(page).to_have_url(f"{site.url}/en/me/")
    page.get_by_role("link", name="Your data").click()
    expect(page.locator("h1")).to_have_text("Your data")
    _no_violations(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your data (a JSON file)").click()
    download = download_info.value
    assert download.suggested_filename == "notebook-data.json"
    with open(download.path(), encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["profile"]["display_name"] == "Quiet Lotus 42"

    page.get_by_role("link", name="See your data on a page").click()
    expect(page.get_by_text("Quiet Lotus 42")).to_be_visible()
    _no_violations(page)

    page.goto(f"{site.url}/en/me/data/")
    page.get_by_role("link", name="Delete your account").click()
    expect(page.locator("h1")).to_have_text("Delete your account")
    _no_violations(page)
    # A wrong password deletes nothing and says so next to the field.
    page.get_by_label("Your password").fill("not-my-password")
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("That is not your password. Nothing was deleted.")).to_be_visible()
    _no_violations(page)
    assert get_user_model().objects.filter(username="lotus_reader").exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.locator("h1")).to_have_text("Your account is deleted")
    _no_violations(page)
    assert not get_user_model().objects.filter(username="lotus_reader").exists()

    # Signed out, and the account cannot sign in again.
    page.goto(f"{site.url}/en/me/data/")
    expect(page).to_have_url(f"{site.url}/en/accounts/login/?next=/en/me/data/")
    _sign_in(page, site, "lotus_reader")
    expect(page).to_have_url(f"{site.url}/en/accounts/login/")
