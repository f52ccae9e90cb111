"""Readers only ever see approved text: an edit of a live page by someone
who may not publish waits for a medical reviewer, and history touches one
page at a time, within the user's role."""

import pytest
import reversion
from django.core import mail
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains
from reversion.models import Version

from disorders import review, revisions
from disorders.models import Disorder, PendingChange
from notifications.models import Notification
from pages.models import SitePage
from tests.factories import admin_form_data, make_disorder, make_role_user, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def leukemia():
    disorder = make_disorder(
        name_en="Leukemia", slug_en="leukemia", slug_nl="leukemie", summary_nl="Oude samenvatting."
    )
    make_section(disorder, heading_en="Causes", body_en="<p>Mutations.</p>")
    with reversion.create_revision():
        disorder.save()
    return Disorder.objects.get(pk=disorder.pk)


def edit(client, page, **changes):
    opts = page._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{page.pk}/change/"
    return client.post(url, admin_form_data(client.get(url), **changes))


def test_an_editors_change_of_a_live_page_waits_and_readers_see_the_approved_text(
    client, leukemia, settings
):
    settings.REVIEW_NOTIFY_EMAILS = ["reviewers@example.org"]
    client.get("/nl/disorders/leukemie/")  # kept by the page cache
    editor = make_role_user("Editor")
    client.force_login(editor)
    response = edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    assert response.status_code == 302
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    assertContains(client.get(response.url), "Your change is waiting for review")
    assertContains(client.get(response.url), "Nieuwe samenvatting.")  # the author's form
    client.logout()
    assertContains(client.get("/nl/disorders/leukemie/"), "Oude samenvatting.")
    assertNotContains(client.get("/nl/disorders/leukemie/"), "Nieuwe samenvatting.")
    change = PendingChange.objects.get()
    assert change.status == PendingChange.Status.PENDING and change.author == editor


