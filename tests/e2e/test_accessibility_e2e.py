"""axe-core finds no WCAG 2.2 A/AA violation on any page of the project (not the admin)."""

import json

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PASSWORD = "mango-bamboo-lantern"

PUBLIC_PAGES = [
    "/{lang}/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/accounts/password/reset/",
    "/{lang}/accounts/reset-with-code/",
    "/{lang}/no-such-page/",
    "/{lang}/help/",
    "/{lang}/help/?c=kh&t=1",
    "/{lang}/help/?c=zz",
    "/{lang}/words/",
    "/{lang}/guides/",
    "/{lang}/guides/?a=3&c=kh",
    "/{lang}/guides/{warned}/",
    "/{lang}/search/",
    "/{lang}/phone/",
]
SIGNED_IN_PAGES = [
    "/{lang}/me/",
    "/{lang}/accounts/password/change/",
    "/{lang}/accounts/sessions/",
    "/{lang}/accounts/2fa/",
    "/{lang}/accounts/reset-codes/new/",
]


@pytest.mark.parametrize("lang", ["en", "km", "fil", "vi"])
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_no_accessibility_violations(site, axe_page, lang, path):
    axe_page.goto(site.url + path.format(lang=lang, warned=_guide_with_a_warning()))
    if "{warned}" in path:
        axe_page.locator("details.content-warning__choice > summary").click()
    violations = axe_violations(axe_page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["en", "km"])
@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_signed_in_pages_have_no_accessibility_violations(site, axe_page, lang, path):
    user = get_user_model().objects.create_user("facil", password=PASSWORD)
    user.groups.add(Group.objects.get(name="facilitator"))
    TOTP.activate(user, generate_totp_secret())
    axe_page.context.add_cookies(session_cookie(site, user))
    axe_page.goto(site.url + path.format(lang=lang))
    assert "/accounts/login/" not in axe_page.url
    violations = axe_violations(axe_page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _guide_with_a_warning() -> str:
    from resources.models import RightsGuidePage

    return RightsGuidePage.objects.filter(content_warning_en__gt="").order_by("path").first().slug
