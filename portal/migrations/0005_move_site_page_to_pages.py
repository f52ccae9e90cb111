from django.db import migrations


class Migration(migrations.Migration):
    """Site pages now belong to the pages app; their table stays."""

    dependencies = [
        ("portal", "0004_move_search_entry_to_search"),
        ("pages", "0001_move_site_page_from_portal"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SitePage")],
            database_operations=[],
        ),
    ]
