"""The demo courses: loaded as seed_demo loads them, through the safeguarding review."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState

from accounts.demo import demo_accounts_ensure
from courses import demo_public_course
from courses.certificates.wording import certificate_title_problems
from courses.demo import (
    PARALEGAL_COURSE,
    curriculum_modules,
    demo_courses_ensure,
    has_language,
    lesson_body,
)
from courses.grading import is_correct
from courses.models import CourseAccess, CoursePage, LessonPage, ModulePage, QuizPage
from courses.quiz_content import quiz_questions
from home.demo_content import demo_home_ensure
from resources.neutral_words import sensitive_words_in
from safeguarding.demo import review_publisher
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.django_db

CURRICULUM_DIR = Path(__file__).resolve().parents[2] / "courses" / "demo_curriculum"
KHMER = re.compile("[\u1780-\u17ff]")
QUESTION_KINDS = {
    "single_choice",
    "multiple_response",
    "true_false",
    "short_answer",
    "ordering",
    "matching",
}


@pytest.fixture
def publish(roles, tmp_path):
    demo_accounts_ensure(credentials_file=tmp_path / "demo-credentials.json")
    User = get_user_model()
    return review_publisher(
        editor=User.objects.get(username="demo_editor"),
        reviewer=User.objects.get(username="demo_reviewer"),
    )


@pytest.fixture
def home(publish):
    return demo_home_ensure(publish=publish)


@pytest.fixture
def index(home, publish):
    return demo_courses_ensure(home=home, publish=publish)


def course(index, slug: str) -> CoursePage:
    return CoursePage.objects.child_of(index).get(slug=slug)


def children(page) -> list:
    return [child.specific for child in Page.objects.child_of(page).order_by("path")]


def quiz_blocks(lesson) -> list:
    return [block for block in lesson.body_en if block.block_type == "quiz"]


def item_ids(block) -> list:
    """The ids of a question's list items (choices, answers, items or pairs)."""
    for name in ("choices", "items", "pairs"):
        if name in block.value:
            return [child.id for child in block.value[name].bound_blocks]
    return []


def test_every_curriculum_module_is_loaded_in_order_with_its_lessons_then_its_quiz(index):
    files = sorted(CURRICULUM_DIR.glob("module_[0-9][0-9].py"))
    data = curriculum_modules()
    assert len(data) == len(files), "every curriculum file present is loaded"
    paralegal = course(index, PARALEGAL_COURSE["slug"])
    assert paralegal.access == CourseAccess.ENROLLED
    modules = children(paralegal)
    assert [m.slug for m in modules] == [m["slug"] for m in data]
    assert len(modules) >= 10
    assert LessonPage.objects.descendant_of(paralegal).count() >= 30
    kinds = set()
    for module, module_data in zip(modules, data, strict=True):
        assert isinstance(module, ModulePage)
        assert module.title_en == module_data["title"]["en"]
        *lessons, quiz = children(module)
        assert [lesson.slug for lesson in lessons] == [d["slug"] for d in module_data["lessons"]]
        assert isinstance(quiz, QuizPage) and quiz.live
        quiz_data = module_data["quiz"]
        assert quiz.slug == quiz_data["slug"]
        assert (quiz.questions_per_attempt, quiz.pass_mark, quiz.max_attempts) == (
            quiz_data["questions_per_attempt"],
            quiz_data["pass_mark"],
            quiz_data["max_attempts"],
        )
        assert quiz.shuffle_questions and quiz.shuffle_choices
        assert [b.block_type for b in quiz.questions_en] == [
            q["kind"] for q in quiz_data["questions"]
        ]
        kinds |= {b.block_type for b in quiz.questions_en}
        # The quiz is linked, required, at the very end of the last lesson, and only there.
        *earlier, last = lessons
        assert last.required_quiz_ids() == [quiz.pk]
        assert last.body_en[-1].block_type == "quiz"
        assert last.body_en[-1].value["required"] is True
        assert all(not quiz_blocks(lesson) for lesson in earlier)
        for lesson, lesson_data in zip(lessons, module_data["lessons"], strict=True):
            assert lesson.title_en == lesson_data["title"]["en"]
            warning = lesson_data.get("content_warning", {}).get("en")
            assert (lesson.content_warning_en or None) == warning
            # H5P blocks need the demo activities (tests/courses/test_demo_h5p.py); none here.
            written = [b for b in lesson_data["body"] if b["type"] != "h5p"]
            assert len(quiz_blocks(lesson)) + len(written) == len(lesson.body_en)
    assert kinds == QUESTION_KINDS, "the course uses all six kinds of question"


