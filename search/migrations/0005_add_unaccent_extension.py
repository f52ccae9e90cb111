"""unaccent on PostgreSQL, for accent-insensitive admin search
(search/accents.py); skipped on other databases."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0004_add_trigram_extension")]

    operations = [UnaccentExtension()]
