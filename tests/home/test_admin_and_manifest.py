import json

import pytest

pytestmark = pytest.mark.django_db


def test_editors_edit_every_language_of_a_page_in_the_admin(client, make_user, home_page):
    editor = make_user("editor1", role="editor", mfa=True)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{home_page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("title", "intro", "body"):
        for code in ("en", "km", "fil", "vi"):
            assert f'name="{field}_{code}"' in html, f"{field}_{code}"


def test_editors_have_no_publish_button(client, make_user, home_page):
    client.force_login(make_user("editor1", role="editor", mfa=True))
    html = client.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html


@pytest.mark.checklist("PD-17")
@pytest.mark.parametrize(
    ("language", "name"), [("en", "Notebook"), ("km", "សៀវភៅកត់ត្រា"), ("vi", "Sổ tay")]
)
def test_web_app_name_and_icon_do_not_reveal_the_site(client, language, name):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE=language)
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == manifest["short_name"] == name
    words = json.dumps(manifest, ensure_ascii=False).lower()
    for revealing in ("right", "law", "legal", "abuse", "paralegal", "exploit"):
        assert revealing not in words
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}


def test_page_titles_end_with_the_neutral_name(client, home_page):
    html = client.get("/en/accounts/login/").content.decode()
    assert "<title>Sign In · Notebook</title>" in html.replace("\n", "").replace("    ", "")
