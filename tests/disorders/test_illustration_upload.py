from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from disorders.models import Disorder
from tests.factories import make_category

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def photo_with_gps(width=1600, height=900):
    exif = Image.Exif()
    exif[0x010E] = "secret description"  # ImageDescription
    exif[0x8825] = {2: (50.0, 50.0, 0.0)}  # GPS latitude
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def add_form(**fields):
    """An add-form POST with the main fields in three languages and no inlines."""
    data = {
        **{f"name_{code}": f"Leukemia {code}" for code in ("en", "nl", "fr")},
        **{f"slug_{code}": f"leukemia-{code}" for code in ("en", "nl", "fr")},
        **{f"summary_{code}": f"A cancer of the blood ({code})." for code in ("en", "nl", "fr")},
        "status": "published",
        "category": make_category().pk,
        "position": "1",
        "illustration_alt_en": "Blood cells under a microscope",
        "illustration_alt_nl": "",
        "illustration_alt_fr": "",
        "authors": "",
        "reviewer_name": "",
        **{f"reviewer_credentials_{code}": "" for code in ("en", "nl", "fr")},
    }
    for inline in ("sections", "sources"):
        data |= {
            f"{inline}-TOTAL_FORMS": "0",
            f"{inline}-INITIAL_FORMS": "0",
            f"{inline}-MIN_NUM_FORMS": "0",
            f"{inline}-MAX_NUM_FORMS": "1000",
        }
    return data | fields


def upload(content, name="cells.jpg"):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def test_illustration_is_stored_without_metadata_with_webp_renditions(admin_client, media_root):
    response = admin_client.post(
        "/admin/disorders/disorder/add/", add_form(illustration=upload(photo_with_gps()))
    )
    assert response.status_code == 302
    disorder = Disorder.objects.get()
    with Image.open(disorder.illustration.path) as stored:
        assert stored.format == "JPEG"
        assert dict(stored.getexif()) == {}
        assert stored.size == (1600, 900)
    assert (disorder.illustration_width, disorder.illustration_height) == (1600, 900)
    assert [(r["width"], r["height"]) for r in disorder.illustration_renditions] == [
        (480, 270),
        (800, 450),
        (1200, 675),
    ]
    for rendition in disorder.illustration_renditions:
        with Image.open(media_root / rendition["name"]) as image:
            assert image.format == "WEBP"
            assert image.width == rendition["width"]
            assert not image.getexif()
    uploaded_names = [path.name for path in Path(media_root).rglob("cells*")]
    assert uploaded_names == []


def test_small_illustration_is_never_enlarged(admin_client):
    admin_client.post(
        "/admin/disorders/disorder/add/", add_form(illustration=upload(photo_with_gps(600, 400)))
    )
    disorder = Disorder.objects.get()
    assert [r["width"] for r in disorder.illustration_renditions] == [480, 600]


def test_disorder_page_serves_the_renditions_with_srcset_and_size(admin_client, client):
    admin_client.post(
        "/admin/disorders/disorder/add/", add_form(illustration=upload(photo_with_gps()))
    )
    disorder = Disorder.objects.get()
    names = [r["name"] for r in disorder.illustration_renditions]
    response = client.get(disorder.get_absolute_url())
    assertContains(
        response,
        f'<img src="/media/{names[2]}" srcset="/media/{names[0]} 480w, /media/{names[1]} 800w, '
        f'/media/{names[2]} 1200w" sizes="(min-width: 64rem) 40rem, calc(100vw - 2rem)" '
        'alt="Blood cells under a microscope" width="1600" height="900">',
    )


def test_illustration_needs_its_alt_text(admin_client):
    response = admin_client.post(
        "/admin/disorders/disorder/add/",
        add_form(illustration=upload(photo_with_gps()), illustration_alt_en=""),
    )
    assertContains(response, "Describe the illustration for readers who cannot see it.")
    assert not Disorder.objects.exists()


def test_an_image_bomb_is_refused_before_decoding(admin_client, settings):
    buffer = BytesIO()
    Image.new("1", (6000, 6000)).save(buffer, "PNG")
    response = admin_client.post(
        "/admin/disorders/disorder/add/",
        add_form(illustration=upload(buffer.getvalue(), "bomb.png")),
    )
    assertContains(response, "too many pixels")
    assert not Disorder.objects.exists()


def test_clearing_the_illustration_drops_its_renditions(admin_client):
    admin_client.post(
        "/admin/disorders/disorder/add/", add_form(illustration=upload(photo_with_gps()))
    )
    disorder = Disorder.objects.get()
    data = add_form(
        category=disorder.category_id,
        **{"illustration-clear": "on", "loaded_version": disorder.version},
    )
    response = admin_client.post(f"/admin/disorders/disorder/{disorder.pk}/change/", data)
    assert response.status_code == 302
    disorder.refresh_from_db()
    assert not disorder.illustration
    assert disorder.illustration_renditions == []
