"""The endpoint the lesson page posts H5P statements to (one statement per request).

Outside the language prefix, so the messages are in the language the page names with ``?lang=``
(the lesson's language, added by the page's script), or else the one LocaleMiddleware chose
from the language cookie or the browser's Accept-Language. Every answer is JSON, never stored by
a cache, never a redirect. The checks run in a fixed order and say no more than needed:
a lesson or activity that does not exist, is not live or is not in this lesson's published body
are all the same 404; only a learner not enrolled in a live lesson's course gets a 403.
"""

from allauth.core import ratelimit
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from config.languages import LANGUAGE_CODES

from ..access import enrolment_for
from ..h5p.xapi import MESSAGES, StatementRefused, max_bytes, parse_statement
from ..models import H5PActivity, LessonPage
from ..services.h5p_results import record_statement

XAPI_URLCONF = "courses.h5p.xapi_urls"
# Transport problems get their own HTTP status; what is wrong inside a statement is a 400.
STATUS_FOR_CODE = {"too_large": 413}


def _error(message, status, code=None, **headers):
    body = {"error": str(message)}
    if code:
        body["code"] = code
    response = JsonResponse(body, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _embedded_activity_ids(lesson) -> set:
    """Activities the lesson's published body embeds, in any language, read without queries."""
    ids = set()
    for code in LANGUAGE_CODES:
        body = getattr(lesson, f"body_{code}", None)
        for block in getattr(body, "raw_data", None) or []:
            if block.get("type") == "h5p" and isinstance(block.get("value"), dict):
                ids.add(block["value"].get("activity"))
    return ids


def _not_found():
    return _error(_("This activity is not available."), 404)


def _refuse_unless_may_send(request, lesson_id, activity_key):
    """(lesson, activity, None) when the learner may post here, else (None, None, response)."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return None, None, _not_found()
    if enrolment_for(request.user, lesson) is None:
        return None, None, _error(_("You are not enrolled in this course."), 403)
    activity = (
        H5PActivity.objects.filter(key=activity_key, live=True, package__status="ready")
        .only("pk", "key")
        .first()
    )
    if activity is None or activity.pk not in _embedded_activity_ids(lesson):
        return None, None, _not_found()
    return lesson, activity, None


def _language(request) -> str:
    asked = request.GET.get("lang", "")
    return asked if asked in LANGUAGE_CODES else getattr(request, "LANGUAGE_CODE", "en")


@never_cache
def xapi_statement(request, lesson_id: int, activity_key):
    # LocaleMiddleware answers a 404 outside the language prefix with a redirect to /en/...,
    # which wagtail's catch-all would accept: a POST would become a GET of a page. Naming a
    # URLconf without language prefixes for the rest of this request stops that.
    request.urlconf = XAPI_URLCONF
    language = _language(request)
    with translation.override(language):
        response = _answer(request, lesson_id, activity_key)
    response["Content-Language"] = language
    return response


def _answer(request, lesson_id, activity_key):
    if request.method != "POST":
        return _error(_("Results are sent with POST."), 405, Allow="POST")
    if not request.user.is_authenticated:
        return _error(_("Sign in to save your results."), 401)
    if not ratelimit.consume(request, action="h5p_xapi"):
        return _error(_("Too many results at once. Please wait a minute."), 429)
    if request.content_type != "application/json":
        return _error(_("Results must be sent as JSON."), 415, "content_type")
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit() or int(declared) > max_bytes():
        return _error(MESSAGES["too_large"], 413, "too_large")
    lesson, activity, refusal = _refuse_unless_may_send(request, lesson_id, activity_key)
    if refusal is not None:
        return refusal
    try:
        statement = parse_statement(request.body, activity.key)
    except StatementRefused as refused:
        return _error(refused.message, STATUS_FOR_CODE.get(refused.code, 400), refused.code)
    outcome = record_statement(
        user=request.user,
        lesson=lesson,
        activity=activity,
        statement=statement,
        language=translation.get_language(),
    )
    return JsonResponse({"status": outcome})
