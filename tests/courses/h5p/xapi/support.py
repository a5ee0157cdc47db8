"""Building blocks for the xAPI tests: a ready package, an activity, a lesson embedding it, and
statements shaped like the ones h5p-standalone sends."""

import json
import uuid

from django.urls import reverse

from courses.h5p.iri import activity_iri
from courses.models import H5PActivity, H5PPackage, LessonPage
from tests.courses_factory import publish

ADL = "http://adlnet.gov/expapi/verbs/"
CONSUME = "http://activitystrea.ms/schema/1.0/consume"


def ready_package() -> H5PPackage:
    """A checked package row; the endpoint never reads its files, so there are none."""
    package_id = uuid.uuid4()
    return H5PPackage.objects.create(
        id=package_id,
        original=f"h5p/uploads/{package_id}.h5p",
        filename="question.h5p",
        sha256="0" * 64,
        size=1000,
        status="ready",
        report={"title": "A question"},
        content_folder=f"h5p/content/{package_id}/",
    )


def make_activity(*, live=True, title="Who can help?") -> H5PActivity:
    return H5PActivity.objects.create(title=title, package=ready_package(), live=live)


def h5p_block(activity, block_id="h5p-1") -> dict:
    return {"type": "h5p", "value": {"activity": activity.pk}, "id": block_id}


def embedding_lesson(module, *activities, slug="lesson-h5p", required=True) -> LessonPage:
    """A published lesson in ``module`` whose body embeds ``activities``."""
    body = [{"type": "paragraph", "value": "<p>Try it.</p>", "id": "p-h5p"}]
    body += [h5p_block(a, f"h5p-{i}") for i, a in enumerate(activities)]
    lesson = module.add_child(
        instance=LessonPage(
            title="Practice", slug=slug, body=json.dumps(body), required=required, live=False
        )
    )
    return publish(lesson)


def xapi_url(lesson, activity, **query) -> str:
    url = reverse("h5p_xapi", args=[lesson.pk, activity.key])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def statement(
    activity,
    verb="answered",
    *,
    score=(3, 4),
    sub=None,
    statement_id=None,
    completion=True,
    success=None,
    **extra,
) -> dict:
    """A statement like H5P's own; ``score`` is (raw, max), a dict for result.score, or None."""
    object_id = activity_iri(activity.key) + (f"?subContentId={sub}" if sub else "")
    verb_id = CONSUME if verb == "consumed" else f"{ADL}{verb}"
    data = {
        "id": str(statement_id or uuid.uuid4()),
        "actor": {"name": "learner", "mbox": "mailto:someone@learners.invalid"},
        "verb": {"id": verb_id, "display": {"en-US": verb}},
        "object": {
            "id": object_id,
            "objectType": "Activity",
            "definition": {"name": {"en-US": "Who can help?"}, "interactionType": "choice"},
        },
        "context": {
            "contextActivities": {
                "category": [{"id": "http://h5p.org/libraries/H5P.MultiChoice-1.16"}]
            }
        },
    }
    result = {}
    if isinstance(score, tuple):
        raw, high = score
        result["score"] = {"min": 0, "max": high, "raw": raw, "scaled": round(raw / high, 4)}
    elif score is not None:
        result["score"] = score
    if completion is not None:
        result["completion"] = completion
    if success is not None:
        result["success"] = success
    if result:
        data["result"] = result
    data.update(extra)
    return data


def post(client, lesson, activity, data, *, content_type="application/json", **query):
    body = data if isinstance(data, bytes | str) else json.dumps(data)
    return client.post(xapi_url(lesson, activity, **query), body, content_type=content_type)
