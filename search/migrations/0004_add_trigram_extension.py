"""pg_trgm on PostgreSQL, for "Did you mean …?"; skipped on other databases."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0003_add_sqlite_full_text_index")]

    operations = [TrigramExtension()]
