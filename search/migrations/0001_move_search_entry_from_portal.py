"""The search index moved from the portal app: the table, its rows and its
indexes stay where they are (portal_searchentry); only Django's idea of
which app owns them changes, here and in portal's migration 0004."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="portal", model="searchentry").update(app_label="search")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="search", model="searchentry").update(app_label="portal")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("disorders", "0003_add_glossary_and_synonyms"),
        ("portal", "0003_add_search_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("kind", models.CharField(choices=[("disorder", "Blood disorder"), ("organisation", "Patient organisation"), ("term", "Glossary term")], max_length=20)),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("language", models.CharField(max_length=8)),
                        ("title", models.CharField(max_length=300)),
                        ("url", models.CharField(max_length=500)),
                        ("folded_all", models.TextField()),
                        ("folded_title", models.TextField()),
                        ("folded_synonyms", models.TextField(blank=True)),
                        ("folded_summary", models.TextField(blank=True)),
                        ("folded_body", models.TextField(blank=True)),
                        ("vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                        ("summary", models.TextField(blank=True)),
                        ("body", models.TextField(blank=True)),
                        ("disorder", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="disorders.disorder")),
                    ],
                    options={
                        "db_table": "portal_searchentry",
                        "indexes": [models.Index(fields=["language", "kind"], name="portal_sear_languag_415646_idx")],
                        "constraints": [models.UniqueConstraint(fields=("kind", "object_id", "language"), name="one_entry_per_language")],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
