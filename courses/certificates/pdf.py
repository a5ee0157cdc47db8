"""The certificate's words and its PDF, made with the guide PDFs' renderer and fonts.

resources.pdf provides the renderer: WeasyPrint with the self-hosted Noto Sans Khmer and a
URL fetcher that reads nothing but our own static and media files. The certificate's HTML
links css/certificate.css (by its path on this machine), which comes after css/pdf.css.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname

from resources.neutral_words import sensitive_words_in
from resources.pdf import html_to_pdf, static_file_path

STYLESHEET = "css/certificate.css"


@dataclass(frozen=True)
class PrintedTitle:
    """What a certificate calls its course, and its language when not the reader's."""

    text: str
    lang: str = ""  # set when the words are a fallback in another language

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Statement:
    """The parts of "<name> has completed the course <title> on <date>.", ready to print."""

    name: SafeString
    title: SafeString
    date: str


def certificate_course_title(course, language: str) -> PrintedTitle:
    """The course's name on a certificate: its certificate title, else its title.

    In order: the certificate title in ``language``, the title in ``language``, then both in
    English. When the English certificate title is set, the editors found the title itself
    too telling, so it comes before the translated title (which may be just as telling in
    other words). A name that reads as a sensitive subject is never printed, whatever an
    editor left in place: the certificate then names "a training course".
    """
    default = settings.LANGUAGE_CODE
    candidates = [
        (build_localized_fieldname("certificate_title", language), language),
        (build_localized_fieldname("title", language), language),
        (build_localized_fieldname("certificate_title", default), default),
        (build_localized_fieldname("title", default), default),
    ]
    if (getattr(course, candidates[2][0], "") or "").strip():
        candidates[1], candidates[2] = candidates[2], candidates[1]
    for field, lang in candidates:
        text = " ".join((getattr(course, field, "") or "").split())
        if text and not sensitive_words_in(text):
            return PrintedTitle(text, "" if lang == language else lang)
    with translation.override(language):
        return PrintedTitle(gettext("a training course"))


def certificate_statement(certificate, language: str, *, with_name: bool = True) -> Statement:
    """The certificate's sentence in ``language`` (call it with that language active)."""
    title = certificate_course_title(certificate.course, language)
    lang = format_html(' lang="{}"', title.lang) if title.lang else ""
    return Statement(
        name=format_html('<strong class="certificate__name">{}</strong>', certificate.printed_name)
        if with_name
        else SafeString(""),
        title=format_html('<strong class="certificate__course"{}>{}</strong>', lang, title.text),
        date=date_format(certificate.issued_on, "DATE_FORMAT"),
    )


def certificate_html(certificate) -> str:
    """The HTML the certificate's PDF is made from, in the certificate's language."""
    language = certificate.language
    stylesheet = static_file_path(STYLESHEET)
    with translation.override(language):
        return render_to_string(
            "courses/certificates/pdf.html",
            {
                "language": language,
                "statement": certificate_statement(certificate, language),
                "stylesheet_url": stylesheet.resolve().as_uri() if stylesheet else "",
            },
        )


def certificate_pdf(certificate) -> bytes:
    """The certificate as a one-page PDF."""
    return html_to_pdf(certificate_html(certificate))
