"""A small course for tests: one module, two lessons and a quiz with every kind of question.

Ids are fixed so tests can answer by id; a Khmer stream reuses them, as translations must.
"""

import json

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage


def _items(values, prefix):
    return [{"type": "item", "value": v, "id": f"{prefix}-{i}"} for i, v in enumerate(values)]


def _choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def questions(language="en"):
    km = language == "km"
    word = (lambda en, kh: kh) if km else (lambda en, kh: en)
    return [
        {
            "type": "single_choice",
            "id": "q-single",
            "value": {
                "question": word("Who can you tell?", "តើអ្នកអាចប្រាប់នរណា?"),
                "explanation": word("A trusted adult can help.", "មនុស្សពេញវ័យអាចជួយ។"),
                "choices": _items(
                    [
                        _choice(word("A trusted adult", "មនុស្សពេញវ័យ"), True, "Yes!"),
                        _choice(
                            word("Nobody", "គ្មាននរណា"),
                            False,
                            word("You deserve help.", "អ្នកសមនឹងទទួលជំនួយ។"),
                        ),
                    ],
                    "single",
                ),
            },
        },
        {
            "type": "multiple_response",
            "id": "q-multi",
            "value": {
                "question": word("Which are rights?", "តើមួយណាជាសិទ្ធិ?"),
                "explanation": "",
                "choices": _items(
                    [
                        _choice(word("To be safe", "សុវត្ថិភាព"), True),
                        _choice(word("To be heard", "ត្រូវបានស្តាប់"), True),
                        _choice(
                            word("To be blamed", "ត្រូវបានបន្ទោស"), False, "No one should blame you."
                        ),
                    ],
                    "multi",
                ),
            },
        },
        {
            "type": "true_false",
            "id": "q-tf",
            "value": {
                "question": word("True or false: it was your fault.", "ពិត ឬ មិនពិត"),
                "explanation": "",
                # A translation can never change the key: the Khmer stream says "true".
                "answer": km,
                "feedback_true": "It was never your fault.",
                "feedback_false": "Right: it was never your fault.",
            },
        },
        {
            "type": "short_answer",
            "id": "q-short",
            "value": {
                "question": word("Which article is about recovery?", "មាត្រាណា?"),
                "explanation": "",
                "answers": _items(["Article 39", "39"] if not km else ["មាត្រា ៣៩"], "short"),
            },
        },
        {
            "type": "ordering",
            "id": "q-order",
            "value": {
                "question": word("Put the steps in order.", "តម្រៀប"),
                "explanation": "",
                "items": _items(
                    [word("Listen", "ស្តាប់"), word("Refer", "បញ្ជូន"), word("Follow up", "តាមដាន")],
                    "order",
                ),
            },
        },
        {
            "type": "matching",
            "id": "q-match",
            "value": {
                "question": word("Match each word.", "ផ្គូផ្គង"),
                "explanation": "",
                "pairs": _items(
                    [
                        {"prompt": "CRC", "match": word("Rights of the child", "សិទ្ធិកុមារ")},
                        {"prompt": "NGO", "match": word("Non-government group", "អង្គការ")},
                    ],
                    "match",
                ),
            },
        },
    ]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def course_build(home, *, access="signed_in", slug="first-course", max_attempts=3, **quiz_rules):
    index = CourseIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(title="Courses", slug="courses", live=False)
        )
        publish(index)
    course = index.add_child(
        instance=CoursePage(
            title="Rights basics",
            title_km="មូលដ្ឋានសិទ្ធិ",
            slug=slug,
            summary="Start here.",
            access=access,
            live=False,
        )
    )
    publish(course)
    module = publish(
        course.add_child(instance=ModulePage(title="Module one", slug="one", live=False))
    )
    quiz = module.add_child(
        instance=QuizPage(
            title="Check",
            slug="check",
            questions=json.dumps(questions("en")),
            questions_km=json.dumps(questions("km")),
            shuffle_questions=False,
            shuffle_choices=False,
            max_attempts=max_attempts,
            live=False,
            **quiz_rules,
        )
    )
    publish(quiz)
    first = module.add_child(
        instance=LessonPage(
            title="Lesson one",
            slug="lesson-one",
            body=json.dumps(
                [
                    {"type": "paragraph", "value": "<p>You have rights.</p>", "id": "p1"},
                    {"type": "quiz", "value": {"quiz": quiz.pk, "required": True}, "id": "qz"},
                ]
            ),
            live=False,
        )
    )
    publish(first)
    second = module.add_child(
        instance=LessonPage(
            title="Lesson two",
            slug="lesson-two",
            body=json.dumps([{"type": "paragraph", "value": "<p>More.</p>", "id": "p2"}]),
            live=False,
        )
    )
    publish(second)
    # Lesson one, then two, then the quiz in the outline order: move the quiz last.
    quiz.move(module, pos="last-child")
    quiz.refresh_from_db()
    return {"course": course, "module": module, "quiz": quiz, "lessons": [first, second]}


# The right answers, as form data, by question id.
RIGHT = {
    "q-single": {"choice": "single-0"},
    "q-multi": {"choices": ["multi-0", "multi-1"]},
    "q-tf": {"choice": "false"},
    "q-short": {"text": "  ARTICLE\u200b 39 "},
    "q-order": {"position-order-0": "1", "position-order-1": "2", "position-order-2": "3"},
    "q-match": {"match-match-0": "match-0", "match-match-1": "match-1"},
}
