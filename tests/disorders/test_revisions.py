import pytest
from pytest_django.asserts import assertContains
from reversion.models import Version

from disorders import revisions
from disorders.models import Disorder
from tests.factories import disorder_form_data, make_category

pytestmark = pytest.mark.django_db


def sections(*texts):
    return [
        {
            "heading_en": heading,
            "heading_nl": f"{heading} NL",
            "heading_fr": f"{heading} FR",
            "body_en": f"<p>{heading} text</p>",
        }
        for heading in texts
    ]


def change(admin_client, disorder, **fields):
    version = Disorder.objects.get(pk=disorder.pk).version
    data = disorder_form_data(category=disorder.category, loaded_version=version, **fields)
    for i, section in enumerate(disorder.sections.all()):
        data[f"sections-{i}-id"] = section.pk
        data[f"sections-{i}-disorder"] = disorder.pk
    data["sections-INITIAL_FORMS"] = str(disorder.sections.count())
    return admin_client.post(f"/admin/disorders/disorder/{disorder.pk}/change/", data)


@pytest.fixture
def edited_twice(admin_client):
    admin_client.post(
        "/admin/disorders/disorder/add/",
        disorder_form_data(category=make_category(), sections=sections("Causes")),
    )
    disorder = Disorder.objects.get(slug_en="leukemia")
    change(
        admin_client,
        disorder,
        name_nl="Leukemie (nieuw)",
        name_fr="Leucémie (nouveau)",
        sections=sections("Causes", "Treatment"),
    )
    return disorder


def test_every_save_keeps_a_version_with_all_languages_and_sections(edited_twice):
    versions = Version.objects.get_for_object(edited_twice)
    assert versions.count() == 2
    oldest = versions.last()
    assert oldest.field_dict["name_nl"] == "Leukemie"
    assert {v.field_dict.get("heading_fr") for v in oldest.revision.version_set.all()} >= {
        "Causes FR"
    }


def test_restoring_an_older_version_brings_back_every_language_and_the_sections(
    admin_client, edited_twice
):
    oldest = Version.objects.get_for_object(edited_twice).last()
    history_link = f"/admin/disorders/disorder/{edited_twice.pk}/history/{oldest.pk}/"
    restore_url = admin_client.get(history_link).url
    assertContains(admin_client.get(restore_url), "Leukemie<del> (nieuw)</del>", html=False)
    assert admin_client.post(restore_url).status_code == 302
    restored = Disorder.objects.get(pk=edited_twice.pk)
    assert (restored.name_nl, restored.name_fr) == ("Leukemie", "Leucémie")
    assert [s.heading_fr for s in restored.sections.all()] == ["Causes FR"]
    assert restored.version == 3  # never goes back, so stale forms stay stale
    latest = Version.objects.get_for_object(restored).first()
    assert f"version {oldest.pk}" in latest.revision.comment


def test_staff_compare_two_versions_field_by_field(admin_client, edited_twice):
    newer, older = Version.objects.get_for_object(edited_twice)[:2]
    response = admin_client.get(
        f"/admin/disorders/disorder/{edited_twice.pk}/history/compare/",
        {"from": older.pk, "to": newer.pk},
    )
    assertContains(response, '<h2 id="changes-nl">Dutch</h2>', html=False)
    assertContains(response, "Leukemie<ins> (nieuw)</ins>", html=False)
    assertContains(response, "Treatment")
    assert "name_nl" not in response.content.decode()


def test_history_page_offers_a_comparison(admin_client, edited_twice):
    assertContains(
        admin_client.get(f"/admin/disorders/disorder/{edited_twice.pk}/history/"),
        "Compare two versions",
    )


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"from": "x", "to": "y"},
        {"from": "99999", "to": "1"},
        {"from": "²", "to": "1"},
        {"from": "١", "to": "1"},
        {"from": "99999999999999999999", "to": "1"},
    ],
)
def test_compare_with_bad_versions_is_404(admin_client, edited_twice, query):
    assert (
        admin_client.get(
            f"/admin/disorders/disorder/{edited_twice.pk}/history/compare/", query
        ).status_code
        == 404
    )


@pytest.mark.parametrize("object_id", ["abc", "²", "99999999999999999999", "1%00"])
def test_compare_of_a_page_that_cannot_exist_is_404(admin_client, object_id):
    response = admin_client.get(
        f"/admin/disorders/disorder/{object_id}/history/compare/", {"from": "1", "to": "2"}
    )
    assert response.status_code in (400, 404)


def test_word_diff_marks_words_and_keeps_markup_whole():
    diff = revisions.word_diff(
        "<p>Rest at home.</p>", "<p>Rest at <strong>home</strong> today.</p>"
    )
    assert (
        diff == "<p>Rest at <del>home.</del><strong><ins>home</ins></strong><ins> today.</ins></p>"
    )


def test_word_diff_escapes_plain_text():
    assert (
        revisions.word_diff("a < b", "a <script> b")
        == "a <del>&lt;</del><ins>&lt;script&gt;</ins> b"
    )


def test_changes_between_two_snapshots_leave_unchanged_fields_out_and_group_by_language():
    old = {"fields": {"name_en": "Anaemia", "name_nl": "Anemie", "position": 1}, "parts": {}}
    new = {"fields": {"name_en": "Anaemia", "name_nl": "Bloedarmoede", "position": 2}, "parts": {}}
    languages = revisions.changes_between(old, new, Disorder)
    assert [language.code for language in languages] == ["nl", ""]
    [name_change] = languages[0].changes
    assert name_change.label == "Name"
    assert "<ins>Bloedarmoede</ins>" in name_change.diff
