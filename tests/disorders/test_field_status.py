"""Translation status per text: only texts readers see make a translation outdated."""

import datetime

import pytest
from django.utils import timezone

from disorders import field_status
from disorders.models import Disorder
from tests.factories import change_form_data, make_disorder, make_glossary_term, make_section

pytestmark = pytest.mark.django_db
NOW = timezone.now()


def later(minutes):
    return NOW + datetime.timedelta(minutes=minutes)


def states(page, language):
    return {
        (type(obj).__name__, base): state
        for obj, base, state in field_status.page_states(page, language)
    }


def test_texts_without_stamps_are_up_to_date_or_missing():
    page = make_disorder(sections=1)
    found = states(page, "nl")
    assert found[("Disorder", "summary")] == "up_to_date"
    assert ("Disorder", "questions") not in found  # no English text: nothing to translate
    page.summary_nl = ""
    assert states(page, "nl")[("Disorder", "summary")] == "missing"


def test_an_english_edit_makes_that_text_outdated_in_every_language():
    page = make_disorder(sections=1)
    field_status.record_edits([(page, ["summary_en"])], later(1))
    assert states(page, "nl")[("Disorder", "summary")] == "outdated"
    assert states(page, "fr")[("Disorder", "summary")] == "outdated"
    assert states(page, "nl")[("Disorder", "name")] == "up_to_date"
    assert Disorder.objects.get(pk=page.pk).translation_status("nl") == "outdated"


def test_a_translation_edit_or_confirmation_brings_the_text_up_to_date():
    page = make_disorder()
    field_status.record_edits([(page, ["summary_en"])], later(1))
    field_status.record_edits([(page, ["summary_nl"])], later(2))
    field_status.confirm(page, "summary", "fr", later(3))
    assert states(page, "nl")[("Disorder", "summary")] == "up_to_date"
    assert states(page, "fr")[("Disorder", "summary")] == "up_to_date"
    page = Disorder.objects.get(pk=page.pk)
    assert page.translation_status("nl") == "up_to_date"
    assert page.translation_status("fr") == "up_to_date"


def test_the_page_stays_outdated_while_one_of_its_texts_is():
    page = make_disorder()
    section = make_section(page)
    field_status.record_edits([(page, ["summary_en"]), (section, ["body_en"])], later(1))
    field_status.record_edits([(page, ["summary_nl"])], later(2))
    assert states(page, "nl")[("DisorderSection", "body")] == "outdated"
    assert Disorder.objects.get(pk=page.pk).translation_status("nl") == "outdated"


def test_metadata_edit_does_not_mark_outdated(admin_client):
    page = make_disorder()
    url = f"/admin/disorders/disorder/{page.pk}/change/"
    data = change_form_data(
        page,
        reviewer_credentials_en="Haematologist, University Hospital",
        synonyms_en="AML, blood cancer",
        slug_en="new-address",
    )
    assert admin_client.post(url, data).status_code == 302
    page = Disorder.objects.get(pk=page.pk)
    assert page.translation_status("nl") == "up_to_date"
    assert set(states(page, "nl").values()) == {"up_to_date"}


def test_an_english_text_edit_in_the_admin_marks_outdated(admin_client):
    page = make_disorder()
    url = f"/admin/disorders/disorder/{page.pk}/change/"
    assert (
        admin_client.post(url, change_form_data(page, summary_en="New words.")).status_code == 302
    )
    page = Disorder.objects.get(pk=page.pk)
    assert page.translation_status("nl") == "outdated"
    assert states(page, "nl")[("Disorder", "summary")] == "outdated"
    assert states(page, "nl")[("Disorder", "name")] == "up_to_date"


def test_glossary_terms_have_a_status_per_text():
    term = make_glossary_term()
    field_status.record_edits([(term, ["definition_en", "synonyms_en"])], later(1))
    stamps = field_status.stamps_for([term])
    assert field_status.field_state(term, "definition", "nl", stamps) == "outdated"
    assert field_status.field_state(term, "term", "nl", stamps) == "up_to_date"
    assert not field_status.is_tracked(type(term), "synonyms_en")


def test_the_list_and_the_overview_link_each_status_to_the_translation_screen(admin_client):
    page = make_disorder(sections=2)
    section = page.sections.first()
    field_status.record_edits([(section, ["body_en"])], later(1))
    screen = f"/admin/disorders/disorder/{page.pk}/translate/nl/"
    response = admin_client.get("/admin/disorders/disorder/")
    assert f'<a href="{screen}">Outdated</a>' in response.content.decode()
    response = admin_client.get("/admin/disorders/disorder/translations/")
    assert f'<a href="{screen}">Outdated</a>' in response.content.decode()
    assert "1 outdated and 0 missing of 6 texts." in response.content.decode()
