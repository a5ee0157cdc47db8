"""'Report a problem with this page': open to anyone, rate-limited, keeps nothing about them."""

from allauth.core import ratelimit
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from ..forms.report import ProblemReportForm
from ..services import problem_report_create


def _help_url(request) -> str:
    """The help directory, where the phone numbers are (the home page if there is none)."""
    from resources.models import DirectoryPage

    directory = DirectoryPage.objects.live().first()
    return directory.get_url(request) if directory else "/"


def _page(request):
    raw = request.GET.get("p", "")
    if not raw.isdigit() or len(raw) > 12:
        raise Http404
    from home.page_listing import publicly_listed

    # Session plans are for facilitators: naming one here would show its title to anyone.
    pages = publicly_listed(Page.objects.live().public())
    page = pages.filter(pk=int(raw), depth__gt=1).first()
    if page is None:
        raise Http404
    return page


@require_http_methods(["GET", "POST"])
def report_problem(request):
    page = _page(request)
    status = 200
    if request.method == "POST":
        if not ratelimit.consume(request, action="report_problem"):
            response = render(request, "429.html", status=429)
            patch_cache_control(response, no_store=True, private=True)
            return response
        form = ProblemReportForm(request.POST)
        if form.is_valid():
            problem_report_create(
                page=page,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                language=get_language(),
            )
            response = render(request, "safeguarding/report_thanks.html", {"reported_page": page})
            patch_cache_control(response, no_store=True, private=True)
            return response
        status = 400
    else:
        form = ProblemReportForm()
    response = render(
        request,
        "safeguarding/report_problem.html",
        {"form": form, "reported_page": page, "help_url": _help_url(request)},
        status=status,
    )
    patch_cache_control(response, no_store=True, private=True)
    return response
