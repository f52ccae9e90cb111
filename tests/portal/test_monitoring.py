import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sentry_sdk

from portal.monitoring import FILTERED, scrub_event

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_error_reports_are_off_by_default(settings):
    assert settings.SENTRY_DSN == ""
    assert not sentry_sdk.get_client().is_active()


def test_metrics_are_off_by_default(client, settings):
    assert settings.PROMETHEUS_METRICS is False
    assert client.get("/metrics").status_code == 404


def test_metrics_count_requests_when_turned_on(client, settings):
    settings.PROMETHEUS_METRICS = True
    client.get("/healthz/live")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert 'portal_requests_total{method="GET",page_cache="miss",status="200"}' in text
    assert "portal_request_duration_seconds_bucket" in text


def test_the_proxy_does_not_pass_metrics_on():
    conf = (PROJECT_DIR / "deploy" / "nginx.conf").read_text()
    block = conf[conf.index("location = /metrics") :].split("}", 1)[0]
    assert "return 404" in block


def feedback_error_event():
    """An error report as the SDK builds it for a failing feedback POST."""
    return {
        "user": {"ip_address": "203.0.113.7"},
        "request": {
            "url": "https://portal.example.org/en/disorders/leukemia/feedback/",
            "method": "POST",
            "query_string": "q=my+diagnosis",
            "data": {"message": "My son has AML and", "email": "parent@example.org"},
            "cookies": {"csrftoken": "abc"},
            "headers": {
                "Cookie": "csrftoken=abc",
                "X-Forwarded-For": "203.0.113.7",
                "User-Agent": "Firefox",
            },
            "env": {"REMOTE_ADDR": "203.0.113.7"},
        },
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "stacktrace": {
                        "frames": [
                            {"function": "submit_feedback", "vars": {"message": "My son has AML"}}
                        ]
                    },
                }
            ]
        },
    }


def test_error_reports_carry_no_feedback_text_nor_reader_details():
    event = scrub_event(feedback_error_event())
    text = json.dumps(event)
    for private in ("AML", "parent@example.org", "203.0.113.7", "my+diagnosis", "csrftoken"):
        assert private not in text
    assert event["request"]["data"] == FILTERED
    assert event["request"]["headers"]["User-Agent"] == "Firefox"
    assert event["exception"]["values"][0]["type"] == "ValueError"


def test_sentry_is_configured_to_send_no_personal_data_when_turned_on():
    # Initialising the SDK changes the whole process: do it in another one.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SENTRY_"))} | {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_SECRET_KEY": "k",
        "SENTRY_DSN": "https://public@sentry.example.org/1",
    }
    script = (
        "import django, json, sentry_sdk; django.setup(); "
        "from portal.monitoring import scrub_event; o = sentry_sdk.get_client().options; "
        "print(json.dumps([sentry_sdk.get_client().is_active(), o['send_default_pii'], "
        "o['max_request_body_size'], o['include_local_variables'], "
        "o['before_send'] is scrub_event]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    assert json.loads(result.stdout) == [True, False, "never", False, True], result.stderr
