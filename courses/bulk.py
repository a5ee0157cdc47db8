"""Generated courses and progress, for benchmarks and query-count tests; never for readers.

``bulk_course`` makes a live course of ``modules`` modules of ``lessons_per_module`` lessons,
each module ending with a two-question quiz that its last lesson requires, as in the demo.
Nothing is reviewed (the text is filler). The course page is published as usual; its modules,
lessons and quizzes go in the way resources.bulk puts guides in: tree paths computed here,
base page rows with ``bulk_create``, each page's own row with ``save_base(raw=True)``, and
one revision each, made live, without signals (so no search indexing or translation status).

``bulk_progress`` enrols a learner and marks their first lessons done, in one insert.
"""

import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone, translation
from wagtail.models import Page, Revision

from home.models import HomePage

from .models import (
    CourseAccess,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizPage,
)

BATCH_SIZE = 500
ID_NAMESPACE = uuid.UUID("0b4f5e1c-7a2d-5e88-b1c3-94d6f2a7e5b0")


def _id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _item(value, *key) -> dict:
    return {"type": "item", "value": value, "id": _id(*key)}


def _questions(key: str) -> str:
    def choice(text, correct):
        return {"text": text, "correct": correct, "feedback": ""}

    return json.dumps(
        [
            {
                "type": "single_choice",
                "id": _id(key, "single"),
                "value": {
                    "question": "Who can you talk to?",
                    "explanation": "A trusted adult can help.",
                    "choices": [
                        _item(choice("A trusted adult", True), key, "single", 0),
                        _item(choice("Nobody", False), key, "single", 1),
                    ],
                },
            },
            {
                "type": "true_false",
                "id": _id(key, "true-false"),
                "value": {
                    "question": "True or false: every child has rights.",
                    "explanation": "",
                    "answer": True,
                    "feedback_true": "",
                    "feedback_false": "",
                },
            },
        ]
    )


def _body(key: str, number: int, quiz_id=None) -> str:
    body = [
        {"type": "paragraph", "value": f"<p>Lesson {number}: filler text.</p>", "id": _id(key, 0)},
        {
            "type": "key_points",
            "value": {
                "heading": "Key points",
                "points": [_item("One point.", key, 1, 0), _item("Another point.", key, 1, 1)],
            },
            "id": _id(key, 1),
        },
    ]
    if quiz_id is not None:
        body.append(
            {"type": "quiz", "value": {"quiz": quiz_id, "required": True}, "id": _id(key, 2)}
        )
    return json.dumps(body)


def _index() -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        if home is None:
            raise LookupError("There is no home page to put a course index under.")
        index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
        index.save_revision().publish()
    return index


class _Tree:
    """Pages to insert under one parent page, with the paths treebeard would give them."""

    def __init__(self, now):
        self.now = now
        self.pages: list = []  # the specific pages, parents before their children
        self.types = {
            model: ContentType.objects.get_for_model(model)
            for model in (ModulePage, LessonPage, QuizPage)
        }

    def add(self, parent, step: int, page, *, numchild: int = 0):
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = numchild
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type_id = self.types[type(page)].pk
        page.locale_id = parent.locale_id
        page.draft_title = page.title_en
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = self.now
        page.latest_revision_created_at = self.now
        self.pages.append(page)
        return page

    def insert(self) -> None:
        page_fields = [
            field.attname for field in Page._meta.concrete_fields if field.attname != "id"
        ]
        bases = [Page(**{name: getattr(page, name) for name in page_fields}) for page in self.pages]
        Page.objects.bulk_create(bases, batch_size=BATCH_SIZE)
        for base, page in zip(bases, self.pages, strict=True):
            page.pk = page.id = base.pk  # the parent link is the page's own id

    def save_own_rows(self) -> None:
        for page in self.pages:
            page.save_base(raw=True, force_insert=True)

    def publish(self) -> None:
        """A revision for each page, made its latest and live one, as publishing leaves it."""
        base_type = ContentType.objects.get_for_model(Page)
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type=self.types[type(page)],
                    base_content_type=base_type,
                    object_id=str(page.pk),
                    created_at=self.now,
                    object_str=str(page),
                    content=page.serializable_data(),
                )
                for page in self.pages
            ],
            batch_size=BATCH_SIZE,
        )
        quote = connection.ops.quote_name
        sql = (
            f"UPDATE {quote(Page._meta.db_table)} SET {quote('latest_revision_id')} = %s, "  # noqa: S608 (names)
            f"{quote('live_revision_id')} = %s WHERE {quote('id')} = %s"
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                sql,
                [
                    (rev.pk, rev.pk, page.pk)
                    for page, rev in zip(self.pages, revisions, strict=True)
                ],
            )


@transaction.atomic
def bulk_course(
    *, modules: int, lessons_per_module: int, slug: str = "bulk-course", index=None
) -> CoursePage:
    """A new live course of this size under ``index`` (default: the site's course index)."""
    now = timezone.now()
    index = index or _index()
    if CoursePage.objects.child_of(index).filter(slug=slug).exists():
        raise ValueError(f"A course with the slug {slug!r} exists already.")
    # Untranslated fields (``title``) take the active language's value: English.
    with translation.override("en"):
        course = CoursePage(
            title_en=f"Generated course {slug}",
            slug=slug,
            summary_en="Generated for measuring.",
            access=CourseAccess.SIGNED_IN,
        )
        index.add_child(instance=course)
        course.save_revision().publish()
        course.refresh_from_db()
        tree, last_lessons, number = _Tree(now), [], 0
        for module_step in range(1, modules + 1):
            module = tree.add(
                course,
                module_step,
                ModulePage(title_en=f"Module {module_step}", slug=f"module-{module_step}"),
                numchild=lessons_per_module + 1,
            )
            for step in range(1, lessons_per_module + 1):
                number += 1
                lesson = LessonPage(
                    title_en=f"Lesson {number}",
                    slug=f"lesson-{step}",
                    body_en=_body(f"{slug}/{module_step}/{step}", number),
                )
                tree.add(module, step, lesson)
            quiz = QuizPage(
                title_en=f"Quiz {module_step}",
                slug="quiz",
                questions_en=_questions(f"{slug}/{module_step}/quiz"),
            )
            tree.add(module, lessons_per_module + 1, quiz)
            if lessons_per_module:
                last_lessons.append((lesson, quiz, f"{slug}/{module_step}/{step}", number))
        tree.insert()
        for lesson, quiz, key, lesson_number in last_lessons:
            lesson.body_en = _body(key, lesson_number, quiz.pk)
        tree.save_own_rows()
        tree.publish()
        Page.objects.filter(pk=course.pk).update(numchild=modules)
    course.refresh_from_db()
    return course


def bulk_progress(*, user, course: CoursePage, lessons: int) -> Enrolment:
    """Enrol ``user`` and mark the course's first ``lessons`` lessons (outline order) done."""
    now = timezone.now()
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    lesson_ids = list(
        LessonPage.objects.descendant_of(course)
        .order_by("path")
        .values_list("pk", flat=True)[:lessons]
    )
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(user=user, lesson_id=pk, course=course, started_at=now, completed_at=now)
            for pk in lesson_ids
        ],
        batch_size=BATCH_SIZE,
        # A lesson already begun is marked done too.
        update_conflicts=True,
        unique_fields=["user", "lesson"],
        update_fields=["completed_at"],
    )
    if lesson_ids:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson_id=lesson_ids[-1])
        enrolment.last_lesson_id = lesson_ids[-1]
    return enrolment
