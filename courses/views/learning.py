"""My learning: every course a learner has started, with progress bars."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from ..selectors import my_learning as my_learning_selector


@login_required
def my_learning(request):
    courses = my_learning_selector(user=request.user)
    return TemplateResponse(request, "courses/my_learning.html", {"courses": courses})
