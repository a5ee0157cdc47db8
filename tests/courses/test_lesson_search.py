"""Lessons join the library's search, in each language they are written in."""

from resources.models import SearchEntry
from resources.search import index as search_index
from resources.search.query import search


def test_a_published_lesson_is_found_and_an_unpublished_one_is_not(course):
    lesson = course["lessons"][0]
    found = [r for r in search("rights", "en") if r.kind == "lesson"]
    assert [r.url for r in found] == [lesson.url]
    lesson.unpublish()
    assert not [r for r in search("rights", "en") if r.kind == "lesson"]


def test_a_rebuild_keeps_the_lessons(course):
    search_index.rebuild()
    lessons = SearchEntry.objects.filter(kind="lesson", language="en")
    assert set(lessons.values_list("object_id", flat=True)) == {
        lesson.pk for lesson in course["lessons"]
    }


def test_the_search_page_labels_a_lesson(client, course):
    response = client.post("/en/search/", {"q": "rights"})
    assert "Lesson" in response.content.decode()
