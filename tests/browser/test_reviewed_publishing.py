"""The review loop in a real browser: an Editor edits Leukemia's Dutch
summary, readers keep the approved text, a reviewer reads the change in
words and approves it."""

import pytest
from playwright.sync_api import expect

from disorders.models import Disorder
from tests.factories import make_role_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editors_change_reaches_readers_only_after_a_reviewer_approves_it(
    live_server, demo_content, new_page, sign_in, axe_violations
):
    leukemia = Disorder.objects.get(slug_en="leukemia")
    reader = new_page()
    reader.goto(live_server.url + "/nl/disorders/leukemie/")
    approved_summary = reader.locator("p.lead").inner_text()

    editor = sign_in(make_role_user("Editor").username)
    editor.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/change/")
    editor.locator("[aria-controls=tab_id_summary_nl]").click()
    editor.fill("#id_summary_nl", "Leukemie is een vorm van bloedkanker. Nieuwe zin.")
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist")).to_contain_text("waiting for review")

    reader = new_page()
    reader.goto(live_server.url + "/nl/disorders/leukemie/")
    assert "Nieuwe zin." not in reader.content()
    assert reader.locator("p.lead").inner_text() == approved_summary

    reviewer = sign_in(make_role_user("Medical reviewer").username)
    reviewer.goto(live_server.url + "/admin/")
    reviewer.get_by_role("link", name="Waiting for your review: Disorders").click()
    reviewer.get_by_role("link", name=leukemia.name_en).click()
    reviewer.get_by_role("link", name="Review the waiting change").first.click()
    # Waits for the page the click leads to; a bare is_visible() may look too early.
    expect(reviewer.locator(".review-text ins").first).to_be_visible()
    assert "<p>" not in reviewer.locator(".review").inner_text()  # rendered, not source
    assert "summary_nl" not in reviewer.content()
    assert reviewer.evaluate("document.documentElement.scrollWidth") <= 1280
    assert axe_violations(reviewer) == []
    reviewer.get_by_role("button", name="Approve", exact=True).click()
    expect(reviewer.locator(".messagelist")).to_contain_text("readers see it now")

    reader = new_page()  # a reader who had not kept the page in their browser
    reader.goto(live_server.url + "/nl/disorders/leukemie/")
    assert "Nieuwe zin." in reader.content()


def test_a_translators_change_is_approved_and_the_history_compares_in_words(
    live_server, demo_content, new_page, sign_in, axe_violations
):
    leukemia = Disorder.objects.get(slug_en="leukemia")
    translator = sign_in(make_role_user("Translator").username)
    translator.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/change/")
    translator.locator("[aria-controls=tab_id_summary_fr]").click()
    translator.fill("#id_summary_fr", "La leucémie est un cancer du sang. Phrase traduite.")
    translator.locator("input[name=_save]").click()
    expect(translator.locator(".messagelist")).to_contain_text("waiting for review")

    reviewer = sign_in(make_role_user("Medical reviewer").username)
    reviewer.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/pending/")
    reviewer.get_by_role("button", name="Approve", exact=True).click()
    expect(reviewer.locator(".messagelist")).to_contain_text("readers see it now")
    assert Disorder.objects.get(pk=leukemia.pk).summary_fr.endswith("Phrase traduite.")

    reviewer.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/history/")
    reviewer.get_by_role("button", name="Compare").click()
    expect(reviewer.locator(".review-text ins").first).to_be_visible()
    assert "<p>" not in reviewer.locator("#content-main").inner_text()
    assert reviewer.evaluate("document.documentElement.scrollWidth") <= 1280
    assert axe_violations(reviewer) == []
    reviewer.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/history/")
    reviewer.locator("#content-main table tbody a").first.click()
    expect(reviewer.locator("h1")).to_contain_text("Restore")
    assert axe_violations(reviewer) == []
