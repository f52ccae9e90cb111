"""A disorder's page is drawn once and stored under its address, and
drawn again when what it shows changes, when a disorder takes or leaves
the address, when a schedule takes it off the site, or when the code is
released anew: a request the page cache does not answer draws only the
frame around it."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from pytest_django.asserts import assertContains

from disorders.models import Disorder, DisorderSection
from pagecache.models import Fragment
from portal.signals import content_replaced
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_the_article_is_stored_once_per_language(client):
    disorder = make_disorder(sections=2)
    for language in ("en", "nl", "en"):
        with_language = client.get(
            f"/{language}/disorders/{getattr(disorder, f'slug_{language}')}/"
        )
        assert with_language.status_code == 200
    assert sorted(Fragment.objects.values_list("key", flat=True)) == [
        f"disorder-page:{disorder.slug_nl}:nl",
        f"disorder-page:{disorder.slug_en}:en",
    ]


def test_a_section_edit_draws_the_article_again(client):
    disorder = make_disorder(sections=1)
    client.get(disorder.get_absolute_url())
    section = DisorderSection.objects.get(disorder=disorder)
    section.body_en = "<p>Rewritten for readers.</p>"
    section.save()
    assertContains(client.get(disorder.get_absolute_url()), "Rewritten for readers.")


def test_an_organisation_edit_draws_the_articles_that_list_it_again(client):
    disorder = make_disorder()
    organisation = make_organisation(name_en="Blood Friends", disorders=[disorder])
    assertContains(client.get(disorder.get_absolute_url()), "Blood Friends")
    organisation.name_en = "Blood Friends Belgium"
    organisation.save()
    assertContains(client.get(disorder.get_absolute_url()), "Blood Friends Belgium")


def test_an_article_stored_by_another_release_is_drawn_again(client):
    disorder = make_disorder(summary_en="The summary.")
    client.get(disorder.get_absolute_url())
    Fragment.objects.update(release="older", html="<p>Drawn by older code.</p>")
    response = client.get(disorder.get_absolute_url())
    assertContains(response, "The summary.")
    assert "older" not in Fragment.objects.values_list("release", flat=True)


def test_a_staff_preview_is_never_stored(admin_client):
    draft = make_disorder(status="draft")
    assertContains(admin_client.get(draft.get_absolute_url()), "Preview.")
    assert not Fragment.objects.exists()


def test_the_release_step_draws_every_published_article_in_every_language(client):
    disorders = [make_disorder(sections=1), make_disorder()]
    make_disorder(status="draft")
    call_command("draw_articles", stdout=StringIO())
    assert Fragment.objects.count() == 2 * 3
    # What a reader then gets is what the command stored.
    stored = Fragment.objects.get(key=f"disorder-page:{disorders[0].slug_en}:en").html
    assert stored in client.get(disorders[0].get_absolute_url()).content.decode()


def test_replacing_the_whole_content_draws_every_article_again(client):
    disorder = make_disorder(summary_en="The summary.")
    client.get(disorder.get_absolute_url())
    Fragment.objects.update(html="<p>Drawn before the restore.</p>")
    content_replaced.send(sender=None)
    assertContains(client.get(disorder.get_absolute_url()), "The summary.")


def test_the_release_step_forgets_what_older_releases_stored():
    make_disorder()
    Fragment.objects.create(key="disorder-page:gone:en", release="older", html="<p>Old.</p>")
    call_command("draw_articles", stdout=StringIO())
    assert not Fragment.objects.filter(release="older").exists()
    assert Fragment.objects.count() == 3


def test_a_renamed_address_is_not_served_from_what_was_stored_there(client):
    disorder = make_disorder(slug_en="old-name")
    client.get("/en/disorders/old-name/")
    disorder.slug_en = "new-name"
    disorder.save()
    response = client.get("/en/disorders/old-name/")
    assert response.status_code == 301
    assert response["Location"] == "/en/disorders/new-name/"


def test_a_disorder_taking_an_address_replaces_the_page_stored_there(client):
    # /nl/disorders/shared/ shows the English fallback of an untranslated
    # disorder, until another disorder takes "shared" as its Dutch slug:
    # a slug of the reader's language wins.
    make_disorder(name_en="Untranslated", slug_en="shared", translated=False)
    taker = make_disorder(name_nl="Neemt het adres", slug_nl="elsewhere")
    assertContains(client.get("/nl/disorders/shared/"), "Untranslated")
    with translation.override("en"):
        taker.slug_nl = "shared"
        taker.save()
    assertContains(client.get("/nl/disorders/shared/"), "Neemt het adres")


def test_an_unpublished_disorder_is_not_served_from_its_stored_page(client):
    disorder = make_disorder()
    client.get(disorder.get_absolute_url())
    disorder.status = Disorder.Status.DRAFT
    disorder.save()
    assert client.get(disorder.get_absolute_url()).status_code == 404


def test_a_page_stored_until_its_scheduled_end_is_drawn_again_after_it(client, clock):
    parent = make_disorder(unpublish_at=timezone.now() + datetime.timedelta(hours=2))
    subtype = make_disorder(
        parent=parent, unpublish_at=timezone.now() + datetime.timedelta(hours=3)
    )
    assert client.get(subtype.get_absolute_url()).status_code == 200
    # The parent's end comes first, and takes its subtypes with it.
    assert Fragment.objects.get().expires_at == parent.unpublish_at
    clock.advance(2 * 60 * 60 + 1)
    assert client.get(subtype.get_absolute_url()).status_code == 404


def test_a_page_stored_for_another_site_address_is_drawn_again(client, settings):
    disorder = make_disorder()
    client.get(disorder.get_absolute_url())
    settings.SITE_URL = "https://bloed.example"
    assertContains(
        client.get(disorder.get_absolute_url()),
        f'"url": "https://bloed.example{disorder.get_absolute_url()}"',
    )


def test_the_release_step_stores_at_a_shared_address_the_page_a_reader_gets(client):
    # In Dutch, "shared" is the fallback address of the untranslated
    # disorder and the own slug of the other: the own slug wins.
    make_disorder(name_en="Untranslated", slug_en="shared", translated=False)
    make_disorder(name_nl="Eigen adres", slug_nl="shared")
    call_command("draw_articles", stdout=StringIO())
    stored = Fragment.objects.get(key="disorder-page:shared:nl")
    assert "Eigen adres" in stored.html
    assertContains(client.get("/nl/disorders/shared/"), "Eigen adres")


def test_a_disorder_published_on_schedule_takes_over_its_address_when_it_comes(client, clock):
    make_disorder(name_en="Untranslated", slug_en="shared", translated=False)
    make_disorder(
        name_nl="Eigen adres",
        slug_nl="shared",
        publish_at=timezone.now() + datetime.timedelta(hours=1),
    )
    assertContains(client.get("/nl/disorders/shared/"), "Untranslated")
    clock.advance(60 * 60 + 1)
    assertContains(client.get("/nl/disorders/shared/"), "Eigen adres")


def test_a_page_with_the_longest_slug_is_stored(client):
    slug = "a" * 200
    disorder = make_disorder(slug_en=slug)
    assert client.get(disorder.get_absolute_url()).status_code == 200
    assert Fragment.objects.filter(key=f"disorder-page:{slug}:en").exists()
