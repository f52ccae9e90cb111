import reversion
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from disorders.content import CONTENT_DIR, ContentError, languages, read_content
from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm, Source


def _translated(field, texts):
    return {f"{field}_{code}": texts[code] for code in languages()}


class Command(BaseCommand):
    help = (
        "Load the demo categories, disorder pages, glossary, patient organisations and site "
        "pages from the files under content/, in English, Dutch and French. The files are "
        "checked first; nothing is written if one is wrong. Pages that already exist are "
        "left as they are, so editors' changes are never overwritten; --update resets the "
        "demo pages to the shipped text. Each page gets its own revision."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Overwrite existing demo pages (and their sections) with the shipped text.",
        )
        parser.add_argument(
            "--content-dir",
            default=CONTENT_DIR,
            help="The folder to read the content from (default: content/ of the project).",
        )

    def handle(self, *args, update=False, content_dir=CONTENT_DIR, **options):
        from search import index  # filled once at the end

        try:
            content = read_content(content_dir)
        except ContentError as error:
            raise CommandError(f"The demo content has an error: {error}") from None
        with transaction.atomic(), index.deferred():
            self._load(content, update)

    def _load(self, content, update):
        categories = {}
        for item in content.categories:
            fields = (
                _translated("name", item.title)
                | _translated("slug", item.meta["slug"])
                | _translated("description", item.text)
                | {"position": item.meta.get("position", 0)}
            )
            categories[item.key], _state = self._upsert(
                Category, {"slug_en": item.key}, fields, update
            )

        # First the rows, parents before subtypes, so that related pages exist;
        # then each page's sections, sources and related pages in its own revision.
        by_key = {page.key: page for page in content.disorders}

        def home_page_order(page):
            parent = by_key.get(page.parent, page)
            category = categories[page.category]
            return (bool(page.parent), category.position, parent.position, page.position)

        disorders, states = {}, {}
        for page in sorted(content.disorders, key=home_page_order):
            fields = (
                _translated("name", page.name)
                | _translated("slug", page.slug)
                | _translated("summary", page.summary)
                | _translated("synonyms", page.other_names)
                | _translated("questions", page.questions)
                | {
                    "category": categories[page.category],
                    "parent": disorders.get(page.parent),
                    "position": page.position,
                    "status": Disorder.Status.PUBLISHED,
                }
            )
            disorders[page.key], states[page.key] = self._upsert(
                Disorder, {"slug_en": page.key}, fields, update
            )
        # "Related" goes both ways: a page lists the pages that name it too.
        related = {page.key: set(page.related) for page in content.disorders}
        for page in content.disorders:
            for slug in page.related:
                related[slug].add(page.key)
        for page in sorted(content.disorders, key=home_page_order):
            if states[page.key] == "kept":
                continue
            disorder = disorders[page.key]
            with reversion.create_revision():
                reversion.set_comment("Demo content")
                self._replace_sections(disorder, page.sections)
                self._replace_sources(disorder, page.sources)
                disorder.related.set([disorders[slug] for slug in sorted(related[page.key])])
                disorder.record_text_edits(set(languages()))
                reversion.add_to_revision(disorder)
        counts = [list(states.values()).count(state) for state in ("created", "updated", "kept")]
        self.stdout.write(
            "Demo content: {} disorder pages created, {} updated, "
            "{} already present and left unchanged.".format(*counts)
        )
        self._load_organisations(content.organisations, disorders, update)
        self._load_site_pages(content.site_pages, update)
        self._load_glossary(content.glossary, update)

    def _load_glossary(self, terms, update):
        counts = {"created": 0, "updated": 0, "kept": 0}
        for item in terms:
            fields = (
                _translated("term", item.title)
                | _translated("synonyms", item.extra)
                | _translated("definition", item.text)
            )
            _term, state = self._upsert(GlossaryTerm, {"slug": item.key}, fields, update)
            counts[state] += 1
        self.stdout.write(
            f"Demo glossary: {counts['created']} terms created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _load_site_pages(self, site_pages, update):
        from pages.models import SitePage  # pages depends on disorders, not the reverse

        counts = {"created": 0, "updated": 0, "kept": 0}
        for data in site_pages:
            if data.kind not in SitePage.Kind.values:
                raise CommandError(
                    f"The demo content has an error: pages/{data.kind} is not a kind of "
                    f"site page ({', '.join(SitePage.Kind.values)})"
                )
            page = SitePage.objects.filter(kind=data.kind).first()
            if page and not update:
                counts["kept"] += 1
                continue
            counts["updated" if page else "created"] += 1
            page = page or SitePage(kind=data.kind)
            for name, value in (
                _translated("title", data.title) | _translated("body", data.body)
            ).items():
                setattr(page, name, value)
            page.status = Disorder.Status.PUBLISHED
            page.full_clean()
            with reversion.create_revision():
                reversion.set_comment("Demo content")
                page.save()
        self.stdout.write(
            f"Demo site pages: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _load_organisations(self, items, disorders, update):
        # organisations depends on disorders, never the reverse at import time.
        from organisations.models import Language, Organisation

        # A flushed database (as in transactional tests) lacks the migration's rows.
        languages_by_code = {
            code: Language.objects.get_or_create(code=code)[0] for code in Language.Code.values
        }
        counts = {"created": 0, "updated": 0, "kept": 0}
        for item in items:
            data = item.meta
            fields = (
                _translated("name", item.title)
                | _translated("description", item.text)
                | {
                    "region": data["region"],
                    "website": data.get("website", ""),
                    "email": data.get("email", ""),
                    "phone": data.get("phone", ""),
                    "address": data.get("address", ""),
                }
            )
            organisation = Organisation.objects.filter(slug=item.key).first()
            if organisation and not update:
                counts["kept"] += 1
                continue
            counts["updated" if organisation else "created"] += 1
            organisation = organisation or Organisation(slug=item.key)
            for name, value in fields.items():
                setattr(organisation, name, value)
            organisation.full_clean()
            organisation.save()
            organisation.languages.set([languages_by_code[code] for code in data["languages"]])
            organisation.disorders.set([disorders[slug] for slug in data["disorders"]])
        self.stdout.write(
            f"Demo organisations: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['kept']} already present and left unchanged."
        )

    def _upsert(self, model, key, fields, update):
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
                callout=data.callout,
                **_translated("heading", data.heading),
                **_translated("body", data.body),
            )
            # full_clean() runs the editor field's sanitiser on every language.
            section.full_clean()
            section.save()

    def _replace_sources(self, disorder, sources):
        disorder.sources.all().delete()
        for position, data in enumerate(sources, start=1):
            source = Source(disorder=disorder, position=position * 10, **data)
            source.full_clean()
            source.save()
