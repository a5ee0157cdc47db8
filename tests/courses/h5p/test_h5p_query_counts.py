"""A lesson page embedding H5P activities runs a fixed number of queries: the same with 1
activity as with 3, and the same for a learner with no result as for one with a result in every
activity (and in other lessons).

Counted as tests/courses/test_query_counts.py counts the plain lesson page.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import H5PResult
from courses.services.enrolment import enrol
from tests.courses.h5p.xapi.support import embedding_lesson, make_activity
from tests.courses_factory import course_build

# Counted once and pinned: a change here is a change in how the page reads the database.
# The same page without any activity runs 3 fewer: the activities (one query for all of them),
# their packages (one query, not one per activity) and the learner's results in the lesson.
EXPECTED = 34
FOR_THE_ACTIVITIES = 3


@pytest.fixture
def course(home_page):
    return course_build(home_page)


@pytest.fixture
def lessons(course):
    """A lesson with one activity, one with three, and one with none (for the baseline)."""
    activities = [make_activity(title=f"Activity {i}") for i in range(3)]
    return {
        "one": embedding_lesson(course["module"], activities[0], slug="one-activity"),
        "three": embedding_lesson(course["module"], *activities, slug="three-activities"),
        "none": embedding_lesson(course["module"], slug="no-activity"),
    }


@pytest.fixture
def learners(make_user, course, lessons):
    """A learner without any result, and one with a result in every activity of every lesson."""
    fresh, busy = make_user("fresh"), make_user("busy")
    for user in (fresh, busy):
        enrol(user=user, course=course["course"])
    for lesson in lessons.values():
        for block in lesson.body:
            if block.block_type == "h5p":
                H5PResult.objects.create(
                    user=busy,
                    activity=block.value["activity"],
                    lesson=lesson,
                    attempts=2,
                    best_raw=3,
                    best_max=4,
                    best_scaled=0.75,
                )
    return fresh, busy


def _count(client, url, frames, results):
    client.get(url)  # warm caches that every real visitor also has warm (site root, glossary)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.count(b"data-h5p-embed") == frames
    assert response.content.count(b"data-h5p-result") == results
    return len(queries)


def test_the_lesson_page_runs_the_same_queries_for_1_and_3_activities_and_any_results(
    client, lessons, learners
):
    counts = {}
    for learner in learners:
        client.force_login(learner)
        for name, frames in (("one", 1), ("three", 3), ("none", 0)):
            results = frames if learner.username == "busy" else 0
            counts[learner.username, name] = _count(client, lessons[name].url, frames, results)
    assert len({count for (_user, name), count in counts.items() if name != "none"}) == 1, counts
    assert counts["busy", "three"] == EXPECTED, counts
    assert counts["fresh", "none"] == counts["busy", "none"] == EXPECTED - FOR_THE_ACTIVITIES
