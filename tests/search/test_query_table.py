"""What a patient types, per language, and the page that must come first:
lay words, British and American spellings, accents left out. Runs on
SQLite and on PostgreSQL (DATABASE_URL)."""

from urllib.parse import quote_plus

import pytest
from django.utils.html import escape
from pytest_django.asserts import assertContains

from disorders.models import GlossaryTerm
from search.index import load_entries, search
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    leukemia = make_disorder(
        name_en="Leukemia",
        name_nl="Leukemie",
        name_fr="Leucémie",
        synonyms_en="blood cancer",
        synonyms_nl="bloedkanker",
        synonyms_fr="cancer du sang",
        summary_en="A cancer of the blood-forming cells.",
    )
    make_disorder(
        parent=leukemia,
        name_en="Acute myeloid leukemia (AML)",
        name_nl="Acute myeloïde leukemie (AML)",
        name_fr="Leucémie aiguë myéloïde (LAM)",
        synonyms_en="AML",
        synonyms_nl="AML",
        synonyms_fr="LAM, LMA",
    )
    make_disorder(
        name_en="Aplastic anaemia",
        name_nl="Aplastische anemie",
        name_fr="Anémie aplasique",
        synonyms_nl="bloedarmoede",
        synonyms_fr="anémie",
    )
    make_disorder(
        name_en="Iron-deficiency anaemia",
        name_nl="IJzertekortanemie",
        name_fr="Anémie ferriprive",
        synonyms_en="anemia, lack of iron",
        synonyms_nl="bloedarmoede, ijzertekort",
        synonyms_fr="anémie, manque de fer",
    )
    make_disorder(
        name_en="Haemophilia",
        name_nl="Hemofilie",
        name_fr="Hémophilie",
        synonyms_en="bleeding disorder",
    )
    for name in ("Leukemia support group", "Leukaemia Care", "Leukemia research fund"):
        make_organisation(name_en=name, description_en="Support for people with leukemia.")
    make_organisation(
        name_en="World Federation of Hemophilia", description_en="Hemophilia worldwide."
    )
    GlossaryTerm.objects.create(
        slug="leukocyte",
        term_en="leukocyte",
        term_nl="leukocyt",
        term_fr="leucocyte",
        definition_en="A white blood cell.",
        definition_nl="Een wit bloedcel.",
        definition_fr="Un globule blanc.",
    )


@pytest.mark.parametrize(
    ("language", "query", "first"),
    [
        ("en", "leukaemia", "Leukemia"),
        ("en", "leukemia", "Leukemia"),
        ("en", "blood cancer", "Leukemia"),
        ("en", "AML", "Acute myeloid leukemia (AML)"),
        ("en", "hemophilia", "Haemophilia"),
        ("en", "haemophilia", "Haemophilia"),
        ("en", "anemia", "Iron-deficiency anaemia"),
        ("en", "iron deficiency anemia", "Iron-deficiency anaemia"),
        ("nl", "bloedarmoede", "Aplastische anemie"),
        ("nl", "leukemie", "Leukemie"),
        ("nl", "bloedkanker", "Leukemie"),
        ("nl", "hemofilie", "Hemofilie"),
        ("nl", "ijzertekort", "IJzertekortanemie"),
        ("fr", "leucemie", "Leucémie"),
        ("fr", "LEUCÉMIE", "Leucémie"),
        ("fr", "cancer du sang", "Leucémie"),
        ("fr", "anemie", "Anémie aplasique"),
        ("fr", "hemophilie", "Hémophilie"),
        ("fr", "lma", "Leucémie aiguë myéloïde (LAM)"),
    ],
)
def test_first_result_is_the_page_a_patient_wanted(catalogue, language, query, first):
    found = load_entries(search(query, language))
    assert found and found[0].title == first


def test_british_spelling_finds_the_disorders_before_the_organisations(catalogue):
    kinds = [entry.kind for entry in load_entries(search("leukaemia", "en"))]
    assert kinds == ["disorder", "disorder", "organisation", "organisation", "organisation"]


def test_an_everyday_word_finds_every_page_giving_it_as_another_name(catalogue):
    titles = [entry.title for entry in load_entries(search("bloedarmoede", "nl"))]
    assert titles == ["Aplastische anemie", "IJzertekortanemie"]


@pytest.mark.parametrize(
    ("language", "query", "suggestion"),
    [
        ("en", "leukemai", "Leukemia"),
        ("en", "leucemia", "Leukemia"),
        ("en", "hemofilia", "Haemophilia"),
        ("nl", "leukemai", "Leukemie"),
        ("nl", "hemofilia", "Hemofilie"),
        ("nl", "bloedarmoed", "bloedarmoede"),
        ("fr", "leucemia", "Leucémie"),
        ("fr", "hemofilia", "Hémophilie"),
    ],
)
def test_a_misspelling_offers_the_closest_name_first(
    client, catalogue, language, query, suggestion
):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.context["suggestions"][0][0] == suggestion
    assertContains(response, f'?q={quote_plus(suggestion)}">{escape(suggestion)}</a>')


def test_a_word_of_another_language_links_to_its_results_there(client, catalogue):
    response = client.get("/en/search/", {"q": "bloedarmoede"})
    assertContains(response, "Nothing found for “bloedarmoede”")
    assertContains(
        response, '<a href="/nl/search/?q=bloedarmoede" hreflang="nl">2 results in Dutch</a>'
    )
    assert [code for code, *_rest in response.context["elsewhere"]] == ["nl"]


def test_a_query_found_in_the_readers_language_gives_no_other_language_hint(client, catalogue):
    assert client.get("/nl/search/", {"q": "bloedarmoede"}).context["elsewhere"] == []


def test_a_name_is_offered_once_however_it_is_spelled(client):
    make_disorder(name_en="Leukemia", synonyms_en="leukaemia, LEUKEMIA")
    suggestions = client.get("/en/search/", {"q": "leukemai"}).context["suggestions"]
    assert [name for name, _url in suggestions] == ["Leukemia"]
