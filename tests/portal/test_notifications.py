import datetime
import io

import pytest
from django.core.management import call_command
from django.tasks import task_backends
from django.test import TestCase, override_settings
from django.utils import timezone
from django.utils.connection import Local

from portal.models import Notification
from portal.notifications import notify

pytestmark = pytest.mark.django_db

DEAD_MAIL_SERVER = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 1, "timeout": 2},  # nothing listens there
    }
}


def use_task_backend(backend):
    """Django keeps the task backends it made; a test that changes TASKS
    must make it forget them, before and after."""
    task_backends.__dict__.pop("settings", None)
    task_backends._settings = None
    task_backends._connections = Local(False)


@pytest.fixture
def database_tasks():
    tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with override_settings(TASKS=tasks):
        use_task_backend(tasks)
        yield
    use_task_backend(None)


def run_send_notifications():
    """As from a timer: outside any transaction, so what it queues is sent."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("send_notifications", stdout=io.StringIO())


def tell_editors(**fields):
    fields.setdefault("kind", "test")
    fields.setdefault("subject", "Something to look at")
    fields.setdefault("body", "Details.")
    fields.setdefault("recipients", ["editors@example.org"])
    return notify(**fields)


def test_a_notification_is_sent_after_the_commit_and_recorded(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notification = tell_editors()
    assert mailoutbox == []
    assert Notification.objects.get().status == Notification.Status.PENDING
    for callback in callbacks:
        callback()
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Notification.Status.SENT, 1)
    assert notification.sent_at is not None
    [mail] = mailoutbox
    assert (mail.subject, mail.to) == ("Something to look at", ["editors@example.org"])


def test_nobody_to_tell_records_nothing(mailoutbox):
    assert tell_editors(recipients=[""]) is None
    assert not Notification.objects.exists()


def test_a_failed_notification_is_recorded_with_its_error(
    settings, django_capture_on_commit_callbacks, caplog
):
    settings.MAILERS = DEAD_MAIL_SERVER
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell_editors()
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Notification.Status.FAILED, 1)
    assert "ConnectionRefusedError" in notification.error
    [record] = [r for r in caplog.records if r.name == "portal.notifications"]
    assert (record.notification, record.attempts) == (notification.pk, 1)


def test_send_notifications_retries_failed_ones_until_they_go_out(
    settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.MAILERS = DEAD_MAIL_SERVER
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell_editors()
    run_send_notifications()
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Notification.Status.FAILED, 2)

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    run_send_notifications()
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Notification.Status.SENT, 3)
    assert notification.error == ""
    assert len(mailoutbox) == 1


def test_send_notifications_gives_up_after_the_last_attempt(settings, mailoutbox):
    settings.NOTIFICATION_MAX_ATTEMPTS = 3
    worn_out = Notification.objects.create(
        kind="test",
        subject="s",
        body="b",
        recipients=["e@example.org"],
        status="failed",
        attempts=3,
    )
    run_send_notifications()
    worn_out.refresh_from_db()
    assert (worn_out.status, worn_out.attempts) == ("failed", 3)
    assert mailoutbox == []


def test_send_notifications_picks_up_a_pending_one_whose_task_never_ran(mailoutbox):
    now = timezone.now()
    stuck = Notification.objects.create(
        kind="test",
        subject="stuck",
        body="b",
        recipients=["e@example.org"],
        created_at=now - datetime.timedelta(minutes=20),
    )
    fresh = Notification.objects.create(
        kind="test", subject="fresh", body="b", recipients=["e@example.org"], created_at=now
    )
    run_send_notifications()
    assert [mail.subject for mail in mailoutbox] == ["stuck"]
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert (stuck.status, fresh.status) == ("sent", "pending")


def test_send_notifications_deletes_old_sent_ones_only(settings):
    settings.NOTIFICATION_RETENTION_DAYS = 30
    long_ago = timezone.now() - datetime.timedelta(days=31)
    old = Notification.objects.create(
        kind="test",
        subject="old",
        body="b",
        status="sent",
        sent_at=long_ago,
        created_at=long_ago,
    )
    failed = Notification.objects.create(
        kind="test",
        subject="failed",
        body="b",
        status="failed",
        attempts=9,
        created_at=long_ago,
    )
    run_send_notifications()
    assert list(Notification.objects.all()) == [failed]
    assert not Notification.objects.filter(pk=old.pk).exists()


def test_a_queue_that_refuses_leaves_the_notification_pending(
    monkeypatch, django_capture_on_commit_callbacks, mailoutbox
):
    class RefusingQueue:
        def enqueue(self, *args):
            raise ConnectionError("queue down")

    monkeypatch.setattr("portal.notifications.send_notification", RefusingQueue())
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell_editors()
    notification.refresh_from_db()
    assert notification.status == Notification.Status.PENDING
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)  # the worker closes its connection
def test_with_the_database_backend_a_worker_sends_it(database_tasks, mailoutbox):
    notification = tell_editors()
    assert mailoutbox == []  # the request only queued it
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert len(mailoutbox) == 1


def test_staff_send_a_failed_notification_again_from_the_admin(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    failed = Notification.objects.create(
        kind="test",
        subject="again",
        body="b",
        recipients=["e@example.org"],
        status="failed",
        attempts=7,
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/portal/notification/",
            {"action": "send_again", "_selected_action": [failed.pk]},
            follow=True,
        )
    assert response.status_code == 200
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == ("sent", 8)
    assert [mail.subject for mail in mailoutbox] == ["again"]


def test_the_notification_admin_lists_them(admin_client):
    Notification.objects.create(kind="test", subject="Listed", body="b")
    response = admin_client.get("/admin/portal/notification/")
    assert response.status_code == 200
    assert b"Listed" in response.content
