"""Every public page of the demo content, in every language, renders byte
for byte as recorded in rendered_pages.json.gz: work on speed must not
change what readers get. After a deliberate change to the markup, record
the pages again and review the difference:

    RECORD_RENDERED_PAGES=1 DJANGO_SECRET_KEY=x .venv/bin/python -m pytest \\
        tests/portal/test_rendered_pages.py
"""

import gzip
import json
import os
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from disorders.models import Disorder
from organisations.models import Organisation
from pages.models import SitePage

# Ids in the markup come from primary keys: the same on every database.
pytestmark = pytest.mark.django_db(transaction=True, reset_sequences=True)

RECORDED = Path(__file__).with_name("rendered_pages.json.gz")
# When the demo was loaded: the only text that differs between two loads.
LOADED_AT = re.compile(rb'"dateModified": "[^"]+"')


def public_addresses(language):
    with translation.override(language):
        return [
            "/{lang}/",
            "/{lang}/disorders/",
            "/{lang}/glossary/",
            "/{lang}/organisations/",
            "/{lang}/organisations/?language=nl",
            "/{lang}/organisations/?region=flanders&page=1",
            "/{lang}/search/?q=leuk",
            "/{lang}/reuse/",
            *(disorder.get_absolute_url() for disorder in Disorder.objects.published()),
            *(disorder.get_appointment_url() for disorder in Disorder.objects.published()),
            *(organisation.get_absolute_url() for organisation in Organisation.objects.active()),
            *(page.get_absolute_url() for page in SitePage.objects.published()),
        ]


def rendered_pages(client):
    call_command("load_demo_content", stdout=StringIO())
    pages = {}
    for language, _name in settings.LANGUAGES:
        for address in public_addresses(language):
            address = address.format(lang=language)
            response = client.get(address)
            assert response.status_code == 200, address
            pages[address] = LOADED_AT.sub(b'"dateModified": ""', response.content).decode()
    return pages


def test_every_public_page_renders_as_recorded(client):
    pages = rendered_pages(client)
    if os.environ.get("RECORD_RENDERED_PAGES") == "1":
        RECORDED.write_bytes(
            gzip.compress(json.dumps(pages, indent=0, sort_keys=True).encode(), mtime=0)
        )
    recorded = json.loads(gzip.decompress(RECORDED.read_bytes()))
    assert sorted(pages) == sorted(recorded)
    for address, html in pages.items():
        assert html == recorded[address], address
