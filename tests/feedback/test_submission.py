import re
import time

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from feedback.forms import form_started_token
from feedback.models import Feedback
from portal.models import Notification
from tests.factories import feedback_data, make_disorder, make_section

pytestmark = pytest.mark.django_db


def url(disorder, lang="en"):
    return f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/feedback/"


def test_reader_sends_feedback_and_gets_a_reference_number(
    client, disorder, django_capture_on_commit_callbacks, mailoutbox
):
    section = disorder.sections.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(disorder), feedback_data(disorder, section=section.pk), follow=True
        )
    feedback = Feedback.objects.get()
    assert re.fullmatch(r"FB-\d{4}-\d{6}", feedback.reference)
    assertContains(response, feedback.reference)
    assertContains(response, "What happens next")
    assert (feedback.kind, feedback.language, feedback.section_heading) == (
        "unclear",
        "en",
        "What is leukemia?",
    )
    assert (feedback.name, feedback.email, feedback.consent_given_at) == ("", "", None)
    assert len(mailoutbox) == 1
    assert feedback.reference in mailoutbox[0].subject
    assert mailoutbox[0].to == ["editors@example.org"]


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_feedback_form_is_in_the_readers_language(client, disorder, lang):
    response = client.get(url(disorder, lang))
    assertContains(response, f'<html lang="{lang}">')
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"message": ""}, "Write your message."),
        ({"message": "too short"}, "Your message is too short"),
        ({"message": "x" * 5001}, "Your message is too long"),
        ({"kind": "complaint"}, "Choose one of the kinds of input listed."),
        ({"kind": None}, "Choose what kind of input you are giving."),
        ({"website": "http://spam.example"}, "Please leave the last field empty"),
        ({"started": "forged"}, "Your message could not be sent."),
        ({"started": None}, "Your message could not be sent."),
        (
            {"email": "not-an-address", "consent": "on"},
            "Enter an e-mail address like name@example.com.",
        ),
        ({"email": "reader@example.org"}, "Tick this box if you want a reply"),
        ({"consent": "on"}, "Give an e-mail address so that we can reply to you."),
        ({"message": "nul\x00character in the text"}, "Null characters are not allowed."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_stored(
    client, disorder, overrides, message
):
    response = client.post(url(disorder), feedback_data(disorder, **overrides))
    assert response.status_code == 200
    assertContains(response, message)
    assertContains(response, 'id="error-summary"')
    assert not Feedback.objects.exists()


def test_section_of_another_disorder_is_refused(client, disorder):
    other_section = make_section(make_disorder())
    response = client.post(url(disorder), feedback_data(disorder, section=other_section.pk))
    assertContains(response, "Choose one of the parts of this page.")
    assert not Feedback.objects.exists()


def test_form_token_of_another_disorder_is_refused(client, disorder):
    response = client.post(
        url(disorder), feedback_data(disorder, started=feedback_data(make_disorder())["started"])
    )
    assertContains(response, "Your message could not be sent.")
    assert not Feedback.objects.exists()


def test_form_submitted_too_fast_is_refused_and_keeps_the_text(client, disorder, settings):
    settings.FEEDBACK_MIN_SECONDS = 3
    response = client.post(
        url(disorder), feedback_data(disorder, message="A message typed by a script")
    )
    assertContains(response, "That was very quick.")
    assertContains(response, "A message typed by a script")
    assert not Feedback.objects.exists()


def test_a_form_token_is_accepted_once(client, disorder, settings):
    settings.FEEDBACK_MIN_SECONDS = 3
    data = feedback_data(disorder, started=form_started_token(disorder, now=time.time() - 60))
    assert client.post(url(disorder), data).status_code == 302
    response = client.post(url(disorder), data | {"message": "The same token posted again."})
    assertContains(response, "This form was already sent once.")
    assertContains(response, "The same token posted again.")
    assert Feedback.objects.count() == 1


def test_a_token_refused_as_too_fast_cannot_be_posted_again_later(client, disorder, settings):
    settings.FEEDBACK_MIN_SECONDS = 3
    data = feedback_data(disorder)
    assertContains(client.post(url(disorder), data), "That was very quick.")
    settings.FEEDBACK_MIN_SECONDS = 1  # as if the script had waited
    assertContains(client.post(url(disorder), data), "This form was already sent once.")
    assert not Feedback.objects.exists()


def test_without_a_minimum_fill_time_a_token_may_be_reused(client, disorder):
    data = feedback_data(disorder)
    assert client.post(url(disorder), data).status_code == 302
    assert client.post(url(disorder), data).status_code == 302


def test_the_form_shown_again_after_an_error_carries_a_fresh_token(client, disorder):
    data = feedback_data(disorder, message="short")
    response = client.post(url(disorder), data)
    fresh = re.search(r'name="started" value="([^"]+)"', response.content.decode()).group(1)
    assert fresh != data["started"]
    resent = data | {"started": fresh, "message": "Now long enough to be sent."}
    assert client.post(url(disorder), resent).status_code == 302


def test_missing_csrf_token_is_refused(disorder):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url(disorder), feedback_data(disorder))
    assert response.status_code == 403
    assert not Feedback.objects.exists()


