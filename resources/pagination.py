"""Long lists come a page at a time: a phone on a slow connection should not load them all."""

from django.core.paginator import Paginator
from django.utils.http import urlencode

GUIDES_PER_PAGE = 20
SERVICES_PER_PAGE = 25


def paginate(items, *, params, per_page: int, keep: tuple[str, ...]) -> dict:
    """One page of ``items`` (a queryset, counted and sliced in two queries) and its links.

    ``keep`` names the query parameters (the filters) that the page links carry over.
    """
    paginator = Paginator(items, per_page)
    page = paginator.get_page(str(params.get("p", ""))[:6])  # anything odd means page 1
    filters = {key: params[key] for key in keep if params.get(key)}

    def link(number: int) -> str:
        query = {**filters, "p": number} if number > 1 else filters
        return f"?{urlencode(query)}" if query else "?"

    return {
        "page_obj": page,
        "count": paginator.count,
        "previous_url": link(page.previous_page_number()) if page.has_previous() else "",
        "next_url": link(page.next_page_number()) if page.has_next() else "",
    }
