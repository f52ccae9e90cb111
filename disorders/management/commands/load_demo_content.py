import reversion
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from disorders.demo_content import CATEGORIES, DISORDERS, SYNONYMS
from disorders.models import Category, Disorder, DisorderSection

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _translated(field, texts):
    return {f"{field}_{code}": texts[code] for code in LANGUAGES}


class Command(BaseCommand):
    help = (
        "Load the demo categories, disorder pages and patient organisations in English, "
        "Dutch and French. "
        "Pages that already exist are left as they are, so editors' changes are "
        "never overwritten; --update resets the demo pages to the shipped text."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Overwrite existing demo pages (and their sections) with the shipped text.",
        )

    def handle(self, *args, update=False, **options):
        # One revision holds the whole load, so history starts with the shipped text.
        from search import index  # filled once at the end

        with transaction.atomic(), reversion.create_revision(), index.deferred():
            reversion.set_comment("Demo content")
            self._load(update)

    def _load(self, update):
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
                | _translated("synonyms", SYNONYMS[data["slug"]["en"]])
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
                disorder.record_text_edits({"en", "nl", "fr"})
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
        self._load_organisations(disorders, update)
        self._load_site_pages(update)
        self._load_glossary(update)

    def _load_glossary(self, update):
        from disorders.demo_content.glossary import GLOSSARY_TERMS
        from disorders.models import GlossaryTerm

        counts = {"created": 0, "updated": 0, "kept": 0}
        for data in GLOSSARY_TERMS:
            fields = (
                _translated("term", data["term"])
                | _translated("synonyms", data["synonyms"])
                | _translated("definition", data["definition"])
            )
            _term, state = self._upsert_by(GlossaryTerm, {"slug": data["slug"]}, fields, update)
            counts[state] += 1
        self.stdout.write(
            f"Demo glossary: {counts['created']} terms created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _load_site_pages(self, update):
        from pages.demo_content import SITE_PAGES  # pages depends on disorders, not the reverse
        from pages.models import SitePage

        counts = {"created": 0, "updated": 0, "kept": 0}
        for data in SITE_PAGES:
            page = SitePage.objects.filter(kind=data["kind"]).first()
            if page and not update:
                counts["kept"] += 1
                continue
            counts["updated" if page else "created"] += 1
            page = page or SitePage(kind=data["kind"])
            for name, value in (
                _translated("title", data["title"]) | _translated("body", data["body"])
            ).items():
                setattr(page, name, value)
            page.status = Disorder.Status.PUBLISHED
            page.full_clean()
            page.save()
        self.stdout.write(
            f"Demo site pages: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _load_organisations(self, disorders, update):
        # organisations depends on disorders, never the reverse at import time.
        from organisations.demo_content import EXAMPLE_NOTE, ORGANISATIONS
        from organisations.models import Language, Organisation

        # A flushed database (as in transactional tests) lacks the migration's rows.
        languages = {
            code: Language.objects.get_or_create(code=code)[0] for code in Language.Code.values
        }
        counts = {"created": 0, "updated": 0, "kept": 0}
        for data in ORGANISATIONS:
            descriptions = data["description"]
            if data.get("is_example"):
                descriptions = {
                    code: f"{EXAMPLE_NOTE[code]} {text}" for code, text in descriptions.items()
                }
            fields = (
                _translated("name", data["name"])
                | _translated("description", descriptions)
                | {
                    "region": data["region"],
                    "website": data.get("website", ""),
                    "email": data.get("email", ""),
                    "phone": data.get("phone", ""),
                    "address": data.get("address", ""),
                }
            )
            organisation = Organisation.objects.filter(slug=data["slug"]).first()
            if organisation and not update:
                counts["kept"] += 1
                continue
            counts["updated" if organisation else "created"] += 1
            organisation = organisation or Organisation(slug=data["slug"])
            for name, value in fields.items():
                setattr(organisation, name, value)
            organisation.full_clean()
            organisation.save()
            organisation.languages.set([languages[code] for code in data["languages"]])
            organisation.disorders.set([disorders[slug] for slug in data["disorders"]])
        self.stdout.write(
            f"Demo organisations: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _upsert(self, model, slug_en, fields, update):
        return self._upsert_by(model, {"slug_en": slug_en}, fields, update)

    def _upsert_by(self, model, key, fields, update):
        instance = model.objects.filter(**key).first()
        if instance and not update:
            return instance, "kept"
        state = "updated" if instance else "created"
        instance = instance or model(**key)
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
