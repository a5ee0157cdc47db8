from allauth.core import ratelimit
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .search.forms import SearchForm
from .search.query import search


# Exempt from CSRF: a search changes nothing, and a token would make the empty search page
# uncacheable. Queries come by POST so that they never appear in a URL or the history.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def search_view(request):
    if request.method == "GET":
        return render(request, "resources/search.html", {"form": SearchForm()})
    if not ratelimit.consume(request, action="search"):
        response = render(request, "429.html", status=429)
        patch_cache_control(response, no_store=True, private=True)
        return response
    form = SearchForm(request.POST)
    results = search(form.cleaned_data["q"], get_language()) if form.is_valid() else None
    response = render(
        request,
        "resources/search.html",
        {"form": form, "results": results, "searched": form.is_valid()},
        status=200 if form.is_valid() else 400,
    )
    # Nothing of the search is kept by the browser or a cache, nor restored by "back".
    patch_cache_control(response, no_store=True, private=True)
    return response
