# ruff: noqa: F811  (pytest fixtures imported from test_guides)
"""Guide PDFs: made in the background per language, Khmer shaped right, served at a stable URL.

Text extracted from a Khmer PDF comes out in visual glyph order, so nothing here asserts on
extracted Khmer text: the Khmer checks look at the embedded font and at rendered pixels.
"""

import io
import json
import re
import socket
from pathlib import Path

import pypdfium2
import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps, ImageStat, features
from pypdf import PdfReader
from wagtail.images.models import Image as WagtailImage

from config.celery import app as celery_app
from resources import pdf as guide_pdf
from resources.models import GuidePdf, RightsGuidePage
from resources.tasks import generate_guide_pdf
from tests.guides import add_guide
from tests.helpers import LANGUAGES, html_lang, require

pytestmark = pytest.mark.django_db

FONT_DIR = Path(settings.BASE_DIR) / "node_modules" / "@fontsource" / "noto-sans-khmer" / "files"
# "Your safety": subscript consonants (coeng) and vowels drawn before the consonant they are
# typed after. Unshaped, both come out visibly wrong.
KHMER_TITLE = "សេចក្តីសុវត្ថិភាពរបស់អ្នក"
KHMER_BODY = [
    {"type": "paragraph", "value": "<p>អ្នកមានសិទ្ធិមានសុវត្ថិភាព។ ស្ត្រី និងកុមារ។</p>"},
    {"type": "key_points", "value": {"heading": "ចងចាំ", "points": ["វាមិនមែនជាកំហុសរបស់អ្នកទេ។"]}},
]
SCALE = 2  # rendering scale: one PDF point is two pixels


@pytest.fixture(autouse=True)
def _eager_celery_and_own_media(monkeypatch, settings, tmp_path):
    # Also under RIGHTSPATH_SERVICES=1, where Celery otherwise sends jobs to Redis.
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", True)
    settings.MEDIA_ROOT = str(tmp_path / "media")
    # As with a real worker: publishing queues the PDFs (eager Celery alone would not).
    settings.GUIDE_PDFS_ON_PUBLISH = True


def publish_guide(index, capture, **fields):
    with capture(execute=True):
        return add_guide(index, **fields)


def khmer_guide(index, capture):
    return publish_guide(
        index,
        capture,
        title_km=KHMER_TITLE,
        summary_km="សង្ខេបអំពីសុវត្ថិភាព",
        body_km=json.dumps(KHMER_BODY),
    )


def stored(guide, language):
    record = GuidePdf.objects.get(page=guide, language=language)
    with default_storage.open(record.file.name, "rb") as handle:
        return record, handle.read()


# --- Pixels -------------------------------------------------------------------------------


def page_image(pdf_bytes: bytes, page: int = 0) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        return document[page].render(scale=SCALE).to_pil().convert("L")
    finally:
        document.close()


def ink_box(image: Image.Image):
    return ImageOps.invert(image).point(lambda value: 255 if value > 60 else 0).getbbox()


def first_text_line(image: Image.Image) -> Image.Image:
    """The first line of text on the page, cropped to its ink."""
    ink = ImageOps.invert(image).point(lambda value: 255 if value > 60 else 0)
    rows = [ink.crop((0, y, ink.width, y + 1)).getbbox() is not None for y in range(ink.height)]
    top = rows.index(True)
    bottom, blank = top, 0
    # Khmer vowels above and subscripts below leave thin gaps inside one line.
    for y in range(top, len(rows)):
        if rows[y]:
            bottom, blank = y, 0
        else:
            blank += 1
            if blank > 4 * SCALE:
                break
    band = image.crop((0, top, image.width, bottom + 1))
    return band.crop(ink_box(band))


def pillow_line(text: str, *, weight: int, pixels: int, layout) -> Image.Image:
    """The same text drawn by Pillow with the same font file, shaped (Raqm) or not (basic)."""
    font = TTFont(FONT_DIR / f"noto-sans-khmer-khmer-{weight}-normal.woff")
    font.flavor = None
    data = io.BytesIO()
    font.save(data)
    face = ImageFont.truetype(io.BytesIO(data.getvalue()), pixels, layout_engine=layout)
    canvas = Image.new("L", (pixels * len(text), pixels * 4), 255)
    ImageDraw.Draw(canvas).text((pixels, pixels), text, font=face, fill=0)
    return canvas.crop(ink_box(canvas))


