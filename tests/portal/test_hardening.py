import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.asserts import assertContains

from portal.ratelimit import hit
from portal.signin import is_slowed
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]


def assert_security_headers(response):
    csp = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize(
    "path", ["/en/", "/nl/disorders/", "/fr/organisations/", "/en/search/?q=x", "/robots.txt"]
)
def test_public_responses_carry_the_security_headers(client, path):
    assert_security_headers(client.get(path))


def test_permissions_policy_opts_out_of_topics_without_obsolete_features(client):
    policy = client.get("/en/")["Permissions-Policy"]
    assert "browsing-topics=()" in policy
    assert "interest-cohort" not in policy  # FLoC is gone; browsers warn about it


@pytest.mark.parametrize("path", ["/admin/", "/admin/disorders/disorder/", "/admin/login/"])
def test_admin_pages_carry_the_security_headers_and_are_never_cached(client, admin_user, path):
    if path != "/admin/login/":
        client.force_login(admin_user)
    response = client.get(path)
    assert_security_headers(response)
    cache_control = response["Cache-Control"]
    assert (
        "no-cache" in cache_control and "no-store" in cache_control and "private" in cache_control
    )


@pytest.mark.parametrize(
    "path",
    [
        "/admin/password_change/",
        "/admin/jsi18n/",
        "/admin/no-such-page/",
        "/admin",
        "/admin/disorders/disorder/999999/change/",
    ],
)
@pytest.mark.parametrize("signed_in", [True, False])
def test_every_admin_response_is_private_and_not_stored(client, admin_user, path, signed_in):
    if signed_in:
        client.force_login(admin_user)
    cache_control = client.get(path)["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "public" not in cache_control


@pytest.mark.parametrize(
    "path",
    [
        "/en/disorders/../../etc/passwd",
        "/en/disorders/%2e%2e%2f%2e%2e%2fetc%2fpasswd/",
        "/en/disorders/a%2Fb/",
        "/en/disorders/" + "x" * 5000 + "/",
        "/en/organisations/%00/",
        "/en/disorders/%ff%fe/",
        "/xx/disorders/",
        "/en/disorders/leukemia/feedback/thanks/../../../admin/",
    ],
)
def test_odd_urls_are_404_never_500(client, path):
    make_disorder(slug_en="leukemia")
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("lang", "title"),
    [("en", "Bad request"), ("nl", "Ongeldig verzoek"), ("fr", "Requête incorrecte")],
)
def test_bad_request_page_is_in_the_site_layout_and_language(lang, title):
    response = Client(HTTP_HOST="evil.example", raise_request_exception=False).get(f"/{lang}/")
    assert response.status_code == 400
    assertContains(response, title, status_code=400)
    assertContains(response, "skip-link", status_code=400)


@pytest.mark.parametrize(
    ("lang", "title"),
    [("en", "Your form could not be sent"), ("fr", "Votre formulaire n’a pas pu être envoyé")],
)
def test_forged_form_submission_gets_a_403_page_in_the_readers_language(lang, title):
    disorder = make_disorder()
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/feedback/", {"message": "x" * 20}
    )
    assert response.status_code == 403
    assertContains(response, title, status_code=403)
    assertContains(response, "skip-link", status_code=403)


def test_healthz_is_503_when_the_database_is_down():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_SECRET_KEY": "k",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/nothing",  # nothing listens on port 1
    }
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client(HTTP_HOST='localhost').get('/healthz'); print(r.status_code, r.content.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "503"
    assert json.loads(body)["database"] == "unavailable"


def login(client, username, password):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def test_admin_sign_in_locks_after_repeated_failures_even_with_the_right_password(settings):
    settings.AXES_FAILURE_LIMIT = 5
    User.objects.create_superuser("anna", "anna@example.org", "the right password 123")
    client = Client(REMOTE_ADDR="192.0.2.10")
    for _ in range(5):
        assert login(client, "anna", "wrong").status_code in (200, 429)
    response = login(client, "anna", "the right password 123")
    assert response.status_code == 429
    assertContains(response, "Sign-in locked", status_code=429)
    assert AccessAttempt.objects.filter(
        username="anna"
    ).exists()  # in the database: every instance sees it


def test_failures_from_one_address_do_not_lock_the_owner_out_elsewhere(settings):
    settings.AXES_FAILURE_LIMIT = 3
    User.objects.create_superuser("bart", "bart@example.org", "another right password")
    attacker = Client(REMOTE_ADDR="198.51.100.66")
    for _ in range(3):
        login(attacker, "bart", "wrong")
    assert login(attacker, "bart", "another right password").status_code == 429
    owner = Client(REMOTE_ADDR="192.0.2.20")
    assert login(owner, "bart", "another right password").status_code == 302


def test_failures_from_many_addresses_slow_the_account_down_but_not_its_owner(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.ADMIN_SLOW_DOWN_AFTER = 4
    User.objects.create_superuser("bea", "bea@example.org", "bea's right password")
    assert login(Client(REMOTE_ADDR="192.0.2.30"), "bea", "bea's right password").status_code == 302
    for number in range(4):
        login(Client(REMOTE_ADDR=f"198.51.100.{number}"), "bea", "wrong")
    # Slowed: one attempt a minute from new addresses, whoever makes it.
    assert login(Client(REMOTE_ADDR="198.51.100.10"), "bea", "wrong").status_code == 200
    response = login(Client(REMOTE_ADDR="198.51.100.11"), "bea", "bea's right password")
    assertContains(response, "Sign-in slowed down", status_code=429)
    # Its owner, at the address she signed in from before, is not slowed.
    assert login(Client(REMOTE_ADDR="192.0.2.30"), "bea", "bea's right password").status_code == 302
    # Other accounts are not slowed.
    User.objects.create_superuser("ben", "ben@example.org", "ben's right password")
    assert (
        login(Client(REMOTE_ADDR="198.51.100.12"), "ben", "ben's right password").status_code == 302
    )


def test_the_slow_down_ends_a_minute_after_the_last_attempt(settings, rf):
    settings.ADMIN_SLOW_DOWN_AFTER = 2
    request, now = rf.post("/admin/login/", REMOTE_ADDR="198.51.100.1"), 1_000_000
    for _ in range(2):
        hit("signin-failures", request, (2, 3600), now=now, who="cleo")
    assert is_slowed(request, "cleo", now=now) is False  # takes this minute's attempt
    assert is_slowed(request, "cleo", now=now + 30) is True  # counts as an attempt too
    assert is_slowed(request, "cleo", now=now + 90) is True
    assert is_slowed(request, "cleo", now=now + 90 + 67) is False
    assert is_slowed(request, "someone-else", now=now + 30) is False


def test_lock_out_applies_per_client_across_accounts(settings):
    settings.AXES_FAILURE_LIMIT = 3
    User.objects.create_superuser("carla", "carla@example.org", "carla's right password")
    client = Client(REMOTE_ADDR="192.0.2.50")
    for number in range(3):
        login(client, f"guess{number}", "wrong")
    assert login(client, "carla", "carla's right password").status_code == 429


def test_successful_sign_in_works_and_sessions_end_with_the_browser(client, settings):
    User.objects.create_superuser("dirk", "dirk@example.org", "dirk's right password")
    response = login(client, "dirk", "dirk's right password")
    assert response.status_code == 302
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
