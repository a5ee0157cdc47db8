"""Reading offline: the service worker, what it may keep, and clearing this phone."""

import pytest
from django.templatetags.static import static
from django.test import Client

from home import offline
from tests.guides import add_guide

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_root_and_always_revalidated(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    source = response.content.decode()
    for name in offline.SHELL_STATIC:
        assert f'"{static(name)}"' in source
    for path in ("/en/phone/", "/km/phone/", "/fil/phone/", "/vi/phone/"):
        assert f'"{path}"' in source
    assert "__VERSION__" not in source
    assert "http" not in source.replace("https://", "").split("*/", 1)[1], "nothing remote"


def test_the_version_changes_when_the_shell_changes(monkeypatch):
    before = offline.service_worker_source().split("rp-shell-")[1][:12]
    monkeypatch.setattr(offline, "SHELL_STATIC", (*offline.SHELL_STATIC, "icons/icon-192.png"))
    after = offline.service_worker_source().split("rp-shell-")[1][:12]
    assert before != after


def test_the_worker_keeps_only_pages_marked_for_it_and_never_private_ones(client):
    source = client.get("/sw.js").content.decode()
    assert 'response.headers.get("X-Offline") === "keep"' in source
    assert "/no-store|private/.test" in source
    assert 'request.method !== "GET"' in source, "form posts (search, sign-in) pass by"


def test_guides_and_library_pages_ask_to_be_kept_and_other_pages_do_not(client, index, home_page):
    from resources.demo import demo_glossary_ensure

    add_guide(index)
    demo_glossary_ensure(home=home_page)
    for url in ("/km/guides/safe/", "/km/guides/", "/km/words/", "/en/help/"):
        assert client.get(url)["X-Offline"] == "keep", url
    assert "X-Offline" not in client.get("/en/search/")
    assert "X-Offline" not in client.get("/en/accounts/login/")


def test_a_signed_in_reader_gets_pages_the_worker_will_not_keep(client, index, learner):
    add_guide(index)
    client.force_login(learner)
    response = client.get("/en/guides/safe/")
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_guide_offers_saving_for_offline_only_with_javascript(client, index):
    add_guide(index)
    html = client.get("/en/guides/safe/").content.decode()
    assert "data-save-offline" in html
    assert "Save for offline" in html
    box = html.split("data-save-offline", 1)[1].split(">", 1)[0]
    assert "hidden" in box, "hidden until the script can actually save"


def test_the_phone_page_can_be_kept_and_offers_clearing_without_javascript(client):
    response = client.get("/km/phone/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Offline"] == "keep"
    assert 'action="/km/phone/clear/"' in html and 'method="post"' in html


def test_clearing_tells_the_browser_to_remove_everything_this_site_kept():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/phone/clear/")
    assert response.status_code == 200
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "no-store" in response["Cache-Control"]
    assert "no longer keeps" in response.content.decode()


def test_clearing_is_a_post_only(client):
    assert client.get("/en/phone/clear/").status_code == 405
