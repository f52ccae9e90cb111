import pytest
from pytest_django.asserts import assertContains

from disorders.models import Disorder
from tests.factories import disorder_form_data, make_category, make_disorder

pytestmark = pytest.mark.django_db


def test_editor_adds_a_disorder_with_sections_in_three_languages(admin_client):
    data = disorder_form_data(
        sections=[
            {
                "heading_en": "What is leukemia?",
                "heading_nl": "Wat is leukemie?",
                "heading_fr": "Qu’est-ce que la leucémie ?",
                "body_en": "<p>English text</p>",
                "body_nl": "<p>Nederlandse tekst</p>",
                "body_fr": "<p>Texte français</p>",
            },
            {
                "heading_en": "Key points",
                "callout": "key_points",
                "body_en": "<ul><li>One</li></ul>",
            },
        ]
    )
    response = admin_client.post("/admin/disorders/disorder/add/", data)
    assert response.status_code == 302
    disorder = Disorder.objects.get(slug_en="leukemia")
    assert (disorder.name_nl, disorder.slug_fr) == ("Leukemie", "leucemie")
    first, second = disorder.sections.all()
    assert (first.heading_fr, first.body_nl) == (
        "Qu’est-ce que la leucémie ?",
        "<p>Nederlandse tekst</p>",
    )
    assert second.callout == "key_points"
    for lang, slug in (("en", "leukemia"), ("nl", "leukemie"), ("fr", "leucemie")):
        assert admin_client.get(f"/{lang}/disorders/{slug}/").status_code == 200


def test_editor_changes_a_disorder_and_reorders_its_sections(admin_client):
    disorder = make_disorder(name_en="Old name")
    admin_client.post("/admin/disorders/disorder/add/", disorder_form_data())  # unrelated noise
    data = disorder_form_data(
        category=disorder.category,
        name_en="New name",
        slug_en=disorder.slug_en,
        slug_nl=disorder.slug_nl,
        slug_fr=disorder.slug_fr,
        sections=[
            {"heading_en": "Second", "position": "2"},
            {"heading_en": "First", "position": "1"},
        ],
        loaded_version=disorder.version,
    )
    response = admin_client.post(f"/admin/disorders/disorder/{disorder.pk}/change/", data)
    assert response.status_code == 302
    disorder.refresh_from_db()
    assert disorder.name_en == "New name"
    assert [s.heading_en for s in disorder.sections.all()] == ["First", "Second"]


def test_missing_english_name_is_refused_and_nothing_is_saved(admin_client):
    response = admin_client.post("/admin/disorders/disorder/add/", disorder_form_data(name_en=""))
    assert response.status_code == 200
    assertContains(response, "This field is required")
    assert not Disorder.objects.exists()


def test_duplicate_dutch_slug_is_refused_with_a_message(admin_client):
    make_disorder(slug_nl="leukemie")
    response = admin_client.post("/admin/disorders/disorder/add/", disorder_form_data())
    assert response.status_code == 200
    assertContains(response, "already exists")


def test_disorders_without_dutch_slugs_can_coexist(admin_client):
    admin_client.post("/admin/disorders/disorder/add/", disorder_form_data(slug_nl=""))
    response = admin_client.post(
        "/admin/disorders/disorder/add/",
        disorder_form_data(slug_en="other", slug_fr="autre", slug_nl=""),
    )
    assert response.status_code == 302
    assert Disorder.objects.filter(slug_nl__isnull=True).count() == 2


def test_subtype_of_a_subtype_is_refused(admin_client):
    parent = make_disorder()
    subtype = make_disorder(parent=parent)
    data = disorder_form_data(category=parent.category, parent=subtype.pk)
    response = admin_client.post("/admin/disorders/disorder/add/", data)
    assertContains(response, "Subtypes cannot have subtypes of their own")
    assert not Disorder.objects.filter(slug_en="leukemia").exists()


def test_illustration_needs_a_description(admin_client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    upload = SimpleUploadedFile("cells.png", buffer.getvalue(), content_type="image/png")
    response = admin_client.post(
        "/admin/disorders/disorder/add/", disorder_form_data(illustration=upload)
    )
    assertContains(response, "Describe the illustration")
    assert not Disorder.objects.exists()


def test_a_text_file_named_png_is_refused_as_illustration(admin_client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("cells.png", b"not an image at all", content_type="image/png")
    data = disorder_form_data(illustration=upload, illustration_alt_en="Blood cells")
    response = admin_client.post("/admin/disorders/disorder/add/", data)
    assert response.status_code == 200
    assert not Disorder.objects.exists()


@pytest.fixture
def listed():
    leukemia = make_disorder(name_en="Leukemia", category=make_category(name_en="Cancers"))
    make_disorder(name_en="Acute leukemia", parent=leukemia)
    make_disorder(name_en="Anaemia", status=Disorder.Status.DRAFT)
    return leukemia.category


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({}, {"Leukemia", "Acute leukemia", "Anaemia"}),
        ({"status__exact": "draft"}, {"Anaemia"}),
        ({"status__exact": "published"}, {"Leukemia", "Acute leukemia"}),
        ({"parent__isempty": "1"}, {"Leukemia", "Anaemia"}),
        ({"parent__isempty": "0"}, {"Acute leukemia"}),
        ({"q": "leuk"}, {"Leukemia", "Acute leukemia"}),
        ({"q": "leuk", "status__exact": "draft"}, set()),
    ],
)
def test_changelist_filters_and_search_show_the_matching_disorders(
    admin_rows, listed, params, shown
):
    assert admin_rows("/admin/disorders/disorder/", params) == shown


def test_changelist_category_filter_shows_that_categorys_disorders(admin_rows, listed):
    params = {"category__id__exact": listed.pk}
    assert admin_rows("/admin/disorders/disorder/", params) == {"Leukemia", "Acute leukemia"}


def test_change_page_offers_view_on_site_and_language_tabs(admin_client):
    disorder = make_disorder(sections=1)
    response = admin_client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    assertContains(response, "View on site")
    assertContains(response, "tabbed_translation_fields.js")
    assertContains(response, "vendor/jquery-ui-1.14.2.min.js")
    assertContains(response, "django_prose_editor")
    assert "googleapis" not in response.content.decode()
