import pytest
from django.core.exceptions import ValidationError

from accounts.validators import (
    ContextWordPasswordValidator,
    username_skeleton,
    validate_display_name,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("paul", "PAUL"),
        ("paul", "p.a.u.l"),
        ("paul", "pau1"),
        ("paul", "\u0440\u0430ul"),  # Cyrillic er and a
        ("modern", "rnodern"),
        ("oliver", "0liver"),
        ("anna", "ａｎｎａ"),  # full-width
    ],
)
def test_lookalikes_share_a_skeleton(first, second):
    assert username_skeleton(first) == username_skeleton(second)


@pytest.mark.parametrize(("first", "second"), [("paul", "saul"), ("mia", "mai"), ("sok", "sokha")])
def test_different_names_keep_different_skeletons(first, second):
    assert username_skeleton(first) != username_skeleton(second)


@pytest.mark.checklist("PD-3")
@pytest.mark.parametrize(
    "name",
    [
        "x",
        "me@example.com",
        "www.mysite.com",
        "see https://example.org",
        "@handle",
        "0917 123 4567",
        "+63 917 123 4567",
        "+855 12 345 678",
        "call ០១២៣៤៥៦៧",  # Khmer digits
    ],
)
def test_display_names_with_contact_details_are_refused(name):
    with pytest.raises(ValidationError):
        validate_display_name(name)


@pytest.mark.parametrize("name", ["Blue Heron 42", "សុភា", "Hoa Sen", "Maria Clara"])
def test_ordinary_display_names_are_accepted(name):
    validate_display_name(name, username="someone_else")


def test_context_words_are_refused_in_passwords():
    validator = ContextWordPasswordValidator()
    with pytest.raises(ValidationError):
        validator.validate("MyRightsPath2026")
    validator.validate("mango-bamboo-lantern")
