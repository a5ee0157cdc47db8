"""What the site holds about one person, for them to download (DL-3, issue 7 item 12).

``data_export(user=...)`` returns plain JSON-ready data, read in a fixed number of queries,
and the same data feeds the readable HTML page. It holds the person's own records only:

- other people appear at most by the display name the person was already shown (their
  current mentor, their current mentees); never who attested consent, marked attendance,
  proposed or approved anything;
- safeguarding concerns appear only as the person sees them on the status page: when they
  were raised, their status and the dates it changed. Never the note, and never a concern
  about them raised by someone else: safeguarding records go through the safeguarding lead
  (a request for those is handled by a person, who checks for a legal hold first);
- no secrets: no password hash, two-step codes, reset codes, certificate codes or the
  addresses and browsers of their sessions (this page may be read on a shared phone).
"""

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from accounts.models import Profile

FORMAT_VERSION = 1


def _when(value):
    # Dates stay dates: the HTML page formats them, the JSON download writes ISO 8601
    # (DjangoJSONEncoder).
    return value or None


def _title(page) -> str:
    return page.title if page is not None else ""


def _profile(user) -> dict:
    profile = Profile.objects.filter(user=user).first()
    return {
        "username": user.get_username(),
        "display_name": profile.display_name if profile else "",
        "age_band": profile.age_band if profile else "",
        "age_band_label": str(profile.get_age_band_display()) if profile else "",
        "age_band_stated_on": _when(profile.age_band_stated_on) if profile else None,
        "joined_site_on": _when(user.date_joined),
        "last_sign_in": _when(user.last_login),
    }


def _emails(user) -> list[dict]:
    from allauth.account.models import EmailAddress

    return [
        {"email": row.email, "verified": row.verified, "primary": row.primary}
        for row in EmailAddress.objects.filter(user=user).order_by("email")
    ]


def _two_step(user) -> list[str]:
    from allauth.mfa.models import Authenticator

    return sorted(Authenticator.objects.filter(user=user).values_list("type", flat=True))


def _cohorts(user) -> tuple[list[dict], list[dict]]:
    from ..models import Membership

    memberships = (
        Membership.objects.filter(user=user)
        .select_related("cohort", "consent")
        .order_by("joined_at", "pk")
    )
    cohorts, consents = [], []
    for membership in memberships:
        cohort = membership.cohort
        cohorts.append(
            {
                "cohort": cohort.name,
                "country": cohort.country,
                "starts_on": _when(cohort.starts_on),
                "ends_on": _when(cohort.ends_on),
                "joined_at": _when(membership.joined_at),
                "joined_via": membership.joined_via,
                "joined_via_label": str(membership.get_joined_via_display()),
                "left_at": _when(membership.left_at),
            }
        )
        consent = getattr(membership, "consent", None)
        if consent is not None:
            # Who attested it is another person: not part of the learner's copy.
            consents.append(
                {
                    "cohort": cohort.name,
                    "basis": consent.basis,
                    "basis_label": str(consent.get_basis_display()),
                    "method": consent.method,
                    "method_label": str(consent.get_method_display()),
                    "given_on": _when(consent.given_on),
                    "notice_version": consent.notice_version,
                }
            )
    return cohorts, consents


def _learning(user) -> dict:
    from courses.models import (
        Certificate,
        Enrolment,
        H5PResult,
        LessonProgress,
        QuizAnswer,
        QuizAttempt,
    )

    enrolments = [
        {
            "course": _title(row.course),
            "enrolled_at": _when(row.enrolled_at),
            "quizzes_due_at": _when(row.quizzes_due_at),
            "completed_at": _when(row.completed_at),
        }
        for row in Enrolment.objects.filter(user=user)
        .select_related("course")
        .order_by("enrolled_at", "pk")
    ]
    progress = [
        {
            "course": _title(row.course),
            "lesson": _title(row.lesson),
            "started_at": _when(row.started_at),
            "completed_at": _when(row.completed_at),
        }
        for row in LessonProgress.objects.filter(user=user)
        .select_related("course", "lesson")
        .order_by("started_at", "pk")
    ]
    attempts = list(
        QuizAttempt.objects.filter(user=user).select_related("quiz").order_by("started_at", "pk")
    )
    answers: dict = {}
    for answer in QuizAnswer.objects.filter(attempt__user=user).order_by("saved_at", "pk"):
        answers.setdefault(answer.attempt_id, []).append(
            {
                "question": answer.question_id,
                "answer": answer.response,
                "correct": answer.correct,
                "saved_at": _when(answer.saved_at),
            }
        )
    quiz_attempts = [
        {
            "quiz": _title(row.quiz),
            "number": row.number,
            "status": row.status,
            "started_at": _when(row.started_at),
            "submitted_at": _when(row.submitted_at),
            "score": row.score,
            "max_score": row.max_score,
            "passed": row.passed,
            "answers": answers.get(row.pk, []),
        }
        for row in attempts
    ]
    h5p = [
        {
            "activity": row.activity.title,
            "lesson": _title(row.lesson),
            "tries": row.attempts,
            "best_score": row.best_raw,
            "best_max": row.best_max,
            "last_score": row.last_raw,
            "last_max": row.last_max,
            "completed_at": _when(row.completed_at),
        }
        for row in H5PResult.objects.filter(user=user)
        .select_related("activity", "lesson")
        .order_by("updated_at", "pk")
    ]
    certificates = [
        {
            "course": _title(row.course),
            "printed_name": row.printed_name,
            "language": row.language,
            "issued_on": _when(row.issued_on),
            "status": row.status,
            "check_page_on": row.verification_on,
            "check_page_shows_name": row.show_name,
            "revoked_at": _when(row.revoked_at),
        }
        for row in Certificate.objects.filter(user=user)
        .select_related("course")
        .order_by("issued_on", "pk")
    ]
    return {
        "enrolments": enrolments,
        "lesson_progress": progress,
        "quiz_attempts": quiz_attempts,
        "h5p_results": h5p,
        "certificates": certificates,
    }


