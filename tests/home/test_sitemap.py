import re

import pytest

from home.models import HomePage
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_public_page_in_every_language_with_alternates(client, home_page):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", xml)
    assert sorted(locations) == sorted(f"http://testserver/{code}/" for code in LANGUAGES)
    for code in LANGUAGES:
        assert f'hreflang="{code}" href="http://testserver/{code}/"' in xml
    assert 'hreflang="x-default"' in xml


def test_sitemap_leaves_out_unpublished_pages(client, home_page):
    draft = HomePage(title="Draft", slug="draft", live=False)
    home_page.get_parent().add_child(instance=draft)
    HomePage.objects.filter(pk=draft.pk).update(live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "/draft/" not in xml
