"""The translation screen in a browser: accessible in the admin's three
languages, no horizontal scroll at 1280 px, usable by keyboard."""

import pytest
import reversion
from playwright.sync_api import expect

from disorders.models import Disorder
from tests.factories import make_disorder, make_section

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a long test password"


@pytest.fixture
def outdated_page(admin_user):
    disorder = make_disorder(status="draft", name_en="Leukaemia", summary_en="A blood cancer.")
    make_section(disorder, heading_en="Symptoms", body_en="<p>You feel <em>tired</em>.</p>")
    with reversion.create_revision():
        reversion.add_to_revision(disorder)
    return disorder


def signed_in(sign_in, django_user_model, language):
    """An admin whose browser asks for the admin in this language."""
    django_user_model.objects.create_superuser(f"admin-{language}", "a@example.org", PASSWORD)
    return sign_in(f"admin-{language}", PASSWORD, locale=language)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_screen_has_no_accessibility_violations_and_fits_1280_px(
    sign_in, live_server, django_user_model, outdated_page, axe_violations, language
):
    page = signed_in(sign_in, django_user_model, language)
    page.goto(f"{live_server.url}/admin/disorders/disorder/{outdated_page.pk}/translate/nl/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.locator(".prose-editor [role=textbox]").first.wait_for()  # the editor runs under our CSP
    assert axe_violations(page) == []
    if language == "en":
        page.screenshot(path="var/translation-screen-1280.png", full_page=True)


def test_a_translator_saves_by_keyboard_and_stays_on_the_screen(
    sign_in, live_server, django_user_model, outdated_page
):
    page = signed_in(sign_in, django_user_model, "en")
    url = f"{live_server.url}/admin/disorders/disorder/{outdated_page.pk}/translate/nl/"
    page.goto(url)
    page.focus("#id_page-summary")
    page.keyboard.press("Control+A")
    page.keyboard.type("Een bloedkanker.")
    page.focus("input[name=_save]")
    page.keyboard.press("Enter")
    page.wait_for_url(url)
    expect(page.locator(".messagelist")).to_contain_text("The translation is saved.")
    assert Disorder.objects.get(pk=outdated_page.pk).summary_nl == "Een bloedkanker."
