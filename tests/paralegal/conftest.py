"""Cohorts and people for the paralegal programme's tests."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from accounts.services import profile_ensure
from paralegal.models import Cohort, JoinedVia, Membership


@pytest.fixture
def make_cohort(db):
    def make(name="Cohort A", *, facilitators=(), members=(), country="KH", language="km", **extra):
        today = timezone.localdate()
        cohort = Cohort.objects.create(
            name=name,
            country=country,
            language=language,
            starts_on=extra.pop("starts_on", today - timedelta(days=30)),
            ends_on=extra.pop("ends_on", today + timedelta(days=150)),
            **extra,
        )
        cohort.facilitators.set(facilitators)
        for user in members:
            Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.FACILITATOR)
        return cohort

    return make


@pytest.fixture
def make_learner(make_user):
    """A learner with a profile in an age band (``band`` as in accounts.models.AgeBand)."""

    def make(username, *, band="16_17", role="learner", display_name=None):
        user = make_user(username, role=role)
        profile = profile_ensure(user=user)
        # Signing up may already have made a profile with a generated name.
        profile.display_name = display_name or username.title()
        profile.age_band = band
        profile.age_band_stated_on = date.today()
        profile.save()
        return user

    return make


@pytest.fixture
def cohort_world(make_user, make_learner, make_cohort):
    """Two cohorts in two countries, each with its facilitator and three learners."""
    fac_a = make_user("fac_a", role="facilitator", mfa=True)
    fac_b = make_user("fac_b", role="facilitator", mfa=True)
    learners_a = [make_learner(f"a_learner{i}") for i in range(3)]
    learners_b = [make_learner(f"b_learner{i}") for i in range(3)]
    cohort_a = make_cohort("Cohort A", facilitators=[fac_a], members=learners_a, country="KH")
    cohort_b = make_cohort(
        "Cohort B", facilitators=[fac_b], members=learners_b, country="PH", language="fil"
    )
    return {
        "fac_a": fac_a,
        "fac_b": fac_b,
        "learners_a": learners_a,
        "learners_b": learners_b,
        "cohort_a": cohort_a,
        "cohort_b": cohort_b,
    }
