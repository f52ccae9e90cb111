"""On SQLite, an FTS5 index of the folded words of every entry, kept in
step by triggers, so a search reads the few matching rows instead of
scanning every text (PostgreSQL has its GIN index since portal 0003).
Nothing happens on other databases."""

from django.db import migrations

CREATE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        folded_all, content='portal_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON portal_searchentry BEGIN
        INSERT INTO search_fts(rowid, folded_all) VALUES (new.id, new.folded_all);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON portal_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded_all)
        VALUES ('delete', old.id, old.folded_all);
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE OF folded_all ON portal_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded_all)
        VALUES ('delete', old.id, old.folded_all);
        INSERT INTO search_fts(rowid, folded_all) VALUES (new.id, new.folded_all);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def run_on_sqlite(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_add_synonyms_as_written")]

    operations = [migrations.RunPython(run_on_sqlite(CREATE), run_on_sqlite(DROP))]
