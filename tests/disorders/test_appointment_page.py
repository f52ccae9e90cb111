import pytest
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from disorders.models import Disorder, DisorderSection
from tests.factories import make_disorder, make_organisation, make_section

pytestmark = pytest.mark.django_db

PATHS = {"en": "appointment", "nl": "afspraak", "fr": "rendez-vous"}


def appointment_url(disorder, lang):
    return f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/{PATHS[lang]}/"


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_appointment_page_has_a_named_translated_address(client, lang):
    disorder = make_disorder()
    with translation.override(lang):
        assert disorder.get_appointment_url() == appointment_url(disorder, lang)
    response = client.get(appointment_url(disorder, lang))
    assert response.status_code == 200
    assert not response.cookies
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("lang", "title", "questions"),
    [
        ("en", "Prepare for your appointment", "Questions to ask your haematologist"),
        ("nl", "Voorbereiden op uw afspraak", "Vragen voor uw hematoloog"),
        ("fr", "Préparer votre rendez-vous", "Questions à poser à votre hématologue"),
    ],
)
def test_appointment_page_holds_what_to_take_along(client, lang, title, questions):
    disorder = make_disorder(
        questions_en="<ul><li>Which type do I have?</li></ul>",
        questions_nl="<ul><li>Welk type heb ik?</li></ul>",
        questions_fr="<ul><li>Quel type ai-je ?</li></ul>",
    )
    make_section(disorder, heading_en="Ordinary section", body_en="<p>Long story.</p>")
    make_section(
        disorder,
        callout=DisorderSection.Callout.KEY_POINTS,
        **{f"body_{code}": f"<p>Key {code}.</p>" for code in ("en", "nl", "fr")},
    )
    make_section(
        disorder,
        callout=DisorderSection.Callout.URGENT,
        **{f"body_{code}": f"<p>Urgent {code}.</p>" for code in ("en", "nl", "fr")},
    )
    make_organisation(
        name_en="Helping hand",
        phone="+32 2 123 45 67",
        email="help@example.org",
        website="https://example.org/",
        languages=[lang],
        disorders=[disorder],
    )
    content = client.get(appointment_url(disorder, lang)).content.decode()
    for text in [
        title,
        getattr(disorder, f"summary_{lang}"),
        f"Urgent {lang}.",
        f"Key {lang}.",
        questions,
        # French pages get a narrow no-break space before "?" (typography/french.py).
        {"en": "Which type do I have?", "nl": "Welk type heb ik?", "fr": "Quel type ai-je\u202f?"}[
            lang
        ],
        "Helping hand",
        'href="tel:+3221234567"',
        "help@example.org",
        "https://example.org/",
        'class="appointment__lines"',
    ]:
        assert text in content, text
    assert (
        content.index(f"Urgent {lang}.") < content.index(f"Key {lang}.") < content.index(questions)
    )
    assert "Long story." not in content


def test_appointment_page_offers_general_questions_when_none_are_written(client):
    disorder = make_disorder()
    response = client.get(disorder.get_appointment_url())
    assertContains(response, "Who do I call if I feel unwell, also at night and at weekends?")


def test_disorder_page_links_to_its_appointment_page(client):
    disorder = make_disorder()
    response = client.get(disorder.get_absolute_url())
    assertContains(
        response, f'<a href="{disorder.get_appointment_url()}">Prepare for your appointment</a>'
    )


def test_draft_has_no_appointment_page(client):
    disorder = make_disorder(status=Disorder.Status.DRAFT)
    assert client.get(disorder.get_appointment_url()).status_code == 404


def test_another_languages_slug_redirects_to_this_languages_appointment_page(client):
    disorder = make_disorder()
    response = client.get(f"/nl/disorders/{disorder.slug_en}/afspraak/")
    assertRedirects(response, appointment_url(disorder, "nl"), status_code=301)


def test_appointment_page_is_kept_until_the_disorder_changes(client):
    disorder = make_disorder()
    url = disorder.get_appointment_url()
    assertContains(client.get(url), disorder.summary_en)
    disorder.summary_en = "A new summary."
    disorder.save()
    assertContains(client.get(url), "A new summary.")
    assertNotContains(client.get(url), "Summary of disorder")


@pytest.mark.parametrize("n", [1, 5])
def test_appointment_query_count_is_constant(assert_page_queries, n):
    parent = make_disorder(organisations=n)
    subtype = make_disorder(parent=parent, sections=n, organisations=n)
    # disorder, sections, organisations and their languages, the parent's
    # organisations and their languages
    assert_page_queries(subtype.get_appointment_url(), 6)
