import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from pytest_django.asserts import assertContains

from disorders.models import Source
from organisations.models import Organisation
from portal.links import LinkStatus, check_urls
from tests.factories import make_disorder, make_organisation, make_staff

pytestmark = pytest.mark.django_db


class Handler(BaseHTTPRequestHandler):
    """200, 301, 404 and 500 by path; HEAD refused on /get-only."""

    seen = []  # (method, path, user agent, requests in flight)
    in_flight = 0
    lock = threading.Lock()

    def answer(self, send_body):
        with Handler.lock:
            Handler.in_flight += 1
            Handler.seen.append(
                (self.command, self.path, self.headers["User-Agent"], Handler.in_flight)
            )
        try:
            path = self.path.split("?")[0]
            status = {"/ok": 200, "/moved": 301, "/missing": 404, "/error": 500}.get(path)
            if path == "/get-only":
                status = 405 if self.command == "HEAD" else 200
            self.send_response(status or 404)
            if status == 301:
                self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        finally:
            with Handler.lock:
                Handler.in_flight -= 1

    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A web server on this machine; no check in these tests leaves it."""
    Handler.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: a host that times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    listener.close()


def check_links():
    out = StringIO()
    call_command("check_links", "--timeout", "0.5", "--workers", "4", stdout=out)
    return out.getvalue()


def test_check_links_records_ok_redirect_not_found_server_error_and_timeout(server, silent_server):
    disorder = make_disorder()
    for path in ("/ok", "/moved", "/missing", "/error"):
        disorder.sources.create(title=path, url=server + path)
    disorder.sources.create(title="slow", url=silent_server)
    disorder.sources.create(title="no address", url="")

    output = check_links()

    results = {s.title: s for s in Source.objects.all()}
    assert results["/ok"].link_status == LinkStatus.OK
    assert results["/moved"].link_status == LinkStatus.REDIRECTED
    assert results["/moved"].link_detail == "301 → /ok"
    assert results["/missing"].link_status == LinkStatus.BROKEN
    assert results["/missing"].link_detail.startswith("404")
    assert results["/error"].link_status == LinkStatus.BROKEN
    assert results["/error"].link_detail.startswith("500")
    assert results["slow"].link_status == LinkStatus.BROKEN
    assert "no answer within 0.5 s" in results["slow"].link_detail
    assert all(results[title].link_checked_at for title in ("/ok", "/moved", "slow"))
    assert results["no address"].link_checked_at is None
    assert "Checked 5 addresses: 1 work, 1 redirect, 3 broken." in output


def test_check_links_records_organisation_websites(server):
    organisation = make_organisation(website=server + "/missing")
    check_links()
    organisation.refresh_from_db()
    assert organisation.link_status == LinkStatus.BROKEN
    assert organisation.link_checked_at is not None


def test_checker_sends_one_request_per_host_at_a_time_and_says_who_it_is(server):
    urls = [f"{server}/ok?page={number}" for number in range(8)]
    results = check_urls(urls, timeout=2, workers=4)
    assert {result.status for result in results.values()} == {LinkStatus.OK}
    assert len(Handler.seen) == 8
    assert max(in_flight for *_rest, in_flight in Handler.seen) == 1
    assert all("BloodDisordersPortal-LinkCheck" in agent for _m, _p, agent, _n in Handler.seen)


def test_checker_asks_again_with_get_when_head_is_refused(server):
    results = check_urls([server + "/get-only"], timeout=2)
    assert results[server + "/get-only"].status == LinkStatus.OK
    assert [method for method, *_rest in Handler.seen] == ["HEAD", "GET"]


def test_staff_see_broken_and_redirected_links_on_the_admin_index(client):
    disorder = make_disorder()
    disorder.sources.create(title="gone", url="https://example.org/a", link_status="broken")
    disorder.sources.create(title="moved", url="https://example.org/b", link_status="redirected")
    make_organisation(website="https://example.org/c", link_status="broken")
    client.force_login(make_staff(superuser=True))
    response = client.get("/admin/")
    assertContains(response, "?source_links=broken")
    assertContains(response, "Broken organisation websites")
    assert response.context["dashboard"]["source_links"] == {"broken": 1, "redirected": 1}
    assert response.context["dashboard"]["website_links"] == {"broken": 1, "redirected": 0}


def test_disorder_list_filter_shows_pages_with_a_broken_source_link(client):
    broken = make_disorder(name="Broken page")
    broken.sources.create(title="gone", url="https://example.org/a", link_status="broken")
    fine = make_disorder(name="Fine page")
    fine.sources.create(title="fine", url="https://example.org/b", link_status="ok")
    client.force_login(make_staff(superuser=True))
    response = client.get("/admin/disorders/disorder/", {"source_links": "broken"})
    assert list(response.context["cl"].result_list) == [broken]


def test_organisation_list_filter_shows_broken_websites(client):
    broken = make_organisation(name_en="Broken", website="https://example.org/a")
    make_organisation(name_en="Fine", website="https://example.org/b")
    Organisation.objects.filter(pk=broken.pk).update(link_status="broken")
    client.force_login(make_staff(superuser=True))
    response = client.get("/admin/organisations/organisation/", {"link_status__exact": "broken"})
    assert list(response.context["cl"].result_list) == [broken]
