"""Nothing sensitive in a guide's address or browser tab: a shared phone shows both."""

import pytest
from django.core.exceptions import ValidationError

from resources.demo_guides import GUIDES
from resources.neutral_words import sensitive_words_in
from tests.guides import add_guide

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "sexual-abuse-help",
        "What to do after Rape",
        "XÂM HẠI",
        "xam hai tinh duc",
        "Pang-aabuso sa bata",
        "ការរំលោភបំពានលើកុមារ",
        "victims",
    ],
)
def test_sensitive_words_are_found_in_any_language_case_and_accents(text):
    assert sensitive_words_in(text)


@pytest.mark.parametrize(
    "text", ["essex-road", "your-right-to-be-safe", "Study notes 8", "Quyền của em", "therapist"]
)
def test_ordinary_words_are_not(text):
    assert sensitive_words_in(text) == []


@pytest.mark.checklist("PD-16")
def test_a_sensitive_slug_is_refused(index):
    guide = add_guide(index)
    guide.slug = "after-sexual-abuse"
    with pytest.raises(ValidationError) as refused:
        guide.full_clean()
    assert "slug" in refused.value.message_dict


@pytest.mark.checklist("PD-16")
def test_a_sensitive_title_needs_a_neutral_browser_title(index):
    guide = add_guide(index)
    guide.title_vi = "Khi em bị xâm hại"
    with pytest.raises(ValidationError) as refused:
        guide.full_clean()
    assert "browser_title_vi" in refused.value.message_dict
    guide.browser_title_en = "Reading notes"
    guide.full_clean()  # the neutral English tab title covers every language


@pytest.mark.checklist("PD-16")
def test_the_browser_title_itself_must_be_neutral(index):
    guide = add_guide(index)
    guide.browser_title_km = "អំពើហិង្សា"
    with pytest.raises(ValidationError) as refused:
        guide.full_clean()
    assert "browser_title_km" in refused.value.message_dict


def test_every_demo_guide_follows_the_rule():
    for guide in GUIDES:
        assert sensitive_words_in(guide["slug"]) == [], guide["slug"]
        tabs = guide.get("browser_title") or {}
        for language, title in guide["title"].items():
            if sensitive_words_in(title):
                assert tabs.get(language) or tabs.get("en"), (guide["slug"], language)
