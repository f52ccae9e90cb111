import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from pytest_django.asserts import assertContains

from pages.models import SitePage
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
PAGES = ["about", "editorial-policy", "privacy", "accessibility", "funding"]


@pytest.fixture
def demo_pages():
    call_command("load_demo_content", stdout=StringIO())


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
@pytest.mark.parametrize("page", PAGES)
def test_every_trust_page_is_published_in_every_language_and_says_it_is_a_demo(
    client, demo_pages, lang, page
):
    response = client.get(f"/{lang}/{page}/")
    assert response.status_code == 200
    site_page = SitePage.objects.get(kind=page.replace("-", "_"))
    assertContains(response, f"<h1>{getattr(site_page, f'title_{lang}')}</h1>")
    demo_word = {"en": "demonstration", "nl": "demonstratie", "fr": "démonstration"}[lang]
    assert demo_word in getattr(site_page, f"body_{lang}").lower()


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_every_page_links_the_trust_pages_in_its_footer(client, lang):
    response = client.get(f"/{lang}/")
    for page in PAGES:
        assertContains(response, f'href="/{lang}/{page}/"')


def test_draft_trust_page_is_404_for_readers_and_previewable_by_staff(client):
    page = SitePage.objects.create(
        kind="about", title_en="About us", body_en="<p>Text.</p>", status="draft"
    )
    assert client.get(page.get_absolute_url()).status_code == 404
    client.force_login(make_staff(permissions=["view_sitepage"]))
    assertContains(client.get(page.get_absolute_url()), "notice--preview")


def test_scheduled_trust_page_appears_at_its_time(client):
    page = SitePage.objects.create(
        kind="privacy",
        title_en="Privacy",
        body_en="<p>Text.</p>",
        status="published",
        publish_at=timezone.now() + datetime.timedelta(hours=1),
    )
    assert client.get(page.get_absolute_url()).status_code == 404
    SitePage.objects.filter(pk=page.pk).update(
        publish_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get(page.get_absolute_url()).status_code == 200


def test_trust_page_text_is_sanitised(admin_client):
    admin_client.post(
        "/admin/pages/sitepage/add/",
        {
            "kind": "funding",
            "title_en": "Funding",
            "body_en": '<p onclick="x()">No funding.</p><script>x()</script>',
            "status": "draft",
        },
    )
    assert SitePage.objects.get(kind="funding").body_en == "<p>No funding.</p>"


def test_trust_page_edits_are_kept_as_revisions(admin_client):
    from reversion.models import Version

    admin_client.post(
        "/admin/pages/sitepage/add/",
        {"kind": "about", "title_en": "About", "body_en": "<p>One.</p>", "status": "draft"},
    )
    page = SitePage.objects.get(kind="about")
    admin_client.post(
        f"/admin/pages/sitepage/{page.pk}/change/",
        {"title_en": "About us", "body_en": "<p>Two.</p>", "status": "draft"},
    )
    assert Version.objects.get_for_object(page).count() == 2
