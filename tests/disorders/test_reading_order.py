import pytest

from disorders.models import DisorderSection
from tests.factories import make_disorder, make_section

pytestmark = pytest.mark.django_db

URGENT = DisorderSection.Callout.URGENT
KEY_POINTS = DisorderSection.Callout.KEY_POINTS


def sections_in_three_languages(disorder, name, position, callout=""):
    return make_section(
        disorder,
        position=position,
        callout=callout,
        heading_en=f"{name} en",
        heading_nl=f"{name} nl",
        heading_fr=f"{name} fr",
        body_en=f"<p>{name} text en.</p>",
        body_nl=f"<p>{name} text nl.</p>",
        body_fr=f"<p>{name} text fr.</p>",
    )


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_summary_then_urgent_help_then_key_points_then_contents_then_sections(client, lang):
    disorder = make_disorder()
    sections_in_three_languages(disorder, "What it is", 1)
    sections_in_three_languages(disorder, "Key points", 2, KEY_POINTS)
    sections_in_three_languages(disorder, "Treatment", 3)
    sections_in_three_languages(disorder, "Urgent help", 4, URGENT)
    url = f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/"
    content = client.get(url).content.decode()
    main = content[content.index('<main id="main-content"') :]
    order = [
        "<h1>",
        'class="lead"',
        f"Urgent help {lang}</h2>",
        f"Key points {lang}</h2>",
        'id="toc-heading"',
        f"What it is {lang}</h2>",
        f"Treatment {lang}</h2>",
    ]
    positions = [main.index(marker) for marker in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_call_outs_stay_in_the_contents_list_in_reading_order(client, lang):
    disorder = make_disorder()
    sections_in_three_languages(disorder, "What it is", 1)
    sections_in_three_languages(disorder, "Key points", 2, KEY_POINTS)
    sections_in_three_languages(disorder, "Urgent help", 3, URGENT)
    url = f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/"
    content = client.get(url).content.decode()
    toc = content[
        content.index('id="toc-heading"') : content.index(
            "</nav>", content.index('id="toc-heading"')
        )
    ]
    entries = [f'">Urgent help {lang}</a>', f'">Key points {lang}</a>', f'">What it is {lang}</a>']
    positions = [toc.index(entry) for entry in entries]
    assert positions == sorted(positions)
