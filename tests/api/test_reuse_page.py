import pytest
from pytest_django.asserts import assertContains

pytestmark = pytest.mark.django_db

TITLES = {
    "en": "Reuse our content",
    "nl": "Onze inhoud hergebruiken",
    "fr": "Réutiliser notre contenu",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_reuse_page_gives_licence_example_and_rate_limit(client, settings, lang):
    settings.API_RATE_LIMIT = (120, 60)
    settings.CONTENT_LICENCE_NAME = "Example licence 1.0"
    settings.CONTENT_LICENCE_URL = "https://licences.example/1.0/"
    response = client.get(f"/{lang}/reuse/")
    assertContains(response, f"<h1>{TITLES[lang]}</h1>", html=True)
    assertContains(response, '<a href="https://licences.example/1.0/">Example licence 1.0</a>')
    assertContains(response, 'curl "http://testserver/api/v1/disorders/?lang=nl"')
    assertContains(response, "120")
    assert not response.cookies


def test_reuse_page_says_when_there_is_no_rate_limit(client, settings):
    settings.API_RATE_LIMIT = None
    assertContains(client.get("/en/reuse/"), "The API has no rate limit at present.")


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_every_page_links_to_the_reuse_page_in_its_footer(client, lang):
    assertContains(client.get(f"/{lang}/glossary/"), f'href="/{lang}/reuse/"')
