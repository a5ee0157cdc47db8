"""Translators see the agreed glossary words beside the text they translate."""

import pytest
from django.test import Client

from accounts.models import StaffScope
from resources.glossary_panel import agreed_words
from resources.models import GlossaryTerm
from tests.guides import add_guide

pytestmark = pytest.mark.django_db

KHMER = "មនុស្សពេញវ័យដែលទុកចិត្ត"


@pytest.fixture
def term(db):
    return GlossaryTerm.objects.create(
        slug="trusted-adult",
        term_en="trusted adult",
        definition_en="An adult you feel safe with.",
        term_km=KHMER,
        definition_km="មនុស្សពេញវ័យដែលអ្នកមានអារម្មណ៍សុវត្ថិភាព។",
        term_vi="người lớn đáng tin cậy",
        live=True,
    )


@pytest.fixture
def unrelated(db):
    return GlossaryTerm.objects.create(
        slug="court", term_en="court", definition_en="Where a judge decides.", live=True
    )


def test_a_translator_sees_the_agreed_word_in_their_language_only(
    index, term, unrelated, make_user
):
    guide = add_guide(index)
    translator = make_user("sok", role="translator", mfa=True)
    StaffScope.objects.create(user=translator, languages=["km"])
    client = Client()
    client.force_login(translator)
    page = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "Glossary words in this text" in page
    panel = page[page.index("glossary-panel-heading") :]
    panel = panel[: panel.index("</section>")]
    assert "trusted adult" in panel and KHMER in panel
    assert "người lớn đáng tin cậy" not in panel, "only the translator's languages"
    assert "court" not in panel, "only words that occur in the English"


def test_editors_see_every_language_and_missing_words_are_flagged(index, term, make_user):
    guide = add_guide(index)
    words = agreed_words(guide, make_user("mai", role="editor"))
    assert [word.english for word in words] == ["trusted adult"]
    by_language = {code: word for code, word, _definition in words[0].translations}
    assert by_language["km"] == KHMER and by_language["fil"] == ""


def test_words_match_whole_words_only(index, make_user):
    GlossaryTerm.objects.create(slug="ran", term_en="ran", definition_en="x", live=True)
    guide = add_guide(index)  # "trusted" and "Remember" contain no whole word "ran"
    assert agreed_words(guide, make_user("mai", role="editor")) == []


def test_the_panel_reads_the_glossary_in_one_query(
    index, term, unrelated, make_user, django_assert_num_queries
):
    guide = add_guide(index)
    editor = make_user("mai", role="editor")
    editor.groups.all()  # warm nothing: the count below is the whole cost
    with django_assert_num_queries(2):  # the user's roles, then the glossary
        agreed_words(guide, editor)
