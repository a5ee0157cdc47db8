"""Who may open a lesson or a quiz: a signed-in learner enrolled in its course."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.models import Page

from .models import CourseAccess, CoursePage, Enrolment

# Course > module > lesson or quiz.
COURSE_DEPTH_BELOW = 2


def _course_path(page) -> str:
    return page.path[: Page.steplen * (page.depth - COURSE_DEPTH_BELOW)]


def course_of(page) -> CoursePage:
    """The course a lesson or quiz belongs to, found by its tree path in one query."""
    return CoursePage.objects.get(path=_course_path(page))


def enrolment_for(user, page) -> Enrolment | None:
    return (
        Enrolment.objects.filter(user=user, course__path=_course_path(page))
        .select_related("course")
        .first()
    )


def refuse_unless_may_learn(request, page):
    """None when the learner may go on; otherwise the response that tells them why not."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = enrolment_for(request.user, page)
    if enrolment is not None:
        request.enrolment = enrolment
        return None
    course = course_of(page)
    if course.access == CourseAccess.SIGNED_IN:
        # Open to everyone who signs in: the course page has the "Start" button.
        return redirect(course.get_url(request))
    return TemplateResponse(request, "courses/not_enrolled.html", {"course": course}, status=403)
