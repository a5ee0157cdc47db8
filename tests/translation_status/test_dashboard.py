"""The translation dashboard: counts, progress, filters, a paginated list, flat query counts."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import GlossaryTerm, RightsGuidePage
from tests.translation_status.helpers import revise
from translation_status.models import FieldTranslation, Section, Status

pytestmark = pytest.mark.django_db

URL = "/admin/translations/"


@pytest.fixture
def guide(guide):
    """The guide's rows only (the home page and the demo directory have theirs too)."""
    content_type = ContentType.objects.get_for_model(RightsGuidePage)
    FieldTranslation.objects.exclude(content_type=content_type, object_id=str(guide.pk)).delete()
    return guide


def listed(html: str) -> list[str]:
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.S)
    return re.findall(r"<tr>.*?</tr>", body.group(1), re.S) if body else []


def test_counts_and_progress_per_language_and_section(client, guide, translator):
    client.force_login(translator)
    html = client.get(URL).content.decode()
    # Title and summary are in Khmer, the body is not: 2 of 3 current.
    assert '<progress max="3" value="2" aria-labelledby="progress-all-km">' in html
    assert "2 of 3 current" in html
    assert '<progress max="3" value="1" aria-labelledby="progress-all-vi">' in html
    assert '<progress max="3" value="0" aria-labelledby="progress-all-fil">' in html
    assert "Rights guides" in html
    assert 'aria-labelledby="progress-guides-km"' in html
    revise(guide, title_en="Changed")
    html = client.get(URL).content.decode()
    assert "1 of 3 current" in html and "1 need an update, 1 missing" in html


def test_filters_narrow_the_list_and_the_counts(client, guide, translator):
    client.force_login(translator)
    html = client.get(URL, {"language": "km", "status": "missing"}).content.decode()
    rows = listed(html)
    assert len(rows) == 1 and "Khmer" in rows[0] and "Body" in rows[0]
    assert "progress-all-vi" not in html, "counts for the chosen language only"
    html = client.get(URL, {"section": "glossary"}).content.decode()
    assert listed(html) == [] and "No items match these filters." in html


@pytest.mark.parametrize(
    "params",
    [
        {"language": "xx"},
        {"status": "<script>alert(1)</script>"},
        {"section": "nope", "language": "km"},
        {"language": ["km", "vi", "x" * 5000]},
    ],
)
def test_bad_filters_get_a_message_and_everything(client, guide, translator, params):
    client.force_login(translator)
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "These filters are not valid" in html
    assert "<script>alert(1)</script>" not in html
    assert all(f"progress-all-{code}" in html for code in ("km", "fil", "vi"))
    assert len(listed(html)) == 9, "the unfiltered list"


def test_the_list_comes_50_at_a_time_and_links_to_each_editor(client, guide, translator):
    term = GlossaryTerm(slug="w", term_en="witness", definition_en="Saw it.")
    term.save()
    term.save_revision()
    content_type = ContentType.objects.get_for_model(RightsGuidePage)
    FieldTranslation.objects.bulk_create(
        FieldTranslation(
            content_type=content_type,
            object_id=str(100_000 + number),
            field_name="title",
            language="km",
            status=Status.MISSING,
            section=Section.GUIDES,
            object_title="Zz",
        )
        for number in range(120)
    )
    client.force_login(translator)
    first = client.get(URL).content.decode()
    assert len(listed(first)) == 50
    assert f'href="/admin/snippets/resources/glossaryterm/edit/{term.pk}/"' in first
    assert f'href="/admin/pages/{guide.pk}/edit/"' in first
    total = 120 + 9 + 6
    last = client.get(URL, {"p": 3}).content.decode()
    assert len(listed(last)) == total - 100
    assert "Page 3 of 3" in last
    assert len(listed(client.get(URL, {"p": "abc"}).content.decode())) == 50
    assert "Page 3 of 3" in client.get(URL, {"p": "999"}).content.decode()
    kept = client.get(URL, {"language": "km", "p": 2}).content.decode()
    assert "?language=km&amp;status=&amp;section=&amp;p=" in kept or "language=km" in kept


def test_stale_items_link_to_the_difference(client, guide, translator):
    revise(guide, title_en="Changed")
    client.force_login(translator)
    html = client.get(URL, {"status": "stale"}).content.decode()
    content_type = ContentType.objects.get_for_model(RightsGuidePage).pk
    assert f'href="/admin/translations/difference/{content_type}/{guide.pk}/title/km/"' in html


def test_the_admin_menu_has_translations(client, translator):
    client.force_login(translator)
    assert '"/admin/translations/"' in client.get("/admin/").content.decode()


def make_rows(number: int) -> None:
    content_type = ContentType.objects.get_for_model(RightsGuidePage)
    languages, statuses = ("km", "fil", "vi"), list(Status)
    FieldTranslation.objects.bulk_create(
        (
            FieldTranslation(
                content_type=content_type,
                object_id=str(item // 3),
                field_name="title",
                language=languages[item % 3],
                status=statuses[item % 3 if item % 7 else 1],
                section=list(Section)[item % 4],
                object_title=f"Guide {item // 3}",
            )
            for item in range(number)
        ),
        batch_size=2000,
    )


@pytest.mark.parametrize("params", [{}, {"language": "km", "status": "stale"}, {"p": "2"}])
def test_the_dashboard_costs_as_many_queries_with_10_or_10000_rows(
    client, translator, params, django_assert_num_queries
):
    client.force_login(translator)
    make_rows(10)
    client.get(URL, params)  # per-process caches (content types, permissions) filled
    with CaptureQueriesContext(connection) as small:
        assert client.get(URL, params).status_code == 200
    expected = len(small)  # now: the next request empties the query log
    FieldTranslation.objects.all().delete()
    make_rows(10_000)
    client.get(URL, params)
    with django_assert_num_queries(expected):
        response = client.get(URL, params)
    html = response.content.decode()
    assert len(listed(html)) == 50
    assert "of 10000 current" not in html and "of 3334 current" in html
