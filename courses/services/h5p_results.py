"""Keeping a learner's H5P statements and rolling them up into one result per activity.

A statement is stored once per learner and statement id: the browser resends what it could not
deliver, so a replay must change nothing. The unique constraint decides, not a read before the
write, so two copies arriving at once are still one. Only statements about the activity itself
(no ``subContentId``) count as tries or completion; the questions inside a Question Set or an
Interactive Video report their own answers too, and those must not add tries or finish the
whole activity (Moodle's and Kolibri's rule). Results are practice results: nothing here touches
lesson progress, course completion or certificates.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..h5p.xapi import Statement
from ..models import H5PResult, H5PStatement

STORED, DUPLICATE, IGNORED = "stored", "duplicate", "ignored"

# Top-level verbs whose score closes a try.
SCORED_VERBS = frozenset({"answered", "completed", "passed", "failed", "mastered"})
# Top-level verbs that finish the activity (consumed: Accordion and other things to read).
COMPLETING_VERBS = frozenset({"completed", "consumed"})


def _completes(statement: Statement) -> bool:
    if statement.verb in COMPLETING_VERBS:
        return True
    # A standalone question finishes when answered, unless it says it is not finished yet.
    return statement.verb == "answered" and statement.completion is not False


def record_statement(*, user, lesson, activity, statement: Statement, language: str = "") -> str:
    """Store ``statement`` for ``user``; "stored", "duplicate" (a replay) or "ignored".

    ``language`` is the page's language, recorded when the statement names none (h5p-standalone
    and most content types leave ``context.language`` out), so cohorts can be compared.
    """
    if not statement.kept:
        return IGNORED
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: PostgreSQL needs one to go on after it
                H5PStatement.objects.create(
                    user=user,
                    activity=activity,
                    lesson_id=lesson.pk,
                    statement_id=statement.statement_id,
                    verb=statement.verb,
                    sub_content_id=statement.sub_content_id,
                    score_raw=statement.score_raw,
                    score_max=statement.score_max,
                    score_scaled=statement.score_scaled,
                    completion=statement.completion,
                    success=statement.success,
                    language=statement.language or language,
                    data=statement.data,
                )
        except IntegrityError:
            return DUPLICATE
        if statement.is_top_level:
            _roll_up(user=user, lesson=lesson, activity=activity, statement=statement)
    return STORED


def _roll_up(*, user, lesson, activity, statement: Statement) -> None:
    scored = statement.verb in SCORED_VERBS and statement.has_score
    completes = _completes(statement)
    if not (scored or completes):
        return
    # Locked until the transaction ends, so two statements at once both count.
    result, _created = H5PResult.objects.select_for_update().get_or_create(
        user=user, activity=activity, lesson_id=lesson.pk
    )
    now = timezone.now()
    if scored:
        result.attempts += 1
        result.last_raw = statement.score_raw
        result.last_max = statement.score_max
        result.last_scaled = statement.score_scaled
        if result.best_scaled is None or statement.score_scaled > result.best_scaled:
            result.best_raw = statement.score_raw
            result.best_max = statement.score_max
            result.best_scaled = statement.score_scaled
    if completes and result.completed_at is None:
        result.completed_at = now
    result.updated_at = now
    result.save()
