import pytest

from courses.services.enrolment import enrol
from tests.courses_factory import course_build


@pytest.fixture
def course(home_page):
    return course_build(home_page)


@pytest.fixture
def enrolled(learner, course):
    return enrol(user=learner, course=course["course"])


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
