import datetime

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains

from disorders.models import Disorder, DisorderSection
from tests.factories import change_form_data, disorder_form_data, make_category, make_disorder

pytestmark = pytest.mark.django_db


def edit(admin_client, disorder, **fields):
    url = f"/admin/disorders/disorder/{disorder.pk}/change/"
    assert admin_client.post(url, change_form_data(disorder, **fields)).status_code == 302
    return Disorder.objects.get(pk=disorder.pk)


@pytest.fixture
def page(admin_client):
    admin_client.post(
        "/admin/disorders/disorder/add/", disorder_form_data(category=make_category())
    )
    return Disorder.objects.get(slug_en="leukemia")


def status(disorder):
    return {code: disorder.translation_status(code) for code in ("nl", "fr")}


def test_page_written_in_three_languages_is_up_to_date(page):
    assert status(page) == {"nl": "up_to_date", "fr": "up_to_date"}


def test_translation_status_follows_the_english_text(admin_client, page):
    page = edit(admin_client, page, summary_en="A new English summary.")
    assert status(page) == {"nl": "outdated", "fr": "outdated"}
    page = edit(admin_client, page, summary_nl="Een nieuwe Nederlandse samenvatting.")
    assert status(page) == {"nl": "up_to_date", "fr": "outdated"}
    assert list(Disorder.objects.translation_outdated("fr")) == [page]
    assert list(Disorder.objects.translation_outdated("nl")) == []


def test_deleting_a_section_does_not_clear_an_outdated_translation(admin_client):
    disorder = make_disorder(sections=2)
    Disorder.objects.filter(pk=disorder.pk).update(
        source_changed_at=timezone.now(),
        translated_nl_at=timezone.now() - datetime.timedelta(days=1),
    )
    data = change_form_data(disorder)
    data |= {"sections-TOTAL_FORMS": "2", "sections-INITIAL_FORMS": "2"}
    for i, section in enumerate(disorder.sections.all()):
        data |= {f"sections-{i}-id": section.pk, f"sections-{i}-disorder": disorder.pk}
        data |= {f"sections-{i}-position": i, f"sections-{i}-callout": ""}
        for field in ("heading", "body"):
            for code in ("en", "nl", "fr"):
                data[f"sections-{i}-{field}_{code}"] = getattr(section, f"{field}_{code}")
    data["sections-1-DELETE"] = "on"
    url = f"/admin/disorders/disorder/{disorder.pk}/change/"
    assert admin_client.post(url, data).status_code == 302
    assert DisorderSection.objects.filter(disorder=disorder).count() == 1
    assert Disorder.objects.get(pk=disorder.pk).translation_status("nl") == "outdated"


def test_missing_translation_is_reported_as_missing(admin_client, page):
    page = edit(admin_client, page, name_fr="", summary_fr="")
    assert page.translation_status("fr") == "missing"
    assert list(Disorder.objects.translation_missing("fr")) == [page]


def test_confirm_action_marks_a_translation_up_to_date(admin_client, page):
    page = edit(admin_client, page, summary_en="Changed English.")
    response = admin_client.post(
        "/admin/disorders/disorder/",
        {"action": "confirm_fr_translation", "_selected_action": [page.pk]},
        follow=True,
    )
    assertContains(response, "1 translation confirmed as up to date.")
    assert status(Disorder.objects.get(pk=page.pk)) == {"nl": "outdated", "fr": "up_to_date"}


def test_confirm_action_skips_a_missing_translation(admin_client):
    untranslated = make_disorder(translated=False)
    response = admin_client.post(
        "/admin/disorders/disorder/",
        {"action": "confirm_nl_translation", "_selected_action": [untranslated.pk]},
        follow=True,
    )
    assertContains(response, "1 page was skipped because its translation is missing.")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("missing-nl", {"Untranslated"}),
        ("missing-fr", {"Untranslated", "No French"}),
        ("outdated-nl", {"Outdated in Dutch"}),
        ("outdated-fr", set()),
        ("nonsense", {"Leukemia", "Untranslated", "No French", "Outdated in Dutch"}),
    ],
)
def test_translation_filter_shows_the_pages_in_that_state(admin_rows, page, value, shown):
    make_disorder(name_en="Untranslated", translated=False)
    make_disorder(name_en="No French", summary_fr="")
    outdated = make_disorder(name_en="Outdated in Dutch")
    Disorder.objects.filter(pk=outdated.pk).update(
        source_changed_at=timezone.now(),
        translated_nl_at=timezone.now() - datetime.timedelta(days=1),
        translated_fr_at=timezone.now(),
    )
    assert admin_rows("/admin/disorders/disorder/", {"translation": value}) == shown


def test_overview_lists_what_needs_translating_first(admin_client, page):
    make_disorder(name_en="Zz untranslated", translated=False)
    response = admin_client.get("/admin/disorders/disorder/translations/")
    content = response.content.decode()
    table = content[content.index('<table id="translation-status">') :]
    assert table.index("Zz untranslated") < table.index("Leukemia")
    assertContains(response, "Missing")


def test_admin_index_shows_what_needs_attention(admin_client, page):
    import datetime

    make_disorder(translated=False)
    make_disorder(next_review_on=datetime.date(2020, 1, 1))
    response = admin_client.get("/admin/")
    dashboard = response.context["dashboard"]
    assert dashboard["review_overdue"] == 1
    assert ("Dutch", "nl", 1, 0) in [(str(n), c, m, o) for n, c, m, o in dashboard["translations"]]
    assertContains(response, "Pages overdue for medical review")
