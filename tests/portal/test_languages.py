import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from pytest_django.asserts import assertContains

from tests.factories import make_disorder

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-BE,nl;q=0.9", "/nl/"),
        ("fr-BE,fr;q=0.9,en;q=0.5", "/fr/"),
        ("en-GB", "/en/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_redirects_into_the_readers_language(client):
    response = client.get("/disorders/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/fr/disorders/"


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
@pytest.mark.parametrize("path", ["", "disorders/", "search/?q=x"])
def test_page_declares_its_language_and_links_every_version(client, lang, path):
    response = client.get(f"/{lang}/{path}")
    assertContains(response, f'<html lang="{lang}">')
    for other in ("en", "nl", "fr"):
        assertContains(response, f'<link rel="alternate" hreflang="{other}"')
    assertContains(response, 'hreflang="x-default"')
    assertContains(response, f'hreflang="{lang}" aria-current="true"')


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_language_switcher_keeps_the_reader_on_the_same_disorder(client, lang):
    disorder = make_disorder(slug_en="leukemia", slug_nl="leukemie", slug_fr="leucemie")
    response = client.get(f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/")
    for href in ("/en/disorders/leukemia/", "/nl/disorders/leukemie/", "/fr/disorders/leucemie/"):
        assertContains(response, f'<a href="{href}"')
        assertContains(
            response,
            f'<link rel="alternate" hreflang="{href[1:3]}" href="http://testserver{href}">',
        )


@pytest.mark.parametrize("path", ["", "disorders/", "glossary/", "organisations/", "search/?q=x"])
def test_language_switcher_on_other_pages_leads_to_each_language(client, path):
    content = client.get(f"/nl/{path}").content.decode()
    for lang in ("en", "nl", "fr"):
        href = f"/{lang}/{path}"
        assert f'<a href="{href}" lang="{lang}"' in content
        assert f'hreflang="{lang}" href="http://testserver{href}"' in content


def test_interface_is_translated(client):
    assertContains(client.get("/nl/"), "Naar de inhoud")
    assertContains(client.get("/fr/"), "Aller au contenu")


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def test_every_url_pattern_has_a_name():
    unnamed = [route for route, name in _patterns(get_resolver()) if not name]
    assert unnamed == [], unnamed
