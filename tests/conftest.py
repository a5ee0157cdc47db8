"""Fixtures shared by the whole suite."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from accounts.services import roles_sync
from home.demo_content import demo_home_ensure
from tests.guides import guide_index_ensure
from tests.helpers import PASSWORD, wagtail_base_ensure


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


@pytest.fixture(autouse=True)
def _tasks_run_in_the_test_unless_it_tests_the_worker(request, monkeypatch):
    """Under RIGHTSPATH_SERVICES=1 Celery sends tasks to Redis. Only the tests marked
    ``services`` are about that, with a real worker (tests/services/); every other test
    runs its tasks in-process, as on the embedded default, so that what they check (an
    e-mail, a digest) happens where they can see it."""
    if request.node.get_closest_marker("services"):
        return
    from config.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", True)
    monkeypatch.setitem(app.conf, "task_eager_propagates", True)


@pytest.fixture
def roles(db):
    wagtail_base_ensure()
    return {group.name: group for group in roles_sync()}


@pytest.fixture
def home_page(db):
    # A browser test's flush removes the rows Wagtail's migrations made; whatever order the
    # tests run in, put them back first.
    wagtail_base_ensure()
    return demo_home_ensure()


@pytest.fixture
def index(home_page):
    """The rights guide index (see tests/guides.py for adding guides to it)."""
    return guide_index_ensure(home_page)


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
