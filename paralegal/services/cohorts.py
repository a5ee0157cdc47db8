"""Changes to cohorts: creating and editing them, bringing learners in, consent, courses.

Every function here trusts that the caller already checked the facilitator may act on the
cohort (paralegal.access); what it checks itself are the rules of the data.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import username_lookalike_exists
from accounts.services import profile_ensure, reset_code_issue
from courses.models import Enrolment
from courses.services.enrolment import EnrolmentRefused, enrol

from ..access import FACILITATOR_GROUP
from ..models import Cohort, CohortCourse, ConsentRecord, JoinedVia, Membership

LEARNER_GROUP = "learner"
# Read aloud or written on a board: no 0/O, 1/I/L or 8/B look-alikes.
JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXYZ2345679"
JOIN_CODE_LENGTH = 8
# Usernames of accounts made in bulk: neutral words anyone can type on a phone keyboard,
# and digits without look-alikes (the username skeleton folds 0 and 1 into letters).
_USERNAME_WORDS = (
    "river",
    "lotus",
    "heron",
    "mango",
    "star",
    "kite",
    "bamboo",
    "cloud",
    "stone",
    "leaf",
    "lake",
    "hill",
    "moon",
    "rain",
    "palm",
)
_USERNAME_DIGITS = "23456789"


class JoinRefused(Exception):
    """The code is unknown or expired, or the person may not (re)join: nothing changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def join_code_normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def join_code_format(code: str | None) -> str:
    if not code:
        return ""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


# --- Cohorts ---------------------------------------------------------------------------


def _facilitators_with(*, cohort_creator, others) -> set:
    facilitators = {user for user in others if user is not None}
    if cohort_creator is not None:
        facilitators.add(cohort_creator)
    return facilitators


def _check_facilitators(users) -> None:
    for user in users:
        if not user.groups.filter(name=FACILITATOR_GROUP).exists():
            raise ValueError(f"{user.pk} is not a facilitator")


@transaction.atomic
def cohort_create(
    *, creator, name, country, language, starts_on, ends_on, co_facilitators=()
) -> Cohort:
    """A new cohort run by ``creator`` and the co-facilitators, with a fresh join code."""
    facilitators = _facilitators_with(cohort_creator=creator, others=co_facilitators)
    _check_facilitators(facilitators)
    cohort = Cohort.objects.create(
        name=name.strip(),
        country=country,
        language=language,
        starts_on=starts_on,
        ends_on=ends_on,
        created_by=creator,
    )
    cohort.facilitators.set(facilitators)
    join_code_rotate(cohort=cohort)
    return cohort


@transaction.atomic
def cohort_update(
    *, cohort, editor, name, country, language, starts_on, ends_on, co_facilitators=()
) -> Cohort:
    """Change a cohort; its creator and the facilitator making the change stay on it."""
    facilitators = _facilitators_with(cohort_creator=editor, others=co_facilitators)
    if cohort.created_by_id is not None:
        facilitators.add(cohort.created_by)
    _check_facilitators(facilitators)
    cohort.name = name.strip()
    cohort.country = country
    cohort.language = language
    cohort.starts_on = starts_on
    cohort.ends_on = ends_on
    cohort.save(update_fields=["name", "country", "language", "starts_on", "ends_on"])
    cohort.facilitators.set(facilitators)
    return cohort


# --- Join codes ------------------------------------------------------------------------


def join_code_rotate(*, cohort) -> str:
    """Give the cohort a new random join code; the old one stops working at once."""
    now = timezone.now()
    for _attempt in range(10):
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        try:
            with transaction.atomic():
                Cohort.objects.filter(pk=cohort.pk).update(
                    join_code=code,
                    join_code_expires_at=now + timedelta(days=settings.PARALEGAL_JOIN_CODE_DAYS),
                )
        except IntegrityError:  # the same code in another cohort: draw again
            continue
        cohort.refresh_from_db(fields=["join_code", "join_code_expires_at"])
        return code
    raise RuntimeError("could not draw a unique join code")


def cohort_for_join_code(*, code: str, now=None) -> Cohort | None:
    """The cohort a code currently opens, or None (unknown, expired, or the cohort ended)."""
    normalised = join_code_normalise(code)
    if len(normalised) != JOIN_CODE_LENGTH:
        return None
    now = now or timezone.now()
    cohort = Cohort.objects.filter(join_code=normalised, join_code_expires_at__gt=now).first()
    if cohort is None or cohort.has_ended(timezone.localdate(now)):
        return None
    return cohort


@transaction.atomic
def cohort_join(*, user, code: str) -> tuple[Membership, bool]:
    """Join the cohort the code opens; safe to repeat. Returns (membership, joined_now)."""
    cohort = cohort_for_join_code(code=code)
    if cohort is None:
        raise JoinRefused(
            _("This code does not work. Check it, or ask your facilitator for the new code.")
        )
    existing = Membership.objects.select_for_update().filter(cohort=cohort, user=user).first()
    if existing is not None:
        if existing.left_at is not None:
            raise JoinRefused(
                _("You cannot join this group again with a code. Ask your facilitator.")
            )
        return existing, False
    try:
        with transaction.atomic():
            membership = _membership_add(cohort=cohort, user=user, joined_via=JoinedVia.CODE)
    except IntegrityError:  # a double tap: the other request joined first
        return Membership.objects.get(cohort=cohort, user=user), False
    return membership, True


