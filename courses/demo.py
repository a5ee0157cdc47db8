"""Demo courses: the peer paralegal training and a short public course.

The paralegal course is read from ``courses.demo_curriculum.module_01`` … ``module_10`` (those
that exist, in that order); the public course from ``courses.demo_public_course``. Both use
the data format of the curriculum modules: text is a dict keyed by language code.

Pages are made unpublished and handed to ``publish``, which the demo loader sets to the
safeguarding review (safeguarding.demo.review_publisher), as resources.demo does. Running it
again changes nothing: pages are looked up by slug and an existing page is left as it is.

Block and list-item ids are uuid5 of the page's key and the block's place, so the English
stream and every translated stream share them (translations supply words, never the key).
"""

import importlib
import json
import uuid
from html import escape

from django.db import transaction

from home.models import HomePage
from resources.demo import publish_now

from .models import CourseAccess, CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

LANGUAGES = ("en", "km", "fil", "vi")
CURRICULUM_PACKAGE = "courses.demo_curriculum"
CURRICULUM_MODULES = tuple(f"{CURRICULUM_PACKAGE}.module_{number:02d}" for number in range(1, 11))
# Fixed, so that a block's id is the same on every installation and every run.
ID_NAMESPACE = uuid.UUID("6f1c0e2a-4b7d-5c39-9a8e-2d51b7c4e013")

INDEX = {
    "slug": "courses",
    "title": {"en": "Courses", "km": "វគ្គសិក្សា", "fil": "Mga kurso", "vi": "Khóa học"},
    "intro": {
        "en": "Learn at your own pace. Your progress is saved when you sign in.",
        "km": "រៀនតាមល្បឿនរបស់អ្នក។ វឌ្ឍនភាពរបស់អ្នកត្រូវបានរក្សាទុក នៅពេលអ្នកចូលគណនី។",
        "fil": "Mag-aral sa sarili mong bilis. Nase-save ang iyong progreso kapag naka-sign in ka.",
        "vi": "Học theo tốc độ của riêng bạn. Tiến độ của bạn được lưu khi bạn đăng nhập.",
    },
}

PARALEGAL_COURSE = {
    "slug": "paralegal-training",
    "access": CourseAccess.ENROLLED,
    "title": {
        "en": "Peer paralegal training",
        "km": "វគ្គបណ្តុះបណ្តាលជំនួយការច្បាប់មិត្តជួយមិត្ត",
        "fil": "Pagsasanay bilang peer paralegal",
        "vi": "Đào tạo trợ giúp viên pháp lý đồng đẳng",
    },
    "summary": {
        "en": "For young people learning to support their peers: children's rights, getting "
        "help, the justice process, recovery, and working with families and communities.",
        "km": "សម្រាប់យុវជនដែលកំពុងរៀនគាំទ្រមិត្តភក្តិរបស់ខ្លួន៖ សិទ្ធិកុមារ ការស្វែងរកជំនួយ "
        "ដំណើរការយុត្តិធម៌ ការជាសះស្បើយ និងការធ្វើការជាមួយគ្រួសារ និងសហគមន៍។",
        "fil": "Para sa kabataang nag-aaral na sumuporta sa kanilang kapwa: karapatan ng bata, "
        "paghingi ng tulong, proseso ng hustisya, paggaling, at pakikipagtulungan sa pamilya "
        "at komunidad.",
        "vi": "Dành cho người trẻ học cách hỗ trợ bạn bè đồng trang lứa: quyền trẻ em, tìm sự "
        "giúp đỡ, quy trình tư pháp, phục hồi, và làm việc với gia đình và cộng đồng.",
    },
    # Printed on certificates: neutral words only (see courses.certificates.wording).
    "certificate_title": {
        "en": "Peer paralegal training",
        "km": "វគ្គបណ្តុះបណ្តាលជំនួយការច្បាប់មិត្តជួយមិត្ត",
        "fil": "Pagsasanay bilang peer paralegal",
        "vi": "Đào tạo trợ giúp viên pháp lý đồng đẳng",
    },
}


def curriculum_modules() -> list[dict]:
    """The ``MODULE`` of every curriculum file that exists, in order; missing ones skipped."""
    modules = []
    for name in CURRICULUM_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name not in (name, CURRICULUM_PACKAGE):
                raise  # the file exists but imports something missing: say so
            continue
        modules.append(module.MODULE)
    return modules


# --- Data to field values --------------------------------------------------------------------


def block_id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _is_text(value) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGES)


