"""A medical reviewer may approve a change to go live at a later time:
readers keep the approved version until publish_due_changes applies it,
through the same approval, at that time."""

from datetime import UTC, datetime

import pytest
import reversion
from django.core import mail
from django.core.management import call_command
from pytest_django.asserts import assertContains, assertNotContains

from disorders import review
from disorders.models import Disorder, PendingChange
from tests.factories import admin_form_data, make_disorder, make_role_user, make_section

pytestmark = pytest.mark.django_db

# "Go live at" is read in the site's time zone (Europe/Brussels, UTC+1 in January).
GO_LIVE = "2099-01-01T09:00"
GO_LIVE_UTC = datetime(2099, 1, 1, 8, 0, tzinfo=UTC)
BEFORE = datetime(2099, 1, 1, 7, 59, tzinfo=UTC)
AFTER = datetime(2099, 1, 1, 8, 1, tzinfo=UTC)


def published_disorder(name, slug_nl):
    disorder = make_disorder(
        name_en=name, slug_en=slug_nl, slug_nl=slug_nl, summary_nl="Oude samenvatting."
    )
    make_section(disorder, heading_en="Causes", body_en="<p>Mutations.</p>")
    with reversion.create_revision():
        disorder.save()
    return Disorder.objects.get(pk=disorder.pk)


@pytest.fixture
def leukemia():
    return published_disorder("Leukemia", "leukemie")


def edit(client, page, **changes):
    url = f"/admin/disorders/disorder/{page.pk}/change/"
    return client.post(url, admin_form_data(client.get(url), **changes))


def submitted(client, page, summary_nl="Nieuwe samenvatting.", author=None):
    client.force_login(author or make_role_user("Editor"))
    edit(client, page, summary_nl=summary_nl)
    return PendingChange.objects.open().for_page(page).get()


def approve(client, page, go_live_at):
    return client.post(
        f"/admin/disorders/disorder/{page.pk}/pending/approve/", {"go_live_at": go_live_at}
    )


def test_a_reviewer_schedules_a_change_and_the_live_page_stays_as_it_is(client, leukemia):
    submitted(client, leukemia)
    reviewer = make_role_user("Medical reviewer")
    client.force_login(reviewer)
    response = approve(client, leukemia, GO_LIVE)
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert change.status == PendingChange.Status.SCHEDULED
    assert (change.go_live_at, change.reviewer) == (GO_LIVE_UTC, reviewer)
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    assertContains(client.get(response.url), "goes live at Jan. 1, 2099, 9 a.m.", html=False)
    pending = client.get(f"/admin/disorders/disorder/{leukemia.pk}/pending/")
    assertContains(
        pending, f"Approved, goes live at Jan. 1, 2099, 9 a.m. (approved by {reviewer.username})"
    )
    assertContains(pending, "Cancel the approval")
    client.logout()
    assertNotContains(client.get("/nl/disorders/leukemie/"), "Nieuwe samenvatting.")


def test_the_authors_form_says_when_the_approved_change_goes_live(client, leukemia):
    editor = make_role_user("Editor")
    submitted(client, leukemia, author=editor)
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, GO_LIVE)
    client.force_login(editor)
    form = client.get(f"/admin/disorders/disorder/{leukemia.pk}/change/")
    assertContains(form, "goes live at Jan. 1, 2099, 9 a.m.")


@pytest.mark.parametrize(
    ("go_live_at", "error"),
    [("2000-01-01T09:00", "This time has passed"), ("soon", "Enter a date and time")],
)
def test_a_past_or_unreadable_time_is_refused_and_changes_nothing(
    client, leukemia, go_live_at, error
):
    submitted(client, leukemia)
    client.force_login(make_role_user("Medical reviewer"))
    response = approve(client, leukemia, go_live_at)
    assert response.status_code == 200
    assertContains(response, error)
    change = PendingChange.objects.get()
    assert (change.status, change.go_live_at) == (PendingChange.Status.PENDING, None)
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."


def test_a_blank_time_approves_at_once(client, leukemia):
    submitted(client, leukemia)
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, "")
    assert PendingChange.objects.get().status == PendingChange.Status.APPROVED
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Nieuwe samenvatting."


def test_scheduling_refuses_a_time_not_after_the_injected_now(leukemia):
    change = PendingChange.objects.create(
        page=leukemia,
        data=review.frozen(review.revisions.snapshot(leukemia)),
        base=review.frozen(review.revisions.snapshot(leukemia)),
    )
    with pytest.raises(review.NotInTheFuture):
        review.schedule(
            change=change, reviewer=make_role_user("Medical reviewer"), go_live_at=AFTER, now=AFTER
        )


