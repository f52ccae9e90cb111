from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from disorders.demo_content import CATEGORIES, DISORDERS
from disorders.models import Category, Disorder, DisorderSection

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _translated(field, texts):
    return {f"{field}_{code}": texts[code] for code in LANGUAGES}


class Command(BaseCommand):
    help = (
        "Load the demo categories and disorder pages in English, Dutch and French. "
        "Pages that already exist are left as they are, so editors' changes are "
        "never overwritten; --update resets the demo pages to the shipped text."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Overwrite existing demo pages (and their sections) with the shipped text.",
        )

    @transaction.atomic
    def handle(self, *args, update=False, **options):
        created, updated, kept = 0, 0, 0
        categories = {}
        for data in CATEGORIES:
            fields = (
                _translated("name", data["name"])
                | _translated("slug", data["slug"])
                | _translated("description", data["description"])
                | {"position": data["position"]}
            )
            categories[data["slug"]["en"]], _state = self._upsert(
                Category, data["slug"]["en"], fields, update
            )

        disorders = {}
        for data in sorted(DISORDERS, key=lambda d: d["parent"] is not None):
            fields = (
                _translated("name", data["name"])
                | _translated("slug", data["slug"])
                | _translated("summary", data["summary"])
                | {
                    "category": categories[data["category"]],
                    "parent": disorders.get(data["parent"]),
                    "position": data["position"],
                    "status": Disorder.Status.PUBLISHED,
                }
            )
            disorder, state = self._upsert(Disorder, data["slug"]["en"], fields, update)
            disorders[data["slug"]["en"]] = disorder
            if state != "kept":
                self._replace_sections(disorder, data["sections"])
            created += state == "created"
            updated += state == "updated"
            kept += state == "kept"

        for data in DISORDERS:
            disorder = disorders[data["slug"]["en"]]
            if update or not disorder.related.exists():
                disorder.related.set([disorders[slug] for slug in data["related"]])

        self.stdout.write(
            f"Demo content: {created} disorder pages created, {updated} updated, "
            f"{kept} already present and left unchanged."
        )

    def _upsert(self, model, slug_en, fields, update):
        instance = model.objects.filter(slug_en=slug_en).first()
        if instance and not update:
            return instance, "kept"
        state = "updated" if instance else "created"
        instance = instance or model()
        for name, value in fields.items():
            setattr(instance, name, value)
        instance.full_clean()
        instance.save()
        return instance, state

    def _replace_sections(self, disorder, sections):
        disorder.sections.all().delete()
        for position, data in enumerate(sections, start=1):
            section = DisorderSection(
                disorder=disorder,
                position=position * 10,
                callout=data["callout"],
                **_translated("heading", data["heading"]),
                **_translated("body", data["body"]),
            )
            # full_clean() runs the editor field's sanitiser on every language.
            section.full_clean()
            section.save()