def _words(value: dict | None, language: str):
    """The words of ``value`` in ``language``, or the English ones where it has none."""
    value = value or {}
    return value.get(language) or value.get("en") or ""


def has_language(data, language: str) -> bool:
    """Whether any text in ``data`` (a block, a list of blocks…) is given in ``language``."""
    if _is_text(data):
        return bool(data.get(language))
    if isinstance(data, dict):
        return any(has_language(value, language) for value in data.values())
    if isinstance(data, list):
        return any(has_language(value, language) for value in data)
    return False


def per_language(field: str, value: dict | None) -> dict:
    """``{"title_en": …, "title_km": …}`` for the languages the data gives."""
    return {f"{field}_{lang}": text for lang, text in (value or {}).items() if text}


def _list(values, make, *key) -> list[dict]:
    """A ListBlock's raw value: items with ids from their place, the same in every language."""
    return [
        {"type": "item", "value": make(value), "id": block_id(*key, number)}
        for number, value in enumerate(values)
    ]


def lesson_body(
    blocks: list[dict], language: str, *, key: str, quiz_id=None, activities=None
) -> list[dict]:
    """A lesson's body in ``language`` as StreamField raw data (missing words: English).

    ``activities`` maps a demo H5P activity's slug to its id; without it (or without that
    activity) an "h5p" block is left out.
    """
    body = []
    for number, block in enumerate(blocks):
        kind = block["type"]
        if kind == "h5p":
            if not activities or block["activity"] not in activities:
                continue
            value = {"activity": activities[block["activity"]]}
        elif kind == "paragraph":
            value = f"<p>{escape(_words(block['text'], language), quote=False)}</p>"
        elif kind == "key_points":
            value = {
                "heading": _words(block.get("heading"), language),
                "points": _list(
                    block["points"], lambda p: _words(p, language), key, number, "point"
                ),
            }
        elif kind == "discuss":
            value = {"prompt": _words(block["prompt"], language)}
        else:
            raise ValueError(f"{key}: unknown lesson block {kind!r}")
        body.append({"type": kind, "value": value, "id": block_id(key, number)})
    if quiz_id is not None:
        body.append(
            {
                "type": "quiz",
                "value": {"quiz": quiz_id, "required": True},
                "id": block_id(key, "quiz"),
            }
        )
    return body


def _question_value(question: dict, language: str, key: tuple) -> dict:
    kind = question["kind"]
    value = {
        "question": _words(question["question"], language),
        "explanation": _words(question.get("explanation"), language),
    }
    if kind in ("single_choice", "multiple_response"):
        value["choices"] = _list(
            question["choices"],
            lambda choice: {
                "text": _words(choice["text"], language),
                # Only the English stream's flags count; the copies keep the editor honest.
                "correct": bool(choice.get("correct")),
                "feedback": _words(choice.get("feedback"), language),
            },
            *key,
            "choice",
        )
    elif kind == "true_false":
        value["answer"] = bool(question["answer"])
        value["feedback_true"] = _words(question.get("feedback_true"), language)
        value["feedback_false"] = _words(question.get("feedback_false"), language)
    elif kind == "short_answer":
        answers = question["answers"].get(language) or question["answers"]["en"]
        value["answers"] = _list(answers, str, *key, "answer", language)
    elif kind == "ordering":
        value["items"] = _list(question["items"], lambda i: _words(i, language), *key, "item")
    elif kind == "matching":
        value["pairs"] = _list(
            question["pairs"],
            lambda pair: {
                "prompt": _words(pair["prompt"], language),
                "match": _words(pair["match"], language),
            },
            *key,
            "pair",
        )
    else:
        raise ValueError(f"{key}: unknown question kind {kind!r}")
    return value


def quiz_questions(questions: list[dict], language: str, *, key: str) -> list[dict]:
    """A quiz's questions in ``language`` as StreamField raw data (missing words: English)."""
    return [
        {
            "type": question["kind"],
            "value": _question_value(question, language, (key, number)),
            "id": block_id(key, number),
        }
        for number, question in enumerate(questions)
    ]


def _streams(field: str, data, make) -> dict:
    """English always; another language only where the data has words in it."""
    return {
        f"{field}_{language}": json.dumps(make(language))
        for language in LANGUAGES
        if language == "en" or has_language(data, language)
    }


# --- Pages -----------------------------------------------------------------------------------


