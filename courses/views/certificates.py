"""A learner's certificate of a completed course, and the public page that checks one."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from ..certificates.forms import CertificateForm, PrintedNameForm
from ..certificates.pdf import certificate_statement
from ..certificates.services import (
    CertificateRefused,
    certificate_of,
    certificate_request,
    certificate_show_name_set,
    certificate_verifiable,
    certificate_verification_set,
    completed_enrolment,
)
from ..models import CertificateStatus

DOWNLOAD_FILENAME = "certificate.pdf"


def _language() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def _private(response):
    response["Cache-Control"] = "no-store, private, max-age=0"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _download(certificate):
    if certificate is None or certificate.status != CertificateStatus.READY:
        raise Http404
    try:
        handle = default_storage.open(certificate.pdf.name, "rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=DOWNLOAD_FILENAME, content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


def _switch(request, certificate, action: str) -> bool:
    """The small buttons: checking on or off, the name shown or hidden on the check page."""
    if certificate is None:
        return False
    if action == "verification_off":
        certificate_verification_set(certificate, on=False)
        messages.success(request, _("Checking is off. Links you gave out no longer work."))
    elif action == "verification_on":
        certificate_verification_set(certificate, on=True)
        messages.success(request, _("Checking is on, with a new link."))
    elif action == "show_name":
        certificate_show_name_set(certificate, show=True)
        messages.success(request, _("The check page now shows your name."))
    elif action == "hide_name":
        certificate_show_name_set(certificate, show=False)
        messages.success(request, _("The check page no longer shows your name."))
    else:
        return False
    return True


def _initial_name(user) -> str:
    profile = getattr(user, "profile", None)
    return profile.display_name if profile is not None else ""


def certificate(request, course):
    """Ask for the certificate, follow it being made, download it, choose what a check shows."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if completed_enrolment(user=request.user, course=course) is None:
        raise Http404
    existing = certificate_of(user=request.user, course=course)
    reading = request.method in ("GET", "HEAD")
    if reading and request.GET.get("download") == "pdf":
        return _download(existing)

    form_class = PrintedNameForm if existing is not None else CertificateForm
    if request.method == "POST":
        action = request.POST.get("action", "make")
        if action != "make":
            if not _switch(request, existing, action):
                raise Http404
            return redirect(request.path)
        form = form_class(request.POST)
        if form.is_valid():
            fields = {"printed_name": form.cleaned_data["printed_name"]}
            if form_class is CertificateForm:
                fields["verification_on"] = form.cleaned_data["verification_on"]
                fields["show_name"] = form.cleaned_data["show_name"]
            try:
                certificate_request(
                    user=request.user, course=course, language=_language(), **fields
                )
            except CertificateRefused:
                raise Http404 from None
            messages.success(request, _("Your certificate is being made."))
            return redirect(request.path)
    elif reading:
        name = existing.printed_name if existing is not None else _initial_name(request.user)
        form = form_class(initial={"printed_name": name})
    else:
        return HttpResponseNotAllowed(["GET", "POST"])

    check_url = ""
    if existing is not None and existing.verifiable:
        check_url = request.build_absolute_uri(
            reverse("courses:certificate_verify", kwargs={"code": existing.code})
        )
    response = TemplateResponse(
        request,
        "courses/certificates/certificate.html",
        {
            "page": course,
            "course": course,
            "certificate": existing,
            "form": form,
            "check_url": check_url,
            "language_changed": existing is not None and existing.language != _language(),
            "certificate_language": _language_name(existing.language) if existing else "",
        },
    )
    return _private(response)


def _language_name(code: str) -> str:
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _check_headers(response):
    # Nothing learned from the address travels on, no search engine lists it, and no cache
    # keeps a copy that would outlive the learner turning checking off.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    add_never_cache_headers(response)
    return response


def verify(request, code):
    """Public: what the holder agreed to show, or one "nothing here" page for every other case."""
    certificate = certificate_verifiable(code)
    if certificate is None:
        response = TemplateResponse(
            request, "courses/certificates/verify_not_found.html", {}, status=404
        )
        return _check_headers(response)
    language = _language()
    response = TemplateResponse(
        request,
        "courses/certificates/verify.html",
        {
            "statement": certificate_statement(
                certificate, language, with_name=certificate.show_name
            ),
            "show_name": certificate.show_name,
        },
    )
    return _check_headers(response)
