"""On PostgreSQL, pg_trgm's GIN indexes of the folded names, so "Did you
mean …?" finds the names sharing a trigram with the query without
reading every entry. Nothing happens on other databases."""

from django.db import migrations

CREATE = [
    "CREATE INDEX search_title_trgm ON portal_searchentry USING gin (folded_title gin_trgm_ops)",
    "CREATE INDEX search_synonyms_trgm ON portal_searchentry "
    "USING gin (folded_synonyms gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS search_synonyms_trgm", "DROP INDEX IF EXISTS search_title_trgm"]


def run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_add_unaccent_extension")]

    operations = [migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP))]
