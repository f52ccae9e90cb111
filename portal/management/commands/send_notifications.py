from django.conf import settings
from django.core.management.base import BaseCommand

from portal.models import Notification
from portal.notifications import send_again


class Command(BaseCommand):
    help = (
        "Queue again the staff e-mails that failed (up to NOTIFICATION_MAX_ATTEMPTS attempts) "
        "or whose task never ran, then delete those sent more than "
        "NOTIFICATION_RETENTION_DAYS days ago. Run it hourly, for example from a systemd timer."
    )

    def handle(self, *args, **options):
        queued = send_again(Notification.objects.due_again())
        deleted, _by_model = Notification.objects.expired().delete()
        given_up = Notification.objects.filter(
            status=Notification.Status.FAILED, attempts__gte=settings.NOTIFICATION_MAX_ATTEMPTS
        ).count()
        self.stdout.write(
            f"{queued} notification(s) queued again, {deleted} old one(s) deleted, "
            f"{given_up} failed after {settings.NOTIFICATION_MAX_ATTEMPTS} attempts "
            "(send them again from the admin once the cause is fixed)."
        )
