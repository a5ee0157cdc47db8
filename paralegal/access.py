"""Who may reach which cohort: one place, used by every paralegal view.

Anything out of a person's scope is answered with 404, never 403, so that a guessed id does
not even confirm that a cohort, session or learner exists.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Cohort

FACILITATOR_GROUP = "facilitator"
PEER_MENTOR_GROUP = "peer_mentor"
SAFEGUARDING_LEAD_GROUP = "safeguarding_lead"


def in_group(user, name: str) -> bool:
    if not user.is_authenticated:
        return False
    # Cached per request object: views ask several times.
    names = getattr(user, "_rightspath_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._rightspath_group_names = names
    return name in names


def is_facilitator(user) -> bool:
    return in_group(user, FACILITATOR_GROUP)


def cohorts_visible_to(user):
    """The cohorts a facilitator runs; nothing for anyone else (superusers included)."""
    if not is_facilitator(user):
        return Cohort.objects.none()
    return Cohort.objects.filter(facilitators=user)


def cohort_for_facilitator(user, pk) -> Cohort:
    return get_object_or_404(cohorts_visible_to(user), pk=pk)


def facilitator_required(view):
    """Signed in, in the facilitator group; otherwise 404 (or the sign-in page)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_facilitator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def group_required(name: str):
    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not in_group(request.user, name):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
