import pytest
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from disorders.models import GlossaryTerm
from search.index import fold, load_entries, plain_blocks, plain_text, search
from tests.factories import make_disorder, make_organisation, make_section

pytestmark = pytest.mark.django_db


def titles(query, language="en"):
    return [entry.title for entry in load_entries(search(query, language))]


@pytest.fixture
def catalogue():
    leukemia = make_disorder(
        name_en="Leukemia",
        name_fr="Leucémie",
        name_nl="Leukemie",
        summary_en="A cancer of the blood.",
        summary_nl="Een kanker van het bloed en het beenmerg.",
        summary_fr="Un cancer du sang.",
        synonyms_nl="bloedkanker",
    )
    aml = make_disorder(
        parent=leukemia,
        name_en="Acute myeloid leukemia (AML)",
        name_fr="Leucémie aiguë myéloïde (LAM)",
        name_nl="Acute myeloïde leukemie (AML)",
        synonyms_en="AML",
        synonyms_fr="LAM, LMA",
        summary_en="A fast-growing leukemia.",
    )
    make_section(
        leukemia, body_en="<p>It starts in the bone marrow, where blood cells are made.</p>"
    )
    anaemia = make_disorder(
        name_en="Aplastic anaemia", summary_en="The bone marrow makes too few cells."
    )
    term = GlossaryTerm.objects.create(
        slug="bone-marrow",
        term_en="bone marrow",
        term_nl="beenmerg",
        term_fr="moelle osseuse",
        definition_en="Soft tissue inside bones.",
        definition_nl="Zacht weefsel in de botten.",
        definition_fr="Tissu mou dans les os.",
    )
    return {"leukemia": leukemia, "aml": aml, "anaemia": anaemia, "term": term}


def test_french_search_ignores_accents_and_case(catalogue):
    assert titles("leucemie", "fr")[0] == "Leucémie"
    assert titles("LEUCÉMIE aigue", "fr")[0] == "Leucémie aiguë myéloïde (LAM)"


def test_abbreviation_and_synonym_find_their_page_first(catalogue):
    assert titles("AML")[0] == "Acute myeloid leukemia (AML)"
    assert titles("lma", "fr")[0] == "Leucémie aiguë myéloïde (LAM)"
    assert titles("bloedkanker", "nl")[0] == "Leukemie"


def test_dutch_search_finds_the_pages_using_a_word_then_the_glossary_term(catalogue):
    assert titles("beenmerg", "nl") == ["Leukemie", "beenmerg"]


def test_title_matches_rank_before_summary_before_body(catalogue):
    make_disorder(name_en="Marrow failure", summary_en="Nothing else.")
    assert titles("marrow") == ["Marrow failure", "Aplastic anaemia", "Leukemia", "bone marrow"]


def test_words_match_at_their_start_only(catalogue):
    assert "Leukemia" not in titles("kemia")


def test_every_word_must_match(catalogue):
    assert titles("bone leukemia") == ["Leukemia"]


def test_drafts_and_inactive_organisations_are_not_found():
    make_disorder(name_en="Hidden disorder", status="draft")
    make_organisation(name_en="Closed group", is_active=False)
    assert titles("hidden") == [] and titles("closed") == []


def test_edits_and_deletions_reach_the_index():
    disorder = make_disorder(name_en="Old name")
    disorder.name_en = "Fresh name"
    disorder.save()
    assert titles("fresh") == ["Fresh name"] and titles("old") == []
    disorder.delete()
    assert titles("fresh") == []


def test_folding_keeps_positions():
    text = "Leucémie aiguë, l’ÉTÉ"
    assert len(fold(text)) == len(text)
    assert fold(text) == "leucemie aigue  l ete"


def test_words_of_adjacent_blocks_stay_apart_and_entities_are_read():
    assert (
        plain_text("<ul><li>swollen</li></ul><p>These&nbsp;cells &amp; more</p>")
        == "swollen These cells & more"
    )
    disorder = make_disorder(name_en="Somewhere")
    make_section(disorder, body_en="<ul><li>swollen</li></ul><p>Treatment follows.</p>")
    assert titles("treatment") == ["Somewhere"]


def test_text_typed_with_separate_accent_marks_is_found():
    make_disorder(name_fr="Ane\u0301mie", summary_fr="Une ane\u0301mie.")
    assert titles("anémie", "fr") == ["Anémie"]


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_results_page_shows_title_kind_and_highlighted_snippet(client, catalogue, lang):
    query = {"en": "marrow", "nl": "beenmerg", "fr": "sang"}[lang]
    response = client.get(f"/{lang}/search/", {"q": query})
    assertContains(response, "<mark>")
    assertContains(response, 'class="search-result__kind"')


def test_snippet_escapes_content_and_query(client):
    make_disorder(name_en="Harmless", summary_en='Beware <script>alert("x")</script> of scripts.')
    response = client.get("/en/search/", {"q": "beware <script>"})
    assertNotContains(response, '<script>alert("x")')
    assertContains(
        response, "&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt;"
    )


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE disorders_disorder; --",
        "%_%",
        ".*+?[(",
        "\\",
        "x" * 10000,
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ‮ ﷽",
        "\u0000",
        "   ",
        '"',
        '"leuk',
        "leuk*",
        "* AND *",
        "NEAR(leukemia marrow)",
        "leukemia NOT marrow OR blood",
        "leukemia:* & !marrow | (blood)",
        "a:B & c",
        "!!!",
        "((()))",
        "^leukemia",
        "leu\u0000kemia",
        "лейкемия белокровие 白血病 leucémie",
        "l" * 199 + "é",
        " ".join(["leukemia"] * 100),
    ],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hostile_queries_give_a_normal_page(client, catalogue, query, lang):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.context["suggestions"], list)


