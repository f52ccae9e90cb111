from django.db import migrations


class Migration(migrations.Migration):
    """The search index now belongs to the search app; its table stays."""

    dependencies = [
        ("portal", "0003_add_search_index"),
        ("search", "0001_move_search_entry_from_portal"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SearchEntry")],
            database_operations=[],
        ),
    ]
