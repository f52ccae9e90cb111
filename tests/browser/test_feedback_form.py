import json

import pytest

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
    page.wait_for_load_state()
    summary = page.locator("#error-summary")
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
    assert "Thank you for your message" in page.locator("h1").inner_text()
    assert page.locator(".confirmation__reference strong").inner_text().startswith("FB-")


def test_helpful_answer_works_without_javascript(live_server, demo_content, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/nl/disorders/leukemie/")
    page.get_by_role("button", name="Nee").click()
    assert "/nl/disorders/leukemie/feedback/?helpful=no" in page.url
    assert context.cookies() == [] or all(c["name"] == "csrftoken" for c in context.cookies())
    context.close()
