"""A course whose third lesson embeds a live H5P activity, and a learner enrolled in it."""

import pytest

from courses.services.enrolment import enrol
from tests.courses.h5p.xapi.support import embedding_lesson, make_activity
from tests.courses_factory import course_build


@pytest.fixture
def course(home_page):
    return course_build(home_page)


@pytest.fixture
def activity(db):
    return make_activity()


@pytest.fixture
def lesson(course, activity):
    return embedding_lesson(course["module"], activity)


@pytest.fixture
def enrolled(learner, course):
    return enrol(user=learner, course=course["course"])


@pytest.fixture
def learner_client(client, learner, enrolled):
    client.force_login(learner)
    return client
