"""Deleting an account erases the person everywhere (DL-4): a marker seeded in every text they
could have put anywhere, and in every row that references them, is found nowhere afterwards —
not in any model's text or JSON, not in any raw table (search index included), not in storage.
"""

import os
import uuid
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, models
from django.test import Client
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.search.models import IndexEntry
from wagtail.users.models import UserProfile

from accounts.models import Profile, ResetCode
from courses.models import (
    Certificate,
    Enrolment,
    H5PResult,
    H5PStatement,
    LessonProgress,
    QuizAnswer,
    QuizAttempt,
)
from paralegal.data.erase import ErasureRefused, account_erase, account_pseudonym
from paralegal.data.export import data_export
from paralegal.models import (
    AssignmentStatus,
    Attendance,
    AttendanceChange,
    CohortSession,
    ConsentRecord,
    Membership,
    MentorAssignment,
    MentorChangeRequest,
    MentoringConversation,
    MentorStanding,
)
from resources.models.search import SearchEntry
from safeguarding.models import AuditEvent
from tests.courses.h5p.xapi.support import embedding_lesson, make_activity
from tests.courses_factory import course_build

MARKER = "marker7q9z"
OTHER = "otherq4k8w"

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


def _concern_model():
    if not apps.is_installed("safeguarding"):
        return None
    try:
        return apps.get_model("safeguarding", "Concern")
    except LookupError:
        return None


def _seed(user, *, mark, cohort, course, facilitator, mentor_peer, home_page, activity, lesson):
    """A row in every model that references ``user``, with ``mark`` in every free text.

    Other people's records (Wagtail's history, the search indexes) name the person as anyone
    would: by username, display name or e-mail address."""
    Profile.objects.filter(user=user).update(display_name=f"Star {mark}")
    user.email = f"{mark}@learners.invalid"
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    UserProfile.get_for_user(user)
    membership = Membership.objects.get(cohort=cohort, user=user)
    ConsentRecord.objects.create(
        membership=membership,
        basis="guardian",
        method="paper",
        given_on=timezone.localdate(),
        attested_by=facilitator,
    )
    ResetCode.objects.create(
        user=user,
        code_hash=uuid.uuid4().hex,
        issued_by=facilitator,
        expires_at=timezone.now() + timedelta(days=3),
    )
    enrolment = Enrolment.objects.create(user=user, course=course["course"])
    LessonProgress.objects.create(
        user=user, lesson=course["lessons"][0], course=course["course"], completed_at=timezone.now()
    )
    quiz = course["quiz"]
    attempt = QuizAttempt.objects.create(
        user=user, quiz=quiz, number=1, revision=quiz.latest_revision, plan=[]
    )
    QuizAnswer.objects.create(attempt=attempt, question_id="q-text", response={"text": mark})
    H5PStatement.objects.create(
        user=user,
        activity=activity,
        lesson=lesson,
        statement_id=uuid.uuid4(),
        verb="answered",
        data={"result": {"response": f"my answer {mark}"}, "actor": {"name": mark}},
    )
    H5PResult.objects.create(user=user, activity=activity, lesson=lesson, attempts=1)
    certificate = Certificate.objects.create(
        user=user, course=course["course"], printed_name=f"Name {mark}", language="en"
    )
    certificate.pdf.name = default_storage.save(
        "certificates/seed.pdf", ContentFile(f"%PDF-1.4 {mark}".encode())
    )
    certificate.save()
    session = CohortSession.objects.create(
        cohort=cohort, starts_at=timezone.now(), place="Room 2", created_by=facilitator
    )
    attendance = Attendance.objects.create(
        session=session, learner=user, mark="late", marked_by=facilitator
    )
    AttendanceChange.objects.create(
        attendance=attendance, previous="absent", new="late", changed_by=facilitator
    )
    MentorStanding.objects.create(user=user, proposed_by=facilitator)
    # Ended assignments: the mentor policy is not what this test is about.
    as_mentee = MentorAssignment.objects.create(
        mentor=mentor_peer, mentee=user, cohort=cohort, status=AssignmentStatus.ENDED
    )
    as_mentor = MentorAssignment.objects.create(
        mentor=user, mentee=mentor_peer, cohort=cohort, status=AssignmentStatus.ENDED
    )
    for assignment in (as_mentee, as_mentor):
        MentoringConversation.objects.create(
            assignment=assignment, held_on=timezone.localdate(), topic="course"
        )
    MentorChangeRequest.objects.create(assignment=as_mentee)
    AuditEvent.objects.create(actor=user, action="viewed", object_type="concern", object_id="x")
    AuditEvent.objects.create(
        actor=facilitator, action="data_export", object_type="account", object_id=str(user.pk)
    )
    concern = None
    concern_model = _concern_model()
    if concern_model is not None:
        concern = concern_model(
            raised_by=user, raised_as="learner", country="KH", at_risk="me", urgency="soon"
        )
        concern.note = f"call {mark}"
        concern.save()
        about = concern_model.objects.create(
            raised_by=facilitator, raised_as="facilitator", at_risk="someone_else", urgency="now"
        )
        about.excluded_users.add(user)
    # Wagtail's history: an entry about the account, entries by them, a revision by them.
    log(instance=user, action="wagtail.create", user=facilitator)
    user_type = ContentType.objects.get_for_model(get_user_model())
    ModelLogEntry.objects.create(
        content_type=user_type,
        label=f"Note by {user.username}",
        action="wagtail.edit",
        data={"who": user.username, "nested": [{"name": f"Star {mark}"}]},
        user=user,
        object_id=str(facilitator.pk),
        timestamp=timezone.now(),
    )
    PageLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(home_page),
        page=home_page,
        label=home_page.title,
        action="wagtail.edit",
        user=user,
        timestamp=timezone.now(),
    )
    revision = home_page.save_revision(user=user)
    Revision.objects.filter(pk=revision.pk).update(object_str=f"Draft by Star {mark}")
    # The search indexes never index people; if one ever did, the erasure removes it.
    IndexEntry.objects.create(
        content_type=ContentType.objects.get_for_model(home_page),
        object_id=str(900000 + sum(map(ord, mark))),
        title=f"Home of Star {mark}",
        body=f"about {user.username}",
        autocomplete=user.username,
        title_norm=1.0,
    )
    SearchEntry.objects.create(
        kind="guide",
        object_id=900000 + sum(map(ord, mark)),
        language="en",
        title=f"Guide of {user.email}",
        url="/en/x/",
        words=f" {user.username} ",
    )
    # Two signed-in sessions: one allauth tracks, one it never saw.
    tracked = Client()
    tracked.force_login(user)
    tracked.get("/en/")
    untracked = Client()
    untracked.force_login(user)
    return {"enrolment": enrolment, "concern": concern, "certificate_file": certificate.pdf.name}


