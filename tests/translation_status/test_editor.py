"""Editors see the status matrix in the page and snippet editors, and can mark a change minor."""

import re

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from resources.models import GlossaryTerm
from tests.translation_status.helpers import revise, rows
from translation_status.models import Status
from translation_status.services import MINOR_CHANGE_ACTION

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "km", "fil", "vi")
MINOR_LABEL = "This English change is minor (typo fix): translations stay valid"


def guide_form(guide, **changes):
    values = {
        "slug": guide.slug,
        "audience": guide.audience,
        "country": guide.country,
        "topic": guide.topic,
        "lawyer_checked_on": str(guide.lawyer_checked_on),
        "audio": inline_formset([]),
    }
    for code in LANGUAGES:
        values[f"title_{code}"] = getattr(guide, f"title_{code}") or ""
        values[f"summary_{code}"] = getattr(guide, f"summary_{code}") or ""
        values[f"body_{code}"] = streamfield(
            [("paragraph", rich_text("<p>You have the right to be safe.</p>"))]
            if code == "en"
            else []
        )
    values.update(changes)
    return nested_form_data(values)


def test_an_editor_marking_a_change_minor_keeps_translations_current(client, guide, editor):
    client.force_login(editor)
    form = guide_form(guide, title_en="Your right to be safe!", english_change_is_minor="on")
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert rows(guide)["title", "km"].status == Status.CURRENT
    assert rows(guide)["title", "km"].source_text == "Your right to be safe!"
    entry = PageLogEntry.objects.get(page=guide, action=MINOR_CHANGE_ACTION)
    assert "title" in entry.data["fields"] and entry.user == editor


def test_without_the_checkbox_an_english_change_makes_translations_stale(client, guide, editor):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{guide.pk}/edit/", guide_form(guide, title_en="Safe at home")
    )
    assert response.status_code == 302
    assert rows(guide)["title", "km"].status == Status.STALE
    assert rows(guide)["title", "km"].translated_by is None
    assert not PageLogEntry.objects.filter(action=MINOR_CHANGE_ACTION).exists()


def test_a_translator_saving_a_translation_is_credited(client, translator):
    term = GlossaryTerm(slug="witness", term_en="witness", definition_en="Saw it.")
    term.save()
    term.save_revision()
    client.force_login(translator)
    url = f"/admin/snippets/resources/glossaryterm/edit/{term.pk}/"
    data = {"slug": "witness", "term_en": "witness", "definition_en": "Saw it."}
    response = client.post(url, data | {"term_fil": "saksi"})
    assert response.status_code == 302, response.content.decode()[:2000]
    row = rows(term)["term", "fil"]
    assert row.status == Status.CURRENT and row.translated_by == translator


def cells(html: str) -> list[str]:
    table = re.search(r'<div class="translation-status">.*?</table>', html, re.S).group(0)
    found = re.findall(r"<td.*?</td>", table, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in found]


def test_the_page_editor_shows_a_field_by_language_matrix_in_words(client, guide, editor):
    revise(guide, user=editor, title_en="Safe at home")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert html.index('class="translation-status"') < html.index('name="title_en"'), "first"
    # Rows: title, summary, body; columns: Khmer, Filipino, Vietnamese.
    assert cells(html)[:3] == [
        "Needs update — see what changed in English",
        "Missing",
        "Needs update — see what changed in English",
    ]
    assert cells(html)[3:6] == ["Up to date", "Missing", "Missing"]
    stale_link = re.search(r'href="(/admin/translations/difference/[^"]+/title/km/)"', html)
    assert stale_link, "each stale cell links to the difference"
    assert client.get(stale_link.group(1)).status_code == 200
    assert MINOR_LABEL in html


def test_the_snippet_editor_shows_the_matrix_and_takes_the_checkbox(client, editor):
    term = GlossaryTerm(slug="witness", term_en="witness", term_km="សាក្សី", definition_en="Saw it.")
    term.save()
    term.save_revision(user=editor)
    client.force_login(editor)
    url = f"/admin/snippets/resources/glossaryterm/edit/{term.pk}/"
    html = client.get(url).content.decode()
    assert cells(html)[:3] == ["Up to date", "Missing", "Missing"]
    assert MINOR_LABEL in html
    data = {"slug": "witness", "term_en": "witness.", "definition_en": "Saw it."}
    data |= {"term_km": "សាក្សី", "english_change_is_minor": "on"}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert rows(term)["term", "km"].status == Status.CURRENT
    assert ModelLogEntry.objects.filter(action=MINOR_CHANGE_ACTION).count() == 1
    response = client.post(url, data | {"term_en": "a witness", "english_change_is_minor": ""})
    assert rows(term)["term", "km"].status == Status.STALE


def test_a_new_page_form_has_no_checkbox_and_says_status_comes_later(client, index, editor):
    client.force_login(editor)
    html = client.get(f"/admin/pages/add/resources/rightsguidepage/{index.pk}/").content.decode()
    assert "Translation status appears here once" in html
    assert MINOR_LABEL not in html


def test_each_translated_field_says_its_status_beside_it(client, guide, editor):
    revise(guide, user=editor, title_en="Safe at home")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()

    def beside(name: str) -> str:
        start = html.index(f'name="{name}"')
        field = html[html.rfind('data-contentpath="', 0, start) : start + 3000]
        return re.sub(r"\s+", " ", field)

    assert "Translation: Needs update" in beside("title_km")
    assert "Translation: Missing" in beside("title_fil")
    assert "Translation: Up to date" in beside("summary_km")
    assert "Translation:" not in beside("title_en")
