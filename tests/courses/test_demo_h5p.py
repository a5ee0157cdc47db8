"""The demo H5P activities: our own content type, approved by hash, reviewed and translated."""

import hashlib

import pytest
from django.contrib.auth import get_user_model

from accounts.demo import demo_accounts_ensure
from courses.demo import demo_courses_ensure
from courses.demo_h5p import demo_activities_ensure
from courses.h5p import storage
from courses.h5p.activity_texts import package_content, translated_content
from courses.h5p.demo_activities import DEMO_ACTIVITIES
from courses.h5p.own_package import LIBRARY, LIBRARY_FOLDER
from courses.models import H5PActivity, H5PLibrary, H5PLibraryStatus, LessonPage
from home.demo_content import demo_home_ensure
from safeguarding.demo import review_publisher

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(roles, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    demo_accounts_ensure(credentials_file=tmp_path / "demo-credentials.json")
    by_name = {u.username: u for u in get_user_model().objects.all()}
    return by_name


@pytest.fixture
def publish(users):
    return review_publisher(editor=users["demo_editor"], reviewer=users["demo_reviewer"])


@pytest.fixture
def activities(users, publish):
    return demo_activities_ensure(
        editor=users["demo_editor"], steward=users["demo_steward"], publish=publish
    )


def test_three_activities_are_published_through_the_review(activities):
    assert len(activities) >= 3
    assert set(activities) == {demo.slug for demo in DEMO_ACTIVITIES}
    for activity in activities.values():
        activity.refresh_from_db()
        assert activity.live
        assert activity.package.status == "ready"
        assert activity.workflow_states.filter(status="approved").exists()


def test_the_library_is_approved_by_the_steward_with_the_hash_of_every_file(activities, users):
    library = H5PLibrary.objects.get(
        machine_name=LIBRARY.machine_name, major=LIBRARY.major, minor=LIBRARY.minor
    )
    assert library.status == H5PLibraryStatus.APPROVED
    assert library.approved_by == users["demo_steward"]
    for path in LIBRARY_FOLDER.rglob("*"):
        if path.is_file():
            name = path.relative_to(LIBRARY_FOLDER).as_posix()
            assert library.files[name] == hashlib.sha256(path.read_bytes()).hexdigest()
    served = storage.library_path(LIBRARY) / "rights-check.js"
    assert served.read_bytes() == (LIBRARY_FOLDER / "rights-check.js").read_bytes()


@pytest.mark.parametrize("language", ["km", "fil", "vi"])
def test_every_text_has_a_draft_translation_that_reaches_the_player(activities, language):
    for activity in activities.values():
        activity.refresh_from_db()
        assert getattr(activity, f"title_{language}")
        texts = getattr(activity, f"texts_{language}").raw_data
        assert texts and all(block["value"]["text"] for block in texts)
        content = package_content(activity.package)
        played = translated_content(activity, language, content)
        assert played != content
        english = {b["value"]["text"] for b in activity.texts_en.raw_data}
        assert not english & {b["value"]["text"] for b in texts if len(b["value"]["text"]) > 12}


def test_loading_again_changes_nothing(activities, users, publish):
    again = demo_activities_ensure(
        editor=users["demo_editor"], steward=users["demo_steward"], publish=publish
    )
    assert {k: a.pk for k, a in again.items()} == {k: a.pk for k, a in activities.items()}
    assert H5PActivity.objects.count() == len(DEMO_ACTIVITIES)


def test_module_one_lessons_embed_the_activities(activities, publish):
    home = demo_home_ensure(publish=publish)
    demo_courses_ensure(
        home=home, publish=publish, activities={s: a.pk for s, a in activities.items()}
    )
    embedded = {}
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type == "h5p":
                embedded[block.value["activity"].pk] = lesson
    assert set(embedded) == {a.pk for a in activities.values()}
    khmer = LessonPage.objects.get(pk=next(iter(embedded.values())).pk)
    assert any(block.block_type == "h5p" for block in khmer.body_km)
