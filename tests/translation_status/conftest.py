"""Fixtures for translation status: a published guide with a Khmer translation, and staff."""

import pytest

from accounts.models import StaffScope
from tests.guides import add_guide


@pytest.fixture
def guide(index):
    return add_guide(index, title_km="សិទ្ធិរបស់អ្នក", summary_km="សុវត្ថិភាព។", title_vi="Quyền")


@pytest.fixture
def editor(make_user):
    return make_user("editor1", role="editor", mfa=True)


@pytest.fixture
def translator(make_user):
    """Translators change only their languages' translations (accounts.language_scope)."""
    user = make_user("translator1", role="translator", mfa=True)
    StaffScope.objects.create(user=user, languages=["km", "fil", "vi"])
    return user
