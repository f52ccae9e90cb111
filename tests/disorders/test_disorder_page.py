import json
import re

import pytest
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from disorders.models import Disorder, DisorderSection
from tests.factories import make_category, make_disorder, make_section, make_staff

pytestmark = pytest.mark.django_db


def test_draft_disorder_is_not_public(client):
    disorder = make_disorder(status=Disorder.Status.DRAFT)
    assert client.get(disorder.get_absolute_url()).status_code == 404
    assertNotContains(client.get("/en/disorders/"), disorder.name_en)
    assertNotContains(client.get("/en/"), disorder.name_en)


def test_subtype_of_a_draft_disorder_is_not_public(client):
    parent = make_disorder(status=Disorder.Status.DRAFT)
    subtype = make_disorder(parent=parent)
    assert client.get(subtype.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_staff_can_preview_a_draft_in_every_language(client, lang):
    disorder = make_disorder(status=Disorder.Status.DRAFT)
    client.force_login(make_staff(permissions=["view_disorder"]))
    with translation.override(lang):
        response = client.get(disorder.get_absolute_url())
    assertContains(response, getattr(disorder, f"name_{lang}"))
    assertContains(response, 'class="notice notice--preview"')
    assert "no-store" in response["Cache-Control"]


def test_staff_without_permission_cannot_preview_a_draft(client):
    disorder = make_disorder(status=Disorder.Status.DRAFT)
    client.force_login(make_staff())
    assert client.get(disorder.get_absolute_url()).status_code == 404


def test_disorder_page_has_skip_link_first_then_breadcrumbs_and_contents(client):
    parent = make_disorder(name_en="Leukemia")
    disorder = make_disorder(parent=parent, sections=3, name_en="Acute myeloid leukemia (AML)")
    content = client.get(disorder.get_absolute_url()).content.decode()
    body = content[content.index("<body>") :]
    assert body.index('class="skip-link"') < body.index("<header")
    assert 'aria-label="Breadcrumb"' in content
    assert f'<a href="{parent.get_absolute_url()}">Leukemia</a>' in content
    assert '<span aria-current="page">Acute myeloid leukemia (AML)</span>' in content
    assert "On this page" in content
    for section in disorder.sections.all():
        assert f'<a href="#{section.heading_en.lower().replace(" ", "-")}">' in content
    assert "This is a type of" in content


def test_sections_appear_in_their_editorial_order(client):
    disorder = make_disorder()
    make_section(disorder, position=2, heading_en="Second")
    make_section(disorder, position=1, heading_en="First")
    content = client.get(disorder.get_absolute_url()).content.decode()
    assert content.index(">First</h2>") < content.index(">Second</h2>")


def test_callout_sections_are_shown_in_distinct_boxes(client):
    disorder = make_disorder()
    make_section(disorder, heading_en="Key points", callout=DisorderSection.Callout.KEY_POINTS)
    make_section(
        disorder, heading_en="When to get urgent help", callout=DisorderSection.Callout.URGENT
    )
    response = client.get(disorder.get_absolute_url())
    assertContains(response, 'class="section callout callout--key_points"')
    assertContains(response, 'class="section callout callout--urgent_help"')
    assertContains(
        response, '<span class="visually-hidden">Urgent advice: </span>When to get urgent help'
    )


def test_a_heading_cannot_take_an_id_the_page_uses(client):
    disorder = make_disorder(subtypes=1)
    make_section(disorder, heading_en="Types")
    content = client.get(disorder.get_absolute_url()).content.decode()
    assert content.count('id="types"') == 1


def test_disorder_page_lists_subtypes_related_and_other_disorders(client):
    category = make_category()
    disorder = make_disorder(category=category, subtypes=2)
    related = make_disorder(name_en="Related one")
    disorder.related.add(related)
    sibling = make_disorder(category=category, name_en="Sibling one")
    response = client.get(disorder.get_absolute_url())
    for subtype in disorder.subtypes.all():
        assertContains(response, subtype.get_absolute_url())
    assertContains(response, "Related blood disorders")
    assertContains(response, related.get_absolute_url())
    assertContains(response, "Other blood disorders")
    assertContains(response, sibling.get_absolute_url())
    assertContains(response, 'href="/en/disorders/"')


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("nl", "Deze pagina is nog niet beschikbaar in het Nederlands."),
        ("fr", "Cette page n’est pas encore disponible en français."),
    ],
)
def test_untranslated_page_falls_back_to_english_with_a_notice(client, lang, notice):
    disorder = make_disorder(translated=False, name_en="Thalassaemia", sections=1)
    response = client.get(f"/{lang}/disorders/{disorder.slug_en}/")
    assert response.status_code == 200
    assertContains(response, "Thalassaemia")
    assertContains(response, '<h1 lang="en">Thalassaemia</h1>')
    assertContains(response, '<article class="article">')
    assertContains(response, notice)


