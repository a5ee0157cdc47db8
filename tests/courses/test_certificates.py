"""Certificates of completion: asked for by the learner, made in the background in their
language, downloaded only by them, and checked through a link only they switch on.

As for the guide PDFs, nothing here reads Khmer text back out of a PDF (it comes out in glyph
order): the Khmer checks look at the embedded font and at the rendered page.
"""

import datetime
import importlib
import io
import re

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import timezone, translation
from PIL import ImageChops, ImageFont, features
from pypdf import PdfReader

from config.celery import app as celery_app
from courses.certificates import pdf as certificate_pdf
from courses.certificates.tasks import make_certificate_pdf
from courses.models import Certificate, CertificateStatus, CourseIndexPage, CoursePage, Enrolment
from resources.neutral_words import sensitive_words_in
from resources.pdf import html_to_pdf
from tests.helpers import LANGUAGES, html_lang, require
from tests.resources.test_guide_pdf import (
    SCALE,
    dark_share,
    difference,
    embedded_fonts,
    ink_box,
    page_image,
    pillow_line,
)

pytestmark = pytest.mark.django_db

# "Introduction to children's rights": a vowel written before its consonant (េ), subscript
# consonants (ក្តី, ផ្តើ, ទ្ធិ) and a split vowel (ើ). Unshaped, all of them come out wrong.
KHMER_TITLE = "សេចក្តីផ្តើមអំពីសិទ្ធិកុមារ"
COMPLETED_AT = datetime.datetime(2025, 3, 14, 9, 30, tzinfo=datetime.UTC)
ENGLISH_DATE = "March 14, 2025"
CONTROL_NAMES = {
    "bell": "Mai\x07 Anh",
    "newline": "Mai\nAnh",
    "right-to-left override": "Mai \u202eAnh",
    "zero-width joiner": "Mai\u200dAnh",
    "byte-order mark": "\ufeffMai Anh",
}


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def course_make(home, *, slug="paralegal-basics", **fields) -> CoursePage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = publish(
            home.add_child(instance=CourseIndexPage(title="Courses", slug="courses", live=False))
        )
    values = {"title": "Peer paralegal basics", "summary": "Start here.", **fields}
    return publish(index.add_child(instance=CoursePage(slug=slug, live=False, **values)))


def complete(user, course, at=COMPLETED_AT) -> Enrolment:
    return Enrolment.objects.create(user=user, course=course, completed_at=at)


@pytest.fixture
def course(home_page):
    return course_make(home_page, title_km=KHMER_TITLE)


@pytest.fixture
def completed(learner, course):
    learner.profile.display_name = "Quiet River"
    learner.profile.save()
    return complete(learner, course)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def page_url(course, language="en"):
    with translation.override(language):
        return course.url + course.reverse_subpage("certificate")


def check_url(code, language="en"):
    return f"/{language}/certificates/{code}/"


def ask(client, course, capture, language="en", **data):
    """POST the form; the PDF job runs when the transaction commits, as on a worker."""
    fields = {"action": "make", "printed_name": "Mai Anh", **data}
    with capture(execute=True):
        return client.post(page_url(course, language), fields)


def stored_pdf(certificate) -> bytes:
    certificate.refresh_from_db()
    with default_storage.open(certificate.pdf.name, "rb") as handle:
        return handle.read()


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


# --- Who may ask ----------------------------------------------------------------------------


def test_a_signed_out_visitor_is_sent_to_sign_in(client, course, completed):
    response = client.get(page_url(course))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_course_not_completed_has_no_certificate_page(learner_client, learner, course):
    assert learner_client.get(page_url(course)).status_code == 404  # not enrolled
    Enrolment.objects.create(user=learner, course=course)  # enrolled, not finished
    assert learner_client.get(page_url(course)).status_code == 404
    response = learner_client.post(page_url(course), {"action": "make", "printed_name": "Mai"})
    assert response.status_code == 404
    assert not Certificate.objects.exists()