def _membership_add(*, cohort, user, joined_via, added_by=None) -> Membership:
    membership = Membership.objects.create(cohort=cohort, user=user, joined_via=joined_via)
    for assignment in cohort.courses.select_related("course", "assigned_by"):
        _enrol_member(assignment=assignment, user=user, enrolled_by=added_by)
    return membership


def _enrol_member(*, assignment, user, enrolled_by=None) -> Enrolment | None:
    # A cohort-only course needs someone who enrolled the learner: the facilitator who set
    # the course for the cohort (or, if that account is gone, one of its facilitators).
    enrolled_by = (
        enrolled_by
        or assignment.assigned_by
        or assignment.cohort.facilitators.order_by("pk").first()
    )
    try:
        enrolment = enrol(user=user, course=assignment.course, enrolled_by=enrolled_by)
    except EnrolmentRefused:
        return None
    if enrolment.quizzes_due_at != assignment.due_at:
        enrolment.quizzes_due_at = assignment.due_at
        enrolment.save(update_fields=["quizzes_due_at"])
    return enrolment


def member_remove(*, membership) -> Membership:
    """The learner leaves the cohort (their record and progress stay; they can be re-added)."""
    if membership.left_at is None:
        membership.left_at = timezone.now()
        membership.save(update_fields=["left_at"])
    return membership


# --- Accounts in bulk, with sign-in cards ----------------------------------------------


@dataclass(frozen=True)
class SignInCard:
    username: str
    display_name: str
    code: str


def _username_draw() -> str:
    User = get_user_model()
    for _attempt in range(50):
        username = secrets.choice(_USERNAME_WORDS) + "".join(
            secrets.choice(_USERNAME_DIGITS) for _ in range(4)
        )
        if User.objects.filter(username__iexact=username).exists():
            continue
        if username_lookalike_exists(username=username):
            continue
        return username
    raise RuntimeError("could not draw a free username")


@transaction.atomic
def accounts_bulk_create(*, cohort, facilitator, count: int, display_names=()) -> list[SignInCard]:
    """Make ``count`` learner accounts in the cohort, each with a one-time sign-in code.

    The accounts have no e-mail address, no usable password and only the learner group; the
    codes are returned once (only their hashes are kept). All or nothing.
    """
    if not 1 <= count <= settings.PARALEGAL_BULK_ACCOUNTS_MAX:
        raise ValueError("count out of range")
    names = [name.strip() for name in display_names if name.strip()]
    if len(names) > count:
        raise ValueError("more names than accounts")
    User = get_user_model()
    learner_group = Group.objects.get(name=LEARNER_GROUP)
    assignments = list(cohort.courses.select_related("course", "assigned_by", "cohort"))
    cards = []
    for index in range(count):
        user = User(username=_username_draw(), email="", is_staff=False, is_superuser=False)
        user.set_unusable_password()
        user.save()
        user.groups.set([learner_group])
        profile = profile_ensure(user=user)  # made by the post_save signal, with a pseudonym
        if index < len(names):
            profile.display_name = names[index]
            profile.save(update_fields=["display_name"])
        Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.CARD)
        for assignment in assignments:
            _enrol_member(assignment=assignment, user=user, enrolled_by=facilitator)
        code = reset_code_issue(
            issuer=facilitator, user=user, lifetime_days=settings.PARALEGAL_SIGN_IN_CARD_DAYS
        )
        cards.append(
            SignInCard(username=user.username, display_name=profile.display_name, code=code)
        )
    return cards


# --- Consent and courses ---------------------------------------------------------------


def consent_record_save(*, membership, attested_by, basis, method, given_on) -> ConsentRecord:
    """Record (or correct) how consent was given for this member; the attester is the actor."""
    record, _created = ConsentRecord.objects.update_or_create(
        membership=membership,
        defaults={
            "basis": basis,
            "method": method,
            "given_on": given_on,
            "attested_by": attested_by,
            "recorded_at": timezone.now(),
        },
    )
    return record


@transaction.atomic
def course_assign(*, cohort, course, due_at, assigned_by) -> CohortCourse:
    """Set a course for the cohort (or change its due date): every current member is enrolled
    and their quizzes close at ``due_at``."""
    assignment, created = CohortCourse.objects.get_or_create(
        cohort=cohort,
        course=course,
        defaults={"due_at": due_at, "assigned_by": assigned_by},
    )
    if not created and assignment.due_at != due_at:
        assignment.due_at = due_at
        assignment.save(update_fields=["due_at"])
    members = get_user_model().objects.filter(
        cohort_memberships__cohort=cohort, cohort_memberships__left_at__isnull=True
    )
    for user in members:
        enrol(user=user, course=course, enrolled_by=assigned_by)
    Enrolment.objects.filter(course=course, user__in=members).update(quizzes_due_at=due_at)
    return assignment
