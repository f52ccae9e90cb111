import gzip
import re
from io import StringIO

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024


@pytest.mark.parametrize(
    "url", ["/en/disorders/leukemia/", "/nl/disorders/leukemie/", "/fr/disorders/leucemie/"]
)
def test_leukemia_page_with_its_css_and_scripts_weighs_at_most_60_kb_gzipped(client, url):
    call_command("load_demo_content", stdout=StringIO())
    html = client.get(url).content
    assets = re.findall(rb'<link rel="stylesheet" href="/static/([^"]+)"', html)
    assets += re.findall(rb'<script[^>]* src="/static/([^"]+)"', html)
    assert assets, "the page links its stylesheet"
    weight = len(gzip.compress(html))
    for asset in assets:
        with open(finders.find(asset.decode()), "rb") as file:
            weight += len(gzip.compress(file.read()))
    assert weight <= BUDGET, f"{weight} bytes"