def test_the_form_offers_the_display_name_and_shares_nothing_by_default(
    learner_client, course, completed
):
    response = learner_client.get(page_url(course))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Quiet River"' in html
    assert 'name="verification_on"' in html and 'name="show_name"' in html
    assert "checked" not in html
    assert "no-store" in response["Cache-Control"]
    assert not Certificate.objects.exists(), "looking at the page makes nothing"


# --- Asking, making, downloading ------------------------------------------------------------


def test_asking_makes_one_certificate_and_its_pdf(
    learner_client, learner, course, completed, django_capture_on_commit_callbacks
):
    response = ask(learner_client, course, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == page_url(course)
    # The same form sent twice (a double tap): still one certificate, with one code.
    ask(learner_client, course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert (certificate.user, certificate.course_id) == (learner, course.pk)
    assert certificate.printed_name == "Mai Anh"
    assert certificate.language == "en"
    assert certificate.issued_on == COMPLETED_AT.date()
    assert certificate.status == CertificateStatus.READY
    assert not certificate.verification_on and not certificate.show_name
    # A neutral, unguessable file name.
    assert re.fullmatch(r"certificates/[0-9a-f]{32}\.pdf", certificate.pdf.name)

    content = stored_pdf(certificate)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Certificate of completion" in text
    assert f"Mai Anh has completed the course Peer paralegal basics on {ENGLISH_DATE}." in text
    assert reader.metadata.title == "Certificate of completion"
    assert "RightsPath" not in text and "Notebook" not in text

    page = learner_client.get(page_url(course)).content.decode()
    assert "Your certificate is ready." in page
    assert f'href="{page_url(course)}?download=pdf"' in page


def test_the_pdf_is_a_download_that_is_never_cached(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks)
    response = learner_client.get(page_url(course) + "?download=pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="certificate.pdf"'
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == stored_pdf(Certificate.objects.get())


def test_a_pdf_not_made_yet_is_not_offered(learner_client, course, completed, monkeypatch):
    monkeypatch.setattr(make_certificate_pdf, "delay", lambda *args, **kwargs: None)
    learner_client.post(page_url(course), {"action": "make", "printed_name": "Mai Anh"})
    assert Certificate.objects.get().status == CertificateStatus.PREPARING
    page = learner_client.get(page_url(course)).content.decode()
    assert "Your certificate is being made." in page and "?download=pdf" not in page
    assert learner_client.get(page_url(course) + "?download=pdf").status_code == 404


def test_only_the_owner_gets_the_pdf(
    learner_client, make_user, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks)
    other = Client()
    someone = make_user("learner2")
    other.force_login(someone)
    # Not finished the course: no certificate page at all.
    assert other.get(page_url(course) + "?download=pdf").status_code == 404
    assert other.get(page_url(course)).status_code == 404
    # Finished it, but never asked: their own (missing) certificate, never the first one's.
    complete(someone, course)
    assert other.get(page_url(course) + "?download=pdf").status_code == 404
    page = other.get(page_url(course)).content.decode()
    assert "Mai Anh" not in page and "?download=pdf" not in page
    assert other.post(page_url(course), {"action": "verification_on"}).status_code == 404
    assert not Certificate.objects.get().verification_on


def test_the_certificate_is_made_in_the_language_of_the_request(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks, language="km")
    certificate = Certificate.objects.get()
    assert certificate.language == "km"
    html = certificate_pdf.certificate_html(certificate)
    assert html_lang(html.encode()) == "km"
    assert f'<strong class="certificate__course">{KHMER_TITLE}</strong>' in html
    # Asked again from the English page: the next PDF is in English.
    ask(learner_client, course, django_capture_on_commit_callbacks, language="en")
    certificate.refresh_from_db()
    assert certificate.language == "en"
    text = PdfReader(io.BytesIO(stored_pdf(certificate))).pages[0].extract_text()
    assert "Peer paralegal basics" in " ".join(text.split())


def test_a_new_name_makes_it_again_with_the_same_link(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks, verification_on="on")
    first = Certificate.objects.get()
    page = learner_client.get(page_url(course)).content.decode()
    assert "Make it again" in page and 'value="Mai Anh"' in page
    response = ask(learner_client, course, django_capture_on_commit_callbacks, printed_name="Anh")
    assert response.status_code == 302
    second = Certificate.objects.get()
    assert second.printed_name == "Anh" and second.status == CertificateStatus.READY
    assert second.pdf.name != first.pdf.name
    assert not default_storage.exists(first.pdf.name), "the old PDF is deleted"
    # The name form alone does not touch what the check page shows.
    assert second.code == first.code and second.verifiable
    text = PdfReader(io.BytesIO(stored_pdf(second))).pages[0].extract_text()
    assert "Anh has completed" in " ".join(text.split()) and "Mai" not in text


def test_a_pdf_made_from_an_older_request_is_thrown_away(
    learner_client, course, completed, django_capture_on_commit_callbacks, monkeypatch
):
    from courses.certificates import services

    ask(learner_client, course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    kept = certificate.pdf.name
    render = certificate_pdf.certificate_pdf

    def render_while_the_learner_asks_again(cert):
        content = render(cert)
        Certificate.objects.filter(pk=cert.pk).update(printed_name="A newer name")
        return content

    monkeypatch.setattr(certificate_pdf, "certificate_pdf", render_while_the_learner_asks_again)
    assert services.certificate_generate(certificate.pk) is None
    certificate.refresh_from_db()
    assert certificate.pdf.name == kept
    assert default_storage.listdir("certificates")[1] == [kept.split("/")[1]], "no orphan file"


def test_the_longest_name_and_title_still_fit_on_one_page(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    CoursePage.objects.filter(pk=course.pk).update(
        certificate_title_km=(f"{KHMER_TITLE} " * 5)[:120]
    )
    longest = ("សុខ ចាន់ធី " * 8)[:80]
    ask(
        learner_client,
        course,
        django_capture_on_commit_callbacks,
        language="km",
        printed_name=longest,
    )
    assert len(PdfReader(io.BytesIO(stored_pdf(Certificate.objects.get()))).pages) == 1


# --- The name to print ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        *[
            (value, "The name has a hidden or special character in it. Type it again.")
            for value in CONTROL_NAMES.values()
        ],
        ("", "Write the name to print on your certificate."),
        ("   \u200b  ", "Write the name to print on your certificate."),
        ("M" * 1000, "Use at most 80 characters for the name (it has 1000)."),
    ],
    ids=[*CONTROL_NAMES, "empty", "blank", "1000 characters"],
)
def test_a_name_that_cannot_be_printed_is_refused_and_nothing_is_saved(
    learner_client, course, completed, django_capture_on_commit_callbacks, name, message
):
    response = ask(learner_client, course, django_capture_on_commit_callbacks, printed_name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["form"].errors["printed_name"] == [message]
    assert not Certificate.objects.exists()


def test_a_bad_new_name_leaves_the_certificate_as_it_was(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks)
    before = Certificate.objects.values().get()
    response = ask(
        learner_client, course, django_capture_on_commit_callbacks, printed_name="Mai\x00Anh"
    )
    assert response.status_code == 200
    assert Certificate.objects.values().get() == before


def test_the_name_is_stored_composed_and_tidied(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    decomposed = "Nguye\u0302\u0303n  Thi\u0323\u200b   Lan "  # as some keyboards send it
    ask(learner_client, course, django_capture_on_commit_callbacks, printed_name=decomposed)
    assert Certificate.objects.get().printed_name == "Nguyễn Thị Lan"


def test_translated_messages_for_a_refused_name(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    english = ask(learner_client, course, django_capture_on_commit_callbacks, printed_name="")
    # Messages are lazy: read each in the language of its own request.
    with translation.override("en"):
        english_errors = [str(e) for e in english.context["form"].errors["printed_name"]]
    khmer = ask(
        learner_client, course, django_capture_on_commit_callbacks, language="km", printed_name=""
    )
    with translation.override("km"):
        expected = str(translation.gettext("Write the name to print on your certificate."))
        khmer_errors = [str(e) for e in khmer.context["form"].errors["printed_name"]]
    assert expected != "Write the name to print on your certificate."  # the catalog has it
    assert html_lang(khmer.content) == "km"
    assert khmer_errors == [expected]
    assert english_errors == ["Write the name to print on your certificate."]
    assert expected in khmer.content.decode()


# --- The check page -------------------------------------------------------------------------


def test_the_check_page_shows_only_what_the_learner_agreed_to(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(
        learner_client,
        course,
        django_capture_on_commit_callbacks,
        verification_on="on",
        show_name="on",
    )
    certificate = Certificate.objects.get()
    page = learner_client.get(page_url(course)).content.decode()
    assert f"http://testserver{check_url(certificate.code)}" in page

    response = Client().get(check_url(certificate.code))
    assert response.status_code == 200
    assert response["X-Robots-Tag"].startswith("noindex")
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert certificate.code not in title
    assert (
        '<strong class="certificate__name">Mai Anh</strong> has completed the course '
        f'<strong class="certificate__course">Peer paralegal basics</strong> on {ENGLISH_DATE}.'
    ) in html

    learner_client.post(page_url(course), {"action": "hide_name"})
    html = Client().get(check_url(certificate.code)).content.decode()
    assert "Mai Anh" not in html
    assert (
        "The holder of this certificate has completed the course "
        f'<strong class="certificate__course">Peer paralegal basics</strong> on {ENGLISH_DATE}.'
    ) in html
    # In the reader's language, with the course's Khmer title.
    khmer = Client().get(check_url(certificate.code, "km"))
    assert html_lang(khmer.content) == "km" and KHMER_TITLE in khmer.content.decode()


def test_unknown_private_and_revoked_codes_all_look_the_same(
    learner_client, course, completed, django_capture_on_commit_callbacks
):
    ask(learner_client, course, django_capture_on_commit_callbacks)  # checking left off
    private = Certificate.objects.get()
    anonymous = Client()
    bodies = set()
    for code in ("not-a-real-code", private.code):
        response = anonymous.get(check_url(code))
        assert response.status_code == 404
        assert response["X-Robots-Tag"].startswith("noindex")
        assert response["Referrer-Policy"] == "no-referrer"
        bodies.add(response.content.decode().replace(code, "CODE"))
    learner_client.post(page_url(course), {"action": "verification_on"})
    live = Certificate.objects.get().code
    assert anonymous.get(check_url(live)).status_code == 200
    learner_client.post(page_url(course), {"action": "verification_off"})
    revoked = anonymous.get(check_url(live))
    assert revoked.status_code == 404
    bodies.add(revoked.content.decode().replace(live, "CODE"))
    assert len(bodies) == 1, "no way to tell the cases apart"
    assert "There is no certificate to check at this address." in bodies.pop()


def test_turning_checking_off_kills_the_link_and_on_again_makes_a_new_one(
    learner_client, course, completed, django_capture_on_commit_callbacks, settings
):
    settings.PAGE_CACHE_SECONDS = 3600  # a cached copy must not outlive turning it off
    ask(learner_client, course, django_capture_on_commit_callbacks, verification_on="on")
    old = Certificate.objects.get().code
    assert Client().get(check_url(old)).status_code == 200

    response = learner_client.post(page_url(course), {"action": "verification_off"})
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.revoked_at is not None and not certificate.verification_on
    assert Client().get(check_url(old)).status_code == 404
    page = learner_client.get(page_url(course)).content.decode()
    assert old not in page and "Checking is off" in page

    learner_client.post(page_url(course), {"action": "verification_on"})
    certificate.refresh_from_db()
    assert certificate.verifiable and certificate.code != old
    assert Client().get(check_url(old)).status_code == 404
    assert Client().get(check_url(certificate.code)).status_code == 200


# --- Neutral words --------------------------------------------------------------------------


def test_a_telling_course_title_never_reaches_the_certificate(learner, home_page):
    telling = course_make(
        home_page,
        slug="after-harm",
        title="Healing after sexual abuse",
        title_km=KHMER_TITLE,  # a translated title may be just as telling in other words
        certificate_title="Peer support skills",
    )
    title = certificate_pdf.certificate_course_title
    assert (title(telling, "en").text, title(telling, "en").lang) == ("Peer support skills", "")
    # No Khmer certificate title yet: the neutral English one, marked as English.
    assert (title(telling, "km").text, title(telling, "km").lang) == ("Peer support skills", "en")
    complete(learner, telling)
    certificate = Certificate.objects.create(
        user=learner, course=telling, printed_name="Mai Anh", language="km"
    )
    html = certificate_pdf.certificate_html(certificate)
    assert '<strong class="certificate__course" lang="en">Peer support skills</strong>' in html
    assert KHMER_TITLE not in html and "Healing" not in html
    # Once translated, the Khmer certificate title is used.
    telling.certificate_title_km = "ជំនាញគាំទ្រមិត្តភក្តិ"
    assert title(telling, "km").text == "ជំនាញគាំទ្រមិត្តភក្តិ"
    # With no neutral name left at all (saved past the editor's check): a plain phrase.
    telling.certificate_title_km = telling.certificate_title_en = "Abuse and you"
    assert str(title(telling, "en")) == "a training course"
    assert "Healing" not in str(title(telling, "km")) and "Abuse" not in str(title(telling, "km"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_on_a_certificate_or_its_check_page_names_a_sensitive_subject(
    learner, home_page, language
):
    telling = course_make(
        home_page,
        slug="after-harm",
        title="Healing after sexual abuse",
        certificate_title="Peer support skills",
    )
    complete(learner, telling)
    certificate = Certificate.objects.create(
        user=learner,
        course=telling,
        printed_name="Mai Anh",
        language=language,
        verification_on=True,
        show_name=True,
    )
    html = certificate_pdf.certificate_html(certificate)
    assert "Mai Anh" in html and "Peer support skills" in html
    assert sensitive_words_in(html) == []
    check = Client().get(check_url(certificate.code, language)).content.decode()
    assert "Peer support skills" in check
    assert sensitive_words_in(check) == []
    certificate.show_name = False
    certificate.save()
    hidden = Client().get(check_url(certificate.code, language)).content.decode()
    assert "Peer support skills" in hidden and "Mai Anh" not in hidden
    assert sensitive_words_in(hidden) == []


# --- The job --------------------------------------------------------------------------------


def test_the_job_retries_and_then_says_it_failed(
    learner_client, course, completed, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []

    def broken(certificate):
        calls.append(certificate.language)
        raise OSError("the renderer fell over")

    monkeypatch.setattr(certificate_pdf, "certificate_pdf", broken)
    # As on a worker: the failure is retried, not raised to the learner's request.
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)
    response = ask(learner_client, course, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert calls == ["en"] * 4, "the first try and three retries"
    certificate = Certificate.objects.get()
    assert certificate.status == CertificateStatus.FAILED and not certificate.pdf
    page = learner_client.get(page_url(course)).content.decode()
    assert "We could not make your certificate." in page and "?download=pdf" not in page
    assert make_certificate_pdf.max_retries == 3 and make_certificate_pdf.retry_backoff
    assert make_certificate_pdf.acks_late


@pytest.mark.parametrize("why", ["broker down", "job failed in the request"])
def test_a_job_that_never_runs_does_not_leave_the_learner_waiting(
    learner_client, course, completed, monkeypatch, django_capture_on_commit_callbacks, why
):
    def broken(*args, **kwargs):
        raise (ConnectionError if why == "broker down" else OSError)(why)

    if why == "broker down":
        monkeypatch.setattr(make_certificate_pdf, "delay", broken)
    else:  # eager Celery that propagates, as with ``make run``: no retries, no on_failure
        monkeypatch.setattr(certificate_pdf, "certificate_pdf", broken)
    response = ask(learner_client, course, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Certificate.objects.get().status == CertificateStatus.FAILED


def test_a_job_that_fails_once_still_makes_the_pdf(
    learner_client, course, completed, monkeypatch, django_capture_on_commit_callbacks
):
    render, calls = certificate_pdf.certificate_pdf, []

    def flaky(certificate):
        calls.append(1)
        if len(calls) < 2:
            raise OSError("temporary")
        return render(certificate)

    monkeypatch.setattr(certificate_pdf, "certificate_pdf", flaky)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)
    ask(learner_client, course, django_capture_on_commit_callbacks)
    assert len(calls) == 2
    assert Certificate.objects.get().status == CertificateStatus.READY


def test_the_worker_finds_the_job():
    # Celery's autodiscovery imports the "tasks" module of every installed app.
    assert importlib.import_module("courses.tasks").make_certificate_pdf is make_certificate_pdf
    assert make_certificate_pdf.name in celery_app.tasks


# --- Khmer: the font and the shaping --------------------------------------------------------


@pytest.fixture
def khmer_certificate(learner_client, course, completed, django_capture_on_commit_callbacks):
    ask(
        learner_client,
        course,
        django_capture_on_commit_callbacks,
        language="km",
        printed_name="សុខ ចាន់ធី",
    )
    certificate = Certificate.objects.get()
    assert certificate.status == CertificateStatus.READY
    return certificate


def test_the_khmer_certificate_embeds_noto_sans_khmer(khmer_certificate):
    fonts = embedded_fonts(stored_pdf(khmer_certificate))
    khmer = {name: d for name, d in fonts.items() if "NotoSansKhmer" in name.replace("-", "")}
    assert khmer, f"no Noto Sans Khmer among {sorted(fonts)}"
    from fontTools.ttLib import TTFont

    for descriptor in khmer.values():
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        assert program is not None, "the font is embedded, not merely named"
        embedded = TTFont(io.BytesIO(program.get_object().get_data()))
        assert "Noto Sans Khmer" in embedded["name"].getDebugName(1)
        assert len(embedded.getGlyphOrder()) > 10


def test_the_khmer_course_title_is_drawn_as_shaped_text(khmer_certificate):
    require(features.check("raqm"), "Pillow without Raqm cannot draw the shaped reference")
    page = page_image(stored_pdf(khmer_certificate))
    # Where the title is: the same certificate with only the title made invisible.
    html = certificate_pdf.certificate_html(khmer_certificate)
    hidden = html.replace(
        "</head>", "<style>.certificate__course { visibility: hidden; }</style></head>"
    )
    without_title = page_image(html_to_pdf(hidden))
    box = ImageChops.difference(page, without_title).getbbox()
    assert box is not None, "the title draws something"
    title = page.crop(box)
    title = title.crop(ink_box(title))
    assert dark_share(title) > 0.08, "glyphs, not empty boxes"
    # The title is bold 22 pt: Pillow draws the same words with the same font file, once
    # shaped (HarfBuzz through Raqm) and once glyph by glyph without shaping.
    pixels = 22 * SCALE
    shaped = pillow_line(KHMER_TITLE, weight=700, pixels=pixels, layout=ImageFont.Layout.RAQM)
    unshaped = pillow_line(KHMER_TITLE, weight=700, pixels=pixels, layout=ImageFont.Layout.BASIC)
    to_shaped, to_unshaped = difference(title, shaped), difference(title, unshaped)
    assert to_shaped < 35, to_shaped
    assert to_shaped < to_unshaped / 2, (to_shaped, to_unshaped)
    assert abs(title.width / title.height - shaped.width / shaped.height) < 1.5


def test_issued_on_is_the_day_the_course_was_completed(learner, course):
    late = timezone.make_aware(datetime.datetime(2024, 12, 31, 23, 0), datetime.UTC)
    complete(learner, course, at=late)
    from courses.certificates.services import certificate_request

    certificate = certificate_request(
        user=learner, course=course, printed_name="Mai Anh", language="en"
    )
    assert certificate.issued_on == datetime.date(2024, 12, 31)
