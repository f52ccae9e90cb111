"""Where a page's time goes: calls the site's WSGI application in-process,
in production settings, for one address many times, and prints
pyinstrument's profile of those calls and the time per request.

    .venv/bin/python bench/profile_page.py /en/disorders/en-disorder-1/ --cold
    .venv/bin/python bench/profile_page.py /en/disorders/en-disorder-1/

Runs on the catalogue `make bench` built (var/bench/site-bench.sqlite3), or
on the database of --database-url. --cold turns the page cache off.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def parse_arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--cold", action="store_true", help="page cache off")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--database-url",
        default=f"sqlite:///{PROJECT_DIR / 'var' / 'bench' / 'site-bench.sqlite3'}",
    )
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="benchmark-only-not-secret",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=arguments.database_url,
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS="0" if arguments.cold else "3600",
    )
    sys.path.insert(0, str(PROJECT_DIR))
    from pyinstrument import Profiler

    from portal.wsgi import application

    def request():
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": arguments.path.split("?")[0],
            "QUERY_STRING": arguments.path.partition("?")[2],
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "HTTP_HOST": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        statuses = []
        body = b"".join(application(environ, lambda status, headers: statuses.append(status)))
        return statuses[0], body

    status, body = request()  # connections, templates, translations
    assert status.startswith("200"), status
    started = time.perf_counter()
    for _ in range(arguments.requests):
        request()
    per_request = (time.perf_counter() - started) / arguments.requests * 1000
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(arguments.requests):
            request()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(
        f"{arguments.path}: {len(body) / 1024:.0f} KB, {per_request:.2f} ms per request "
        f"in-process ({'page cache off' if arguments.cold else 'page cache on'})"
    )


if __name__ == "__main__":
    main()
