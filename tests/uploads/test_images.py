"""UP-2, UP-3, UP-5: images are size- and pixel-checked, then stored without any metadata."""

import struct
import warnings
import zlib
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import ExifTags, Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.helpers import wagtail_base_ensure
from uploads import images as image_cleaning

pytestmark = pytest.mark.django_db

SECRETS = (b"Maria Secret", b"SecretPhoneMaker", b"SECRETXMP", b"secret comment", b"Exif")
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRETXMP</x:xmpmeta>'


def secret_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF with a maker, an artist and a GPS position (Phnom Penh), as a phone writes it."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretPhoneMaker"
    exif[ExifTags.Base.Artist] = "Maria Secret"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (11.0, 33.0, 25.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (104.0, 55.0, 12.0)
    return exif


def gps_jpeg(size=(40, 20), orientation: int | None = None) -> bytes:
    """A JPEG whose left half is red, with GPS EXIF, XMP and a comment."""
    image = Image.new("RGB", size, (20, 20, 220))
    image.paste((220, 20, 20), (0, 0, size[0] // 2, size[1]))
    out = BytesIO()
    image.save(out, "JPEG", exif=secret_exif(orientation), xmp=XMP, comment=b"secret comment")
    data = out.getvalue()
    reopened = Image.open(BytesIO(data))
    assert reopened.getexif().get_ifd(ExifTags.IFD.GPSInfo), "the fixture must carry GPS"
    return data


def tagged(kind: str, **extra) -> bytes:
    image = Image.new("RGBA" if kind != "GIF" else "P", (24, 24), 0)
    out = BytesIO()
    options = {"exif": secret_exif()} if kind != "GIF" else {"comment": b"secret comment"}
    if kind == "PNG":
        options["pnginfo"] = _png_text()
    image.save(out, kind, **options, **extra)
    return out.getvalue()


def _png_text():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Maria Secret")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    return info


def animated_gif(frames: int = 3) -> bytes:
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
    images = [Image.new("RGB", (16, 16), colours[i % 3]) for i in range(frames)]
    out = BytesIO()
    images[0].save(
        out,
        "GIF",
        save_all=True,
        append_images=images[1:],
        duration=120,
        loop=0,
        comment=b"secret comment",
    )
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A PNG of a few dozen bytes whose header declares width x height pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def assert_clean(data: bytes) -> Image.Image:
    for secret in SECRETS:
        assert secret not in data, secret
    image = Image.open(BytesIO(data))
    assert not image.getexif()
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert not {"exif", "xmp", "comment", "Author", "XML:com.adobe.xmp"} & set(image.info)
    return image


@pytest.fixture(autouse=True)
def _decoding_guard():
    """pytest restores the warning filters Django's start-up set (apps.ready); set them again."""
    with warnings.catch_warnings():
        image_cleaning.guard_decoding()
        yield


@pytest.fixture
def media(settings, tmp_path, db):
    wagtail_base_ensure()  # a browser test's flush may have removed the root collection
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def editor_client(make_user) -> Client:
    client = Client()
    client.force_login(make_user("editor1", role="editor", mfa=True))
    return client


def admin_upload(client: Client, name: str, data: bytes):
    upload = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    root = Collection.get_first_root_node()
    return client.post(
        reverse("wagtailimages:add"), {"title": "A photo", "file": upload, "collection": root.pk}
    )


def saved_image(name: str, data: bytes):
    image = get_image_model()(title="A photo")
    image.file.save(name, ContentFile(data, name=name), save=True)
    return image


# --- Metadata ------------------------------------------------------------------------------------


def test_a_gps_tagged_jpeg_uploaded_in_the_admin_has_no_metadata_left(media, editor_client):
    response = admin_upload(editor_client, "maria-at-home.jpg", gps_jpeg())
    assert response.status_code == 302, response.content[:2000]
    image = get_image_model().objects.get()
    with image.file.open("rb") as handle:
        assert_clean(handle.read())
    assert "maria" not in image.file.name


def test_renditions_of_a_gps_tagged_jpeg_have_no_metadata_either(media):
    image = saved_image("photo.jpg", gps_jpeg((200, 100)))
    for spec in ("fill-80x40", "width-50|format-webp", "max-100x100|format-png"):
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            assert_clean(handle.read())


def test_the_orientation_is_applied_before_the_tags_go(media):
    # Orientation 6: the camera was turned; the stored picture is turned to stand upright.
    image = saved_image("turned.jpg", gps_jpeg((40, 20), orientation=6))
    with image.file.open("rb") as handle:
        stored = assert_clean(handle.read())
    assert stored.size == (20, 40)
    assert (image.width, image.height) == (20, 40)
    # Rotated 90 degrees clockwise: the red left half is now on top.
    red, _green, blue = stored.convert("RGB").getpixel((10, 5))
    assert red > 150 and blue < 100


@pytest.mark.parametrize("kind", ["PNG", "WEBP", "GIF"])
def test_png_webp_and_gif_lose_their_tags(media, kind):
    data = tagged(kind)
    assert any(secret in data for secret in SECRETS)
    image = saved_image(f"tagged.{kind.lower()}", data)
    with image.file.open("rb") as handle:
        stored = assert_clean(handle.read())
    assert stored.format == kind
    assert stored.size == (24, 24)


def test_an_animated_gif_keeps_its_frames_and_timing(media):
    image = saved_image("wave.gif", animated_gif(3))
    with image.file.open("rb") as handle:
        stored = assert_clean(handle.read())
    assert stored.n_frames == 3
    assert stored.info["duration"] == 120
    colours = []
    for index in range(3):
        stored.seek(index)
        colours.append(stored.convert("RGB").getpixel((8, 8)))
    assert colours == [(255, 0, 0), (0, 255, 0), (0, 0, 255)]


def test_a_format_the_site_does_not_reencode_is_not_stored(media):
    out = BytesIO()
    Image.new("RGB", (8, 8)).save(out, "BMP")
    with pytest.raises(image_cleaning.ImageRejected):
        image_cleaning.strip_metadata(BytesIO(out.getvalue()))


def test_images_still_display(media):
    image = saved_image("photo.jpg", gps_jpeg((200, 100)))
    with image.file.open("rb") as handle:
        original = Image.open(BytesIO(handle.read()))
        original.load()
    assert original.size == (200, 100)
    rendition = image.get_rendition("fill-80x40")
    with rendition.file.open("rb") as handle:
        shown = Image.open(BytesIO(handle.read()))
        shown.load()
    assert shown.size == (80, 40)
    assert shown.convert("RGB").getpixel((5, 20))[0] > 150  # still red on the left
    assert f'src="{rendition.url}"' in rendition.img_tag()
    assert rendition.url.startswith("/media/images/")


# --- Size and pixel limits (UP-2) ----------------------------------------------------------------


def test_an_oversized_image_is_refused_before_it_is_decoded(
    media, editor_client, settings, monkeypatch
):
    too_big = gps_jpeg() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda *a, **k: decoded.append(a))
    response = admin_upload(editor_client, "big.jpg", too_big)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not decoded
    assert not get_image_model().objects.exists()
    assert not (media / "original_images").exists() or not any(media.rglob("*.jpg"))


@pytest.mark.parametrize("size", [(30000, 30000), (7000, 7000)])
def test_a_pixel_flood_png_is_refused_with_a_clear_message(media, editor_client, size):
    flood = png_declaring(*size)
    assert len(flood) < 200
    response = admin_upload(editor_client, "flood.png", flood)
    assert response.status_code == 200
    assert "This file has too many pixels" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_the_storage_refuses_a_pixel_flood_that_reached_it(media, settings):
    with pytest.raises(image_cleaning.ImageRejected):
        image_cleaning.strip_metadata(BytesIO(png_declaring(7000, 7000)))


def test_a_started_site_refuses_floods_before_decoding(settings):
    """In a real process (not under pytest's warning capture) the guard is on from start-up."""
    from tests.config.test_production_settings import run_manage

    code = (
        "import warnings, PIL.Image as I; print(I.MAX_IMAGE_PIXELS, any(f[0] == 'error' and "
        "f[2] is I.DecompressionBombWarning for f in warnings.filters))"
    )
    result = run_manage("shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS), "True"]
