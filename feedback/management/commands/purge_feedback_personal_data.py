from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.models import Feedback


class Command(BaseCommand):
    help = (
        "Remove readers' names and e-mail addresses from feedback closed more than "
        "FEEDBACK_PERSONAL_DATA_RETENTION_DAYS days ago. The rest of each submission is kept "
        "for statistics. Run it daily, for example from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be removed."
        )

    def handle(self, *args, dry_run=False, **options):
        expired = Feedback.objects.personal_data_expired()
        if dry_run:
            count = expired.count()
        else:
            count = expired.update(name="", email="")
        days = settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS
        verb = "would be removed from" if dry_run else "removed from"
        self.stdout.write(
            f"Names and e-mail addresses {verb} {count} submission(s) closed more than {days} days ago."
        )
