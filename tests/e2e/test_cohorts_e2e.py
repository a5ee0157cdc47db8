"""A facilitator creates a cohort on a phone, makes three accounts and prints their sign-in
cards; a learner takes one card, chooses a password with its code and signs in. axe scans
every cohort page and the cards."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
NEW_PASSWORD = "lotus-river-lantern-9"


def _fits_320(page):
    page.set_viewport_size({"width": 320, "height": 700})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size(PHONE["viewport"])


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


@pytest.fixture
def facilitator_page(site, new_context):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        "fac_dara", password="a-long-and-unusual-passphrase"
    )
    user.groups.add(Group.objects.get(name="facilitator"))
    TOTP.activate(user, generate_totp_secret())
    context = new_context(bypass_csp=True, **PHONE)  # bypass: axe is injected inline
    context.add_cookies(session_cookie(site, user))
    return user, context.new_page()


def test_a_facilitator_makes_cards_and_a_learner_signs_in_with_one(
    site, facilitator_page, new_context
):
    from django.contrib.auth import get_user_model

    from paralegal.models import Cohort, Membership

    facilitator, page = facilitator_page

    page.goto(f"{site.url}/en/me/")
    page.get_by_role("link", name="My cohorts").click()
    expect(page.locator("h1")).to_have_text("My cohorts")
    _no_violations(page)

    page.get_by_role("link", name="Create a cohort").click()
    _no_violations(page)
    page.get_by_label("Name of the group").fill("Thursday group")
    page.get_by_label("Country", exact=True).select_option("KH")
    page.get_by_label("Language", exact=True).select_option("km")
    page.get_by_label("Starts on").fill("2026-11-01")
    page.get_by_label("Ends on").fill("2027-03-01")
    page.get_by_role("button", name="Create the cohort").click()

    cohort = Cohort.objects.get(name="Thursday group")
    expect(page).to_have_url(re.compile(rf"/en/cohorts/{cohort.pk}/$"))
    expect(page.locator("h1")).to_have_text("Thursday group")
    expect(page.locator("[data-join-code]")).to_have_text(
        f"{cohort.join_code[:4]}-{cohort.join_code[4:]}"
    )
    _no_violations(page)

    # A bad count first: explained next to the field, nothing made.
    page.get_by_role("link", name="Make accounts and sign-in cards").click()
    _no_violations(page)
    page.get_by_label("How many accounts?").fill("0")
    page.get_by_role("button", name="Make the accounts").click()
    expect(page.locator("#id_count_error")).to_contain_text("greater than or equal to 1")
    assert page.get_by_label("How many accounts?").get_attribute("aria-invalid") == "true"
    _no_violations(page)
    assert not Membership.objects.filter(cohort=cohort).exists()

    page.get_by_label("How many accounts?").fill("3")
    page.get_by_label("Display names (optional)").fill("Brave Heron\nKind Mango")
    page.get_by_role("button", name="Make the accounts").click()
    expect(page.locator("h1")).to_have_text("Sign-in cards")
    cards = page.locator(".sign-in-card")
    expect(cards).to_have_count(3)
    _no_violations(page)
    expect(page.get_by_role("button", name="Print the cards")).to_be_visible()
    _fits_320(page)

    usernames = page.locator("[data-card-username]").all_inner_texts()
    codes = page.locator("[data-card-code]").all_inner_texts()
    assert len(set(usernames)) == 3
    assert all(re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code) for code in codes)
    made = get_user_model().objects.filter(username__in=usernames)
    assert made.count() == 3
    assert all(list(u.groups.values_list("name", flat=True)) == ["learner"] for u in made)
    assert all(u.email == "" for u in made)

    # On paper: two cards a row, the screen-only notice gone, no card split across pages.
    page.emulate_media(media="print")
    expect(page.locator(".cards-screen-only")).to_be_hidden()
    first, second, third = (cards.nth(i).bounding_box() for i in range(3))
    assert first["y"] == second["y"] and second["x"] > first["x"]
    assert third["y"] > first["y"]
    assert cards.first.evaluate("el => getComputedStyle(el).breakInside") == "avoid"
    page.emulate_media(media="screen")

    # The learner: the address on the card, the username and code, a password of their own.
    redeem_url = cards.first.locator(".sign-in-card__url").inner_text().strip()
    assert redeem_url == f"{site.url}/km/accounts/reset-with-code/"
    learner_context = new_context(bypass_csp=True, **PHONE)
    learner = learner_context.new_page()
    learner.goto(redeem_url)
    _no_violations(learner)
    learner.locator("#id_username").fill(usernames[0])
    learner.locator("#id_code").fill(codes[0].lower())
    learner.locator("#id_new_password1").fill(NEW_PASSWORD)
    learner.locator("#id_new_password2").fill(NEW_PASSWORD)
    learner.locator("main form button[type=submit]").click()
    expect(learner).to_have_url(f"{site.url}/km/accounts/login/")

    learner.locator("#id_login").fill(usernames[0])
    learner.locator("#id_password").fill(NEW_PASSWORD)
    learner.locator("main form button[type=submit]").last.click()
    expect(learner).to_have_url(f"{site.url}/km/me/")
    expect(learner.locator("main")).to_contain_text("Brave Heron")
    # The learner's page offers "Join a group"; the code on the card is spent.
    expect(learner.locator("a[href='/km/join/']")).to_have_count(1)
    from accounts.models import ResetCode

    assert ResetCode.objects.get(user__username=usernames[0]).used_at is not None

    # Back on the cohort: the three learners, with the names given and a pseudonym.
    page.goto(f"{site.url}/en/cohorts/{cohort.pk}/")
    members = page.locator(".cohort-members__item")
    expect(members).to_have_count(3)
    expect(page.locator("#members")).to_contain_text("Brave Heron")
    expect(page.locator("#members")).to_contain_text("Kind Mango")
    _no_violations(page)
    _fits_320(page)


def test_a_learner_joins_with_a_code_and_the_consent_and_course_pages_pass_axe(
    site, facilitator_page, new_context
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts.models import AgeBand
    from paralegal.models import Membership
    from paralegal.services.cohorts import cohort_create, join_code_format

    facilitator, page = facilitator_page
    cohort = cohort_create(
        creator=facilitator,
        name="Evening group",
        country="KH",
        language="en",
        starts_on="2026-11-01",
        ends_on="2027-03-01",
    )
    learner = get_user_model().objects.create_user("sokha2", password=NEW_PASSWORD)
    learner.groups.add(Group.objects.get(name="learner"))
    learner.profile.age_band = AgeBand.AGE_14_15
    learner.profile.save()

    learner_context = new_context(bypass_csp=True, **PHONE)
    learner_context.add_cookies(session_cookie(site, learner))
    phone = learner_context.new_page()
    phone.goto(f"{site.url}/en/me/")
    phone.get_by_role("link", name="Join a group").click()
    _no_violations(phone)
    phone.get_by_label("Group code").fill("WRONG-CODE")
    phone.get_by_role("button", name="Join").click()
    expect(phone.locator("#id_code_error")).to_contain_text("This code does not work")
    _no_violations(phone)
    phone.get_by_label("Group code").fill(join_code_format(cohort.join_code).lower())
    phone.get_by_role("button", name="Join").click()
    expect(phone.locator(".messages")).to_contain_text("Evening group")
    assert Membership.objects.filter(cohort=cohort, user=learner).exists()

    page.goto(f"{site.url}/en/cohorts/{cohort.pk}/")
    expect(page.locator("[data-consent-missing]")).to_contain_text(learner.profile.display_name)
    page.get_by_role("link", name=f"Record consent for {learner.profile.display_name}").click()
    _no_violations(page)
    page.get_by_role("button", name="Save the consent record").click()  # nothing chosen
    expect(page.locator(".field--error")).to_have_count(3)
    _no_violations(page)
    page.get_by_label("A parent or guardian").check()
    page.get_by_label("A signed paper form, kept by the organisation").check()
    page.get_by_label("Given on").fill("2026-11-02")
    page.get_by_role("button", name="Save the consent record").click()
    expect(page.locator("[data-consent-missing]")).to_have_count(0)

    page.get_by_role("link", name="Set a course for the cohort").click()
    _no_violations(page)
    page.get_by_role("link", name="Back to the cohort").click()
    page.get_by_role("link", name="Change the cohort’s details").click()
    _no_violations(page)
