"""A reviewer approves a change to go live later, in a real browser."""

import pytest
from playwright.sync_api import expect

from disorders.models import Disorder, PendingChange
from tests.factories import make_role_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reviewer_schedules_a_change_and_may_cancel_it(
    live_server, demo_content, browser, sign_in, axe_violations
):
    leukemia = Disorder.objects.get(slug_en="leukemia")
    editor = sign_in(make_role_user("Editor").username)
    editor.goto(f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/change/")
    editor.locator("[aria-controls=tab_id_summary_nl]").click()
    editor.fill("#id_summary_nl", "Leukemie is een kanker van het bloed. Nieuwe zin.")
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist")).to_contain_text("waiting for review")

    reviewer = sign_in(make_role_user("Medical reviewer").username)
    pending = f"{live_server.url}/admin/disorders/disorder/{leukemia.pk}/pending/"
    reviewer.goto(pending)
    reviewer.get_by_label("Go live at").fill("2099-01-01T09:00")
    reviewer.get_by_role("button", name="Approve", exact=True).click()
    expect(reviewer.locator(".messagelist")).to_contain_text("goes live at")
    assert PendingChange.objects.get().status == PendingChange.Status.SCHEDULED

    reviewer.goto(pending)
    expect(reviewer.locator(".review")).to_contain_text("Approved, goes live at")
    assert axe_violations(reviewer) == []
    reviewer.get_by_role("button", name="Cancel the approval").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("The approval is cancelled")
    assert PendingChange.objects.get().status == PendingChange.Status.PENDING
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl != "Nieuwe zin."
