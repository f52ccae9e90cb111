"""Site pages moved from the portal app: the table, its rows, its
permissions (and so the roles that hold them) and its revisions stay;
only Django's idea of which app owns them changes, here and in portal's
migration 0005."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="portal", model="sitepage").update(app_label="pages")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="pages", model="sitepage").update(app_label="portal")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        # The roles gave this model's permissions out under the portal app.
        ("portal", "0002_create_roles"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SitePage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('about', 'About us'), ('editorial_policy', 'Editorial policy'), ('privacy', 'Privacy'), ('accessibility', 'Accessibility statement'), ('funding', 'Funding and conflicts of interest')], max_length=30, unique=True, verbose_name='kind of page')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('title_en', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_nl', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_fr', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('body', models.TextField(verbose_name='text')),
                        ('body_en', models.TextField(null=True, verbose_name='text')),
                        ('body_nl', models.TextField(null=True, verbose_name='text')),
                        ('body_fr', models.TextField(null=True, verbose_name='text')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=20, verbose_name='status')),
                        ('publish_at', models.DateTimeField(blank=True, null=True, verbose_name='publish at')),
                        ('unpublish_at', models.DateTimeField(blank=True, null=True, verbose_name='unpublish at')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                        ('changed_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last changed by')),
                    ],
                    options={
                        'verbose_name': 'site page',
                        'verbose_name_plural': 'site pages',
                        'ordering': ['kind'],
                        'db_table': 'portal_sitepage',
                    'permissions': [('publish_sitepage', 'Can publish, schedule and unpublish site pages'), ('translate_sitepage', 'Can edit the Dutch and French texts of site pages')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
