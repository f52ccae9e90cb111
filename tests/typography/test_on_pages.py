"""French typography is applied to French pages as they leave the site
(typography.middleware.FrenchTypographyMiddleware), never to what editors
typed, and never to other languages or to markup."""

import json
import re

import pytest
import reversion
from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from disorders.models import Disorder, PendingChange
from tests.factories import admin_form_data, make_disorder, make_role_user, make_section
from typography.middleware import FrenchTypographyMiddleware

pytestmark = pytest.mark.django_db

N = "\u202f"
BODY = '<p>{word} : voir <a href="https://example.org/a:b?c=d">{link}</a> ! À 10:30.</p>'


@pytest.fixture
def disorder():
    disorder = make_disorder(
        name_fr="Leucémie",
        slug_fr="leucemie",
        slug_nl="leukemie",
        summary_fr="Résumé : l'essentiel ?",
    )
    make_section(
        disorder,
        body_en=BODY.format(word="Warning", link="link"),
        body_nl=BODY.format(word="Let op", link="link"),
        body_fr=BODY.format(word="Attention", link="lien"),
    )
    return disorder


def json_ld(response):
    return json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
        ).group(1)
    )


def test_a_french_page_gets_narrow_spaces_in_its_text_not_in_its_links(client, disorder):
    response = client.get("/fr/disorders/leucemie/")
    assertContains(response, f"Attention{N}: voir")
    assertContains(response, f"</a>{N}! À 10:30.")
    assertContains(response, f"Résumé{N}: l\u2019essentiel{N}?")
    assertContains(response, 'href="https://example.org/a:b?c=d"')
    assertNotContains(response, f"a{N}:b")


def test_a_french_pages_structured_data_is_left_as_typed(client, disorder):
    data = json_ld(client.get("/fr/disorders/leucemie/"))
    assert data["description"] == "Résumé : l'essentiel ?"


@pytest.mark.parametrize(("language", "word"), [("en", "Warning"), ("nl", "Let op")])
def test_english_and_dutch_pages_are_left_alone(client, disorder, language, word):
    slug = {"en": disorder.slug_en, "nl": "leukemie"}[language]
    response = client.get(f"/{language}/disorders/{slug}/")
    assertContains(response, f"{word} : voir")
    assertContains(response, "</a> ! À 10:30.")
    assertNotContains(response, N)


def drawn_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.get("X-Page-Cache") != "hit"
    return len(queries)


def test_typography_costs_no_query_and_the_page_cache_keeps_the_set_page(
    client, disorder, django_assert_num_queries
):
    client.get("/nl/disorders/leukemie/")  # warms the schedule and glossary
    english = drawn_queries(client, f"/en/disorders/{disorder.slug_en}/")
    assert drawn_queries(client, "/fr/disorders/leucemie/") == english
    with django_assert_num_queries(0):
        again = client.get("/fr/disorders/leucemie/")
    assert again["X-Page-Cache"] == "hit"
    assertContains(again, f"Attention{N}: voir")
    assert again["Content-Length"] == str(len(again.content))


def test_the_admin_preview_of_a_pending_french_change_is_set_in_french(client, disorder):
    with reversion.create_revision():
        disorder.save()
    client.force_login(make_role_user("Editor"))
    url = f"/admin/disorders/disorder/{disorder.pk}/change/"
    client.post(url, admin_form_data(client.get(url), summary_fr="Nouveau résumé : à lire !"))
    assert PendingChange.objects.get().data["fields"]["summary_fr"] == "Nouveau résumé : à lire !"
    client.force_login(make_role_user("Medical reviewer"))
    preview = f"/admin/disorders/disorder/{disorder.pk}/pending/preview/"
    french = client.get(preview + "fr/", HTTP_ACCEPT_LANGUAGE="en")
    assertContains(french, f"Nouveau résumé{N}: à lire{N}!")
    assert french["Content-Language"] == "fr"
    assertNotContains(client.get(preview + "nl/"), N)
    # What the editor typed is stored as typed.
    assert Disorder.objects.get(pk=disorder.pk).summary_fr == "Résumé : l'essentiel ?"


def test_the_admin_in_french_is_not_set_since_it_shows_texts_in_every_language(client, disorder):
    client.force_login(make_role_user("Medical reviewer"))
    response = client.get(
        f"/admin/disorders/disorder/{disorder.pk}/change/", HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response["Content-Language"] == "fr"
    assertContains(response, "Nom [en]\u00a0:")  # Django's own French, as it is
    assertNotContains(response, N)


def french_response(response):
    request = RequestFactory().get("/fr/")
    with translation.override("fr"):
        return FrenchTypographyMiddleware(lambda request: response)(request)


def test_streaming_and_non_html_responses_are_left_alone():
    streamed = french_response(StreamingHttpResponse(iter([b"<p>Attention : fin</p>"])))
    assert b"".join(streamed.streaming_content) == b"<p>Attention : fin</p>"
    text = french_response(HttpResponse("Attention : fin", content_type="text/plain"))
    assert text.content == b"Attention : fin"
    html = french_response(HttpResponse("<p>Attention : fin</p>"))
    assert html.content.decode() == f"<p>Attention{N}: fin</p>"
