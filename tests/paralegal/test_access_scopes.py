"""Every role against every learner-data address of another cohort, another mentee and
another learner (issue 7, AC-2): nothing of the other side is shown, nothing changes.

The other side's people and cohort carry the marker ZZOTHER in their names, so a page that
leaks any of it, whatever the status code, fails.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from accounts.models import StaffScope
from paralegal.models import (
    AssignmentStatus,
    Attendance,
    AttendanceMark,
    CohortSession,
    MentorAssignment,
    MentorStanding,
)
from safeguarding.services_concerns import concern_raise
from tests.security.access_policy import (
    COHORTS,
    CONCERNS_HANDLE,
    CONCERNS_RAISE,
    MENTOR_APPROVALS,
    MENTORING,
    OWN,
    ROUTES,
)

pytestmark = pytest.mark.django_db

MARKER = "ZZOTHER"
LEARNER_DATA_AREAS = {COHORTS, MENTORING, MENTOR_APPROVALS, CONCERNS_HANDLE, CONCERNS_RAISE, OWN}
ROLES = (
    "anonymous",
    "learner",
    "peer_mentor",
    "facilitator",
    "safeguarding_lead",
    "editor",
    "translator",
    "safeguarding_reviewer",
    "library_steward",
    "site_administrator",
    "superuser",
)


def patterns(resolver=None, namespace="", converters=None):
    """(name, converter names) of every named URL pattern."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        found = dict(converters or {})
        found.update(getattr(entry.pattern, "converters", {}))
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from patterns(entry, inner if entry.namespace else namespace, found)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), set(found)


def learner_data_routes():
    seen = set()
    for name, kwargs in patterns():
        if ROUTES.get(name) in LEARNER_DATA_AREAS and name not in seen:
            seen.add(name)
            yield name, kwargs


@pytest.fixture
def world(cohort_world, make_user, make_learner, make_cohort):
    w = dict(cohort_world)
    other = w["cohort_b"]
    other.name = f"{MARKER} cohort"
    other.save()
    for i, learner in enumerate(w["learners_b"]):
        profile = learner.profile
        profile.display_name = f"{MARKER} learner {i}"
        profile.save()
    now = timezone.now()
    w["session_b"] = CohortSession.objects.create(cohort=other, starts_at=now, place=MARKER)
    w["session_a"] = CohortSession.objects.create(cohort=w["cohort_a"], starts_at=now)
    Attendance.objects.create(
        session=w["session_b"], learner=w["learners_b"][1], mark=AttendanceMark.LATE
    )
    mentor_group = Group.objects.get(name="peer_mentor")
    for side in ("a", "b"):
        mentor, mentee = w[f"learners_{side}"][0], w[f"learners_{side}"][1]
        mentor.groups.add(mentor_group)
        MentorStanding.objects.create(user=mentor, approved_at=now)
        # The policy's own tests live in tests/paralegal; here only the rows matter.
        MentorAssignment.objects.bulk_create(
            [
                MentorAssignment(
                    mentor=mentor,
                    mentee=mentee,
                    cohort=w[f"cohort_{side}"],
                    status=AssignmentStatus.ACTIVE,
                )
            ]
        )
    w["assignment_b"] = MentorAssignment.objects.get(mentee=w["learners_b"][1])
    lead_ph = make_user("lead_ph", role="safeguarding_lead", mfa=True, email="ph@example.org")
    StaffScope.objects.create(user=lead_ph, countries=["PH"])
    w["concern_b"] = concern_raise(
        user=w["learners_b"][1], at_risk="me", urgency="soon", note=f"{MARKER} note"
    )
    lead = make_user("lead_kh", role="safeguarding_lead", mfa=True, email="kh@example.org")
    StaffScope.objects.create(user=lead, countries=["KH"])
    w["users"] = {
        "learner": w["learners_a"][2],
        "peer_mentor": w["learners_a"][0],
        "facilitator": w["fac_a"],
        "safeguarding_lead": lead,
        "superuser": make_user("root", role="", mfa=True, is_superuser=True, is_staff=True),
    }
    for role in ("editor", "translator", "safeguarding_reviewer", "library_steward"):
        w["users"][role] = make_user(f"{role}_x", role=role, mfa=True)
    w["users"]["site_administrator"] = make_user("siteadmin_x", role="site_administrator", mfa=True)
    return w


