from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.links import CheckedLink, LinkStatus, check_urls


class Command(BaseCommand):
    help = (
        "Check every cited source address and organisation website, and record on each "
        "whether it works, redirects or is broken, with the date. Meant to run once a week "
        "(see docs/deploy.md); staff see broken and redirected links on the admin index."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=10, help="Seconds to wait for an answer (10)."
        )
        parser.add_argument(
            "--workers", type=int, default=4, help="Hosts checked at the same time (4)."
        )

    def handle(self, *args, timeout, workers, **options):
        models = [model for model in apps.get_models() if issubclass(model, CheckedLink)]
        addresses = {
            model: set(
                model.objects.exclude(**{model.link_field: ""}).values_list(
                    model.link_field, flat=True
                )
            )
            for model in models
        }
        results = check_urls(
            [url for urls in addresses.values() for url in urls], timeout=timeout, workers=workers
        )
        now = timezone.now()
        for model, urls in addresses.items():
            for url in urls:
                # update(): a check is not an edit, so no revision, no page change.
                model.objects.filter(**{model.link_field: url}).update(
                    link_status=results[url].status,
                    link_detail=results[url].detail[:500],
                    link_checked_at=now,
                )
        for url, result in sorted(results.items()):
            if result.status != LinkStatus.OK:
                self.stdout.write(f"{result.status.label}: {url} ({result.detail})")
        counts = {status: 0 for status in LinkStatus}
        for result in results.values():
            counts[result.status] += 1
        self.stdout.write(
            f"Checked {len(results)} addresses: {counts[LinkStatus.OK]} work, "
            f"{counts[LinkStatus.REDIRECTED]} redirect, {counts[LinkStatus.BROKEN]} broken."
        )
