"""E-mails to staff, sent as tasks and recorded until they go out.

notify() stores a Notification and, once the transaction commits, enqueues
send_notification through Django's tasks framework: with the immediate
backend (the default) it is sent right away in the same process; with the
database backend the request only adds a row and a worker sends it. Either
way a failure is recorded on the notification (status, error, attempts),
logged, and retried by `manage.py send_notifications` or the admin action.
"""

import logging
from functools import partial

from django.core.mail import send_mail
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .models import Notification

logger = logging.getLogger(__name__)


def notify(*, kind, subject, body, recipients):
    """Record an e-mail to `recipients` and send it after the commit.
    Returns the Notification; None when there is nobody to tell."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    notification = Notification.objects.create(
        kind=kind, subject=subject, body=body, recipients=recipients
    )
    transaction.on_commit(partial(enqueue, notification.pk))
    return notification


def enqueue(notification_id):
    """Never raises: a queue that refuses leaves the notification pending,
    for send_notifications to pick up, and the reader's response unharmed."""
    try:
        send_notification.enqueue(notification_id)
    except Exception:
        logger.exception(
            "Could not enqueue notification %s",
            notification_id,
            extra={"notification": notification_id},
        )


def send_again(notifications):
    """Queue each unsent notification again (sent ones are left alone)."""
    unsent = notifications.exclude(status=Notification.Status.SENT)
    ids = list(unsent.values_list("pk", flat=True))
    for notification_id in ids:
        transaction.on_commit(partial(enqueue, notification_id))
    return len(ids)


@task()
def send_notification(notification_id):
    notification = Notification.objects.filter(pk=notification_id).first()
    if notification is None or notification.status == Notification.Status.SENT:
        return
    deliver(notification)


def deliver(notification, now=None):
    """One attempt; records the outcome on the notification."""
    notification.attempts += 1
    notification.attempted_at = now or timezone.now()
    try:
        send_mail(
            subject=notification.subject,
            message=notification.body,
            from_email=None,
            recipient_list=notification.recipients,
        )
    except Exception as error:
        notification.status = Notification.Status.FAILED
        notification.error = f"{type(error).__name__}: {error}"[:2000]
        logger.warning(
            "Could not send notification %s",
            notification.pk,
            extra={
                "notification": notification.pk,
                "kind": notification.kind,
                "attempts": notification.attempts,
                "error": notification.error,
            },
        )
    else:
        notification.status = Notification.Status.SENT
        notification.sent_at = notification.attempted_at
        notification.error = ""
    notification.save(update_fields=["status", "attempts", "attempted_at", "sent_at", "error"])