def test_no_results_page_helps_the_reader_on(client, catalogue):
    response = client.get("/en/search/", {"q": "zzzzqqq"})
    assertContains(response, "Nothing found for “zzzzqqq”")
    assertContains(response, 'href="/en/disorders/"')
    assertContains(response, 'href="/en/glossary/"')


def test_empty_query_explains_what_to_search(client):
    assertContains(client.get("/en/search/"), "an abbreviation such as AML")


def test_a_few_results_more_than_a_page_stay_on_one_page(client):
    for number in range(11):
        make_disorder(name_en=f"Blood thing {number}")
    response = client.get("/en/search/", {"q": "blood"})
    assertNotContains(response, "Page 1 of")
    assert len(response.context["page"].object_list) == 11


def test_many_results_are_paginated(client):
    for number in range(30):
        make_disorder(name_en=f"Blood thing {number}")
    response = client.get("/en/search/", {"q": "blood", "page": "2"})
    assertContains(response, "Page 2 of 2")
    assert len(response.context["page"].object_list) == 10


def test_search_is_in_the_readers_language(catalogue):
    with translation.override("fr"):
        [first] = load_entries(search("leucemie")[:1])
        assert first.url == "/fr/disorders/" + catalogue["leukemia"].slug_fr + "/"


def test_search_finds_a_disorder_by_its_name_in_the_readers_language(client):
    make_disorder(name_nl="Sikkelcelziekte")
    response = client.get("/nl/search/", {"q": "sikkel"})
    assertContains(response, "Sikkelcelziekte")


def test_search_with_a_hostile_query_is_a_normal_page(client):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>' OR 1=1 -- %_\\" * 50})
    assert response.status_code == 200
    assertNotContains(response, "<script>alert(1)")


def test_search_with_control_characters_is_a_normal_page(client):
    make_disorder(name_en="Sickle cell disease")
    response = client.get("/en/search/", {"q": "sickle\x00\x1b cell"})
    assertContains(response, "Sickle cell disease")


@pytest.mark.parametrize("n", [1, 5])
def test_search_query_count_is_constant(assert_page_queries, n):
    for _ in range(n + 2):  # enough results that no spelling help is looked up
        make_disorder(subtypes=n, name_en="Blood thing")
    # count, then the page of results
    assert_page_queries("/en/search/", 2, q="blood")


def test_snippet_stays_in_the_list_item_that_matches(client):
    disorder = make_disorder(name_en="Myeloma", summary_en="A cancer of plasma cells.")
    make_section(
        disorder,
        heading_en="How is it treated?",
        body_en="<p>Treatment depends on you.</p><ul><li>Rest at home</li>"
        "<li>Chemotherapy kills the cells. It is given in cycles.</li><li>Surgery</li></ul>",
    )
    response = client.get("/en/search/", {"q": "chemotherapy"})
    [(entry, snippet)] = response.context["page"].groups[0][1]
    assert snippet == "<mark>Chemotherapy</mark> kills the cells. It is given in cycles."


def test_snippet_starts_at_the_sentence_holding_the_word(client):
    disorder = make_disorder(name_en="Myeloma")
    make_section(
        disorder,
        heading_en="Treatment",
        body_en="<p>Rest matters. Stem cell transplants help some people.</p>",
    )
    [(entry, snippet)] = client.get("/en/search/", {"q": "transplant"}).context["page"].groups[0][1]
    assert snippet == "Stem cell <mark>transplants</mark> help some people."


def test_results_are_grouped_under_a_heading_per_kind(client, catalogue):
    response = client.get("/en/search/", {"q": "marrow"})
    assert [heading for heading, _results in response.context["page"].groups] == [
        "Blood disorders",
        "Glossary terms",
    ]
    assertContains(response, '<h3 id="results-2" class="search-group__heading">Glossary terms</h3>')


def test_blocks_keep_inline_markup_out_of_the_words():
    assert plain_blocks(
        "<h2>Signs</h2><ul><li>Pale skin (<a href='#x'>anaemia</a>)</li><li>Tired&nbsp;<em>all</em>"
        "<br>day</li></ul>"
    ) == ["Signs", "Pale skin (anaemia)", "Tired all", "day"]


@pytest.mark.parametrize("n", [1, 5])
def test_query_count_of_a_page_finding_nothing_is_constant(assert_page_queries, n):
    for _ in range(n):
        make_disorder(sections=n)
    # the search, the close names, then a count in each other language
    assert_page_queries("/en/search/", 4, q="zzzz")


@pytest.mark.parametrize("n", [1, 2])
def test_query_count_of_a_page_finding_little_is_constant(assert_page_queries, n):
    for _ in range(n):
        make_disorder(name_en="Blood thing", sections=n)
    # the search, the page of results, then the close names
    assert_page_queries("/en/search/", 3, q="blood")
