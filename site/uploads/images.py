"""Re-encode uploaded images with Pillow so that no metadata survives (UP-3, UP-5).

A phone photo carries EXIF (camera, time, often GPS: where a survivor lives), XMP and comments.
Only the pixels are kept: the orientation is applied to them first (so the picture still stands
the right way up), the colour profile is kept (colours, not people), everything else is dropped.
Animated GIF and WebP keep their frames and timing: Wagtail counts frames into its pixel limit,
so an animation is no larger a risk than a still image of the same pixel count.
"""

import warnings
from io import BytesIO

from django.conf import settings
from PIL import Image

# What each accepted format is written with (quality high enough that renditions look the same).
SAVE_OPTIONS = {
    "JPEG": {"quality": 90},
    "PNG": {},
    "WEBP": {"quality": 90},
    "GIF": {},
}
# Information a frame needs to look the same; everything else in ``info`` is dropped.
_KEEP_INFO = (
    *("transparency", "duration", "loop", "background", "disposal", "blend", "icc_profile"),
)
# EXIF orientation -> the transpose that applies it (as ImageOps.exif_transpose does).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def guard_decoding() -> None:
    """Make Pillow refuse, when it opens a file, any image above the site's pixel limit.

    Wagtail's own pixel check (WAGTAILIMAGES_MAX_IMAGE_PIXELS) asks Willow for the size, and
    Willow decodes the whole image first: a small PNG declaring 8,000 x 8,000 pixels would be
    inflated in memory before being refused. Pillow's decompression-bomb check runs on the
    header, before decoding; here it warns above the site's limit and the warning is an error
    (Wagtail turns it into its "too many pixels" message). Called once, when Django starts.
    """
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    if limit:
        Image.MAX_IMAGE_PIXELS = limit
        warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


class ImageRejected(ValueError):
    """Not an image this site stores (format, size); the upload must not be kept."""


def _clean_frame(frame: Image.Image, transpose) -> Image.Image:
    clean = frame.transpose(transpose) if transpose is not None else frame.copy()
    clean.info = {key: frame.info[key] for key in _KEEP_INFO if key in frame.info}
    return clean


def strip_metadata(source, target: str | None = None) -> tuple[bytes, str]:
    """The image in ``source`` (a file object) re-encoded without metadata.

    In its own format, or as a still ``target`` ("PNG") from any format Pillow reads. Returns
    (bytes, Pillow format name). Raises ImageRejected for formats not in SAVE_OPTIONS and for
    more pixels than WAGTAILIMAGES_MAX_IMAGE_PIXELS, and Pillow's own errors for files that do
    not decode: a caller stores nothing then.
    """
    source.seek(0)
    try:
        opened = Image.open(source)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRejected("too many pixels") from error
    with opened as image:
        kind = image.format
        # A phone's "multi-picture" JPEG: its first picture is the photo; keep that one.
        frames = 1 if kind == "MPO" or target else getattr(image, "n_frames", 1)
        kind = target or ("JPEG" if kind == "MPO" else kind)
        if kind not in SAVE_OPTIONS:
            raise ImageRejected(f"image format {kind!r} is not re-encoded here")
        limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
        if limit and image.width * image.height * frames > limit:
            raise ImageRejected("too many pixels")
        transpose = _TRANSPOSE.get(image.getexif().get(0x0112))
        clean = []
        for index in range(frames):
            image.seek(index)
            clean.append(_clean_frame(image, transpose))
    options = dict(SAVE_OPTIONS[kind])
    first = clean[0]
    if target:
        first = first.convert("RGBA")
        first.info = {key: clean[0].info[key] for key in ("icc_profile",) if key in clean[0].info}
    if "icc_profile" in first.info:
        options["icc_profile"] = first.info["icc_profile"]
    if len(clean) > 1:
        options.update(save_all=True, append_images=clean[1:])
        options["duration"] = [frame.info.get("duration", 100) for frame in clean]
        options["loop"] = first.info.get("loop", 0)
        options["disposal"] = [frame.info.get("disposal", 0) for frame in clean]
        if kind == "PNG":
            options["blend"] = [frame.info.get("blend", 0) for frame in clean]
    output = BytesIO()
    first.save(output, format=kind, **options)
    return output.getvalue(), kind
