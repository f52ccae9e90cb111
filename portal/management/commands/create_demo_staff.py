import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# One account per role (the groups of portal/migrations/0002_create_roles.py).
DEMO_STAFF = {
    "demo-editor": "Editor",
    "demo-reviewer": "Medical reviewer",
    "demo-translator": "Translator",
    "demo-triage": "Feedback triage",
}


class Command(BaseCommand):
    help = (
        "For a local demo only: create (or reset) one staff account per role, "
        + ", ".join(f"{name} ({role})" for name, role in DEMO_STAFF.items())
        + ", all with one password, printed at the end. Refuses unless DJANGO_DEBUG=1."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password", help="The accounts' password (default: a new random one)."
        )

    def handle(self, *args, password=None, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Demo staff accounts are for a local demo: this command runs only with "
                "DJANGO_DEBUG=1, never in production."
            )
        password = password or secrets.token_urlsafe(12)
        User = get_user_model()
        with transaction.atomic():
            for username, role in DEMO_STAFF.items():
                try:
                    group = Group.objects.get(name=role)
                except Group.DoesNotExist:
                    raise CommandError(f"No role {role!r}: run manage.py migrate first.") from None
                user, _created = User.objects.get_or_create(username=username)
                user.is_staff = True
                user.is_superuser = False
                user.is_active = True
                user.set_password(password)
                user.save()
                user.groups.set([group])
                user.user_permissions.clear()
        for username, role in DEMO_STAFF.items():
            self.stdout.write(f"{username:16} {role}")
        self.stdout.write(f"Password for all of them: {password}")