@pytest.fixture
def world(home_page, make_user, make_learner, make_cohort, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    facilitator = make_user("fac_erase", role="facilitator", mfa=True)
    learner = make_learner(f"{MARKER}_user", band="16_17")
    other = make_learner(f"{OTHER}_user", band="16_17")
    peer = make_learner("peer_mentor_x", band="18_24")
    cohort = make_cohort(facilitators=[facilitator], members=[learner, other, peer])
    course = course_build(home_page)
    activity = make_activity()
    lesson = embedding_lesson(course["module"], activity)
    common = {
        "cohort": cohort,
        "course": course,
        "facilitator": facilitator,
        "mentor_peer": peer,
        "home_page": home_page,
        "activity": activity,
        "lesson": lesson,
    }
    seeded = _seed(learner, mark=MARKER, **common)
    _seed(other, mark=OTHER, **common)
    return {**common, "learner": learner, "other": other, "seeded": seeded}


def _model_hits(marker) -> list[str]:
    hits = []
    seen = set()
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.db_table in seen:
            continue
        seen.add(meta.db_table)
        query = models.Q()
        names = []
        for field in meta.concrete_fields:
            if isinstance(field, TEXT_FIELDS) and not field.is_relation:
                query |= models.Q(**{f"{field.name}__icontains": marker})
                names.append(field.name)
        if names and model._base_manager.filter(query).exists():
            hits.append(f"{meta.label}: {names}")
    return hits


def _raw_hits(marker) -> list[str]:
    """Every column of every table (as text), whatever Django thinks is in it."""
    hits = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.get_table_list(cursor):
            columns = connection.introspection.get_table_description(cursor, table.name)
            for column in columns:
                # As text: blobs too (SQLite's FTS segments), bytea as hex on PostgreSQL.
                expression = f"CAST({quote(column.name)} AS TEXT)"
                cursor.execute(
                    f"SELECT COUNT(*) FROM {quote(table.name)} WHERE LOWER({expression}) LIKE %s",  # noqa: S608
                    [f"%{marker}%"],
                )
                if cursor.fetchone()[0]:
                    hits.append(f"{table.name}.{column.name}")
    return hits


def _storage_hits(marker, root) -> list[str]:
    hits = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                if marker in name.lower() or marker.encode() in handle.read().lower():
                    hits.append(path)
    return hits


def _everywhere(marker, settings) -> list[str]:
    return _model_hits(marker) + _raw_hits(marker) + _storage_hits(marker, settings.MEDIA_ROOT)


def test_the_marker_is_everywhere_before_and_nowhere_after(
    world, settings, django_capture_on_commit_callbacks
):
    learner, other = world["learner"], world["other"]
    # The scans find what they look for: before erasure, the marker is all over the place.
    before = _everywhere(MARKER, settings)
    assert any("auth_user" in hit for hit in before)
    assert any("wagtailsearch_indexentry" in hit for hit in before)
    assert any("courses_quizanswer" in hit for hit in before)
    assert _storage_hits(MARKER, settings.MEDIA_ROOT)
    learner_pk = learner.pk
    assert Session.objects.count() == 4  # two each
    assert UserSession.objects.filter(user=learner).exists()

    with django_capture_on_commit_callbacks(execute=True):
        pseudonym = account_erase(user=learner, actor=None, reason="self")

    left = _everywhere(MARKER, settings)
    assert left == [], "\n".join(left)
    assert not get_user_model().objects.filter(pk=learner_pk).exists()
    # Their sessions are gone; the other learner's are not.
    remaining = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert remaining == [str(other.pk)] * 2
    assert not UserSession.objects.filter(user_id=learner_pk).exists()
    # Wagtail's history keeps no dangling author, and nothing about the account itself.
    assert not ModelLogEntry.objects.filter(user_id=learner_pk).exists()
    assert not PageLogEntry.objects.filter(user_id=learner_pk).exists()
    assert not Revision.objects.filter(user_id=learner_pk).exists()
    # Audit: the actor is gone, the subject is the pseudonym, and one event says it happened.
    assert not AuditEvent.objects.filter(actor_id=learner_pk).exists()
    assert AuditEvent.objects.filter(object_type="account", object_id=str(learner_pk)).count() == 0
    deleted = AuditEvent.objects.get(action="account_deleted:self")
    assert deleted.object_id == pseudonym == account_pseudonym(learner_pk)
    assert deleted.actor is None
    assert AuditEvent.objects.filter(action="data_export", object_id=pseudonym).count() == 1
    concern_model = _concern_model()
    if concern_model is not None:
        # The concern stays with the leads, without the person or their note.
        concern = concern_model.objects.get(pk=world["seeded"]["concern"].pk)
        assert concern.raised_by_id is None and concern.note_ciphertext == "" and concern.note == ""
    # The certificate file is gone from storage.
    assert not default_storage.exists(world["seeded"]["certificate_file"])


def test_the_other_learner_is_untouched_and_in_nobody_elses_export(
    world, settings, django_capture_on_commit_callbacks
):
    learner, other = world["learner"], world["other"]
    other_before = _everywhere(OTHER, settings)
    mine = data_export(user=learner)
    assert OTHER not in str(mine).lower()
    assert MARKER in str(mine).lower()
    theirs_before = data_export(user=other)
    assert MARKER not in str(theirs_before).lower()

    with django_capture_on_commit_callbacks(execute=True):
        account_erase(user=learner)

    assert _everywhere(OTHER, settings) == other_before
    other.refresh_from_db()
    theirs_after = data_export(user=other)
    for key in ("profile", "cohorts", "consent_records", "quiz_attempts", "certificates"):
        assert theirs_after[key] == theirs_before[key], key
    assert len(theirs_after["attendance"]) == 1
    assert theirs_after["attendance"][0]["changes"]
    assert Enrolment.objects.filter(user=other).exists()
    concern_model = _concern_model()
    if concern_model is not None:
        mine_concern = concern_model.objects.get(raised_by=other, raised_as="learner")
        assert mine_concern.note == f"call {OTHER}"


def test_superusers_are_never_erased(make_user):
    admin = make_user("root_admin", role=None, is_superuser=True, is_staff=True)
    with pytest.raises(ErasureRefused):
        account_erase(user=admin)
    assert get_user_model().objects.filter(pk=admin.pk).exists()


def test_other_peoples_words_that_merely_contain_a_short_name_are_kept(make_learner, home_page):
    """Whole words only: erasing "ana" rewrites "ana" and never "banana"."""
    ana = make_learner("ana")
    page_type = ContentType.objects.get_for_model(home_page)
    kept = ModelLogEntry.objects.create(
        content_type=page_type,
        label="Bananas for everyone",
        action="wagtail.edit",
        object_id="1",
        timestamp=timezone.now(),
    )
    named = ModelLogEntry.objects.create(
        content_type=page_type,
        label="Checked by Ana.",
        action="wagtail.edit",
        object_id="2",
        timestamp=timezone.now(),
    )
    banana = IndexEntry.objects.create(
        content_type=page_type, object_id="801", title="Banana", body="", title_norm=1.0
    )
    IndexEntry.objects.create(
        content_type=page_type, object_id="802", title="ana here", body="", title_norm=1.0
    )
    account_erase(user=ana)
    kept.refresh_from_db()
    named.refresh_from_db()
    assert kept.label == "Bananas for everyone"
    assert named.label == "Checked by [deleted]."
    assert list(IndexEntry.objects.filter(object_id__in=["801", "802"])) == [banana]
