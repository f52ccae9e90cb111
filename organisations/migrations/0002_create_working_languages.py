from django.db import migrations

CODES = ["nl", "fr", "en", "de"]


def create_languages(apps, schema_editor):
    Language = apps.get_model("organisations", "Language")
    for code in CODES:
        Language.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]

    operations = [migrations.RunPython(create_languages, migrations.RunPython.noop)]
