from modeltranslation.translator import TranslationOptions, register

from .models import CourseIndexPage, CoursePage, H5PActivity, LessonPage, ModulePage, QuizPage


@register(CourseIndexPage)
class CourseIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(CoursePage)
class CoursePageTranslationOptions(TranslationOptions):
    fields = ("summary", "certificate_title")


@register(ModulePage)
class ModulePageTranslationOptions(TranslationOptions):
    fields = ("summary",)


@register(LessonPage)
class LessonPageTranslationOptions(TranslationOptions):
    fields = ("summary", "content_warning", "body")


@register(QuizPage)
class QuizPageTranslationOptions(TranslationOptions):
    fields = ("intro", "questions")


@register(H5PActivity)
class H5PActivityTranslationOptions(TranslationOptions):
    fields = ("title", "texts")
