"""Generated courses and progress for benchmarks: the sizes asked for, in a sound page tree."""

import pytest
from wagtail.models import Page

from courses.bulk import bulk_course, bulk_progress
from courses.models import Enrolment, LessonPage, LessonProgress, ModulePage, QuizPage
from courses.quiz_content import quiz_questions
from courses.services.progress import course_complete_if_done

pytestmark = pytest.mark.django_db


def test_bulk_course_makes_the_modules_lessons_and_quizzes_asked_for(home_page):
    course = bulk_course(modules=3, lessons_per_module=4)
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    assert len(modules) == 3
    assert LessonPage.objects.descendant_of(course).live().count() == 12
    for module in modules:
        *lessons, quiz = [page.specific for page in module.get_children().order_by("path")]
        assert [type(page) for page in lessons] == [LessonPage] * 4
        assert isinstance(quiz, QuizPage) and quiz.live
        assert len(quiz_questions(quiz, "en")) == 2
        assert lessons[-1].required_quiz_ids() == [quiz.pk]
        assert all(lesson.required_quiz_ids() == [] for lesson in lessons[:-1])
        for page in [module, *lessons, quiz]:
            assert page.live and page.live_revision_id == page.latest_revision_id is not None
            assert page.url_path.startswith(course.url_path)
    assert all(problems == [] for problems in Page.find_problems())


def test_bulk_course_refuses_a_slug_already_taken(home_page):
    course = bulk_course(modules=1, lessons_per_module=1, slug="taken")
    with pytest.raises(ValueError):
        bulk_course(modules=1, lessons_per_module=1, slug="taken")
    other = bulk_course(modules=1, lessons_per_module=2, slug="other")
    assert LessonPage.objects.descendant_of(course).count() == 1
    assert LessonPage.objects.descendant_of(other).count() == 2


def test_bulk_progress_completes_the_first_lessons_in_outline_order(home_page, learner):
    course = bulk_course(modules=2, lessons_per_module=3)
    ordered = list(LessonPage.objects.descendant_of(course).order_by("path"))
    # A lesson already begun (not finished) is finished by the generator, not duplicated.
    LessonProgress.objects.create(user=learner, lesson=ordered[1], course=course)
    enrolment = bulk_progress(user=learner, course=course, lessons=4)
    done = LessonProgress.objects.filter(user=learner, completed_at__isnull=False)
    assert set(done.values_list("lesson_id", flat=True)) == {lesson.pk for lesson in ordered[:4]}
    assert LessonProgress.objects.filter(user=learner).count() == 4
    assert enrolment.last_lesson_id == ordered[3].pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    assert not course_complete_if_done(enrolment=enrolment)


def test_three_hundred_lessons_and_their_progress(home_page, learner):
    course = bulk_course(modules=10, lessons_per_module=30)
    assert ModulePage.objects.child_of(course).count() == 10
    assert LessonPage.objects.descendant_of(course).live().count() == 300
    assert QuizPage.objects.descendant_of(course).live().count() == 10
    enrolment = bulk_progress(user=learner, course=course, lessons=300)
    assert (
        LessonProgress.objects.filter(
            user=learner, course=course, completed_at__isnull=False
        ).count()
        == 300
    )
    assert course_complete_if_done(enrolment=enrolment)