def _attendance(user) -> list[dict]:
    from ..models import Attendance, AttendanceChange

    rows = list(
        Attendance.objects.filter(learner=user)
        .select_related("session__cohort")
        .order_by("session__starts_at", "pk")
    )
    changes: dict = {}
    for change in AttendanceChange.objects.filter(attendance__learner=user).order_by(
        "changed_at", "pk"
    ):
        changes.setdefault(change.attendance_id, []).append(
            {"from": change.previous, "to": change.new, "changed_at": _when(change.changed_at)}
        )
    return [
        {
            "cohort": row.session.cohort.name,
            "session_at": _when(row.session.starts_at),
            "mark": row.mark,
            "mark_label": str(row.get_mark_display()),
            "changes": changes.get(row.pk, []),
        }
        for row in rows
    ]


def _display_name(user) -> str:
    profile = getattr(user, "profile", None)
    return profile.display_name if profile else ""


def _mentoring(user) -> dict:
    from ..models import (
        AssignmentStatus,
        MentorAssignment,
        MentorChangeRequest,
        MentoringConversation,
        MentorStanding,
    )

    standing = MentorStanding.objects.filter(user=user).first()
    assignments = list(
        MentorAssignment.objects.filter(Q(mentee=user) | Q(mentor=user))
        .select_related("cohort", "mentor__profile", "mentee__profile")
        .order_by("assigned_at", "pk")
    )
    ids = [row.pk for row in assignments]
    conversations: dict = {}
    for row in MentoringConversation.objects.filter(assignment_id__in=ids).order_by(
        "held_on", "pk"
    ):
        conversations.setdefault(row.assignment_id, []).append(
            {
                "held_on": _when(row.held_on),
                "topic": row.topic,
                "topic_label": str(row.get_topic_display()),
            }
        )
    requests: dict = {}
    for row in MentorChangeRequest.objects.filter(assignment_id__in=ids).order_by(
        "requested_at", "pk"
    ):
        requests.setdefault(row.assignment_id, []).append(_when(row.requested_at))

    as_mentee, as_mentor = [], []
    for row in assignments:
        pk = row.pk
        # The other person's display name only where the site already shows it to this person:
        # a mentee sees an active mentor; a mentor sees their current mentees.
        shown = row.status == AssignmentStatus.ACTIVE
        entry = {
            "cohort": row.cohort.name,
            "status": row.status,
            "status_label": str(row.get_status_display()),
            "assigned_at": _when(row.assigned_at),
            "ended_at": _when(row.ended_at),
            "conversations": conversations.get(pk, []),
        }
        if row.mentee_id == user.pk:
            entry["mentor"] = _display_name(row.mentor) if shown else ""
            entry["change_requested_at"] = requests.get(pk, [])
            as_mentee.append(entry)
        else:
            entry["mentee"] = _display_name(row.mentee) if shown else ""
            as_mentor.append(entry)
    return {
        "mentor_standing": (
            {
                "proposed_at": _when(standing.proposed_at),
                "approved_at": _when(standing.approved_at),
                "withdrawn_at": _when(standing.withdrawn_at),
            }
            if standing
            else None
        ),
        "as_mentee": as_mentee,
        "as_mentor": as_mentor,
    }


def _concerns(user) -> list[dict]:
    """Concerns this person raised, as their status page shows them: status and dates only."""
    try:
        concern_model = apps.get_model("safeguarding", "Concern")
    except LookupError:
        return []
    return [
        {
            "raised_at": _when(row.created_at),
            "status": row.status,
            "status_label": str(row.get_status_display()),
            "acknowledged_at": _when(row.acknowledged_at),
            "closed_at": _when(row.closed_at),
        }
        for row in concern_model.objects.filter(raised_by=user).order_by("created_at", "pk")
    ]


def _sessions(user) -> list[dict]:
    from allauth.usersessions.models import UserSession

    return [
        {"signed_in_at": _when(row.created_at), "last_seen_at": _when(row.last_seen_at)}
        for row in UserSession.objects.filter(user=user).order_by("created_at", "pk")
    ]


def data_export(*, user, now=None) -> dict:
    """Everything above about ``user``, for json.dumps with DjangoJSONEncoder."""
    cohorts, consents = _cohorts(user)
    return {
        "format_version": FORMAT_VERSION,
        "made_at": _when(now or timezone.now()),
        "profile": _profile(user),
        "email_addresses": _emails(user),
        "two_step_sign_in": _two_step(user),
        "signed_in_devices": _sessions(user),
        "cohorts": cohorts,
        "consent_records": consents,
        **_learning(user),
        "attendance": _attendance(user),
        "mentoring": _mentoring(user),
        "concerns_raised": _concerns(user),
    }
