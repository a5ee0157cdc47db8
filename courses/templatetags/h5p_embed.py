"""{% h5p_embed activity as h5p %}: what the lesson block needs to embed an H5P activity."""

from django import template

from courses.h5p.play import embed_context

register = template.Library()


@register.simple_tag(takes_context=True)
def h5p_embed(context, activity) -> dict:
    """play.embed_context for the request and lesson (``page``) of the rendering page."""
    request = context.get("request")
    if request is None or activity is None:
        return {"playable": False, "preview": False}
    return embed_context(request, activity, context.get("page"))


@register.simple_tag(takes_context=True)
def h5p_result(context, activity):
    """The signed-in learner's result in ``activity`` in this lesson, or None.

    The results of the whole lesson are read once per request (one query), however many
    activities it embeds.
    """
    from courses.h5p.results import results_for_lesson

    request, lesson = context.get("request"), context.get("page")
    user = getattr(request, "user", None)
    if activity is None or lesson is None or not getattr(user, "is_authenticated", False):
        return None
    cache = getattr(request, "_h5p_results", None)
    if cache is None or cache[0] != lesson.pk:
        cache = (lesson.pk, results_for_lesson(user, lesson))
        request._h5p_results = cache
    return cache[1].get(activity.key)
