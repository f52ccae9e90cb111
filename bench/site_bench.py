"""Whole-site benchmark: `make bench`.

For each configuration (SQLite with the local-memory page cache, and
PostgreSQL with Redis), builds a large catalogue (see catalogue.py) with
100,000 feedback submissions, starts the site with gunicorn (2 sync workers,
production settings), and measures with wrk on loopback, 8 connections:

- the home page, the A-Z index, a disorder page and the directory filtered by
  language, warm from the page cache;
- each of these pages and an organisation page with the page cache turned
  off (cold), after one request has stored the disorder's page (as the
  release step's draw_articles does);
- the API's first page of disorders in Dutch, kept, with the API's rate
  limit counting every request;
- searches, taken in turn from 100 queries (search results are not kept);
- feedback submissions, counted back in the database afterwards;
- the ceiling: a trivial Django application (ceiling.py) returning a fixed
  page of the same size as the disorder page, under the same gunicorn;
- the disorder page through nginx's microcache, against nginx serving a
  static file of the same size.

Targets are measured in turn, round after round, and each figure is the
median of the rounds, since these machines are noisy. Prints one table per
configuration and writes them to var/bench/site-bench.md.

    .venv/bin/python bench/site_bench.py [--rounds 3] [--seconds 5] [--only sqlite]
"""

import argparse
import contextlib
import http.client
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
from datetime import datetime
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
BENCH_DIR = PROJECT_DIR / "var" / "bench"
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
FEEDBACK_SUBMISSIONS = 100_000
CONNECTIONS = 8
SECRET_KEY = "benchmark-only-not-secret"

CONFIGURATIONS = {
    "sqlite": {
        "label": "SQLite, local-memory page cache",
        "env": {"DATABASE_URL": f"sqlite:///{BENCH_DIR / 'site-bench.sqlite3'}"},
        "port": 8601,
    },
    "postgres": {
        "label": "PostgreSQL + Redis",
        "env": {
            "DATABASE_URL": os.environ.get(
                "BENCH_SITE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_site"
            ),
            "REDIS_URL": os.environ.get("BENCH_SITE_REDIS_URL", "redis://127.0.0.1:6379/5"),
        },
        "port": 8611,
    },
}

DISORDER_PATH = "/en/disorders/en-disorder-1/"
FEEDBACK_PATH = "/en/disorders/en-disorder-2/feedback/"


def parse_arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5, help="per target and round")
    parser.add_argument("--only", choices=sorted(CONFIGURATIONS), action="append")
    parser.add_argument("--build", metavar="DATABASE_URL", help=argparse.SUPPRESS)
    return parser.parse_args()


def site_environment(configuration, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "PAGE_CACHE"))
    }
    env.update(
        DJANGO_SECRET_KEY=SECRET_KEY,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # Pages are kept for the site's own host only: the one wrk asks.
        SITE_URL=f"http://127.0.0.1:{configuration['port']}",
        LOG_LEVEL="WARNING",  # no line per request on the terminal while measuring
        # One client sends every submission: the per-client limit would refuse
        # all but the first ten. The limit's own cost is still measured.
        FEEDBACK_RATE_LIMIT="1000000/h",
        # wrk sends one form over and over: with a minimum fill time, each
        # form could be sent once. The token's signature is still checked.
        FEEDBACK_MIN_SECONDS="0",
        API_RATE_LIMIT="100000000/h",
        **configuration["env"],
        **extra,
    )
    return env


# The build runs in a child process: Django is set up once per database.