def test_further_saves_update_the_same_pending_change_and_leave_history_alone(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Eerste versie.")
    edit(client, leukemia, summary_nl="Tweede versie.")
    change = PendingChange.objects.get()
    assert change.data["fields"]["summary_nl"] == "Tweede versie."
    assert change.edits == 2
    assert Version.objects.get_for_object(leukemia).count() == 1  # only the approved one


def test_a_reviewer_reads_the_change_in_words_approves_and_readers_see_it(
    client, leukemia, mailoutbox
):
    editor = make_role_user("Editor")
    client.force_login(editor)
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    pending = client.get(f"/admin/disorders/disorder/{leukemia.pk}/pending/")
    assertContains(pending, "<del>Oude</del><ins>Nieuwe</ins>", html=False)
    assertNotContains(pending, "summary_nl")
    preview = client.get(f"/admin/disorders/disorder/{leukemia.pk}/pending/preview/nl/")
    assertContains(preview, "Nieuwe samenvatting.")
    assert "no-store" in preview["Cache-Control"]
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    response = client.post(f"/admin/disorders/disorder/{leukemia.pk}/pending/approve/")
    assert response.status_code == 302
    client.logout()
    assertContains(client.get("/nl/disorders/leukemie/"), "Nieuwe samenvatting.")
    assert PendingChange.objects.get().status == PendingChange.Status.APPROVED
    assert Disorder.objects.get(pk=leukemia.pk).changed_by == editor


def test_the_author_is_told_when_the_change_is_approved(
    client, leukemia, django_capture_on_commit_callbacks
):
    editor = make_role_user("Editor")
    client.force_login(editor)
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/disorders/disorder/{leukemia.pk}/pending/approve/")
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "approved" in mail.outbox[0].subject
    assert Notification.objects.get(kind="review-decided").status == Notification.Status.SENT


def test_reviewers_are_told_of_a_change_once_it_is_saved(
    client, leukemia, settings, django_capture_on_commit_callbacks
):
    settings.REVIEW_NOTIFY_EMAILS = ["reviewers@example.org"]
    client.force_login(make_role_user("Editor"))
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    [message] = mail.outbox
    assert message.to == ["reviewers@example.org"]
    assert f"/admin/disorders/disorder/{leukemia.pk}/pending/" in message.body


def test_a_change_sent_back_shows_the_reviewers_comment_to_its_author(client, leukemia):
    editor = make_role_user("Editor")
    client.force_login(editor)
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    client.post(
        f"/admin/disorders/disorder/{leukemia.pk}/pending/send-back/",
        {"comment": "Please cite a source."},
    )
    client.force_login(editor)
    form = client.get(f"/admin/disorders/disorder/{leukemia.pk}/change/")
    assertContains(form, "Please cite a source.")
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."


def test_sending_back_without_a_comment_is_refused_and_changes_nothing(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    response = client.post(
        f"/admin/disorders/disorder/{leukemia.pk}/pending/send-back/", {"comment": ""}
    )
    assert response.status_code == 200
    assert PendingChange.objects.get().status == PendingChange.Status.PENDING


def test_a_change_to_a_page_that_moved_on_is_refused_on_approval_and_kept(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    reviewer = make_role_user("Medical reviewer")
    client.force_login(reviewer)
    edit(client, leukemia, summary_en="The reviewer's own edit.")  # goes live directly
    response = client.post(f"/admin/disorders/disorder/{leukemia.pk}/pending/approve/")
    assert response.status_code == 302
    assertContains(client.get(response.url), "was not approved")
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Oude samenvatting."
    assert PendingChange.objects.get().status == PendingChange.Status.PENDING


def test_a_reviewers_own_edit_of_a_live_page_goes_live(client, leukemia):
    client.force_login(make_role_user("Medical reviewer"))
    edit(client, leukemia, summary_nl="Direct.")
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Direct."
    assert not PendingChange.objects.exists()


def test_a_draft_page_is_edited_directly_as_before(client):
    draft = make_disorder(status=Disorder.Status.DRAFT, summary_nl="Oud.")
    client.force_login(make_role_user("Editor"))
    edit(client, draft, summary_nl="Nieuw.")
    assert Disorder.objects.get(pk=draft.pk).summary_nl == "Nieuw."
    assert not PendingChange.objects.exists()


def test_a_translators_change_of_a_live_page_waits_and_never_touches_english(client, leukemia):
    client.force_login(make_role_user("Translator"))
    edit(client, leukemia, summary_nl="Vertaald.", summary_en="Forged English.")
    change = PendingChange.objects.get()
    assert change.data["fields"]["summary_nl"] == "Vertaald."
    assert change.data["fields"]["summary_en"] == leukemia.summary_en


def test_restoring_page_b_leaves_page_a_intact(client):
    page_a = make_disorder(summary_nl="A oud.")
    page_b = make_disorder(summary_nl="B oud.")
    with reversion.create_revision():  # as a bulk load once did: two pages in one revision
        page_a.save()
        page_b.save()
    Disorder.objects.filter(pk=page_a.pk).update(summary_nl="A later edit.")
    Disorder.objects.filter(pk=page_b.pk).update(summary_nl="B later edit.")
    client.force_login(make_role_user("Medical reviewer"))
    version_b = Version.objects.get_for_object(page_b).get()
    client.post(f"/admin/disorders/disorder/{page_b.pk}/history/{version_b.pk}/restore/")
    assert Disorder.objects.get(pk=page_b.pk).summary_nl == "B oud."
    assert Disorder.objects.get(pk=page_a.pk).summary_nl == "A later edit."


def test_an_editors_restore_of_a_page_set_to_draft_leaves_it_unpublished(client, leukemia):
    Disorder.objects.filter(pk=leukemia.pk).update(status=Disorder.Status.DRAFT)
    client.force_login(make_role_user("Editor"))
    version = Version.objects.get_for_object(leukemia).get()
    client.post(f"/admin/disorders/disorder/{leukemia.pk}/history/{version.pk}/restore/")
    assert Disorder.objects.get(pk=leukemia.pk).status == Disorder.Status.DRAFT
    client.logout()
    assert client.get("/en/disorders/leukemia/").status_code == 404


def test_a_translators_restore_waits_for_review_and_leaves_english_unchanged(client, leukemia):
    version = Version.objects.get_for_object(leukemia).get()
    Disorder.objects.filter(pk=leukemia.pk).update(summary_en="Newer English.", summary_nl="Nieuw.")
    client.force_login(make_role_user("Translator"))
    client.post(f"/admin/disorders/disorder/{leukemia.pk}/history/{version.pk}/restore/")
    change = PendingChange.objects.get()
    assert change.data["fields"]["summary_en"] == "Newer English."
    assert change.data["fields"]["summary_nl"] == "Oude samenvatting."
    assert Disorder.objects.get(pk=leukemia.pk).summary_nl == "Nieuw."


def test_every_restore_is_recorded_in_the_pages_history(client, leukemia):
    reviewer = make_role_user("Medical reviewer")
    client.force_login(reviewer)
    version = Version.objects.get_for_object(leukemia).get()
    client.post(f"/admin/disorders/disorder/{leukemia.pk}/history/{version.pk}/restore/")
    latest = Version.objects.get_for_object(leukemia).select_related("revision").first()
    assert latest.revision.user == reviewer
    assert f"version {version.pk}" in latest.revision.comment


def site_page():
    page = SitePage.objects.create(
        kind="about", title_en="About", body_en="<p>Old.</p>", status="published"
    )
    with reversion.create_revision():
        page.save()
    return page


def page_of(kind):
    return site_page() if kind == "sitepage" else make_disorder(summary_nl="Oud.")


@pytest.mark.parametrize("kind", ["disorder", "sitepage"])
@pytest.mark.parametrize(
    ("role", "may_review"),
    [
        ("Editor", False),
        ("Translator", False),
        ("Medical reviewer", True),
        ("Feedback triage", False),
    ],
)
def test_only_reviewers_approve_send_back_and_recover(client, kind, role, may_review):
    page = page_of(kind)
    opts = page._meta
    PendingChange.objects.create(
        page=page,
        data=review.frozen(revisions.snapshot(page)),
        base=review.frozen(revisions.snapshot(page)),
        author=make_role_user("Editor"),
    )
    client.force_login(make_role_user(role))
    base = f"/admin/{opts.app_label}/{opts.model_name}"
    approve = client.post(f"{base}/{page.pk}/pending/approve/")
    send_back = client.post(f"{base}/{page.pk}/pending/send-back/", {"comment": "No."})
    recover = client.get(f"{base}/recover/")
    if may_review:
        assert approve.status_code == 302
        assert PendingChange.objects.get().status == PendingChange.Status.APPROVED
        assert recover.status_code == 200
    else:
        assert approve.status_code == 403
        assert send_back.status_code == 403
        assert recover.status_code == 403
        assert PendingChange.objects.get().status == PendingChange.Status.PENDING


def test_the_dashboard_counts_pages_never_reviewed_and_changes_waiting(client, leukemia):
    make_disorder(status=Disorder.Status.DRAFT)  # drafts are not counted
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    index = client.get("/admin/").content.decode()
    assert "Published pages never reviewed</a></th>\n      <td>1</td>" in index
    assert "Waiting for your review: Disorders</a></th>\n      <td>1</td>" in index
    waiting = client.get("/admin/disorders/disorder/?changes=waiting")
    assert [d.pk for d in waiting.context["cl"].result_list] == [leukemia.pk]


def test_a_restore_brings_back_the_category_and_shows_only_what_changed(client, leukemia):
    version = Version.objects.get_for_object(leukemia).get()
    client.force_login(make_role_user("Medical reviewer"))
    restore = f"/admin/disorders/disorder/{leukemia.pk}/history/{version.pk}/restore/"
    assertNotContains(client.get(restore), "<h3>Category</h3>", html=False)
    other = make_disorder().category
    Disorder.objects.filter(pk=leukemia.pk).update(category=other)
    assertContains(client.get(restore), "<h3>Category</h3>", html=False)
    client.post(restore)
    assert Disorder.objects.get(pk=leukemia.pk).category_id == leukemia.category_id


def test_a_translators_save_keeps_an_editors_waiting_english(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_en="The editor's new English.")
    client.force_login(make_role_user("Translator"))
    edit(client, leukemia, summary_nl="De nieuwe vertaling.")
    change = PendingChange.objects.get()
    assert change.data["fields"]["summary_en"] == "The editor's new English."
    assert change.data["fields"]["summary_nl"] == "De nieuwe vertaling."


def test_a_second_save_of_the_same_waiting_change_from_a_stale_form_is_refused(client, leukemia):
    first, second = Client(), Client()
    first.force_login(make_role_user("Editor"))
    second.force_login(make_role_user("Editor"))
    url = f"/admin/disorders/disorder/{leukemia.pk}/change/"
    first_form, second_form = first.get(url), second.get(url)
    first.post(url, admin_form_data(first_form, summary_nl="Eerste redacteur."))
    response = second.post(url, admin_form_data(second_form, summary_nl="Tweede redacteur."))
    assertContains(response, "after you opened it")
    assertContains(response, "Tweede redacteur.")  # kept in the form
    assert PendingChange.objects.get().data["fields"]["summary_nl"] == "Eerste redacteur."


def test_approving_needs_a_post(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Nieuwe samenvatting.")
    client.force_login(make_role_user("Medical reviewer"))
    assert (
        client.get(f"/admin/disorders/disorder/{leukemia.pk}/pending/approve/").status_code == 405
    )
    assert PendingChange.objects.get().status == PendingChange.Status.PENDING


def test_an_editors_forged_status_and_review_date_are_ignored(client, leukemia):
    client.force_login(make_role_user("Editor"))
    edit(client, leukemia, summary_nl="Nieuw.", status="draft", reviewed_on="2020-01-01")
    fields = PendingChange.objects.get().data["fields"]
    assert fields["status"] == "published"
    assert fields["reviewed_on"] is None


def versioned_page(kind):
    page = site_page() if kind == "sitepage" else make_disorder(summary_nl="Oud.")
    if kind == "disorder":
        with reversion.create_revision():
            page.save()
    return page


@pytest.mark.parametrize("kind", ["disorder", "sitepage"])
@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("Editor", "waits"),
        ("Translator", "waits"),
        ("Medical reviewer", "live"),
        ("Feedback triage", "refused"),
    ],
)
def test_who_may_edit_and_restore_a_live_page(client, kind, role, outcome):
    page = versioned_page(kind)
    field = "summary_nl" if kind == "disorder" else "title_nl"
    base = f"/admin/{page._meta.app_label}/{page._meta.model_name}/{page.pk}"
    client.force_login(make_role_user(role))
    form = client.get(f"{base}/change/")
    version = Version.objects.get_for_object(page).first()
    if outcome == "refused":
        assert client.post(f"{base}/change/", {field: "Nieuw"}).status_code == 403
        assert client.post(f"{base}/history/{version.pk}/restore/").status_code == 403
        assert not PendingChange.objects.exists()
        return
    client.post(f"{base}/change/", admin_form_data(form, **{field: "Nieuw"}))
    live = type(page).objects.get(pk=page.pk)
    if outcome == "live":
        assert getattr(live, field) == "Nieuw"
        assert not PendingChange.objects.exists()
    else:
        assert getattr(live, field) != "Nieuw"
        assert PendingChange.objects.get().data["fields"][field] == "Nieuw"
    client.post(f"{base}/history/{version.pk}/restore/")
    restored = type(page).objects.get(pk=page.pk)
    if outcome == "live":
        assert getattr(restored, field) != "Nieuw"  # the version from before the edit
    else:
        assert getattr(restored, field) == getattr(live, field)  # waits again for review
        assert PendingChange.objects.get().note.startswith("Restore")
