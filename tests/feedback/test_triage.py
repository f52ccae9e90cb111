import csv
import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from feedback.models import Feedback
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db


def make_feedback(**fields):
    disorder = fields.pop("disorder", None) or make_disorder()
    fields.setdefault("page_title", disorder.name_en)
    fields.setdefault("language", "en")
    fields.setdefault("kind", Feedback.Kind.UNCLEAR)
    fields.setdefault("message", "Please explain this word.")
    return Feedback.objects.create(disorder=disorder, **fields)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?status__exact=new",
        "?language__exact=fr",
        "?kind__exact=factual_error",
        "?age=7",
        "?age=older",
        "?age=nonsense",
        "?disorder__id__exact=1",
        "?q=explain",
    ],
)
def test_triage_list_filters_work(admin_client, query):
    make_feedback()
    assert admin_client.get(f"/admin/feedback/feedback/{query}").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "?created_at__year=9999",
        "?created_at__year=1",
        "?created_at__year=99999",
        "?created_at__year=²⁰²⁶",
        "?status__exact=%00",
        "?language__exact=en%00",
        "?kind__exact=%00",
        "?q=%00",
        "?%00=1",
    ],
)
def test_triage_list_answers_400_to_impossible_filters(admin_client, query):
    """Also on PostgreSQL, which refuses NUL characters in a query."""
    make_feedback()
    assert admin_client.get(f"/admin/feedback/feedback/{query}").status_code == 400


def test_triage_list_filters_by_year(admin_client):
    feedback = make_feedback()
    year = timezone.localtime(feedback.created_at).year
    assertContains(
        admin_client.get(f"/admin/feedback/feedback/?created_at__year={year}"), "1 feedback"
    )
    assertNotContains(
        admin_client.get(f"/admin/feedback/feedback/?created_at__year={year - 1}"),
        feedback.reference,
    )


def test_age_filter_separates_old_from_recent(admin_client):
    make_feedback(message="Recent message")
    make_feedback(message="Old message", created_at=timezone.now() - datetime.timedelta(days=40))
    older = admin_client.get("/admin/feedback/feedback/?age=older")
    assert [f.message for f in older.context["cl"].result_list] == ["Old message"]
    assertContains(older, "Old message")
    recent = admin_client.get("/admin/feedback/feedback/?age=7")
    assert [f.message for f in recent.context["cl"].result_list] == ["Recent message"]


def test_search_by_reference_number(admin_client):
    wanted = make_feedback()
    make_feedback()
    response = admin_client.get("/admin/feedback/feedback/", {"q": wanted.reference})
    assert list(response.context["cl"].result_list) == [wanted]


def test_bulk_status_action_closes_submissions(admin_client):
    chosen = make_feedback()
    other = make_feedback()
    response = admin_client.post(
        "/admin/feedback/feedback/",
        {"action": "mark_done", "_selected_action": [chosen.pk]},
        follow=True,
    )
    assertContains(response, "1 submission marked “Done”.")
    chosen.refresh_from_db()
    other.refresh_from_db()
    assert (chosen.status, other.status) == ("done", "new")
    assert chosen.closed_at is not None


def test_csv_export_lists_the_selected_submissions_safely(admin_client):
    first = make_feedback(message='=HYPERLINK("http://evil.example")')
    make_feedback(message="Not selected")
    response = admin_client.post(
        "/admin/feedback/feedback/", {"action": "export_csv", "_selected_action": [first.pk]}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "reference"
    assert [row[0] for row in rows[1:]] == [first.reference]
    assert rows[1][-1] == '\'=HYPERLINK("http://evil.example")'


def test_csv_export_neutralises_formulas_in_every_text_column(admin_client, django_user_model):
    disorder = make_disorder(name_en='=HYPERLINK("http://evil.example","Leukemia")')
    assignee = django_user_model.objects.create_user("+cmd", is_staff=True)
    feedback = make_feedback(
        disorder=disorder, section_heading="@SUM(1+1)", assignee=assignee, message="-2+3"
    )
    response = admin_client.post(
        "/admin/feedback/feedback/", {"action": "export_csv", "_selected_action": [feedback.pk]}
    )
    row = list(csv.reader(StringIO(response.content.decode("utf-8-sig"))))[1]
    assert row[2] == "'" + disorder.name_en
    assert row[3] == "'@SUM(1+1)"
    assert row[7] == "'+cmd"
    assert row[8] == "'-2+3"
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row)


def test_submission_links_to_the_disorders_admin_page(admin_client):
    feedback = make_feedback()
    response = admin_client.get(feedback.get_admin_url())
    assertContains(response, f"/admin/disorders/disorder/{feedback.disorder_id}/change/")


def test_disorders_admin_page_lists_its_open_feedback(admin_client):
    disorder = make_disorder()
    open_one = make_feedback(disorder=disorder)
    closed = make_feedback(disorder=disorder, status="done", closed_at=timezone.now())
    response = admin_client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    assertContains(response, open_one.reference)
    assertNotContains(response, closed.reference)


def test_admin_index_shows_how_many_submissions_are_new(admin_client):
    make_feedback()
    make_feedback()
    make_feedback(status="in_review")
    response = admin_client.get("/admin/")
    assertContains(response, "New reader feedback")
    assert response.context["dashboard"]["new_feedback_count"] == 2


def test_staff_cannot_add_feedback_by_hand(admin_client):
    assert admin_client.get("/admin/feedback/feedback/add/").status_code == 403


def test_status_change_in_the_form_records_when_it_was_closed(admin_client):
    feedback = make_feedback()
    admin_client.post(
        feedback.get_admin_url(), {"status": "rejected", "internal_notes": "Not an error."}
    )
    feedback.refresh_from_db()
    assert feedback.status == "rejected"
    assert feedback.closed_at is not None


def test_purge_removes_personal_data_of_long_closed_submissions_only(settings):
    settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = 365
    long_ago = timezone.now() - datetime.timedelta(days=400)
    expired = make_feedback(name="A", email="a@example.org", status="done", closed_at=long_ago)
    recent = make_feedback(name="B", email="b@example.org", status="done", closed_at=timezone.now())
    still_open = make_feedback(name="C", email="c@example.org", created_at=long_ago)
    out = StringIO()
    call_command("purge_feedback_personal_data", stdout=out)
    assert "removed from 1 submission(s)" in out.getvalue()
    expired.refresh_from_db()
    recent.refresh_from_db()
    still_open.refresh_from_db()
    assert (expired.name, expired.email, expired.message) == ("", "", "Please explain this word.")
    assert recent.email == "b@example.org"
    assert still_open.email == "c@example.org"


def test_purge_dry_run_changes_nothing():
    make_feedback(
        email="a@example.org",
        status="done",
        closed_at=timezone.now() - datetime.timedelta(days=400),
    )
    out = StringIO()
    call_command("purge_feedback_personal_data", "--dry-run", stdout=out)
    assert "would be removed from 1" in out.getvalue()
    assert Feedback.objects.get().email == "a@example.org"
