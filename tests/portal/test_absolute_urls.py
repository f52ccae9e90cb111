"""Absolute addresses come from SITE_URL, never from the Host header a
client sent (any name in DJANGO_ALLOWED_HOSTS would otherwise end up in
canonical links, shared caches and e-mails)."""

import pytest
from django.core.checks import run_checks

from feedback.forms import form_started_token
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"
OTHER_HOST = "other.example.org"


@pytest.fixture
def other_host_client(client, settings):
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["portal.example.org", OTHER_HOST]
    client.defaults["HTTP_HOST"] = OTHER_HOST
    return client


def test_disorder_page_links_and_data_use_the_site_url(other_host_client):
    disorder = make_disorder()
    content = other_host_client.get(disorder.get_absolute_url()).content.decode()
    url = f"{SITE}{disorder.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in content
    assert f'<meta property="og:url" content="{url}">' in content
    assert f'"url": "{url}"' in content  # JSON-LD
    assert f'hreflang="en" href="{url}"' in content
    assert OTHER_HOST not in content


@pytest.mark.parametrize("path", ["/en/", "/nl/disorders/", "/fr/organisations/"])
def test_every_page_links_its_languages_on_the_site_url(other_host_client, path):
    content = other_host_client.get(path).content.decode()
    assert f'hreflang="x-default" href="{SITE}/' in content
    assert OTHER_HOST not in content


def test_sitemap_and_robots_txt_use_the_site_url(other_host_client):
    disorder = make_disorder()
    organisation = make_organisation()
    sitemap = other_host_client.get("/sitemap.xml").content.decode()
    assert f"<loc>{SITE}{disorder.get_absolute_url()}</loc>" in sitemap
    assert f"<loc>{SITE}{organisation.get_absolute_url()}</loc>" in sitemap
    assert f"<loc>{SITE}/en/</loc>" in sitemap
    assert OTHER_HOST not in sitemap
    robots = other_host_client.get("/robots.txt").content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots


def test_feedback_e_mail_links_to_the_site_url(
    other_host_client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_MIN_SECONDS = 0
    settings.FEEDBACK_NOTIFY_EMAIL = "editors@example.org"
    disorder = make_disorder()
    with django_capture_on_commit_callbacks(execute=True):
        other_host_client.post(
            f"/en/disorders/{disorder.slug_en}/feedback/",
            {
                "kind": "unclear",
                "message": "A word on this page is not explained.",
                "started": form_started_token(disorder),
            },
        )
    [mail] = mailoutbox
    assert f"{SITE}/admin/feedback/feedback/" in mail.body
    assert OTHER_HOST not in mail.body


@pytest.mark.parametrize(
    "site_url, https, warning",
    [
        ("http://127.0.0.1:8000", False, "portal.W002"),
        ("http://portal.example.org", True, "portal.W003"),
        ("https://portal.example.org", True, None),
    ],
)
def test_deploy_checks_warn_about_a_site_url_left_unset(settings, site_url, https, warning):
    settings.SITE_URL, settings.HTTPS = site_url, https
    found = {message.id for message in run_checks(include_deployment_checks=True)}
    assert {"portal.W002", "portal.W003"} & found == ({warning} if warning else set())


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1/disorders/", "/en/reuse/"])
def test_api_links_use_the_site_url(other_host_client, path):
    make_disorder()
    content = other_host_client.get(path).content.decode()
    assert f"{SITE}/api/v1/" in content
    assert OTHER_HOST not in content
