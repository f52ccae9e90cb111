import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationQuerySet(models.QuerySet):
    def due_again(self, now=None):
        """Failed ones with attempts left, and pending ones whose task never
        ran (the queue refused it, or the worker was stopped)."""
        now = now or timezone.now()
        stuck = now - datetime.timedelta(minutes=settings.NOTIFICATION_STUCK_MINUTES)
        return self.filter(
            models.Q(
                status=Notification.Status.FAILED,
                attempts__lt=settings.NOTIFICATION_MAX_ATTEMPTS,
            )
            | models.Q(status=Notification.Status.PENDING, created_at__lt=stuck)
        )

    def expired(self, now=None):
        """Sent long enough ago to forget: they may quote readers' messages."""
        now = now or timezone.now()
        cutoff = now - datetime.timedelta(days=settings.NOTIFICATION_RETENTION_DAYS)
        return self.filter(status=Notification.Status.SENT, sent_at__lt=cutoff)


class Notification(models.Model):
    """An e-mail to staff, kept until it is sent so that a failure is seen
    and retried rather than lost (portal/notifications.py sends it)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    kind = models.CharField(
        _("kind"), max_length=50, help_text=_("What it is about, for filtering.")
    )
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    recipients = models.JSONField(_("recipients"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    attempted_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        # send_notifications looks for failed and stuck ones.
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.subject
