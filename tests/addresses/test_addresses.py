"""A renamed page stays reachable at every address it had."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from disorders.models import Disorder
from tests.factories import make_disorder, make_organisation, make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "nl", "fr"]


def rename(disorder, **slugs):
    for field, value in slugs.items():
        setattr(disorder, field, value)
    disorder.save()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_renamed_disorder_is_reachable_at_its_old_address(client, lang):
    disorder = make_disorder(slug_en="leukaemia", slug_nl="leukemie-oud", slug_fr="leucemie-old")
    old = {"en": "leukaemia", "nl": "leukemie-oud", "fr": "leucemie-old"}[lang]
    rename(disorder, **{f"slug_{lang}": f"{old}-new"})
    response = client.get(f"/{lang}/disorders/{old}/")
    assertRedirects(response, f"/{lang}/disorders/{old}-new/", status_code=301)
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert not response.cookies


def test_the_english_slug_a_language_falls_back_to_is_redirected_in_that_language_too(client):
    disorder = make_disorder(slug_en="anemia", slug_nl=None, slug_fr="anemie")
    rename(disorder, slug_en="anaemia")
    assertRedirects(client.get("/nl/disorders/anemia/"), "/nl/disorders/anaemia/", 301)
    assert client.get("/fr/disorders/anemie/").status_code == 200


def test_every_old_address_leads_to_the_newest_in_one_step(client):
    disorder = make_disorder(slug_en="first")
    rename(disorder, slug_en="second")
    rename(disorder, slug_en="third")
    assertRedirects(client.get("/en/disorders/first/"), "/en/disorders/third/", 301)
    assertRedirects(client.get("/en/disorders/second/"), "/en/disorders/third/", 301)


def test_an_address_taken_back_serves_the_page_again(client):
    disorder = make_disorder(slug_en="first")
    rename(disorder, slug_en="second")
    rename(disorder, slug_en="first")
    assert client.get("/en/disorders/first/").status_code == 200
    assertRedirects(client.get("/en/disorders/second/"), "/en/disorders/first/", 301)


def test_a_draft_leaves_no_redirect_behind(client):
    disorder = make_disorder(slug_en="draft-name", status=Disorder.Status.DRAFT)
    rename(disorder, slug_en="other-name")
    assert client.get("/en/disorders/draft-name/").status_code == 404


def test_a_renamed_organisation_is_reachable_at_its_old_address(client):
    organisation = make_organisation(slug="old-group")
    organisation.slug = "new-group"
    organisation.save()
    for lang in LANGUAGES:
        assertRedirects(
            client.get(f"/{lang}/organisations/old-group/"),
            f"/{lang}/organisations/new-group/",
            301,
        )


def test_the_sitemap_lists_only_current_addresses(client):
    disorder = make_disorder(slug_en="before")
    rename(disorder, slug_en="after")
    response = client.get("/sitemap.xml")
    assertContains(response, "/en/disorders/after/")
    assertNotContains(response, "/disorders/before/")


def test_staff_see_the_old_addresses_in_the_admin(client):
    disorder = make_disorder(slug_en="before")
    rename(disorder, slug_en="after")
    client.force_login(make_staff(superuser=True))
    response = client.get("/admin/addresses/oldaddress/", {"q": "before"})
    assertContains(response, "/en/disorders/before/")
