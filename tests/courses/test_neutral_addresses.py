"""A shared phone's history keeps tab titles and addresses: course pages keep them neutral."""

import re

import pytest
from django.core.exceptions import ValidationError

from courses.models import LessonPage


def test_a_sensitive_address_is_refused(course):
    lesson = course["lessons"][0]
    lesson.slug = "sexual-exploitation-explained"
    with pytest.raises(ValidationError) as error:
        lesson.full_clean()
    assert "slug" in error.value.message_dict


def test_lesson_and_quiz_tabs_never_show_the_title(learner_client, enrolled, course):
    lesson = course["lessons"][0]
    lesson.title = "What exploitation means"
    lesson.save_revision().publish()
    for page, tab in ((lesson, "Lesson"), (course["quiz"], "Quiz")):
        html = learner_client.get(page.url).content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.startswith(tab)
        assert "exploitation" not in title.lower()


def test_every_demo_address_is_neutral(db):
    from resources.neutral_words import sensitive_words_in
    from tests.courses_curriculum import all_modules

    for module in all_modules():
        slugs = [
            module["slug"],
            module["quiz"]["slug"],
            *(lesson["slug"] for lesson in module["lessons"]),
        ]
        assert [s for s in slugs if sensitive_words_in(s)] == []


def test_lessons_are_tracked_in_the_courses_section(course):
    from translation_status.models import FieldTranslation

    lesson = course["lessons"][0]
    assert isinstance(lesson, LessonPage)
    rows = FieldTranslation.objects.filter(object_id=str(lesson.pk))
    assert rows.exists()
    assert set(rows.values_list("section", flat=True)) == {"courses"}