def test_rate_limit_answers_429_keeps_the_text_and_stores_nothing_more(client, disorder, settings):
    settings.FEEDBACK_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        assert client.post(url(disorder), feedback_data(disorder)).status_code == 302
    response = client.post(
        url(disorder), feedback_data(disorder, message="My third message, kept for me")
    )
    assert response.status_code == 429
    assertContains(response, "Please wait a little", status_code=429)
    assertContains(response, "My third message, kept for me", status_code=429)
    assert Feedback.objects.count() == 2


def test_rate_limit_is_per_client(disorder, settings):
    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    first, second = Client(REMOTE_ADDR="192.0.2.1"), Client(REMOTE_ADDR="192.0.2.2")
    assert first.post(url(disorder), feedback_data(disorder)).status_code == 302
    assert first.post(url(disorder), feedback_data(disorder)).status_code == 429
    assert second.post(url(disorder), feedback_data(disorder)).status_code == 302


def test_name_and_email_are_kept_only_with_consent(client, disorder):
    client.post(
        url(disorder), feedback_data(disorder, name="An", email="an@example.org", consent="on")
    )
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email) == ("An", "an@example.org")
    assert feedback.consent_given_at is not None


def test_xss_payload_is_stored_verbatim_and_shown_escaped_in_the_admin(
    client, admin_client, disorder
):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(url(disorder), feedback_data(disorder, message=payload))
    feedback = Feedback.objects.get()
    assert feedback.message == payload
    response = admin_client.get(feedback.get_admin_url())
    assertContains(response, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    assertNotContains(response, payload)
    changelist = admin_client.get("/admin/feedback/feedback/")
    assertNotContains(changelist, "<script>alert(")


def test_failing_mail_server_never_loses_a_submission_nor_its_notification(
    client, disorder, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 1, "timeout": 2},  # nothing listens there
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(disorder), feedback_data(disorder))
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    notification = Notification.objects.get()
    assert feedback.reference in notification.subject
    assert (notification.status, notification.attempts) == (Notification.Status.FAILED, 1)
    assert notification.recipients == ["editors@example.org"]


def test_editors_are_told_only_after_the_submission_is_committed(
    client, disorder, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(url(disorder), feedback_data(disorder))
    assert mailoutbox == []
    assert len(callbacks) == 1


def test_thanks_page_shows_only_a_reference_signed_by_the_site(client, disorder):
    response = client.get(f"{url(disorder)}thanks/", {"ref": "FB-2026-CALL-THIS-NUMBER"})
    assert response.status_code == 200
    assertNotContains(response, "CALL-THIS-NUMBER")


def test_feedback_for_an_unpublished_disorder_is_404(client):
    draft = make_disorder(status="draft")
    assert client.get(url(draft)).status_code == 404


def test_feedback_form_is_never_cached(client, disorder):
    assert "no-store" in client.get(url(disorder))["Cache-Control"]


def test_feedback_form_offers_the_pages_sections(client, disorder):
    assertContains(client.get(url(disorder)), "What is leukemia?")


def test_line_breaks_count_once_towards_the_message_limit(client, disorder):
    message = ("x" * 99 + "\r\n") * 49 + "x" * 50  # 4,999 characters as the browser counts them
    response = client.post(url(disorder), feedback_data(disorder, message=message))
    assert response.status_code == 302
    assert Feedback.objects.get().message.count("\n") == 49
