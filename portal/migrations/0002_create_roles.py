from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_CONTENT = [
    "disorders.view_category",
    "disorders.view_disorder",
    "disorders.view_disordersection",
    "disorders.view_source",
    "organisations.view_organisation",
    "organisations.view_language",
    "portal.view_sitepage",
]
EDIT_CONTENT = VIEW_CONTENT + [
    "disorders.add_category",
    "disorders.change_category",
    "disorders.add_disorder",
    "disorders.change_disorder",
    "disorders.add_disordersection",
    "disorders.change_disordersection",
    "disorders.delete_disordersection",
    "disorders.add_source",
    "disorders.change_source",
    "disorders.delete_source",
    "organisations.add_organisation",
    "organisations.change_organisation",
    "portal.add_sitepage",
    "portal.change_sitepage",
]
ROLES = {
    # Writes and edits content; publishing and review dates are for reviewers.
    "Editor": EDIT_CONTENT,
    "Medical reviewer": EDIT_CONTENT
    + ["disorders.publish_disorder", "disorders.review_disorder", "portal.publish_sitepage"],
    # Sees everything, changes only the Dutch and French texts.
    "Translator": VIEW_CONTENT + ["disorders.translate_disorder", "portal.translate_sitepage"],
    "Feedback triage": [
        "feedback.view_feedback",
        "feedback.change_feedback",
        "feedback.view_helpfulvote",
        "disorders.view_disorder",
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for permission in permissions:
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("portal", "0001_add_site_pages"),
        ("disorders", "0002_add_review_scheduling_sources_and_translation_status"),
        ("organisations", "0002_create_working_languages"),
        ("feedback", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
