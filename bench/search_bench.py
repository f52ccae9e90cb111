"""Search and glossary benchmark.

Builds a large catalogue in a database of its own (1,000 disorders in three
languages with 6 sections each, 5,000 organisations, 500 glossary terms),
then measures search latency over a fixed list of 100 queries, as the search
function and as the whole page, and what glossary marking adds to a disorder
page. Prints the figures.

    .venv/bin/python bench/search_bench.py                      # SQLite, var/bench-search.sqlite3
    .venv/bin/python bench/search_bench.py --database-url postgres://postgres@127.0.0.1:5432/bench_search
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from catalogue import (
    DISORDERS,
    LANGUAGES,
    ORGANISATIONS,
    PROJECT_DIR,
    SECTIONS,
    TERMS,
    WORDS,
    build_catalogue,
    recreate_postgres_database,
)


def parse_arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default=f"sqlite:///{PROJECT_DIR / 'var' / 'bench-search.sqlite3'}"
    )
    return parser.parse_args()


def prepare_environment(database_url):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "benchmark-only-not-secret"),
        DJANGO_ALLOWED_HOSTS="testserver,localhost",
        DATABASE_URL=database_url,
        LOG_LEVEL="WARNING",  # no line per request while measuring
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(PROJECT_DIR))
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    else:
        recreate_postgres_database(database_url)


def fixed_queries(rng):
    """100 queries: names, abbreviations, words in each language, prefixes,
    several words, and words that find nothing."""
    queries = []
    for number in range(100):
        language = LANGUAGES[number % 3]
        kind = number % 5
        if kind == 0:
            queries.append((language, rng.choice(WORDS[language])))
        elif kind == 1:
            queries.append((language, rng.choice(WORDS[language])[:4]))
        elif kind == 2:
            queries.append(
                (language, f"{rng.choice(WORDS[language])} {rng.choice(WORDS[language])}")
            )
        elif kind == 3:
            queries.append(("en", f"D{rng.randrange(DISORDERS)}"))
        else:
            queries.append((language, f"zzz{number}"))
    return queries


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure_search(queries):
    from django.core.paginator import Paginator
    from django.test import Client

    from search.index import load_entries, search, snippet

    function_times, page_times = [], []
    client = Client()
    for language, query in queries:
        started = time.perf_counter()
        page = Paginator(search(query, language), 10).get_page(1)
        [snippet(entry, query) for entry in load_entries(page.object_list)]
        function_times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        response = client.get(f"/{language}/search/", {"q": query})
        page_times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (query, response.status_code)
    return function_times, page_times


def measure_marking():
    from disorders.glossary import mark_sections
    from disorders.models import Disorder

    disorder = Disorder.objects.prefetch_related("sections").first()
    sections = list(disorder.sections.all())
    mark_sections(sections, "en")  # warms the cache and the compiled pattern
    times = []
    for _ in range(200):
        started = time.perf_counter()
        mark_sections(sections, "en")
        times.append((time.perf_counter() - started) * 1000)
    words = sum(len(section.body.split()) for section in sections)
    return times, words


def main():
    arguments = parse_arguments()
    prepare_environment(arguments.database_url)
    import django
    from django.test.utils import override_settings

    django.setup()
    from django.db import connection

    rng = random.Random(20261124)
    with override_settings(
        STORAGES={
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        }
    ):
        started = time.perf_counter()
        entries, index_seconds = build_catalogue(rng)
        build_seconds = time.perf_counter() - started
        queries = fixed_queries(rng)
        measure_search(queries[:10])  # warm-up: connections, templates, caches
        function_times, page_times = measure_search(queries)
        marking_times, words = measure_marking()

    print(f"Search benchmark on {connection.vendor} ({connection.settings_dict['NAME']})")
    print(
        f"  catalogue: {DISORDERS} disorders x {len(LANGUAGES)} languages x {SECTIONS} sections, "
        f"{ORGANISATIONS} organisations, {TERMS} glossary terms"
    )
    print(
        f"  built in {build_seconds:.1f} s; index of {entries} entries rebuilt in {index_seconds:.1f} s"
    )
    print(f"  {'measure':<34}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for label, values in (
        ("search function (100 queries)", function_times),
        ("search page, whole request", page_times),
        (f"glossary marking ({words} words)", marking_times),
    ):
        print(
            f"  {label:<34}{statistics.median(values):>9.1f}{percentile(values, 0.95):>9.1f}{max(values):>9.1f}"
        )
    target_met = percentile(page_times, 0.95) < 50 and statistics.median(marking_times) < 5
    print(f"  targets (search p95 < 50 ms, marking < 5 ms): {'met' if target_met else 'NOT met'}")


if __name__ == "__main__":
    main()
