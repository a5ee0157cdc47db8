"""The lesson, quiz and My learning pages run a fixed number of queries: the same for a learner
with 1 lesson record as for one with 300."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.bulk import bulk_course, bulk_progress
from courses.models import LessonPage, QuizPage

# Counted once and pinned: a change here is a change in how the page reads the database.
# Most of the lesson's and quiz's come from Wagtail finding the page (one per level of the
# address) and from the signed-in session; the course's own reads are a handful.
EXPECTED = {"lesson": 33, "quiz": 26, "my learning": 19}


@pytest.fixture
def big_course(home_page):
    return bulk_course(modules=10, lessons_per_module=30)


def _count(client, url):
    client.get(url)  # warm caches that every real visitor also has warm (site root, glossary)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def learners(make_user, big_course):
    few, many = make_user("few"), make_user("many")
    bulk_progress(user=few, course=big_course, lessons=1)
    bulk_progress(user=many, course=big_course, lessons=300)
    return few, many


@pytest.mark.parametrize(
    ("name", "url_of"),
    [
        ("lesson", lambda course: LessonPage.objects.descendant_of(course).last().url),
        ("quiz", lambda course: QuizPage.objects.descendant_of(course).first().url),
        ("my learning", lambda course: "/en/learning/"),
    ],
)
def test_pages_run_the_same_queries_for_1_and_300_lesson_records(
    client, learners, big_course, name, url_of
):
    url = url_of(big_course)
    counts = []
    for learner in learners:
        client.force_login(learner)
        counts.append(_count(client, url))
    assert counts[0] == counts[1]
    assert counts[0] == EXPECTED[name]
