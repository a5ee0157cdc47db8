"""Every public translated model is tracked; a new one cannot be forgotten."""

from modeltranslation.translator import translator
from wagtail.models import DraftStateMixin, Page

from courses.models import (
    CourseIndexPage,
    CoursePage,
    H5PActivity,
    LessonPage,
    ModulePage,
    QuizPage,
)
from home.models import HomePage
from paralegal.models import SessionPlanIndexPage, SessionPlanPage
from resources.models import (
    DirectoryPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    ReferralService,
    RightsGuidePage,
)
from translation_status.forms import TranslationStatusModelForm, TranslationStatusPageForm
from translation_status.panels import TranslationStatusPanel
from translation_status.tracking import target_languages, tracked_fields, tracked_models

# Translated, but never shown to visitors: nothing to track.
NOT_PUBLIC = {"wagtailcore.page", "safeguarding.checklistitem"}


def public_translated_models() -> set[type]:
    return {
        model
        for model in translator.get_registered_models(abstract=False)
        if model._meta.label_lower not in NOT_PUBLIC
        and (issubclass(model, Page) or issubclass(model, DraftStateMixin))
    }


def test_every_public_translated_model_is_tracked():
    missing = public_translated_models() - set(tracked_models())
    assert not missing, f"add TrackedTranslations to {sorted(m._meta.label for m in missing)}"


def test_the_tracked_models_are_the_public_content():
    assert set(tracked_models()) == {
        RightsGuidePage,
        GuideIndexPage,
        GlossaryPage,
        DirectoryPage,
        HomePage,
        GlossaryTerm,
        ReferralService,
        CourseIndexPage,
        CoursePage,
        ModulePage,
        LessonPage,
        QuizPage,
        H5PActivity,
        SessionPlanIndexPage,
        SessionPlanPage,
    }


def test_fields_are_the_registered_ones_plus_the_page_titles():
    assert tracked_fields(RightsGuidePage) == (
        "title",
        "seo_title",
        "search_description",
        "summary",
        "browser_title",
        "content_warning",
        "body",
    )
    assert tracked_fields(GlossaryTerm) == ("term", "definition")
    assert "slug" not in tracked_fields(HomePage) and "url_path" not in tracked_fields(HomePage)


def test_targets_are_every_language_but_english():
    assert target_languages() == ("km", "fil", "vi")


def test_each_tracked_model_shows_the_panel_and_the_minor_checkbox():
    for model in tracked_models():
        panels = model.content_panels if issubclass(model, Page) else model.panels
        assert isinstance(panels[0], TranslationStatusPanel), model
        form = TranslationStatusPageForm if issubclass(model, Page) else TranslationStatusModelForm
        assert issubclass(model.base_form_class, form), model
