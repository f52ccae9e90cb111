"""The translation screen: English beside one language, field by field."""

import pytest
import reversion
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from disorders import field_status
from disorders.models import Disorder, DisorderSection, PendingChange
from tests.factories import (
    change_form_data,
    make_category,
    make_disorder,
    make_glossary_term,
    make_organisation,
    make_role_user,
    make_section,
)

pytestmark = pytest.mark.django_db


def client_for(role):
    client = Client()
    client.force_login(make_role_user(role))
    return client


def screen_url(obj, language="nl"):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/translate/{language}/"


def posted(response, **changes):
    """What the screen's form sends unchanged, with ``changes`` on top."""
    form = response.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    return data | changes


def draft_with_section():
    page = make_disorder(status="draft", summary_en="Blood cells grow too fast.")
    section = make_section(page, heading_en="Symptoms", body_en="<p>You feel <em>tired</em>.</p>")
    return page, section


def test_the_screen_shows_english_rendered_beside_the_dutch_fields():
    page, section = draft_with_section()
    response = client_for("Translator").get(screen_url(page))
    assert response.status_code == 200
    assertContains(response, "Blood cells grow too fast.")
    assertContains(response, "<p>You feel <em>tired</em>.</p>", html=False)
    assertContains(response, 'name="page-summary"')
    assertContains(response, f'name="sections-{section.pk}-body"')
    assertContains(response, 'lang="nl"')
    assertNotContains(response, 'name="page-summary_en"')
    order = [m for m in ("page-name", "page-summary", f"sections-{section.pk}-heading") if m]
    content = response.content.decode()
    assert [content.index(f'name="{name}"') for name in order] == sorted(
        content.index(f'name="{name}"') for name in order
    )


def test_saving_a_draft_writes_the_translation_and_stays_on_the_screen():
    page, section = draft_with_section()
    client = client_for("Translator")
    response = client.get(screen_url(page))
    data = posted(
        response,
        **{
            "page-summary": "Bloedcellen groeien te snel.",
            f"sections-{section.pk}-heading": "Klachten",
            "page-summary_en": "Hacked English.",
        },
    )
    response = client.post(screen_url(page), data)
    assert response.status_code == 302
    assert response["Location"] == screen_url(page)
    page = Disorder.objects.get(pk=page.pk)
    assert page.summary_nl == "Bloedcellen groeien te snel."
    assert page.summary_en == "Blood cells grow too fast."
    assert DisorderSection.objects.get(pk=section.pk).heading_nl == "Klachten"


def test_a_translation_of_a_live_page_waits_for_review():
    page = make_disorder(status="published")
    client = client_for("Translator")
    data = posted(client.get(screen_url(page)), **{"page-summary": "Nieuwe tekst."})
    assert client.post(screen_url(page), data).status_code == 302
    change = PendingChange.objects.get()
    assert change.data["fields"]["summary_nl"] == "Nieuwe tekst."
    assert Disorder.objects.get(pk=page.pk).summary_nl != "Nieuwe tekst."
    response = client.get(screen_url(page))
    assertContains(response, "Nieuwe tekst.")  # the screen shows the waiting change


def test_an_outdated_text_shows_the_english_change_and_can_be_confirmed(admin_client):
    page = make_disorder(status="draft", summary_en="The marrow makes cells.")
    with reversion.create_revision():
        reversion.add_to_revision(page)
    data = change_form_data(page, summary_en="The bone marrow makes blood cells.")
    assert (
        admin_client.post(f"/admin/disorders/disorder/{page.pk}/change/", data).status_code == 302
    )
    client = client_for("Translator")
    response = client.get(screen_url(page))
    assertContains(response, "Outdated")
    assertContains(response, "The<ins> bone</ins> marrow makes <ins>blood </ins>cells.", html=False)
    data = posted(response, confirm="page-summary")
    assert client.post(screen_url(page), data).status_code == 302
    states = {base: state for _obj, base, state in field_status.page_states(page, "nl")}
    assert states["summary"] == "up_to_date"
    assert Disorder.objects.get(pk=page.pk).translation_status("nl") == "up_to_date"
    assert Disorder.objects.get(pk=page.pk).translation_status("fr") == "outdated"


def test_a_save_after_the_page_changed_is_refused_keeping_the_text():
    page, _section = draft_with_section()
    client = client_for("Translator")
    data = posted(client.get(screen_url(page)), **{"page-summary": "Mijn vertaling."})
    Disorder.objects.filter(pk=page.pk).update(summary_en="Someone changed the English.")
    response = client.post(screen_url(page), data)
    assert response.status_code == 200
    assertContains(response, "your text was not saved")
    assertContains(response, "Mijn vertaling.")
    assertContains(response, "Someone changed the English.")
    assert Disorder.objects.get(pk=page.pk).summary_nl != "Mijn vertaling."


@pytest.mark.parametrize("language", ["en", "de"])
def test_only_translated_languages_have_a_screen(language):
    page = make_disorder()
    assert client_for("Translator").get(screen_url(page, language)).status_code == 404


def test_roles_without_translation_rights_are_refused():
    page = make_disorder()
    assert client_for("Feedback triage").get(screen_url(page)).status_code == 403


@pytest.mark.parametrize(
    "make, field",
    [
        (make_glossary_term, "page-definition"),
        (make_organisation, "page-description"),
        (make_category, "page-name"),
    ],
)
def test_translators_translate_the_glossary_organisations_and_categories(make, field):
    obj = make()
    client = client_for("Translator")
    response = client.get(screen_url(obj, "fr"))
    assert response.status_code == 200
    data = posted(response, **{field: "Un texte en français."})
    assert client.post(screen_url(obj, "fr"), data).status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, field.removeprefix("page-") + "_fr") == "Un texte en français."


def test_site_pages_have_a_screen(admin_client):
    from pages.models import SitePage

    page = SitePage.objects.create(kind="about", title_en="About us", body_en="<p>Who we are.</p>")
    response = client_for("Translator").get(screen_url(page, "fr"))
    assert response.status_code == 200
    assertContains(response, "<p>Who we are.</p>", html=False)
