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


@pytest.fixture
def inbox():
    disorder = make_disorder()
    make_feedback(disorder=disorder, message="Please explain this word.")
    make_feedback(
        disorder=disorder,
        message="A sentence stops half way.",
        language="nl",
        kind=Feedback.Kind.OTHER,
        created_at=timezone.now() - datetime.timedelta(days=3),
    )
    make_feedback(
        message="The dose is wrong.",
        language="fr",
        kind=Feedback.Kind.FACTUAL_ERROR,
        status=Feedback.Status.DONE,
        created_at=timezone.now() - datetime.timedelta(days=40),
    )
    return disorder


ALL = {"Please explain this word.", "A sentence stops half way.", "The dose is wrong."}


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({}, ALL),
        ({"status__exact": "new"}, ALL - {"The dose is wrong."}),
        ({"language__exact": "fr"}, {"The dose is wrong."}),
        ({"kind__exact": "factual_error"}, {"The dose is wrong."}),
        ({"age": "1"}, {"Please explain this word."}),
        ({"age": "7"}, ALL - {"The dose is wrong."}),
        ({"age": "older"}, {"The dose is wrong."}),
        ({"age": "nonsense"}, ALL),
        ({"q": "explain"}, {"Please explain this word."}),
    ],
)
def test_triage_list_filters_and_search_show_the_matching_messages(
    admin_rows, inbox, params, shown
):
    rows = admin_rows("/admin/feedback/feedback/", params, label=lambda f: f.message)
    assert rows == shown


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


def test_triage_list_filter_by_disorder_shows_that_pages_messages(admin_rows, inbox):
    params = {"disorder__id__exact": inbox.pk}
    rows = admin_rows("/admin/feedback/feedback/", params, label=lambda f: f.message)
    assert rows == ALL - {"The dose is wrong."}


def test_search_by_reference_number_finds_that_submission(admin_client):
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


def test_disorders_admin_page_links_to_the_feedback_on_that_page(admin_client):
    disorder = make_disorder()
    on_page = make_feedback(disorder=disorder)
    elsewhere = make_feedback()
    response = admin_client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    link = f"/admin/feedback/feedback/?disorder__id__exact={disorder.pk}"
    assertContains(response, link)
    listed = admin_client.get(link).context["cl"].result_list
    assert [feedback.pk for feedback in listed] == [on_page.pk]
    assert elsewhere.pk not in [feedback.pk for feedback in listed]


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


def test_a_second_closing_keeps_the_first_closing_date():
    first_closed = timezone.now() - datetime.timedelta(days=400)
    make_feedback(status=Feedback.Status.REJECTED, closed_at=first_closed)
    Feedback.objects.all().set_status(Feedback.Status.DONE)
    assert Feedback.objects.get().closed_at == first_closed