def difference(image: Image.Image, reference: Image.Image) -> float:
    """Mean pixel difference (0-255) once the reference is scaled onto the image."""
    return ImageStat.Stat(ImageChops.difference(image, reference.resize(image.size))).mean[0]


def dark_share(image: Image.Image) -> float:
    return sum(image.histogram()[:128]) / (image.width * image.height)


def embedded_fonts(pdf_bytes: bytes) -> dict[str, dict]:
    """BaseFont name -> font descriptor, for every font on every page."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            fonts[str(font["/BaseFont"])] = described["/FontDescriptor"].get_object()
    return fonts


# --- Made on publish ------------------------------------------------------------------------


def test_publishing_a_guide_makes_its_pdf_in_every_language(
    index, django_capture_on_commit_callbacks
):
    guide = publish_guide(
        index,
        django_capture_on_commit_callbacks,
        content_warning_en="This guide talks about abuse.",
    )
    guide.refresh_from_db()
    records = GuidePdf.objects.filter(page=guide)
    assert sorted(record.language for record in records) == sorted(LANGUAGES)
    for record in records:
        assert record.revision_id == guide.live_revision_id
        assert record.generated_at is not None
        # A neutral name: nothing about the guide's subject, and not guessable from the id.
        assert re.fullmatch(
            rf"guides/pdf/{guide.pk}-{record.language}-{guide.live_revision_id}-[0-9a-f]{{8}}\.pdf",
            record.file.name,
        )
    record, content = stored(guide, "en")
    assert content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Your right to be safe" in text
    assert "Before you read: This guide talks about abuse." in text  # a plain note, first
    assert text.index("This guide talks about abuse.") < text.index(
        "You have the right to be safe."
    )
    assert "It is not your fault." in text and "Who can help?" in text
    assert "Government child helpline (24 hours)" in text  # the help block, from the directory
    assert "Checked by a lawyer on" in text
    assert re.search(r"^1 / \d+$", text, re.MULTILINE), "the footer numbers the pages"
    assert "RightsPath" not in text and "Notebook" not in text, "the footer stays neutral"
    assert reader.metadata.title == "Your right to be safe"


def test_a_sensitive_guide_gives_its_pdf_the_neutral_title(
    index, django_capture_on_commit_callbacks
):
    guide = publish_guide(
        index,
        django_capture_on_commit_callbacks,
        title_en="When someone hurts you",
        browser_title_en="Study notes 3",
    )
    _record, content = stored(guide, "en")
    assert PdfReader(io.BytesIO(content)).metadata.title == "Study notes 3"


def test_an_untranslated_guide_gets_an_english_pdf_with_the_note(
    index, django_capture_on_commit_callbacks
):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    html = guide_pdf.guide_pdf_html(page=guide, language="vi")
    assert '<html lang="vi"' in html
    assert '<h1 lang="en">Your right to be safe</h1>' in html
    assert 'class="fallback-note"' in html
    assert 'class="guide__body" lang="en"' in html


# --- Khmer: the font and the shaping --------------------------------------------------------


def test_the_khmer_pdf_embeds_noto_sans_khmer(index, django_capture_on_commit_callbacks):
    guide = khmer_guide(index, django_capture_on_commit_callbacks)
    html = guide_pdf.guide_pdf_html(page=guide, language="km")
    assert '<html lang="km"' in html and f"<h1>{KHMER_TITLE}</h1>" in html
    _record, content = stored(guide, "km")
    fonts = embedded_fonts(content)
    khmer = {name: d for name, d in fonts.items() if "NotoSansKhmer" in name.replace("-", "")}
    assert khmer, f"no Noto Sans Khmer among {sorted(fonts)}"
    for descriptor in khmer.values():
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        assert program is not None, "the font is embedded, not merely named"
        embedded = TTFont(io.BytesIO(program.get_object().get_data()))
        # The embedded program really is Noto Sans Khmer and really has Khmer glyphs in it.
        assert "Noto Sans Khmer" in embedded["name"].getDebugName(1)
        assert len(embedded.getGlyphOrder()) > 10


def test_the_khmer_title_is_drawn_as_shaped_text(index, django_capture_on_commit_callbacks):
    require(features.check("raqm"), "Pillow without Raqm cannot draw the shaped reference")
    guide = khmer_guide(index, django_capture_on_commit_callbacks)
    _record, content = stored(guide, "km")
    title = first_text_line(page_image(content))
    # Glyphs, not empty boxes: a good part of the line is ink.
    assert dark_share(title) > 0.08
    # The title is a bold 20 pt heading. Pillow draws the same text with the same font file,
    # once shaped (HarfBuzz through Raqm) and once glyph by glyph with no shaping at all.
    pixels = 20 * SCALE
    shaped = pillow_line(KHMER_TITLE, weight=700, pixels=pixels, layout=ImageFont.Layout.RAQM)
    unshaped = pillow_line(KHMER_TITLE, weight=700, pixels=pixels, layout=ImageFont.Layout.BASIC)
    to_shaped, to_unshaped = difference(title, shaped), difference(title, unshaped)
    assert to_shaped < 35, to_shaped
    assert to_shaped < to_unshaped / 2, (to_shaped, to_unshaped)
    # Same size too: unshaped Khmer is much wider (every mark on its own dotted circle).
    assert abs(title.width / title.height - shaped.width / shaped.height) < 1.5


def test_weasyprint_shapes_khmer_clusters_and_draws_them_with_the_khmer_face():
    """The same words as whole text and as one code point per box (which defeats shaping)."""
    words = "អ្នកមានសិទ្ធិមានសុវត្ថិភាព ស្ត្រី កេង"

    def line(inner: str) -> Image.Image:
        html = f'<html lang="km"><body><p style="font-size:18pt;margin:0">{inner}</p></body></html>'
        return first_text_line(page_image(guide_pdf.html_to_pdf(html)))

    shaped = line(words)
    one_by_one = line("".join(f"<span>{char}</span>" for char in words))
    assert dark_share(shaped) > 0.08
    # Shaped, marks stack on their consonants; unshaped, each sits on its own dotted circle.
    assert one_by_one.width > shaped.width * 1.2
    assert difference(shaped, one_by_one) > 30


# --- Served at a stable URL ------------------------------------------------------------------


def test_the_guide_links_to_its_pdf(client, index, django_capture_on_commit_callbacks):
    publish_guide(index, django_capture_on_commit_callbacks)
    html = client.get("/en/guides/safe/").content.decode()
    assert '<a href="/en/guides/safe/pdf/" type="application/pdf">Download as PDF</a>' in html
    assert 'href="/km/guides/safe/pdf/"' in client.get("/km/guides/safe/").content.decode()


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_pdf_is_served_as_a_download_in_the_readers_language(
    client,
    index,
    django_capture_on_commit_callbacks,
    language,
):
    guide = khmer_guide(index, django_capture_on_commit_callbacks)
    response = client.get(f"/{language}/guides/safe/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"] == f'attachment; filename="guide-{guide.pk}-{language}.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    _record, content = stored(guide, language)
    assert b"".join(response.streaming_content) == content


def test_a_signed_in_reader_gets_the_pdf_without_caching(
    client, index, learner, django_capture_on_commit_callbacks
):
    publish_guide(index, django_capture_on_commit_callbacks)
    client.force_login(learner)
    response = client.get("/en/guides/safe/pdf/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_pdf_not_made_yet_shows_a_translated_page_and_queues_it_once(client, index, monkeypatch):
    guide = add_guide(index)  # published, but its commit callbacks never run: no PDF
    queued = []
    monkeypatch.setattr(
        generate_guide_pdf, "delay", lambda *args, **kwargs: queued.append((args, kwargs))
    )
    response = client.get("/en/guides/safe/pdf/")
    assert response.status_code == 202
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    assert "This PDF is being prepared." in html and "Try again in a minute." in html
    assert queued == [((guide.pk, "en"), {"force": False})]
    # Many readers at once queue one job.
    assert Client().get("/en/guides/safe/pdf/").status_code == 202
    assert len(queued) == 1
    vietnamese = Client().get("/vi/guides/safe/pdf/")
    assert vietnamese.status_code == 202
    assert html_lang(vietnamese.content) == "vi"
    assert queued[-1] == ((guide.pk, "vi"), {"force": False})


def test_without_a_worker_answer_the_page_still_says_it_is_being_prepared(
    client, index, monkeypatch
):
    add_guide(index)

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(generate_guide_pdf, "delay", broker_down)
    assert client.get("/en/guides/safe/pdf/").status_code == 202


def test_with_eager_celery_the_first_request_makes_and_serves_the_pdf(
    client, index, settings, django_capture_on_commit_callbacks
):
    del settings.GUIDE_PDFS_ON_PUBLISH  # the embedded default: no worker to publish for
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    assert not GuidePdf.objects.filter(page=guide).exists()
    response = client.get("/fil/guides/safe/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert GuidePdf.objects.get(page=guide).language == "fil"


def test_republishing_makes_the_pdf_again_and_drops_the_old_file(
    index, django_capture_on_commit_callbacks
):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    old, old_content = stored(guide, "en")
    guide = RightsGuidePage.objects.get(pk=guide.pk)
    guide.title_en = "Your right to be safe and heard"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    guide.refresh_from_db()
    new, new_content = stored(guide, "en")
    assert new.revision_id == guide.live_revision_id != old.revision_id
    assert new.file.name != old.file.name
    assert not default_storage.exists(old.file.name)
    text = PdfReader(io.BytesIO(new_content)).pages[0].extract_text()
    assert "Your right to be safe and heard" in text


def test_an_out_of_date_pdf_is_never_served(
    client, index, django_capture_on_commit_callbacks, monkeypatch
):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    monkeypatch.setattr(generate_guide_pdf, "delay", lambda *args, **kwargs: None)
    guide = RightsGuidePage.objects.get(pk=guide.pk)
    guide.title_en = "A corrected title"
    guide.save_revision().publish()  # its commit callbacks never run: the PDF is now stale
    assert client.get("/en/guides/safe/pdf/").status_code == 202


def test_a_pdf_of_a_revision_replaced_while_it_rendered_is_thrown_away(
    index,
    django_capture_on_commit_callbacks,
    monkeypatch,
):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    current, _content = stored(guide, "en")
    render = guide_pdf.guide_pdf_render

    def render_while_an_editor_publishes(**kwargs):
        content = render(**kwargs)
        newer = RightsGuidePage.objects.get(pk=guide.pk)
        newer.title_en = "Changed meanwhile"
        newer.save_revision().publish()  # that publish queues its own job
        return content

    monkeypatch.setattr(guide_pdf, "guide_pdf_render", render_while_an_editor_publishes)
    assert guide_pdf.guide_pdf_generate(page_id=guide.pk, language="en", force=True) is None
    after, _content = stored(guide, "en")
    assert (after.file.name, after.revision_id) == (current.file.name, current.revision_id)
    assert len(default_storage.listdir("guides/pdf")[1]) == len(LANGUAGES), "no orphan file"


def test_unpublishing_removes_the_pdfs_and_the_address(
    client, index, django_capture_on_commit_callbacks
):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    names = list(GuidePdf.objects.filter(page=guide).values_list("file", flat=True))
    assert len(names) == len(LANGUAGES)
    with django_capture_on_commit_callbacks(execute=True):
        RightsGuidePage.objects.get(pk=guide.pk).unpublish()
    assert not GuidePdf.objects.filter(page=guide).exists()
    assert not any(default_storage.exists(name) for name in names)
    assert client.get("/en/guides/safe/pdf/").status_code == 404
    assert guide_pdf.guide_pdf_generate(page_id=guide.pk, language="en") is None


def test_a_job_that_fails_is_retried(index, monkeypatch):
    guide = add_guide(index)
    real_render, calls = guide_pdf.guide_pdf_render, []

    def flaky(**kwargs):
        calls.append(kwargs["language"])
        if len(calls) < 3:
            raise OSError("temporary")
        return real_render(**kwargs)

    monkeypatch.setattr(guide_pdf, "guide_pdf_render", flaky)
    # As on a worker: the failure is caught and the job retried, not raised to the caller.
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)
    assert generate_guide_pdf.apply(args=(guide.pk, "en")).get().startswith("guides/pdf/")
    assert calls == ["en", "en", "en"]
    assert generate_guide_pdf.max_retries == 5 and generate_guide_pdf.acks_late
    assert generate_guide_pdf.soft_time_limit < generate_guide_pdf.time_limit


def test_the_command_regenerates_every_live_guide(index, django_capture_on_commit_callbacks):
    guide = publish_guide(index, django_capture_on_commit_callbacks)
    before = {r.language: r.file.name for r in GuidePdf.objects.filter(page=guide)}
    out = io.StringIO()
    call_command("regenerate_guide_pdfs", "--now", "--language", "km", stdout=out)
    assert "Made 1 guide PDF(s)." in out.getvalue()
    after = {r.language: r.file.name for r in GuidePdf.objects.filter(page=guide)}
    assert after["km"] != before["km"] and after["en"] == before["en"]
    call_command("regenerate_guide_pdfs", stdout=out)  # queued (eager here)
    assert all(r.file.name != before[r.language] for r in GuidePdf.objects.filter(page=guide))


# --- Nothing leaves the machine -------------------------------------------------------------


def test_the_fetcher_serves_our_font_and_refuses_everything_else(tmp_path):
    fetcher = guide_pdf.local_files_fetcher()
    font = (FONT_DIR / "noto-sans-khmer-khmer-400-normal.woff").resolve()
    response = fetcher(font.as_uri())
    assert response.read()[:4] == b"wOFF"
    outside = tmp_path / "secret.txt"
    outside.write_text("not for PDFs")
    for url in (
        "http://example.com/picture.png",
        "https://example.com/style.css",
        "ftp://example.com/file",
        "data:text/css,body{}",
        "file://example.com/etc/passwd",
        "file:///etc/passwd",
        outside.as_uri(),
        (Path(settings.BASE_DIR) / "static" / ".." / "pyproject.toml").as_uri(),
        font.as_uri().replace("files/", "files/../../../../package.json#"),
    ):
        with pytest.raises(guide_pdf.RefusedURL):
            fetcher(url)
    assert len(fetcher.refused) == 9


def test_rendering_never_reaches_another_host(monkeypatch):
    attempts = []

    def no_network(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("the PDF renderer tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    html = """<html lang="en"><head>
      <link rel="stylesheet" href="https://example.com/style.css">
      <style>@import url("http://example.com/more.css");
        body { background: url("http://example.com/bg.png"); }
        @font-face { font-family: X; src: url("https://example.com/font.woff2"); }</style>
      </head><body><p>Hello</p>
      <img src="http://example.com/picture.png" alt="a picture">
      <img src="/media/original_images/relative.png" alt="relative">
      <a rel="attachment" href="http://example.com/file.pdf">file</a>
      <object data="http://example.com/thing.svg"></object>
    </body></html>"""
    fetcher = guide_pdf.local_files_fetcher()
    content = guide_pdf.html_to_pdf(html, base_url="http://localhost/", fetcher=fetcher)
    assert content.startswith(b"%PDF-")
    assert attempts == []
    refused = set(fetcher.refused)
    for url in (
        "https://example.com/style.css",
        "http://example.com/picture.png",
        "http://localhost/media/original_images/relative.png",
    ):
        assert url in refused


def test_an_image_block_comes_from_local_media(index, django_capture_on_commit_callbacks):
    picture = io.BytesIO()
    Image.new("RGB", (200, 120), (30, 90, 120)).save(picture, "PNG")
    image = WagtailImage.objects.create(
        title="A drawing", file=ImageFile(io.BytesIO(picture.getvalue()), name="drawing.png")
    )
    body = [
        {"type": "paragraph", "value": "<p>Look at the drawing.</p>"},
        {
            "type": "image",
            "value": {"image": image.pk, "alt": "Two friends talking", "caption": ""},
        },
    ]
    guide = publish_guide(index, django_capture_on_commit_callbacks, body_en=json.dumps(body))
    _record, content = stored(guide, "en")
    resources = PdfReader(io.BytesIO(content)).pages[0]["/Resources"]
    images = [
        x for x in resources.get("/XObject", {}).values() if x.get_object()["/Subtype"] == "/Image"
    ]
    assert images, "the picture is in the PDF"


# --- Printing the page ----------------------------------------------------------------------


def test_pages_carry_a_print_stylesheet_that_keeps_only_the_content(client, index):
    add_guide(index)
    html = client.get("/en/guides/safe/").content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    css = (Path(settings.BASE_DIR) / "static" / "css" / "print.css").read_text()
    hidden = css.split("{", 1)[0]
    for selector in (".quick-exit", ".site-header", ".language-switcher", ".site-footer"):
        assert selector in hidden
    for selector in (".filters", ".guide__listen", "audio"):
        assert selector in hidden
    assert 'a[href^="https:"]::after' in css and "attr(href)" in css
