import datetime
import json
import logging
import sys

import pytest

from monitoring.request_log import JsonLogFormatter, current_request_id

pytestmark = pytest.mark.django_db


def request_lines(caplog):
    return [
        json.loads(JsonLogFormatter().format(record))
        for record in caplog.records
        if record.name == "portal.requests"
    ]


def test_each_request_gets_an_id_in_its_log_line_and_its_response(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        response = client.get("/healthz/live")
    [line] = request_lines(caplog)
    assert len(response["X-Request-ID"]) == 32
    assert line["request_id"] == response["X-Request-ID"]
    assert line["status"] == 200
    assert line["duration_ms"] >= 0


def test_two_requests_get_different_ids(client):
    assert (
        client.get("/healthz/live")["X-Request-ID"] != client.get("/healthz/live")["X-Request-ID"]
    )


def test_a_request_id_sent_by_a_client_is_ignored_without_a_trusted_proxy(client, settings):
    settings.PROXY_COUNT = 0
    response = client.get("/healthz/live", headers={"X-Request-ID": "forged-by-client"})
    assert response["X-Request-ID"] != "forged-by-client"


def test_the_request_id_of_a_trusted_proxy_is_kept(client, settings, caplog):
    settings.PROXY_COUNT = 1
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        response = client.get("/healthz/live", headers={"X-Request-ID": "nginx-4f2a9c"})
    assert response["X-Request-ID"] == "nginx-4f2a9c"
    assert request_lines(caplog)[0]["request_id"] == "nginx-4f2a9c"


@pytest.mark.parametrize("sent", ["two words", 'quote"', "x" * 129, ""])
def test_a_malformed_request_id_is_replaced(client, settings, sent):
    settings.PROXY_COUNT = 1
    response = client.get("/healthz/live", headers={"X-Request-ID": sent})
    assert len(response["X-Request-ID"]) == 32
    assert response["X-Request-ID"] != sent


def test_the_log_line_says_whether_the_page_cache_answered(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        client.get("/en/")
        client.get("/en/")
        client.get("/en/", headers={"If-None-Match": client.get("/en/")["ETag"]})
    hits = [line["page_cache_hit"] for line in request_lines(caplog)]
    assert hits == [False, True, True, True]


def test_times_are_utc_iso_8601_with_milliseconds():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    # 09:29:50 in Brussels (TIME_ZONE) is logged as 08:29:50 UTC.
    record.created = datetime.datetime(2026, 11, 30, 8, 29, 50, 123400, datetime.UTC).timestamp()
    line = json.loads(JsonLogFormatter().format(record))
    assert line["time"] == "2026-11-30T08:29:50.123Z"


def test_every_extra_field_is_kept():
    logger = logging.getLogger("portal.test")
    record = logger.makeRecord(
        "portal.test",
        logging.WARNING,
        __file__,
        1,
        "notification failed",
        None,
        None,
        extra={"notification": 7, "attempts": 3, "recipients": ["a@example.org"]},
    )
    line = json.loads(JsonLogFormatter().format(record))
    assert (line["notification"], line["attempts"], line["recipients"]) == (
        7,
        3,
        ["a@example.org"],
    )
    assert "lineno" not in line and "args" not in line


def test_lines_written_while_a_request_is_handled_carry_its_id():
    token = current_request_id.set("abc123")
    try:
        try:
            raise ValueError("broken")
        except ValueError:
            record = logging.LogRecord(
                "x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info()
            )
        line = json.loads(JsonLogFormatter().format(record))
    finally:
        current_request_id.reset(token)
    assert line["request_id"] == "abc123"
    assert "ValueError: broken" in line["traceback"]


def test_each_request_is_logged_once_as_json_with_status_and_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        client.get("/en/disorders/nothing-here/")
    [record] = [r for r in caplog.records if r.name == "portal.requests"]
    line = json.loads(JsonLogFormatter().format(record))
    assert (line["method"], line["path"], line["status"]) == (
        "GET",
        "/en/disorders/nothing-here/",
        404,
    )
    assert line["duration_ms"] >= 0


def test_errors_are_logged_with_their_traceback():
    try:
        raise ValueError("broken")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    line = json.loads(JsonLogFormatter().format(record))
    assert "ValueError: broken" in line["traceback"]
