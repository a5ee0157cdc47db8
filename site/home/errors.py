"""Error pages rendered in the visitor's language, with the quick exit still on them."""

from django.shortcuts import render


def _render(request, template, status):
    return render(request, template, status=status)


def bad_request(request, exception=None):
    return _render(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _render(request, "403.html", 403)


def page_not_found(request, exception=None):
    return _render(request, "404.html", 404)


def server_error(request):
    # Keep 500 free of anything that could fail again (no context processors' queries).
    return _render(request, "500.html", 500)
