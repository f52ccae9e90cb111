from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors and reviewers edit the glossary; translators translate every
# model with texts readers see (disorders and site pages already).
ADDED = {
    "Editor": [
        "disorders.view_glossaryterm",
        "disorders.add_glossaryterm",
        "disorders.change_glossaryterm",
    ],
    "Medical reviewer": [
        "disorders.view_glossaryterm",
        "disorders.add_glossaryterm",
        "disorders.change_glossaryterm",
    ],
    "Translator": [
        "disorders.view_glossaryterm",
        "disorders.translate_glossaryterm",
        "disorders.translate_category",
        "organisations.translate_organisation",
    ],
}


def give(apps, schema_editor):
    # Permissions are normally created after all migrations have run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ADDED.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for permission in permissions:
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def take_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ADDED.items():
        for group in Group.objects.filter(name=name):
            for permission in permissions:
                app_label, codename = permission.split(".")
                group.permissions.remove(
                    *Permission.objects.filter(
                        content_type__app_label=app_label, codename=codename
                    )
                )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_move_site_page_to_pages"),
        ("disorders", "0009_add_translate_permissions"),
        ("organisations", "0004_add_translate_permission"),
    ]

    operations = [migrations.RunPython(give, take_back)]
