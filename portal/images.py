"""Uploaded images, safe by construction: the content is decoded rather than
the name trusted, oversized files and decompression bombs are refused before
decoding, and what is stored is re-encoded from pixels, without metadata."""

import uuid
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# MPO is how Pillow names the JPEGs of many phones and cameras (several frames).
ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}
NOT_AN_IMAGE = _("This file is not a JPEG, PNG or WebP image.")


def check_image(file, *, max_bytes, max_pixels):
    """Check the size and the header (format, pixel count) before decoding,
    then decode within that cap; raise ValidationError with a reader-friendly message."""
    if file.size > max_bytes:
        raise ValidationError(
            _("The image is larger than %(size)s MB. Please upload a smaller file."),
            params={"size": max_bytes // (1024 * 1024)},
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with Image.open(file) as image:
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(NOT_AN_IMAGE)
            if image.size[0] * image.size[1] > max_pixels:
                raise _too_many_pixels(max_pixels)
            image.load()  # decodes it all, within the pixel cap: a truncated file fails here
    except Image.DecompressionBombError:
        raise _too_many_pixels(max_pixels) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise ValidationError(NOT_AN_IMAGE) from None
    finally:
        file.seek(position)


def _too_many_pixels(max_pixels):
    return ValidationError(
        _(
            "The image has too many pixels (more than %(megapixels)s million). Please upload a smaller image."
        ),
        params={"megapixels": max_pixels // 1_000_000},
    )


def clean_copies(file, widths):
    """A metadata-free copy of the image and WebP renditions no wider than
    each of ``widths`` (never enlarged). Call check_image() first."""
    with Image.open(file) as image:
        image = ImageOps.exif_transpose(image)
        image = image.convert("RGBA" if _has_transparency(image) else "RGB")
    name = uuid.uuid4().hex
    original = _encode(image, "PNG" if image.mode == "RGBA" else "JPEG")
    original.name = f"{name}.{'png' if image.mode == 'RGBA' else 'jpg'}"
    renditions = {}
    for width in widths:
        copy = image.copy()
        copy.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        renditions[width] = _encode(copy, "WEBP")
        renditions[width].name = f"{name}-{width}.webp"
    file.seek(0)
    return original, renditions


def _has_transparency(image):
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _encode(image, image_format):
    buffer = BytesIO()
    options = {"quality": 85} if image_format in ("JPEG", "WEBP") else {"optimize": True}
    image.save(buffer, image_format, **options)
    return ContentFile(buffer.getvalue())