def test_module_one_is_in_khmer_with_the_same_ids_as_english(index):
    modules = children(course(index, PARALEGAL_COURSE["slug"]))
    module = modules[0]
    *lessons, quiz = children(module)
    lesson = lessons[0]
    assert KHMER.search(lesson.title_km)
    paragraph = next(block for block in lesson.body_km if block.block_type == "paragraph")
    assert KHMER.search(paragraph.value.source)
    assert [b.id for b in lesson.body_km] == [b.id for b in lesson.body_en]
    # The quiz link is in the Khmer body too, so a Khmer reader sees it.
    assert lessons[-1].body_km[-1].block_type == "quiz"
    assert lessons[-1].body_km[-1].value["quiz"].pk == quiz.pk

    assert KHMER.search(quiz.title_km)
    english, khmer = list(quiz.questions_en), list(quiz.questions_km)
    assert [b.id for b in khmer] == [b.id for b in english]
    assert len({b.id for b in english}) == len(english)
    for en_block, km_block in zip(english, khmer, strict=True):
        assert KHMER.search(km_block.value["question"])
        if en_block.block_type != "short_answer":  # each language lists its own spellings
            assert item_ids(km_block) == item_ids(en_block)
    shown = quiz_questions(quiz, "km")
    assert all(KHMER.search(question.text) for question in shown.values())

    # A stream exists in Khmer only where the data has Khmer words: elsewhere readers get
    # the English one (with the site's "not translated yet" note), never English words
    # dressed as a translation.
    english_only = 0
    for page_module, data in zip(modules, curriculum_modules(), strict=True):
        lesson_data = {lesson["slug"]: lesson for lesson in data["lessons"]}
        for page in children(page_module):
            if isinstance(page, QuizPage):
                stream, source = page.questions_km, data["quiz"]["questions"]
            else:
                stream, source = page.body_km, lesson_data[page.slug]["body"]
            assert bool(stream.raw_data) == has_language(source, "km"), page.url_path
            english_only += not stream.raw_data
    assert english_only


def test_everything_is_live_and_was_approved_through_the_review(index):
    pages = list(Page.objects.descendant_of(index, inclusive=True).specific())
    assert len(pages) > 40
    editor = get_user_model().objects.get(username="demo_editor")
    for page in pages:
        assert page.live and not page.has_unpublished_changes, page
        states = WorkflowState.objects.filter(
            base_content_type__model="page", object_id=str(page.pk)
        )
        assert [s.status for s in states] == [WorkflowState.STATUS_APPROVED], page
        assert states[0].requested_by == editor
        assert page.live_revision.user == editor


def test_running_the_loader_again_changes_nothing(index, home, publish):
    def state():
        return (
            list(Page.objects.order_by("path").values_list("path", "slug", "latest_revision")),
            Revision.objects.count(),
            WorkflowState.objects.count(),
            PageLogEntry.objects.count(),
        )

    before = state()
    assert demo_courses_ensure(home=home, publish=publish).pk == index.pk
    assert state() == before


def response_for(question, answer: dict) -> dict:
    """What a learner who reads the choices and picks ``answer`` (English words) submits."""
    by_text = {option.text: option.id for option in question.options}
    prompts = {prompt.text: prompt.id for prompt in question.prompts}
    kind = answer["kind"]
    if kind == "single_choice":
        return {"choice": by_text[answer["choice"]]}
    if kind == "multiple_response":
        return {"choices": [by_text[text] for text in answer["choices"]]}
    if kind == "true_false":
        return {"choice": "true" if answer["answer"] else "false"}
    if kind == "short_answer":
        return {"text": answer["text"]}
    if kind == "ordering":
        return {"order": [by_text[text] for text in answer["order"]]}
    return {"pairs": {prompts[p]: by_text[m] for p, m in answer["pairs"].items()}}