def test_translated_page_shows_no_language_notice(client):
    disorder = make_disorder(sections=1)
    response = client.get(f"/nl/disorders/{disorder.slug_nl}/")
    assertNotContains(response, "notice--language")
    assertContains(response, disorder.name_nl)


def test_section_missing_in_the_readers_language_is_marked_english(client):
    disorder = make_disorder()
    make_section(disorder, translated=False, heading_en="Only in English")
    response = client.get(f"/nl/disorders/{disorder.slug_nl}/")
    assertContains(response, 'lang="en"')
    assertContains(response, "Only in English")


def test_untranslated_page_marks_only_its_english_texts(client):
    disorder = make_disorder(translated=False, name_en="Thalassaemia")
    make_section(disorder, translated=False, heading_en="What is it?")
    response = client.get(f"/nl/disorders/{disorder.slug_en}/")
    assertContains(response, '<h1 lang="en">Thalassaemia</h1>')
    assertContains(response, '<span lang="en">What is it?</span>')
    assertNotContains(response, '<article class="article" lang')


def test_slug_of_another_language_redirects_to_this_languages_address(client):
    make_disorder(slug_en="leukemia", slug_fr="leucemie")
    response = client.get("/fr/disorders/leukemia/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/disorders/leucemie/"


def test_home_groups_published_disorders_by_category(client):
    blood_cancers = make_category(name_en="Blood cancers")
    leukemia = make_disorder(category=blood_cancers, name_en="Leukemia")
    make_disorder(parent=leukemia, name_en="Acute myeloid leukemia (AML)")
    response = client.get("/en/")
    assertContains(
        response,
        '<h2 id="category-' + blood_cancers.slug_en + '-heading">Blood cancers</h2>',
        html=False,
    )
    assertContains(response, "Leukemia")
    assertContains(response, "Acute myeloid leukemia (AML)")
    assertContains(response, 'role="search"')


def test_index_is_alphabetical_in_the_readers_language(client):
    make_disorder(name_fr="Thalassémie")
    make_disorder(name_fr="Anémie ferriprive")
    make_disorder(name_fr="Éosinophilie")
    content = client.get("/fr/disorders/").content.decode()
    assert (
        content.index("Anémie ferriprive")
        < content.index("Éosinophilie")
        < content.index("Thalassémie")
    )
    assert '<h2 id="letter-E">E</h2>' in content


@pytest.mark.parametrize("n", [1, 5])
def test_detail_query_count_is_constant(assert_page_queries, n):
    disorder = make_disorder(sections=n, subtypes=n, related=n, organisations=n, sources=n)
    for _ in range(n):
        make_disorder(category=disorder.category)
    # The page stored for the address; none yet, so the frame: disorder,
    # its related disorders (the page's tags); then drawn: disorder, sections,
    # subtypes, related, organisations and their languages, sources, other
    # disorders of the category, glossary terms (from the cache once
    # warm); and the article stored.
    assert_page_queries(disorder.get_absolute_url(), 13)


@pytest.mark.parametrize("n", [1, 5])
def test_a_stored_page_is_drawn_in_one_query(client, django_assert_num_queries, settings, n):
    disorder = make_disorder(sections=n, subtypes=n, related=n, organisations=n, sources=n)
    first = client.get(disorder.get_absolute_url())
    settings.PAGE_CACHE_SECONDS = 0  # as a page the page cache does not answer
    # the page stored for the address, with its frame and tags
    with django_assert_num_queries(1):
        again = client.get(disorder.get_absolute_url())
    assert again.content == first.content


@pytest.mark.parametrize("n", [1, 5])
def test_subtype_query_count_is_constant(assert_page_queries, n):
    parent = make_disorder(organisations=n)
    subtype = make_disorder(parent=parent, sections=n, related=n, organisations=n, sources=n)
    # as above, plus the parent's organisations and their languages
    assert_page_queries(subtype.get_absolute_url(), 15)


@pytest.mark.parametrize("n", [1, 5])
def test_home_query_count_is_constant(assert_page_queries, n):
    for _ in range(n):
        make_disorder(subtypes=n)
    # categories, their disorders, the disorders' subtypes
    assert_page_queries("/en/", 3)


@pytest.mark.parametrize("n", [1, 5])
def test_index_query_count_is_constant(assert_page_queries, n):
    for _ in range(n):
        make_disorder(subtypes=n)
    assert_page_queries("/en/disorders/", 1)


def test_related_disorder_of_the_same_category_is_listed_once(client):
    disorder = make_disorder()
    related = make_disorder(category=disorder.category, name_en="Neighbour")
    disorder.related.add(related)
    content = client.get(disorder.get_absolute_url()).content.decode()
    assert content.count(f'href="{related.get_absolute_url()}"') == 1


def test_home_has_one_search_box(client):
    assert client.get("/en/").content.decode().count('role="search"') == 1
    assert client.get("/en/disorders/").content.decode().count('role="search"') == 1


def test_disorder_page_carries_json_ld_that_parses(client):
    disorder = make_disorder(
        name_en="Leukemia </script><script>alert(1)</script>",
        reviewer_name="Dr Anna Peeters",
        reviewed_on="2026-03-01",
        next_review_on="2027-03-01",
        synonyms_en="AML, blood cancer",
    )
    content = client.get(disorder.get_absolute_url()).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "MedicalWebPage"
    assert data["about"] == {
        "@type": "MedicalCondition",
        "name": disorder.name_en,
        "alternateName": ["AML", "blood cancer"],
    }
    assert data["lastReviewed"] == "2026-03-01"
    assert data["reviewedBy"] == {"@type": "Person", "name": "Dr Anna Peeters"}
    assert "<script>alert(1)" not in content


def test_pages_have_canonical_and_open_graph_tags(client):
    disorder = make_disorder(name_en="Leukemia", summary_en="A cancer of the blood.")
    response = client.get(disorder.get_absolute_url())
    url = f"http://testserver{disorder.get_absolute_url()}"
    assertContains(response, f'<link rel="canonical" href="{url}">')
    assertContains(response, '<meta property="og:title" content="Leukemia">')
    assertContains(response, '<meta property="og:description" content="A cancer of the blood.">')
    assertContains(response, '<meta property="og:type" content="article">')
    assertContains(
        client.get(f"/fr/disorders/{disorder.slug_fr}/"),
        '<meta property="og:locale" content="fr_BE">',
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Leukaemia", "leukaemia"),
        ("Von Willebrand disease", "von Willebrand disease"),
        ("AML", "AML"),
        ("Non-Hodgkin lymphoma", "Non-Hodgkin lymphoma"),
    ],
)
def test_a_disorder_name_reads_in_lower_case_mid_sentence_unless_it_has_capitals(name, expected):
    assert Disorder(name=name).name_in_sentence() == expected
