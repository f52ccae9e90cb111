import xml.etree.ElementTree as ElementTree

import pytest
from django.utils import translation

from disorders.models import GlossaryTerm
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db


def test_sitemap_is_valid_xml_with_every_page_in_every_language(client):
    disorder = make_disorder()
    GlossaryTerm.objects.create(slug="x", term_en="x", definition_en="x")
    content = client.get("/sitemap.xml").content
    root = ElementTree.fromstring(content)
    namespace = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    for lang in ("en", "nl", "fr"):
        assert f"http://testserver/{lang}/glossary/" in locations
        assert f"http://testserver/{lang}/" in locations
        assert (
            f"http://testserver/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/" in locations
        )
    for url in root.findall("s:url", namespace):
        hreflangs = {link.get("hreflang") for link in url.findall("x:link", namespace)}
        assert {"en", "nl", "fr", "x-default"} <= hreflangs


def test_sitemap_lists_disorder_in_every_language_with_alternates(client):
    published_disorder = make_disorder()
    draft = make_disorder(status="draft")
    content = client.get("/sitemap.xml").content.decode()
    for lang in ("en", "nl", "fr"):
        url = f"http://testserver/{lang}/disorders/{getattr(published_disorder, f'slug_{lang}')}/"
        assert f"<loc>{url}</loc>" in content
        assert f'hreflang="{lang}" href="{url}"' in content
    assert draft.slug_en not in content


def test_sitemap_lists_each_appointment_page_in_every_language(client):
    disorder = make_disorder()
    draft = make_disorder(status="draft")
    content = client.get("/sitemap.xml").content.decode()
    for lang in ("en", "nl", "fr"):
        with translation.override(lang):
            url = f"http://testserver{disorder.get_appointment_url()}"
        assert f"<loc>{url}</loc>" in content
    with translation.override("en"):
        assert draft.get_appointment_url() not in content
