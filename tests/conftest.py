"""Fixtures shared by the whole suite."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from accounts.services import roles_sync
from home.demo_content import demo_home_ensure
from tests.helpers import PASSWORD


@pytest.fixture(autouse=True)
def _english_unless_asked():
    # A request activates its language in this thread; no test may inherit another's.
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and cached pages live in the cache; no test may inherit another's.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def roles(db):
    return {group.name: group for group in roles_sync()}


@pytest.fixture
def home_page(db):
    return demo_home_ensure()


@pytest.fixture
def make_user(db, roles):
    def make(username="learner1", *, role="learner", password=PASSWORD, mfa=False, **extra):
        user = get_user_model().objects.create_user(username=username, password=password, **extra)
        if role:
            user.groups.add(Group.objects.get(name=role))
        if mfa:
            TOTP.activate(user, generate_totp_secret())
        return user

    return make


@pytest.fixture
def learner(make_user):
    return make_user("learner1", role="learner")


@pytest.fixture
def facilitator(make_user):
    return make_user("facilitator1", role="facilitator", mfa=True)
