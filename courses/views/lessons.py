"""Finishing a lesson."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from ..selectors import course_outline
from ..services.progress import lesson_complete, quizzes_still_to_pass
from .urls import subpage_url


def lesson_done(request, lesson):
    """The learner reached the end of the lesson (LessonPage.serve checked the enrolment)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if quizzes_still_to_pass(user=request.user, lesson=lesson):
        messages.error(request, _("Pass the quiz of this lesson first, then mark it as done."))
        return redirect(lesson.get_url(request))
    enrolment = request.enrolment
    if lesson_complete(enrolment=enrolment, lesson=lesson):
        messages.success(
            request, _("You have completed the course. You can now get your certificate.")
        )
        return redirect(subpage_url(request, enrolment.course, "certificate"))
    steps = [
        s
        for m in course_outline(course=enrolment.course, user=request.user)["modules"]
        for s in m.steps
    ]
    position = next((i for i, s in enumerate(steps) if s.page.pk == lesson.pk), None)
    following = steps[position + 1 :] if position is not None else []
    messages.success(request, _("Lesson done."))
    return redirect((following[0].page if following else enrolment.course).get_url(request))
