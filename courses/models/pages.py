"""Course content: an index, courses, modules, lessons and quizzes, all reviewed Wagtail pages."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from resources.glossary_panel import GlossaryPanel
from translation_status.forms import TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import TrackedTranslations

from ..blocks import LessonBodyBlock, QuestionStreamBlock

UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


class CourseAccess(models.TextChoices):
    SIGNED_IN = "signed_in", _("Anyone who signs in")
    ENROLLED = "enrolled", _("Only learners enrolled by a facilitator or administrator")


class CoursePageBase(TrackedTranslations, Page):
    """What every course page shares: translation status, the review form, a neutral address.

    Browser tabs on course pages never show the page's title (see the templates), so a
    lesson about exploitation leaves only "Lesson" in a shared phone's history; its address
    must then be neutral too.
    """

    base_form_class = TranslationStatusPageForm
    translation_section = "courses"

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        from resources.neutral_words import sensitive_words_in

        if sensitive_words_in(self.slug):
            raise ValidationError(
                {
                    "slug": _(
                        "Use neutral words in the address: it stays in the browser history of "
                        "a phone that others may use."
                    )
                }
            )


class CourseIndexPage(CoursePageBase):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course index page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_listing

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_listing(index=self, user=request.user)
        return context


class CoursePage(RoutablePageMixin, CoursePageBase):
    summary = models.CharField(_("summary"), max_length=300)
    access = models.CharField(
        _("who may take it"),
        max_length=10,
        choices=CourseAccess.choices,
        default=CourseAccess.SIGNED_IN,
    )
    certificate_title = models.CharField(
        _("name on the certificate"),
        max_length=120,
        blank=True,
        help_text=_(
            "Printed on certificates instead of the title when given. Use neutral words: a "
            "certificate must never reveal what its holder has lived through."
        ),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("access"), FieldPanel("certificate_title")], heading=_("Taking part")
        ),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        from ..certificates.wording import certificate_title_problems

        errors = certificate_title_problems(self)
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context.update(course_outline(course=self, user=request.user))
        return context

    @path("enrol/", name="enrol")
    def enrol(self, request):
        from ..views.enrolment import enrol

        return enrol(request, self)

    @path("continue/", name="continue")
    def resume(self, request):
        from ..views.enrolment import resume

        return resume(request, self)

    @path("certificate/", name="certificate")
    def certificate(self, request):
        from ..views.certificates import certificate

        return certificate(request, self)


class ModulePage(CoursePageBase):
    summary = models.CharField(_("summary"), max_length=300, blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module is a heading in its course's outline, not a page of its own.
        return redirect(f"{self.get_parent().url}#module-{self.pk}")


class LearnerOnlyMixin:
    """Lessons and quizzes are for signed-in learners who may take the course."""

    def serve(self, request, *args, **kwargs):
        from ..access import refuse_unless_may_learn

        refusal = refuse_unless_may_learn(request, self)
        if refusal is not None:
            return refusal
        return super().serve(request, *args, **kwargs)


class LessonPage(LearnerOnlyMixin, RoutablePageMixin, CoursePageBase):
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    content_warning = models.CharField(
        _("content warning"),
        max_length=300,
        blank=True,
        help_text=_("Shown before the lesson; the learner chooses to continue."),
    )
    required = models.BooleanField(
        _("required"), default=True, help_text=_("Needed to complete the course.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("content_warning"),
        FieldPanel("body"),
        FieldPanel("required"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    displayed_translated_fields = ("title", "summary", "content_warning", "body")

    class Meta:
        verbose_name = _("lesson")

    def required_quiz_ids(self) -> list[int]:
        """Quizzes this lesson requires, read from the English body (translations add words)."""
        return [
            block.value["quiz"].pk
            for block in self.body_en or []
            if block.block_type == "quiz" and block.value.get("required") and block.value["quiz"]
        ]

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, request=request, context=context))
        return context

    @path("done/", name="done")
    def done(self, request):
        from ..views.lessons import lesson_done

        return lesson_done(request, self)


class QuizPage(LearnerOnlyMixin, RoutablePageMixin, CoursePageBase):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=0,
        help_text=_("Draw this many questions at random for each attempt; 0 asks them all."),
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means no limit.")
    )

    content_panels = [
        TranslationStatusPanel(),
        GlossaryPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("questions_per_attempt"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
            ],
            heading=_("Rules"),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    displayed_translated_fields = ("title", "intro", "questions")

    class Meta:
        verbose_name = _("quiz")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import quiz_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_context(quiz=self, user=request.user))
        return context

    @path("start/", name="start")
    def start(self, request):
        from ..views.quiz import start

        return start(request, self)

    @re_path(
        rf"^attempt/(?P<attempt_id>{UUID_PATTERN})/(?P<position>[0-9]{{1,3}})/$", name="question"
    )
    def question(self, request, attempt_id, position):
        from ..views.quiz import question

        return question(request, self, attempt_id, int(position))

    @re_path(rf"^attempt/(?P<attempt_id>{UUID_PATTERN})/submit/$", name="submit")
    def submit(self, request, attempt_id):
        from ..views.quiz import submit

        return submit(request, self, attempt_id)

    @re_path(rf"^attempt/(?P<attempt_id>{UUID_PATTERN})/results/$", name="results")
    def results(self, request, attempt_id):
        from ..views.quiz import results

        return results(request, self, attempt_id)
