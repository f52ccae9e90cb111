"""The large generated catalogue the benchmarks measure: 1,000 disorders in
three languages with 6 sections each, 5,000 organisations and 500 glossary
terms, written with the words of the demo pages so texts are as varied as
real ones. Seeded, so every run builds the same catalogue."""

import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DISORDERS, ORGANISATIONS, TERMS, SECTIONS = 1000, 5000, 500, 6
LANGUAGES = ("en", "nl", "fr")


def demo_vocabulary():
    """The words of the demo pages, per language: texts as varied as real ones."""
    import re

    words = {}
    for language in LANGUAGES:
        found = []
        for path in sorted((PROJECT_DIR / "content" / "disorders").glob(f"*/{language}.html")):
            found += re.findall(r"\w{3,}", re.sub(r"<[^>]+>", " ", path.read_text()))
        words[language] = sorted(set(found))
    return words


WORDS = demo_vocabulary()


def recreate_postgres_database(database_url):
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def text(rng, language, words):
    return " ".join(rng.choice(WORDS[language]) for _ in range(words)).capitalize() + "."


def glossary_term(rng, language, number, single_word_terms):
    words = WORDS[language]
    if number < single_word_terms:
        return f"{words[number % len(words)]}{'' if number < len(words) else number}"
    return f"{rng.choice(words)} {rng.choice(words)} {number}"


def build_catalogue(rng, *, categories=1, organisations_per_disorder=0, single_word_terms=TERMS):
    """Disorders spread over `categories` (each page lists the other
    disorders of its category), each linked to `organisations_per_disorder`
    organisations. Glossary terms past `single_word_terms` are two-word
    phrases, which random text rarely contains: a page then explains a few
    dozen words, as real pages do, not every other word.
    Returns the search index's size and its build time."""
    from django.core.management import call_command
    from django.db import connection

    from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm
    from organisations.models import Language, Organisation
    from search import index as search

    call_command("migrate", verbosity=0)
    groups = Category.objects.bulk_create(
        Category(
            position=number,
            **{f"name_{code}": f"Blood disorders {number}" for code in LANGUAGES},
            **{f"slug_{code}": f"blood-disorders-{number}" for code in LANGUAGES},
        )
        for number in range(categories)
    )
    disorders = Disorder.objects.bulk_create(
        Disorder(
            category=groups[number % categories],
            status=Disorder.Status.PUBLISHED,
            synonyms_en=f"D{number}",
            **{
                f"name_{code}": f"{rng.choice(WORDS[code]).capitalize()} disorder {number}"
                for code in LANGUAGES
            },
            **{f"slug_{code}": f"{code}-disorder-{number}" for code in LANGUAGES},
            **{f"summary_{code}": text(rng, code, 40) for code in LANGUAGES},
        )
        for number in range(DISORDERS)
    )
    DisorderSection.objects.bulk_create(
        DisorderSection(
            disorder=disorder,
            position=position,
            **{f"heading_{code}": text(rng, code, 4) for code in LANGUAGES},
            **{
                f"body_{code}": f"<p>{text(rng, code, 100)}</p><p>{text(rng, code, 100)}</p>"
                for code in LANGUAGES
            },
        )
        for disorder in disorders
        for position in range(SECTIONS)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(
            slug=f"organisation-{number}",
            region=Organisation.Region.NATIONAL,
            **{f"name_{code}": f"Group {rng.choice(WORDS[code])} {number}" for code in LANGUAGES},
            **{f"description_{code}": text(rng, code, 30) for code in LANGUAGES},
        )
        for number in range(ORGANISATIONS)
    )
    dutch = Language.objects.get(code="nl")
    Organisation.languages.through.objects.bulk_create(
        Organisation.languages.through(organisation=organisation, language=dutch)
        for organisation in organisations
    )
    Organisation.disorders.through.objects.bulk_create(
        Organisation.disorders.through(organisation=organisation, disorder=disorder)
        for disorder in disorders
        for organisation in rng.sample(organisations, organisations_per_disorder)
    )
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            slug=f"term-{number}",
            **{
                f"term_{code}": glossary_term(rng, code, number, single_word_terms)
                for code in LANGUAGES
            },
            **{f"definition_{code}": text(rng, code, 15) for code in LANGUAGES},
        )
        for number in range(TERMS)
    )
    started = time.perf_counter()
    entries = search.rebuild()
    index_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would after such a load; plans depend on it
    return entries, index_seconds
