"""Grading rules, with no database: what counts as the same short answer, and each kind."""

import pytest

from courses.grading import is_correct, normalise_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Article   39 ", "article 39"),
        ("ARTICLE\u200b39", "article39"),  # a zero-width space from a Khmer keyboard
        ("Cafe\u0301", "café"),  # decomposed é becomes the composed form (NFC)
        ("Straße", "strasse"),  # case folding, not just lower()
        ("មាត្រា\u200b៣៩", "មាត្រា៣៩"),
        ("line\nbreak\ttab", "line break tab"),
    ],
)
def test_short_answers_are_normalised_before_comparing(typed, expected):
    assert normalise_text(typed) == expected


def test_diacritics_count_unless_the_author_lists_the_variant():
    key = {"answers": ["Công ước"]}
    assert is_correct("short_answer", key, {"text": "công ước"})
    assert not is_correct("short_answer", key, {"text": "cong uoc"})
    assert is_correct("short_answer", key, {"text": "cong uoc"}, accepted=["Cong uoc"])


def test_an_empty_short_answer_is_never_right_even_against_an_empty_key():
    assert not is_correct("short_answer", {"answers": [""]}, {"text": "  "})


def test_each_kind_compares_the_whole_answer():
    assert is_correct("single_choice", {"correct": "a"}, {"choice": "a"})
    assert not is_correct("single_choice", {"correct": "a"}, {"choice": "b"})
    assert is_correct("multiple_response", {"correct": ["a", "b"]}, {"choices": ["b", "a"]})
    assert not is_correct("multiple_response", {"correct": ["a", "b"]}, {"choices": ["a"]})
    assert not is_correct("multiple_response", {"correct": ["a"]}, {"choices": ["a", "c"]})
    assert is_correct("true_false", {"correct": "false"}, {"choice": "false"})
    assert is_correct("ordering", {"order": ["x", "y"]}, {"order": ["x", "y"]})
    assert not is_correct("ordering", {"order": ["x", "y"]}, {"order": ["y", "x"]})
    assert is_correct("matching", {"pairs": {"p": "p", "q": "q"}}, {"pairs": {"q": "q", "p": "p"}})
    assert not is_correct(
        "matching", {"pairs": {"p": "p", "q": "q"}}, {"pairs": {"p": "q", "q": "p"}}
    )


def test_an_answer_from_the_browser_claiming_to_be_right_is_ignored():
    assert not is_correct("single_choice", {"correct": "a"}, {"choice": "b", "correct": True})
