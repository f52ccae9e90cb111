"""Two instances of the site, as two application servers behind a load
balancer would run it: separate gunicorn processes on their own ports,
sharing the database and, in production, Redis."""

import fcntl
import http.client
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.factories import change_form_data, make_disorder, make_staff

pytestmark = pytest.mark.django_db(transaction=True)

PROJECT_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
SHARED_CACHE = settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Reader:
    """A browser, reduced to what these tests need: cookies and forms."""

    def __init__(self):
        self.cookies = {}

    def request(self, port, method, path, data=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        # As the proxy in front of both sends it: the site's own host, bare.
        headers = {
            "Host": "127.0.0.1",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response

    def form_token(self, port, path):
        page = self.request(port, "GET", path)
        assert page.status == 200, page.text
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


@pytest.fixture(scope="module")
def collected_static():
    """The instances run with production settings: hashed static files in
    var/static. Held under a lock: another suite running beside this one
    (.ci/run runs two) must not rewrite them while these instances serve."""
    settings.STATIC_ROOT.parent.mkdir(exist_ok=True)
    with open(settings.STATIC_ROOT.parent / "static.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
            cwd=PROJECT_DIR,
            env=os.environ | {"DJANGO_SECRET_KEY": "test-only-not-secret"},
            check=True,
        )
        yield


@pytest.fixture
def instances(collected_static, tmp_path):
    """Two gunicorn instances (2 workers each) on the test database."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env |= {
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1",
        "DATABASE_URL": database_url(),
        "FEEDBACK_MIN_SECONDS": "0",
        "FEEDBACK_RATE_LIMIT": "4/h",
        "LOG_LEVEL": "WARNING",
    }
    if SHARED_CACHE:
        env["REDIS_URL"] = settings.CACHES["default"]["LOCATION"]
    ports, processes, logs = [free_port(), free_port()], [], []
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    for port in ports:
        logs.append(open(tmp_path / f"gunicorn-{port}.log", "w"))
        processes.append(
            subprocess.Popen(
                [
                    *(gunicorn, "portal.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"),
                    "--no-control-socket",  # the default path is shared by every instance
                ],
                cwd=PROJECT_DIR,
                env=env,
                stdout=logs[-1],
                stderr=subprocess.STDOUT,
            )
        )
    try:
        for port in ports:
            wait_until_serving(port)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(20)
        for log in logs:
            log.close()


def wait_until_serving(port):
    # The one real wait in the tests: gunicorn is another process, whose
    # clock no test can move. Bounded, and polled rather than slept through.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if Reader().request(port, "GET", "/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"gunicorn on port {port} did not start")


def test_an_edit_on_one_instance_reaches_the_others_kept_page_within_a_second(instances):
    a, b = instances
    make_staff(username="editor", superuser=True)
    disorder = make_disorder(summary_en="The first summary.")
    reader = Reader()
    # B keeps the page (each request goes to either of its workers).
    answers = [reader.request(b, "GET", disorder.get_absolute_url()) for _ in range(20)]
    assert all("The first summary." in answer.text for answer in answers)
    assert any(answer.getheader("X-Page-Cache") == "hit" for answer in answers)

    editor = Reader()
    token = editor.form_token(a, "/admin/login/")
    signed_in = editor.request(
        a,
        "POST",
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert signed_in.status == 302, signed_in.text
    change = f"/admin/disorders/disorder/{disorder.pk}/change/"
    token = editor.form_token(a, change)
    saved = editor.request(
        a,
        "POST",
        change,
        change_form_data(disorder, summary_en="The summary after the edit.")
        | {"csrfmiddlewaretoken": token},
    )
    assert saved.status == 302, saved.text
    edited_at = time.monotonic()

    # Real time, on purpose: what is measured is how soon another process
    # sees the edit. The loop asks without pausing and stops after a second.
    answers = []  # (seconds after the save, shows the edit)
    while not answers or time.monotonic() - edited_at < 1:
        text = reader.request(b, "GET", disorder.get_absolute_url()).text
        answers.append((time.monotonic() - edited_at, "The summary after the edit." in text))
    first_new = next((at for at, new in answers if new), None)
    assert first_new is not None and first_new < 1, "B still served the old page after a second"
    assert all(new for at, new in answers if at >= first_new), "B went back to the old page"
    for _ in range(6):  # from either worker of B
        assert (
            "The summary after the edit."
            in reader.request(b, "GET", disorder.get_absolute_url()).text
        )


@pytest.mark.skipif(not SHARED_CACHE, reason="limits are shared through Redis (REDIS_URL)")
def test_the_feedback_limit_holds_across_instances(instances):
    a, b = instances
    disorder = make_disorder()
    path = f"/en/disorders/{disorder.slug_en}/feedback/"
    reader = Reader()
    token = reader.form_token(a, path)
    page = reader.request(a, "GET", path)
    started = re.search(r'name="started" value="([^"]+)"', page.text).group(1)
    data = {
        "csrfmiddlewaretoken": token,
        "started": started,
        "kind": "other",
        "message": "Sent to both instances in turn.",
    }
    answers = [reader.request(port, "POST", path, data).status for port in (a, b) * 3]
    assert answers == [302, 302, 302, 302, 429, 429]
    assert disorder.feedback.count() == 4


def test_static_files_are_hashed_compressed_and_kept_a_year(instances):
    a, _b = instances
    page = Reader().request(a, "GET", "/en/").text
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page).group(1)
    connection = http.client.HTTPConnection("127.0.0.1", a, timeout=30)
    connection.request("GET", stylesheet, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    cache_control = response.getheader("Cache-Control")
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= 365 * 24 * 60 * 60