def build(database_url):
    sys.path[:0] = [str(PROJECT_DIR), str(PROJECT_DIR / "bench")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from catalogue import build_catalogue, recreate_postgres_database

    if database_url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(database_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    else:
        recreate_postgres_database(database_url)
    import django

    django.setup()
    from django.utils import timezone

    from disorders.models import Disorder
    from feedback.models import Feedback

    rng = random.Random(20261124)
    build_catalogue(rng, categories=50, organisations_per_disorder=5, single_word_terms=40)
    disorders = list(Disorder.objects.only("pk", "name_en"))
    now = timezone.now()
    Feedback.objects.bulk_create(
        (
            Feedback(
                disorder=disorder,
                page_title=disorder.name_en,
                language=rng.choice(("en", "nl", "fr")),
                kind=Feedback.Kind.OTHER,
                message=f"Generated submission {number}.",
                created_at=now,
            )
            for number in range(FEEDBACK_SUBMISSIONS)
            for disorder in [disorders[number % len(disorders)]]
        ),
        batch_size=2000,
    )
    from catalogue import WORDS

    queries = [rng.choice(WORDS[("en", "nl", "fr")[n % 3]]) for n in range(100)]
    (BENCH_DIR / "search-paths.txt").write_text(
        "".join(
            f"/{('en', 'nl', 'fr')[n % 3]}/search/?{urllib.parse.urlencode({'q': query})}\n"
            for n, query in enumerate(queries)
        )
    )


class Server:
    """A gunicorn (or nginx) in the background, stopped on exit."""

    def __init__(self, name, command, env, port, ready_path):
        self.name, self.port = name, port
        self.log = open(BENCH_DIR / f"{name}.log", "w")
        self.process = subprocess.Popen(
            command, cwd=PROJECT_DIR, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if get(port, ready_path)[0] == 200:
                    return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        raise SystemExit(f"{name} did not start; see {self.log.name}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def gunicorn(name, app, env, port):
    # Several gunicorns run at once: each without the (shared) control socket.
    command = [
        GUNICORN,
        app,
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--no-control-socket",
    ]
    return Server(name, command, env, port, "/healthz" if app == "portal.wsgi" else "/disorder")


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.headers, body


def wrk(port, path="/", seconds=5, connections=CONNECTIONS, **env):
    command = [
        "wrk",
        "--threads",
        str(min(2, connections)),
        "--connections",
        str(connections),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--script",
        str(PROJECT_DIR / "bench" / "wrk_report.lua"),
        f"http://127.0.0.1:{port}{path}",
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=os.environ | env, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["rps"] = report["requests"] / report["seconds"]
    return report


def feedback_form(port):
    """A reader's form: its cookie, CSRF token and started-at token."""
    status, headers, body = get(port, FEEDBACK_PATH)
    assert status == 200, status
    html = body.decode()
    cookie = headers["Set-Cookie"].split(";")[0]

    def field(name):
        return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)

    data = {
        "csrfmiddlewaretoken": field("csrfmiddlewaretoken"),
        "started": field("started"),
        "kind": "other",
        "message": "The page on this disorder could explain the tests more simply.",
    }
    return cookie, urllib.parse.urlencode(data)


def stored_feedback(database_url):
    if database_url.startswith("sqlite:///"):
        import sqlite3

        with contextlib.closing(sqlite3.connect(database_url.removeprefix("sqlite:///"))) as db:
            return db.execute("SELECT COUNT(*) FROM feedback_feedback").fetchone()[0]
    import psycopg

    with psycopg.connect(database_url) as db:
        return db.execute("SELECT COUNT(*) FROM feedback_feedback").fetchone()[0]


NGINX_CONFIG = """
{user}worker_processes auto;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    # As in deploy/nginx.conf.
    proxy_cache_path {dir}/cache levels=1:2 keys_zone=portal_pages:10m
                     max_size=100m inactive=10m use_temp_path=off;
    upstream portal_app {{ server 127.0.0.1:{upstream}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{port};
        location = /static-page.html {{ root {dir}; }}
        location ~ ^/(en|nl|fr)/ {{
            proxy_pass http://portal_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_cache portal_pages;
            proxy_cache_key $scheme$host$request_uri;
            proxy_cache_methods GET HEAD;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_valid 200 301 302 404 10s;
            proxy_cache_lock on;
            proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
            proxy_cache_background_update on;
        }}
    }}
}}
"""


def nginx(upstream, port, page):
    directory = BENCH_DIR / f"nginx-{port}"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    (directory / "static-page.html").write_bytes(page)
    user = "user root;\n" if os.geteuid() == 0 else ""
    config = directory / "nginx.conf"
    config.write_text(NGINX_CONFIG.format(user=user, dir=directory, upstream=upstream, port=port))
    command = ["nginx", "-p", str(directory), "-c", str(config), "-g", "daemon off;"]
    return Server(f"nginx-{port}", command, os.environ, port, "/static-page.html")


# What each page is compared with: the ceiling returning a page of its size.
PAGES = {
    "home": "/en/",
    "index": "/en/disorders/",
    "disorder": DISORDER_PATH,
    "directory": "/en/organisations/?language=nl",
    "organisation": "/en/organisations/organisation-1/",
    "api": "/api/v1/disorders/?lang=nl",
}


def targets(port, seconds, feedback):
    """(name, page whose ceiling it is compared with, run) in measuring order."""
    cookie, body = feedback
    searches = {"BENCH_PATHS": str(BENCH_DIR / "search-paths.txt")}
    post = {"BENCH_METHOD": "POST", "BENCH_BODY": body, "BENCH_COOKIE": cookie}
    site, uncached, ceiling, proxy = port, port + 1, port + 2, port + 3
    return [
        *(
            (f"ceiling, {name} size", name, lambda name=name: wrk(ceiling, f"/{name}", seconds))
            for name in PAGES
        ),
        ("home, warm", "home", lambda: wrk(site, PAGES["home"], seconds)),
        ("A-Z index, warm", "index", lambda: wrk(site, PAGES["index"], seconds)),
        ("disorder, warm", "disorder", lambda: wrk(site, DISORDER_PATH, seconds)),
        *(
            (f"{name}, cold (no page cache)", name, lambda path=path: wrk(uncached, path, seconds))
            for name, path in PAGES.items()
        ),
        (
            "directory, language filter, warm",
            "directory",
            lambda: wrk(site, PAGES["directory"], seconds),
        ),
        ("API, disorders in Dutch, kept", "api", lambda: wrk(site, PAGES["api"], seconds)),
        ("search, 100 queries, kept", "disorder", lambda: wrk(site, "/", seconds, **searches)),
        (
            "search, 100 queries, not kept",
            "disorder",
            lambda: wrk(uncached, "/", seconds, **searches),
        ),
        (
            "search, not kept, 1 connection",
            "disorder",
            lambda: wrk(uncached, "/", seconds, connections=1, **searches),
        ),
        ("feedback submissions", "disorder", lambda: wrk(site, FEEDBACK_PATH, seconds, **post)),
        ("nginx microcache, disorder", "static", lambda: wrk(proxy, DISORDER_PATH, seconds)),
        (
            "nginx static file, same size",
            "static",
            lambda: wrk(proxy, "/static-page.html", seconds),
        ),
    ]


def measure(configuration, rounds, seconds):
    port = configuration["port"]
    env = site_environment(configuration)
    database_url = env["DATABASE_URL"]
    print(f"\n== {configuration['label']}: building the catalogue", flush=True)
    started = time.monotonic()
    subprocess.run(
        [PYTHON, __file__, "--build", database_url], cwd=PROJECT_DIR, env=env, check=True
    )
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
    )
    if "REDIS_URL" in env:
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    print(f"   built in {time.monotonic() - started:.0f} s; starting the servers", flush=True)
    servers = []
    try:
        servers.append(gunicorn("site", "portal.wsgi", env, port))
        servers.append(
            gunicorn("site-uncached", "portal.wsgi", env | {"PAGE_CACHE_SECONDS": "0"}, port + 1)
        )
        pages_dir = BENCH_DIR / "pages"
        pages_dir.mkdir(exist_ok=True)
        sizes = {}
        for name, path in PAGES.items():
            for _ in range(6):  # kept by both workers, almost always
                status, headers, page = get(port, path)
                assert status == 200, (path, status)
            # Disorder pages stored, as the release step does (draw_articles).
            assert get(port + 1, path)[0] == 200, path
            (pages_dir / name).write_bytes(page)
            sizes[name] = len(page)
        ceiling_env = env | {
            "BENCH_CEILING_PAGES": str(pages_dir),
            "PYTHONPATH": str(PROJECT_DIR / "bench"),
        }
        servers.append(gunicorn("ceiling", "ceiling:application", ceiling_env, port + 2))
        servers.append(nginx(port, port + 3, (pages_dir / "disorder").read_bytes()))
        get(port + 3, DISORDER_PATH)  # nginx keeps it from here on
        searches = (BENCH_DIR / "search-paths.txt").read_text().split()
        for path in searches * 4:
            get(port, path)
        feedback = feedback_form(port)
        plan = targets(port, seconds, feedback)
        results = {name: [] for name, _page, _run in plan}
        stored = []
        for number in range(1, rounds + 1):
            print(f"   round {number} of {rounds}", flush=True)
            for name, _page, run in plan:
                if name == "feedback submissions":
                    before = stored_feedback(database_url)
                    report = run()
                    time.sleep(1)  # submissions still in flight when wrk stopped
                    stored.append((report["redirected"], stored_feedback(database_url) - before))
                else:
                    report = run()
                results[name].append(report)
    finally:
        for server in reversed(servers):
            server.stop()
    compared_with = {name: page for name, page, _run in plan}
    return summarise(configuration, results, compared_with, stored, sizes)


def median(reports, key):
    return statistics.median(report[key] for report in reports)


WARM = (
    "home, warm",
    "A-Z index, warm",
    "disorder, warm",
    "directory, language filter, warm",
    "API, disorders in Dutch, kept",
)
GOALS = {
    "home, warm": ("ratio", 0.8),
    "disorder, warm": ("ratio", 0.8),
    "disorder, cold (no page cache)": ("ratio", 0.10),
    "directory, language filter, warm": ("ratio", 0.8),
    "API, disorders in Dutch, kept": ("ratio", 0.8),
    "search, 100 queries, kept": ("p95", 50),
    "search, not kept, 1 connection": ("p95", 50),
    "feedback submissions": ("rps", 100),
}


def summarise(configuration, results, compared_with, stored, sizes):
    ceilings = {page: median(results[f"ceiling, {page} size"], "rps") for page in PAGES}
    ceilings["static"] = median(results["nginx static file, same size"], "rps")
    page_sizes = ", ".join(f"{name} {size / 1024:.0f} KB" for name, size in sizes.items())
    lines = [
        f"### {configuration['label']}",
        "",
        f"Pages: {page_sizes}. {CONNECTIONS} connections; medians of "
        f"{len(results['disorder, warm'])} rounds. × ceiling: against the ceiling "
        "returning a page of the same size (nginx rows: against nginx's static file).",
        "",
        "| Target | req/s | p50 ms | p95 ms | p99 ms | × ceiling | Goal | Met |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, reports in results.items():
        rps = median(reports, "rps")
        p50, p95, p99 = (median(reports, key) for key in ("p50_ms", "p95_ms", "p99_ms"))
        ratio = rps / ceilings[compared_with[name]]
        goal, met = "", None
        kind, value = GOALS.get(name, (None, None))
        if kind == "ratio":
            goal, met = f"≥ {value} × ceiling", ratio >= value
        elif kind == "p95":
            goal, met = f"p95 ≤ {value} ms", p95 <= value
        elif kind == "rps":
            all_stored = all(saved >= accepted > 0 for accepted, saved in stored)
            goal, met = f"≥ {value}/s, all stored", rps >= value and all_stored
        if name in WARM:
            goal += ("; " if goal else "") + "p99 < 20 ms"
            met = (met is not False) and p99 < 20
        failures = sum(report["non_2xx_3xx"] + report["socket_errors"] for report in reports)
        verdict = "" if met is None else ("yes" if met else "NO")
        if failures:
            verdict += f" ({failures} failed)"
        lines.append(
            f"| {name} | {rps:,.0f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {ratio:.2f} | {goal} | "
            f"{verdict} |"
        )
    lines.append("")
    cold = [
        f"{page} {median(results[f'{page}, cold (no page cache)'], 'rps') / ceilings[page]:.3f}"
        for page in PAGES
    ]
    lines.append("Cold (page cache off) × ceiling, per page type: " + ", ".join(cold) + ".")
    print(f"   {configuration['label']}: cold × ceiling: {', '.join(cold)}", flush=True)
    lines.append("")
    lines.append(
        "Feedback, per round: "
        + "; ".join(f"{accepted:,} accepted, {saved:,} stored" for accepted, saved in stored)
        + " (stored also counts requests still in flight when wrk stopped)."
    )
    return "\n".join(lines)


def machine():
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}"


def main():
    arguments = parse_arguments()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if arguments.build:
        build(arguments.build)
        return
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed: apt-get install -y {tool}")
    names = arguments.only or list(CONFIGURATIONS)
    tables = [measure(CONFIGURATIONS[name], arguments.rounds, arguments.seconds) for name in names]
    report = "\n".join(
        [
            f"## Site benchmark, {datetime.now():%Y-%m-%d %H:%M}",
            "",
            f"Machine: {machine()}. gunicorn with 2 sync workers, production settings; "
            f"wrk on the same machine.",
            "",
            *(table + "\n" for table in tables),
        ]
    )
    print("\n" + report)
    output = BENCH_DIR / "site-bench.md"
    output.write_text(report)
    print(f"Written to {output.relative_to(PROJECT_DIR)}")


if __name__ == "__main__":
    main()