def test_the_command_publishes_only_the_changes_whose_time_has_come(client, leukemia):
    anaemia = published_disorder("Anaemia", "bloedarmoede")
    submitted(client, leukemia, "Leukemie nu.")
    submitted(client, anaemia, "Bloedarmoede later.")
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, GO_LIVE)
    approve(client, anaemia, "2099-01-02T09:00")

    call_command("publish_due_changes", now=BEFORE)
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."

    call_command("publish_due_changes", now=AFTER)
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Leukemie nu."
    assert Disorder.objects.get(pk=anaemia.pk).summary_nl == "Oude samenvatting."
    assert PendingChange.objects.for_page(leukemia).get().status == "approved"
    assert PendingChange.objects.for_page(anaemia).get().status == "scheduled"

    versions = reversion.models.Version.objects.get_for_object(leukemia).count()
    call_command("publish_due_changes", now=AFTER)  # again: nothing more happens
    assert reversion.models.Version.objects.get_for_object(leukemia).count() == versions


def test_a_scheduled_change_whose_page_moved_on_is_refused_and_marked(client, leukemia):
    submitted(client, leukemia)
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, GO_LIVE)
    edit(client, leukemia, summary_en="The reviewer's own edit.")  # goes live directly

    call_command("publish_due_changes", now=AFTER)

    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    change = PendingChange.objects.get()
    assert change.status == PendingChange.Status.PENDING
    assert change.go_live_refused_at == AFTER
    pending = client.get(f"/admin/disorders/disorder/{leukemia.pk}/pending/")
    assertContains(pending, "approved to go live at Jan. 1, 2099, 9 a.m., but it did not")


def test_the_cached_page_shows_the_new_text_once_the_command_ran(
    client, leukemia, django_capture_on_commit_callbacks
):
    assertContains(client.get("/nl/disorders/leukemie/"), "Oude samenvatting.")  # kept
    submitted(client, leukemia)
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, GO_LIVE)
    client.logout()
    assertContains(client.get("/nl/disorders/leukemie/"), "Oude samenvatting.")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_due_changes", now=AFTER)
    assertContains(client.get("/nl/disorders/leukemie/"), "Nieuwe samenvatting.")


def test_the_author_and_the_reviewers_are_told_when_it_goes_live(
    client, leukemia, settings, django_capture_on_commit_callbacks
):
    settings.REVIEW_NOTIFY_EMAILS = ["reviewers@example.org"]
    editor = make_role_user("Editor")
    submitted(client, leukemia, author=editor)
    reviewer = make_role_user("Medical reviewer")
    client.force_login(reviewer)
    approve(client, leukemia, GO_LIVE)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_due_changes", now=AFTER)
    told = {tuple(message.to): message.subject for message in mail.outbox}
    assert "approved" in told[(editor.email,)]
    assert "went live" in told[("reviewers@example.org", reviewer.email)]


def test_a_further_save_of_a_scheduled_change_sends_it_back_for_review(client, leukemia):
    editor = make_role_user("Editor")
    submitted(client, leukemia, author=editor)
    client.force_login(make_role_user("Medical reviewer"))
    approve(client, leukemia, GO_LIVE)
    client.force_login(editor)
    edit(client, leukemia, summary_nl="Nog eens anders.")
    change = PendingChange.objects.get()
    assert (change.status, change.go_live_at) == (PendingChange.Status.PENDING, None)
    assert change.data["fields"]["summary_nl"] == "Nog eens anders."
    call_command("publish_due_changes", now=AFTER)
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."


@pytest.mark.parametrize(
    ("role", "may_review"),
    [("Editor", False), ("Translator", False), ("Medical reviewer", True)],
)
def test_only_reviewers_schedule_and_cancel_a_scheduled_approval(
    client, leukemia, role, may_review
):
    submitted(client, leukemia)
    client.force_login(make_role_user(role))
    scheduled = approve(client, leukemia, GO_LIVE)
    if not may_review:
        assert scheduled.status_code == 403
        assert PendingChange.objects.get().status == PendingChange.Status.PENDING
        client.force_login(make_role_user("Medical reviewer"))
        approve(client, leukemia, GO_LIVE)
        client.force_login(make_role_user(role))
    cancel = client.post(f"/admin/disorders/disorder/{leukemia.pk}/pending/cancel-schedule/")
    change = PendingChange.objects.get()
    if may_review:
        assert cancel.status_code == 302
        assert (change.status, change.go_live_at) == (PendingChange.Status.PENDING, None)
        call_command("publish_due_changes", now=AFTER)
        assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    else:
        assert cancel.status_code == 403
        assert change.status == PendingChange.Status.SCHEDULED
