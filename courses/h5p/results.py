"""Reading H5P results back: for one learner in a lesson, and for a class in a course.

Results are keyed by the activity's key (what the lesson block and the xAPI IRI know), read with
a fixed number of queries whatever the number of activities or learners.
"""

from django.db.models import F

from ..models import H5PResult


def results_for_lesson(user, lesson) -> dict:
    """{activity key: H5PResult} of ``user`` in ``lesson``, in one query."""
    rows = H5PResult.objects.filter(user=user, lesson_id=lesson.pk).annotate(
        activity_key=F("activity__key")
    )
    return {row.activity_key: row for row in rows}


def results_for_course(course, users) -> dict:
    """{(user id, activity key): H5PResult} for ``users`` in every lesson of ``course``.

    ``users`` is a queryset (it becomes a subquery) or an iterable of users or user ids; a
    learner's results in the same activity in two lessons are kept apart by the lesson, so the
    later-updated one is returned for the pair.
    """
    if not hasattr(users, "query"):
        users = [getattr(user, "pk", user) for user in users]
    rows = (
        H5PResult.objects.filter(user__in=users, lesson__path__startswith=course.path)
        .select_related("activity")
        .annotate(activity_key=F("activity__key"))
        .order_by("updated_at")
    )
    return {(row.user_id, row.activity_key): row for row in rows}