def other_side_url(name, kwargs, w):
    values = {
        "pk": w["cohort_b"].pk,
        "user_pk": w["learners_b"][1].pk,
        "session_pk": w["session_b"].pk,
        "assignment_pk": w["assignment_b"].pk,
        "public_id": w["concern_b"].public_id,
    }
    missing = kwargs - set(values)
    assert not missing, f"{name}: teach this test the URL arguments {missing}"
    try:
        return reverse(name, kwargs={key: values[key] for key in kwargs})
    except NoReverseMatch:  # pragma: no cover - a pattern with arguments we cannot build
        pytest.fail(f"cannot build {name} with {kwargs}")


def snapshot():
    from django.apps import apps

    counts = {}
    for label in ("paralegal", "safeguarding", "courses", "accounts", "auth"):
        for model in apps.get_app_config(label).get_models():
            counts[model._meta.label] = model.objects.count()
    counts["statuses"] = sorted(MentorAssignment.objects.values_list("status", flat=True))
    from safeguarding.models import Concern

    counts["concerns"] = sorted(Concern.objects.values_list("status", flat=True))
    return counts


def client_for(role, w):
    client = Client()
    if role != "anonymous":
        client.force_login(w["users"][role])
    return client


@pytest.mark.parametrize("role", ROLES)
def test_no_role_reaches_the_other_cohort_mentee_or_learner(role, world):
    client = client_for(role, world)
    routes = list(learner_data_routes())
    assert len(routes) > 30  # the walk found the paralegal and concern addresses
    before = snapshot()
    for name, kwargs in routes:
        if not kwargs:
            continue
        url = other_side_url(name, kwargs, world)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            body = response.content.decode(errors="replace")
            assert MARKER not in body, f"{role} {method.upper()} {name} shows the other side"
            if role == "anonymous":
                assert response.status_code in (302, 404, 405), (name, method)
                if response.status_code == 302:
                    assert "/accounts/login/" in response["Location"], name
            else:
                assert response.status_code in (404, 405), (
                    f"{role} {method.upper()} {name} answered {response.status_code}"
                )
    after = snapshot()
    assert after == before


@pytest.mark.parametrize("role", ROLES)
def test_lists_show_nothing_of_the_other_side(role, world):
    client = client_for(role, world)
    for name, kwargs in learner_data_routes():
        if kwargs:
            continue
        response = client.get(reverse(name))
        assert MARKER not in response.content.decode(errors="replace"), f"{role} GET {name}"


def test_a_facilitator_cannot_mix_their_cohort_with_the_other_sides_objects(world):
    client = client_for("facilitator", world)
    mine = world["cohort_a"].pk
    mixed = {"user_pk": world["learners_b"][1].pk, "session_pk": world["session_b"].pk,
             "assignment_pk": world["assignment_b"].pk}  # fmt: skip
    before = snapshot()
    checked = 0
    for name, kwargs in learner_data_routes():
        if "pk" not in kwargs or len(kwargs) < 2:
            continue
        url = reverse(name, kwargs={"pk": mine, **{k: mixed[k] for k in kwargs - {"pk"}}})
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code in (404, 405), f"{method.upper()} {name}"
            assert MARKER not in response.content.decode(errors="replace")
            checked += 1
    assert checked >= 10
    assert snapshot() == before


def test_the_facilitator_does_reach_their_own_cohort(world):
    # The other tests would pass if every page were broken; this one shows they are not.
    client = client_for("facilitator", world)
    cohort = world["cohort_a"]
    for name in ("paralegal:cohort_detail", "paralegal:dashboard", "paralegal:session_list"):
        assert client.get(reverse(name, kwargs={"pk": cohort.pk})).status_code == 200, name
    url = reverse(
        "paralegal:attendance", kwargs={"pk": cohort.pk, "session_pk": world["session_a"].pk}
    )
    assert client.get(url).status_code == 200