def test_the_public_course_is_open_to_anyone_signed_in_and_its_key_matches(index):
    public = course(index, demo_public_course.COURSE["slug"])
    assert public.access == CourseAccess.SIGNED_IN
    for language in LANGUAGES:
        assert getattr(public, f"title_{language}")
        assert getattr(public, f"certificate_title_{language}")
    assert KHMER.search(public.certificate_title_km)
    (module,) = children(public)
    *lessons, quiz = children(module)
    assert len(lessons) == 2 and all(KHMER.search(lesson.title_km) for lesson in lessons)
    assert (quiz.pass_mark, quiz.max_attempts, quiz.questions_per_attempt) == (70, 3, 0)
    assert {b.block_type for b in quiz.questions_en} == QUESTION_KINDS
    assert len(quiz.questions_en) == 6

    questions = {q.text: q for q in quiz_questions(quiz, "en").values()}
    assert set(demo_public_course.PUBLIC_COURSE_ANSWERS) == set(questions)
    for text, answer in demo_public_course.PUBLIC_COURSE_ANSWERS.items():
        question = questions[text]
        response = response_for(question, answer)
        assert is_correct(question.kind, question.key, response), text
        if question.kind == "single_choice":
            wrong = [o.id for o in question.options if o.id != question.key["correct"]]
            assert len(wrong) == len(question.options) - 1 >= 1
            assert not is_correct(question.kind, question.key, {"choice": wrong[0]})
    short = next(q for q in quiz_questions(quiz, "km").values() if q.kind == "short_answer")
    assert is_correct("short_answer", short.key, {"text": "ជំនួយ"}, accepted=short.accepted)


def test_demo_content_is_valid_and_never_names_a_sensitive_subject_where_shown(index):
    for paralegal_or_public in children(index):
        assert certificate_title_problems(paralegal_or_public) == {}
    for page in Page.objects.descendant_of(index, inclusive=True).specific():
        assert sensitive_words_in(page.slug) == [], page.slug
        page.full_clean()
        field = {LessonPage: "body", QuizPage: "questions"}.get(type(page))
        for language in LANGUAGES if field else ():
            stream = getattr(page, f"{field}_{language}")
            try:
                stream.stream_block.clean(stream)
            except ValidationError as error:  # pragma: no cover - the message is the point
                pytest.fail(f"{page.url_path} {field}_{language}: {error}")


def test_a_module_file_that_appears_later_takes_its_place_in_the_curriculum(home, monkeypatch):
    import courses.demo

    first, second, third = curriculum_modules()[:3]
    monkeypatch.setattr(courses.demo, "curriculum_modules", lambda: [first, third])
    index = demo_courses_ensure(home=home)
    monkeypatch.setattr(courses.demo, "curriculum_modules", lambda: [first, second, third])
    demo_courses_ensure(home=home)
    modules = children(course(index, PARALEGAL_COURSE["slug"]))
    assert [m.slug for m in modules] == [first["slug"], second["slug"], third["slug"]]
    for module, data in zip(modules, [first, second, third], strict=True):
        assert [p.slug for p in children(module)] == [
            *(lesson["slug"] for lesson in data["lessons"]),
            data["quiz"]["slug"],
        ]
    assert all(problems == [] for problems in Page.find_problems())


def test_plain_text_becomes_escaped_html_and_missing_words_fall_back_to_english():
    blocks = [
        {"type": "paragraph", "text": {"en": 'Rights <for> everyone & "you"', "km": "សិទ្ធិ"}},
        {"type": "key_points", "heading": {"en": "Points"}, "points": [{"en": "One"}]},
        {"type": "discuss", "prompt": {"en": "Talk", "km": "និយាយ"}},
    ]
    english = lesson_body(blocks, "en", key="k", quiz_id=7)
    khmer = lesson_body(blocks, "km", key="k", quiz_id=7)
    assert english[0]["value"] == '<p>Rights &lt;for&gt; everyone &amp; "you"</p>'
    assert khmer[0]["value"] == "<p>សិទ្ធិ</p>"
    assert khmer[1]["value"]["heading"] == "Points"
    assert khmer[2]["value"] == {"prompt": "និយាយ"}
    assert english[-1]["value"] == {"quiz": 7, "required": True}
    assert [b["id"] for b in khmer] == [b["id"] for b in english]
    assert khmer[1]["value"]["points"][0]["id"] == english[1]["value"]["points"][0]["id"]
    assert lesson_body(blocks, "en", key="other")[0]["id"] != english[0]["id"]
