import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

FORMS = {
    "en": "/en/disorders/leukemia/feedback/",
    "nl": "/nl/disorders/leukemie/feedback/",
    "fr": "/fr/disorders/leucemie/feedback/",
}
SEND = {"en": "Send", "nl": "Verzenden", "fr": "Envoyer"}
PROBLEM = {"en": "There is a problem", "nl": "Er is een probleem", "fr": "Il y a un problème"}


@pytest.mark.parametrize("lang", FORMS)
def test_empty_feedback_form_has_no_wcag_violations(
    live_server, demo_content, page, axe_violations, lang
):
    page.goto(live_server.url + FORMS[lang])
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("lang", FORMS)
def test_errors_are_announced_and_focus_moves_to_the_summary(
    live_server, demo_content, page, axe_violations, lang
):
    page.goto(live_server.url + FORMS[lang])
    page.get_by_role("button", name=SEND[lang]).click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    assert summary.get_attribute("role") == "alert"
    assert PROBLEM[lang] in summary.inner_text()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.title().startswith({"en": "Error:", "nl": "Fout:", "fr": "Erreur\u202f:"}[lang])
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2)


def test_error_summary_links_lead_to_the_fields(live_server, demo_content, page):
    page.goto(live_server.url + FORMS["en"])
    page.get_by_role("button", name="Send").click()
    page.get_by_role("link", name="Write your message.").click()
    assert page.evaluate("document.activeElement.name") == "message"


def test_reader_reports_a_mistake_with_the_keyboard_only(live_server, demo_content, page, settings):
    settings.FEEDBACK_MIN_SECONDS = 0
    page.goto(live_server.url + "/en/disorders/leukemia/")
    page.get_by_role("link", name="Report a mistake or suggest an improvement").focus()
    page.keyboard.press("Enter")
    page.get_by_label("A factual error").check()
    page.get_by_label("Your message").fill("The list of white blood cells misses monocytes.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("h1")).to_contain_text("Thank you for your message")
    expect(page.locator(".confirmation__reference strong")).to_have_text(re.compile("^FB-"))


def test_helpful_answer_works_without_javascript(live_server, demo_content, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/nl/disorders/leukemie/")
    page.get_by_role("button", name="Nee").click()
    expect(page).to_have_url(re.compile(r"/nl/disorders/leukemie/feedback/\?helpful=no"))
    assert page.context.cookies() == [] or all(
        c["name"] == "csrftoken" for c in page.context.cookies()
    )
