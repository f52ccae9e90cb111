import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from organisations.models import Organisation
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png_header_only(width, height):
    """A PNG that claims to be width × height: enough to trip a decoder
    that trusts it, without allocating the pixels in the test."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def photo_with_exif(width=1000, height=500):
    exif = Image.Exif()
    exif[0x010E] = "secret description"  # ImageDescription
    exif[0x8825] = {2: (50.0, 50.0, 0.0)}  # GPS latitude
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def change_form(organisation, **overrides):
    data = {
        "name_en": organisation.name_en,
        "name_nl": "",
        "name_fr": "",
        "slug": organisation.slug,
        "description_en": organisation.description_en,
        "description_nl": "",
        "description_fr": "",
        "languages": [language.pk for language in organisation.languages.all()],
        "region": organisation.region,
        "is_active": "on",
        "logo_alt_en": "Logo of the group",
        "logo_alt_nl": "",
        "logo_alt_fr": "",
    }
    return data | overrides


def post_logo(admin_client, organisation, content, name, **overrides):
    upload = SimpleUploadedFile(name, content)
    data = change_form(organisation, logo=upload, name_en="Renamed in the same form", **overrides)
    return admin_client.post(f"/admin/organisations/organisation/{organisation.pk}/change/", data)


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"just some text, not an image", "logo.png", "not a JPEG, PNG or WebP image"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "logo.svg",
            "not a JPEG, PNG or WebP image",
        ),
        (png_header_only(20_000, 20_000), "huge.png", "too many pixels"),
        (b"GIF89a" + b"\x00" * 100, "logo.gif", "not a JPEG, PNG or WebP image"),
        (b"\xff\xd8" + b"\x00" * (3 * 1024 * 1024), "big.jpg", "larger than 2 MB"),
    ],
)
def test_bad_logo_is_refused_with_a_message_and_the_record_is_unchanged(
    admin_client, content, name, message
):
    organisation = make_organisation(name_en="Original name")
    response = post_logo(admin_client, organisation, content, name)
    assert response.status_code == 200
    assertContains(response, message)
    organisation.refresh_from_db()
    assert organisation.name_en == "Original name"
    assert not organisation.logo


def test_truncated_logo_is_refused_with_a_message(admin_client):
    organisation = make_organisation(name_en="Original name")
    response = post_logo(admin_client, organisation, photo_with_exif()[:600], "cut.jpg")
    assertContains(response, "not a JPEG, PNG or WebP image")
    organisation.refresh_from_db()
    assert not organisation.logo


def test_phone_jpeg_with_several_frames_is_accepted(admin_client):
    buffer = BytesIO()
    frames = [Image.new("RGB", (400, 300), "teal"), Image.new("RGB", (400, 300), "navy")]
    frames[0].save(buffer, "MPO", save_all=True, append_images=frames[1:])
    organisation = make_organisation()
    response = post_logo(admin_client, organisation, buffer.getvalue(), "phone.jpg")
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.logo_small_width == 160


def test_valid_logo_is_stored_without_metadata_with_two_webp_renditions(admin_client):
    organisation = make_organisation()
    response = post_logo(admin_client, organisation, photo_with_exif(), "photo.jpg")
    assert response.status_code == 302
    organisation = Organisation.objects.get(pk=organisation.pk)
    assert (organisation.logo_small_width, organisation.logo_large_width) == (160, 320)
    assert (organisation.logo_small_height, organisation.logo_large_height) == (80, 160)
    for field in (organisation.logo, organisation.logo_small, organisation.logo_large):
        with Image.open(field.path) as image:
            assert not image.getexif()
            assert "exif" not in image.info
    with Image.open(organisation.logo_small.path) as image:
        assert image.format == "WEBP"


def test_small_logo_is_never_enlarged(admin_client):
    organisation = make_organisation()
    post_logo(admin_client, organisation, photo_with_exif(100, 40), "small.jpg")
    organisation.refresh_from_db()
    assert (organisation.logo_small_width, organisation.logo_large_width) == (100, 100)


def test_logo_needs_a_description(admin_client):
    organisation = make_organisation(name_en="Original name")
    response = post_logo(admin_client, organisation, photo_with_exif(), "photo.jpg", logo_alt_en="")
    assertContains(response, "Describe the logo for readers who cannot see it.")
    organisation.refresh_from_db()
    assert organisation.name_en == "Original name"


def test_logo_is_shown_with_size_and_srcset(admin_client, client):
    organisation = make_organisation()
    post_logo(admin_client, organisation, photo_with_exif(), "photo.jpg")
    organisation.refresh_from_db()
    response = client.get(organisation.get_absolute_url())
    assertContains(response, 'width="160" height="80"')
    assertContains(response, f"{organisation.logo_large.url} 320w")
    assertContains(response, 'alt="Logo of the group"')
