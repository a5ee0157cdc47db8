"""Small filters for the quiz forms."""

from django import template

register = template.Library()


@register.filter
def positions(options) -> range:
    return range(1, len(options) + 1)


@register.filter
def place_of(order, option_id) -> int | None:
    """The 1-based place the learner gave ``option_id``, or None."""
    if order and option_id in order:
        return order.index(option_id) + 1
    return None


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)
