import http.client
import re
import threading
import urllib.parse

import pytest

from feedback.models import Feedback
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 20
SUBMISSIONS_PER_THREAD = 10


def _field(html, name):
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def _reader(address, path, results):
    """One reader's browser: load the form once, then send it repeatedly."""
    host, port = address
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    html = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    data = {
        "csrfmiddlewaretoken": _field(html, "csrfmiddlewaretoken"),
        "started": _field(html, "started"),
        "kind": "other",
        "message": "A message sent while many others are sent too.",
    }
    for _ in range(SUBMISSIONS_PER_THREAD):
        connection.request(
            "POST",
            path,
            body=urllib.parse.urlencode(data),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )
        response = connection.getresponse()
        response.read()
        results.append(response.status)
    connection.close()


def test_every_concurrent_submission_is_stored_with_a_unique_reference(live_server, settings):
    settings.FEEDBACK_RATE_LIMIT = None
    settings.FEEDBACK_MIN_SECONDS = 0
    disorder = make_disorder()
    path = f"/en/disorders/{disorder.slug_en}/feedback/"
    address = urllib.parse.urlsplit(live_server.url)
    results = []
    readers = [
        threading.Thread(target=_reader, args=((address.hostname, address.port), path, results))
        for _ in range(THREADS)
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert results == [302] * (THREADS * SUBMISSIONS_PER_THREAD)
    references = [feedback.reference for feedback in Feedback.objects.all()]
    assert len(references) == THREADS * SUBMISSIONS_PER_THREAD
    assert len(set(references)) == len(references)
