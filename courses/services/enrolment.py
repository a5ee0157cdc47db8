"""Enrolling in a course and finding where a learner left off."""

from django.db import IntegrityError, transaction

from ..models import CourseAccess, Enrolment


class EnrolmentRefused(Exception):
    pass


def enrol(*, user, course, enrolled_by=None) -> Enrolment:
    """Enrol ``user``; safe to repeat. Cohort-only courses need someone else to enrol them."""
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing:
        return existing
    if course.access != CourseAccess.SIGNED_IN and enrolled_by is None:
        raise EnrolmentRefused
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course, enrolled_by=enrolled_by)
    except IntegrityError:  # a double tap: the other request enrolled first
        return Enrolment.objects.get(user=user, course=course)
