"""A disorder's article is drawn once and stored, and drawn again when what
it shows changes or the code is released anew: a request the page cache
does not answer draws only the frame around it."""

from io import StringIO

import pytest
from django.core.management import call_command
from pytest_django.asserts import assertContains

from disorders.models import DisorderSection
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
        f"disorder-{disorder.pk}:en",
        f"disorder-{disorder.pk}:nl",
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
    stored = Fragment.objects.get(key=f"disorder-{disorders[0].pk}:en").html
    assert stored in client.get(disorders[0].get_absolute_url()).content.decode()


def test_replacing_the_whole_content_draws_every_article_again(client):
    disorder = make_disorder(summary_en="The summary.")
    client.get(disorder.get_absolute_url())
    Fragment.objects.update(html="<p>Drawn before the restore.</p>")
    content_replaced.send(sender=None)
    assertContains(client.get(disorder.get_absolute_url()), "The summary.")
