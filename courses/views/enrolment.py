"""Starting a course and coming back to it."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..models import Enrolment
from ..selectors import course_outline
from ..services.enrolment import EnrolmentRefused
from ..services.enrolment import enrol as enrol_learner
from .urls import subpage_url


def enrol(request, course):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    try:
        enrol_learner(user=request.user, course=course)
    except EnrolmentRefused:
        return TemplateResponse(
            request, "courses/not_enrolled.html", {"course": course}, status=403
        )
    messages.success(request, _("You have started this course."))
    return redirect(subpage_url(request, course, "continue"))


def resume(request, course):
    """The lesson the learner last opened, or the first one not done yet."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = Enrolment.objects.filter(user=request.user, course=course).first()
    if enrolment is None:
        return redirect(course.get_url(request))
    if enrolment.last_lesson_id and enrolment.last_lesson and enrolment.last_lesson.live:
        return redirect(enrolment.last_lesson.get_url(request))
    steps = [
        s for m in course_outline(course=course, user=request.user)["modules"] for s in m.steps
    ]
    target = next((s for s in steps if not s.done), steps[0] if steps else None)
    return redirect((target.page if target else course).get_url(request))
