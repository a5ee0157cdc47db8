"""Addresses of a page's own routes, in the language of the request."""


def subpage_url(request, page, name: str, *args) -> str:
    return page.get_url(request) + page.reverse_subpage(name, args=args)