def _child(parent, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _add(parent, page, publish):
    parent.add_child(instance=page)
    publish(page)
    return page


def _course_ensure(index, data: dict, publish):
    course = _child(index, CoursePage, data["slug"])
    if course is None:
        course = CoursePage(
            live=False,
            slug=data["slug"],
            access=data["access"],
            **per_language("title", data["title"]),
            **per_language("summary", data["summary"]),
            **per_language("certificate_title", data["certificate_title"]),
        )
        _add(index, course, publish)
    return course


def _quiz_page(data: dict, *, key: str) -> QuizPage:
    return QuizPage(
        live=False,
        slug=data["slug"],
        questions_per_attempt=data["questions_per_attempt"],
        pass_mark=data["pass_mark"],
        max_attempts=data["max_attempts"],
        shuffle_questions=True,
        shuffle_choices=True,
        **per_language("title", data["title"]),
        **per_language("intro", data.get("intro")),
        **_streams(
            "questions",
            data["questions"],
            lambda lang: quiz_questions(data["questions"], lang, key=key),
        ),
    )


def _lesson_fields(data: dict, *, key: str, quiz_id=None, activities=None) -> dict:
    return {
        **per_language("title", data["title"]),
        **per_language("summary", data.get("summary")),
        **per_language("content_warning", data.get("content_warning")),
        **_streams(
            "body",
            data["body"],
            lambda lang: lesson_body(
                data["body"], lang, key=key, quiz_id=quiz_id, activities=activities
            ),
        ),
    }


def _new_module(course, data: dict, later_slugs: list[str]) -> ModulePage:
    """Add the module in curriculum order: before the first later module already there."""
    module = ModulePage(
        live=False,
        slug=data["slug"],
        **per_language("title", data["title"]),
        **per_language("summary", data.get("summary")),
    )
    later = ModulePage.objects.child_of(course).filter(slug__in=later_slugs).order_by("path")
    following = later.first()
    if following is None:
        course.add_child(instance=module)
    else:
        following.add_sibling(pos="left", instance=module)
    return module


def module_ensure(
    course, data: dict, *, later_slugs=(), publish=publish_now, activities=None
) -> ModulePage:
    """A module with its lessons, then its quiz, linked as required from the last lesson."""
    module = _child(course, ModulePage, data["slug"])
    if module is None:
        module = _new_module(course, data, list(later_slugs))
        publish(module)
    key = f"{course.slug}/{data['slug']}"
    new_lessons, last = [], None
    for lesson_data in data["lessons"]:
        last = _child(module, LessonPage, lesson_data["slug"])
        if last is None:
            lesson_key = f"{key}/{lesson_data['slug']}"
            last = LessonPage(
                live=False,
                slug=lesson_data["slug"],
                **_lesson_fields(lesson_data, key=lesson_key, activities=activities),
            )
            module.add_child(instance=last)
            new_lessons.append((last, lesson_data, lesson_key))
    quiz_data = data["quiz"]
    quiz = _child(module, QuizPage, quiz_data["slug"])
    if quiz is None:
        quiz = _add(module, _quiz_page(quiz_data, key=f"{key}/{quiz_data['slug']}"), publish)
    for lesson, lesson_data, lesson_key in new_lessons:
        if lesson is last:
            # The quiz exists now (after the lessons in the outline): link it, then publish.
            for field, value in _lesson_fields(
                lesson_data, key=lesson_key, quiz_id=quiz.pk, activities=activities
            ).items():
                setattr(lesson, field, value)
            lesson.save()
        publish(lesson)
    return module


@transaction.atomic
def demo_courses_ensure(*, home: HomePage, publish=publish_now, activities=None) -> CourseIndexPage:
    """The course index, the paralegal course and the public course (``activities``: slug ->
    id of the demo H5P activities that lessons embed; see courses.demo_h5p)."""
    from .demo_public_course import COURSE as PUBLIC_COURSE
    from .demo_public_course import MODULE as PUBLIC_MODULE

    index = _child(home, CourseIndexPage, INDEX["slug"]) or CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(
            live=False,
            slug=INDEX["slug"],
            **per_language("title", INDEX["title"]),
            **per_language("intro", INDEX["intro"]),
        )
        _add(home, index, publish)
    course = _course_ensure(index, PARALEGAL_COURSE, publish)
    modules = curriculum_modules()
    slugs = [module["slug"] for module in modules]
    for number, data in enumerate(modules):
        module_ensure(
            course,
            data,
            later_slugs=slugs[number + 1 :],
            publish=publish,
            activities=activities,
        )
    public = _course_ensure(index, PUBLIC_COURSE, publish)
    module_ensure(public, PUBLIC_MODULE, publish=publish)
    return index
