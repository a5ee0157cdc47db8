"""Long lists come a page at a time, keeping the reader's filters."""

import pytest

from resources.bulk import bulk_content_ensure
from resources.pagination import GUIDES_PER_PAGE, SERVICES_PER_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(index):
    bulk_content_ensure(
        guides=GUIDES_PER_PAGE + 5,
        terms=0,
        services=SERVICES_PER_PAGE * 3 + 3,
        index=index,
        announce=False,
    )


def test_the_guide_list_shows_one_page_and_links_to_the_next(client, many):
    html = client.get("/en/guides/").content.decode()
    assert html.count('<li><a href="/en/guides/') == GUIDES_PER_PAGE
    assert f"{GUIDES_PER_PAGE + 5} guides found." in html
    assert 'href="?p=2" rel="next"' in html
    second = client.get("/en/guides/?p=2").content.decode()
    assert second.count('<li><a href="/en/guides/') == 5
    assert 'href="?" rel="prev"' in second


@pytest.mark.parametrize(("query", "shown"), [("?p=abc", 1), ("?p=999", 2), ("?p=-1", 2)])
def test_an_odd_page_number_shows_a_real_page(client, many, query, shown):
    response = client.get(f"/en/guides/{query}")
    assert response.status_code == 200
    assert f"Page {shown} of 2" in response.content.decode()


def test_page_links_keep_the_filters(client, many):
    html = client.get("/en/help/?c=kh").content.decode()
    assert "Page 1 of" in html
    assert 'href="?c=kh&amp;p=2" rel="next"' in html
