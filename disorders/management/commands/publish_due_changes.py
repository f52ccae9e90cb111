from django.core.management.base import BaseCommand

from disorders import review


class Command(BaseCommand):
    help = (
        "Publish every change a medical reviewer approved to go live at a time that has come. "
        "A change whose page moved on since is not published: it waits for review again. "
        "Running it again does nothing more. Run it every minute (deploy/portal-publish.timer)."
    )
    # call_command(..., now=...) in tests.
    stealth_options = ("now",)

    def handle(self, *args, now=None, **options):
        published, refused = review.publish_due(now=now)
        self.stdout.write(
            f"{published} approved change(s) published, {refused} refused "
            "(the live page had moved on)."
        )
