# ruff: noqa: F401, F811  (pytest fixtures imported from test_libraries and test_intake)
"""Activities: made from a ready package, reviewed, and translated through the usual tools."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from courses.h5p.activities import create_activity
from courses.h5p.activity_texts import texts_of, translated_content
from courses.models import H5PActivity, H5PPackageStatus
from safeguarding.workflow import review_workflow_ensure
from tests.courses.h5p.test_intake import approved_example, rich_package
from tests.courses.h5p.test_libraries import checked, editor, media, steward
from tests.translation_exchange.conftest import fill
from translation_exchange.exporting import export_xliff
from translation_exchange.importing import check_and_import

pytestmark = pytest.mark.django_db

SEMANTICS = [
    {"name": "intro", "type": "text", "widget": "html", "tags": ["strong", "em"]},
    {
        "name": "items",
        "type": "list",
        "field": {"name": "item", "type": "text"},
    },
    {"name": "colour", "type": "text", "widget": "colorSelector"},
]


def semantics_for(name):
    return SEMANTICS if name == "H5P.Example 1.0" else None


def test_texts_are_listed_once_with_every_place_that_shows_them():
    content = {
        "intro": "<p>You can <strong>say no</strong>.</p>",
        "items": ["Ask for help", "Tell a trusted adult", "Ask for help"],
        "colour": "#000000",
    }
    texts = texts_of(content, semantics_for, "H5P.Example 1.0")
    values = [block["value"] for block in texts]
    assert values == [
        {"text": "You can say no.", "pointers": "/intro", "html": True},
        {"text": "Ask for help", "pointers": "/items/0 /items/2", "html": False},
        {"text": "Tell a trusted adult", "pointers": "/items/1", "html": False},
    ]
    # A colour is not words for a translator.
    assert all("#000000" not in value["text"] for value in values)


class _Activity:
    """Just the fields translated_content reads."""

    def __init__(self, english, khmer):
        self.texts_en = english
        self.texts_km = khmer


def _block(text, pointers, html=False):
    return {"type": "text", "value": {"text": text, "pointers": pointers, "html": html}}


CONTENT = {"intro": "<p>You can <strong>say no</strong>.</p>", "items": ["Ask", "Tell", "Ask"]}
ENGLISH = [_block("You can say no.", "/intro", True), _block("Ask", "/items/0 /items/2")]


def test_a_translation_is_written_escaped_at_every_english_pointer():
    khmer = [
        _block("អ្នក<script>alert(1)</script>", "/intro", True),
        _block("សួរ", "/items/0 /items/2"),
    ]
    result = translated_content(_Activity(ENGLISH, khmer), "km", CONTENT)
    assert result["intro"] == "<p>អ្នក&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    assert result["items"] == ["សួរ", "Tell", "សួរ"]
    assert CONTENT["items"] == ["Ask", "Tell", "Ask"], "the package's content is not changed"


def test_untranslated_texts_keep_the_package_markup():
    khmer = [_block("You can say no.", "/intro", True), _block("", "/items/0 /items/2")]
    result = translated_content(_Activity(ENGLISH, khmer), "km", CONTENT)
    assert result == CONTENT
    assert translated_content(_Activity(ENGLISH, []), "km", CONTENT) == CONTENT
    assert translated_content(_Activity(ENGLISH, khmer), "en", CONTENT) == CONTENT


def test_a_translation_cannot_move_a_text_or_write_over_structure():
    # The Khmer block's pointers are ignored: where to write comes from the English.
    khmer = [_block("ក", "/items", True), _block("ខ", "/nowhere /items")]
    english = [_block("You can say no.", "/intro", True), _block("Ask", "/nowhere /items")]
    result = translated_content(_Activity(english, khmer), "km", CONTENT)
    assert result["intro"] == "<p>ក</p>"
    assert result["items"] == ["Ask", "Tell", "Ask"], "a list is never replaced by a string"
    assert "nowhere" not in result


# --- Made from a package, then reviewed -------------------------------------------------------


@pytest.fixture
def ready_package(approved_example, editor, tmp_path):
    content = {"text": "<p>Is it <strong>your fault</strong>? No.</p>"}
    package = checked(rich_package(tmp_path, content, name="ready.h5p"), editor)
    assert package.status == H5PPackageStatus.READY, package.problems
    return package


def test_an_activity_starts_as_a_draft_with_the_package_texts(ready_package, editor):
    activity = create_activity(ready_package, editor)
    assert activity.live is False
    assert activity.latest_revision is not None
    assert [block["value"]["text"] for block in activity.texts_en.raw_data] == [
        "Is it your fault? No."
    ]
    assert activity.texts_en.raw_data[0]["value"]["pointers"] == "/text"


def test_only_editors_make_activities_and_only_from_ready_packages(
    ready_package, editor, make_user
):
    with pytest.raises(PermissionDenied):
        create_activity(ready_package, make_user("learner9"))
    ready_package.status = H5PPackageStatus.NEEDS_LIBRARIES
    ready_package.save()
    with pytest.raises(ValidationError):
        create_activity(ready_package, editor)
    assert not H5PActivity.objects.exists()


def test_activities_go_through_the_safeguarding_review(ready_package, editor):
    workflow = review_workflow_ensure()
    activity = create_activity(ready_package, editor)
    assert activity.get_workflow() == workflow
    workflow.start(activity, editor)
    activity.refresh_from_db()
    assert activity.workflow_in_progress
    assert activity.live is False


@pytest.fixture
def staff_editor(make_user):
    return make_user("editor2", role="editor", mfa=True)


def test_the_package_screen_makes_one_activity_and_opens_it(ready_package, staff_editor):
    client = Client()
    client.force_login(staff_editor)
    url = reverse("h5p_admin:package_make_activity", args=[ready_package.pk])
    first = client.post(url)
    activity = H5PActivity.objects.get()
    edit = reverse("wagtailsnippets_courses_h5pactivity:edit", args=[activity.pk])
    assert first.status_code == 302 and first["Location"] == edit
    second = client.post(url)
    assert second["Location"] == edit
    assert H5PActivity.objects.count() == 1
    page = client.get(edit)
    assert page.status_code == 200
    text = page.content.decode()
    assert "The package behind this activity" in text
    assert "Is it your fault" in text


def test_a_learner_cannot_make_an_activity(ready_package, make_user):
    client = Client()
    client.force_login(make_user("learner9"))
    response = client.post(reverse("h5p_admin:package_make_activity", args=[ready_package.pk]))
    assert response.status_code in (302, 403)
    assert not H5PActivity.objects.exists()


def test_activity_texts_go_through_the_xliff_exchange(ready_package, editor, make_user):
    from accounts.models import StaffScope

    review_workflow_ensure()
    activity = create_activity(ready_package, editor)
    translator = make_user("sok", role="translator", mfa=True)
    StaffScope.objects.create(user=translator, languages=["km"])
    data, count = export_xliff(section="courses", language="km")
    assert count >= 1
    assert "Is it your fault" in data.decode()
    result = check_and_import(
        fill(data), language="km", user=translator, workflow_for=lambda obj: obj.get_workflow()
    )
    assert result.errors == []
    draft = H5PActivity.objects.get(pk=activity.pk).get_latest_revision_as_object()
    khmer = draft.texts_km.raw_data[0]["value"]
    assert khmer["text"].startswith("ខ្មែរ ")
    assert khmer["pointers"] == "/text", "places are copied from the English, not translated"
    served = translated_content(draft, "km", {"text": "<p>Is it <strong>your fault</strong>?</p>"})
    assert served["text"].startswith("<p>ខ្មែរ ")
