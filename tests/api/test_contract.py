"""What each endpoint answers, in every language, checked against the
OpenAPI document by api_get."""

import datetime

import pytest
from django.utils import timezone

from disorders.models import Disorder, DisorderSection
from tests.factories import (
    make_disorder,
    make_glossary_term,
    make_organisation,
    make_section,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "nl", "fr"]
NAME_PREFIX = {"en": "Disorder", "nl": "Aandoening", "fr": "Maladie"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_links_to_everything_with_the_licence_and_attribution(api_get, lang):
    data = api_get("/api/v1/", "/", lang=lang).json()
    assert data["language"] == lang
    assert data["links"]["disorders"].startswith("http://testserver/api/v1/disorders/")
    assert data["links"]["schema"] == "http://testserver/api/v1/schema/"
    assert data["licence"]["name"] == "CC BY-NC-SA 4.0"
    assert data["licence"]["terms"] == f"http://testserver/{lang}/reuse/"
    assert data["attribution"]["text"]["language"] == lang
    assert data["attribution"]["url"] == f"http://testserver/{lang}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_disorder_list_gives_names_and_pages_in_every_language(api_get, lang):
    disorder = make_disorder(reviewed_on=datetime.date(2026, 5, 1))
    response = api_get("/api/v1/disorders/", "/disorders/", lang=lang)
    assert response["Content-Language"] == lang
    data = response.json()
    assert (data["count"], data["page"], data["pages"], data["next"]) == (1, 1, 1, None)
    [item] = data["results"]
    assert item["id"] == disorder.pk
    assert item["name"] == {
        "text": getattr(disorder, f"name_{lang}"),
        "language": lang,
        "is_fallback": False,
    }
    assert item["reviewed_on"] == "2026-05-01"
    assert item["category"]["id"] == disorder.category_id
    versions = {version["language"]: version for version in item["languages"]}
    assert versions["nl"]["slug"] == disorder.slug_nl
    assert versions["fr"]["url"] == f"http://testserver/fr/disorders/{disorder.slug_fr}/"
    assert item["url"] == versions[lang]["url"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_disorder_detail_gives_the_whole_page(api_get, lang):
    disorder = make_disorder(
        sections=2,
        subtypes=1,
        related=1,
        organisations=1,
        sources=1,
        authors="A. Author, B. Author",
        reviewer_name="Dr Reviewer",
    )
    DisorderSection.objects.filter(disorder=disorder).update(callout="key_points")
    data = api_get(f"/api/v1/disorders/{disorder.pk}/", "/disorders/{id}/", lang=lang).json()
    assert data["name"]["text"].startswith(NAME_PREFIX[lang])
    assert [section["heading"]["language"] for section in data["sections"]] == [lang, lang]
    assert data["sections"][0]["body"]["text"].startswith("<p>")
    assert data["sections"][0]["callout"] == "key_points"
    assert data["sources"][0]["title"] == "Source 0"
    assert len(data["subtypes"]) == len(data["related"]) == len(data["organisations"]) == 1
    assert data["subtypes"][0]["api_url"].startswith("http://testserver/api/v1/disorders/")
    assert data["review"]["authors"] == ["A. Author", "B. Author"]
    assert data["review"]["reviewer_name"] == "Dr Reviewer"
    assert data["attribution"]["url"] == data["url"]
    assert data["attribution"]["text"]["language"] == lang


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_missing_translation_falls_back_to_english_and_says_so(api_get, lang):
    disorder = make_disorder(translated=False, name_en="Thalassaemia")
    make_section(disorder, translated=False, heading_en="What it is")
    data = api_get(f"/api/v1/disorders/{disorder.pk}/", "/disorders/{id}/", lang=lang).json()
    assert data["name"] == {"text": "Thalassaemia", "language": "en", "is_fallback": True}
    assert data["sections"][0]["heading"]["is_fallback"] is True
    versions = {version["language"]: version for version in data["languages"]}
    assert versions[lang]["is_translated"] is False
    assert versions[lang]["name"] is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_organisations_list_and_detail(api_get, lang):
    disorder = make_disorder()
    organisation = make_organisation(
        languages=("nl", "fr"),
        disorders=[disorder],
        website="https://example.org/",
        contact_verified_on=datetime.date(2026, 1, 15),
    )
    data = api_get("/api/v1/organisations/", "/organisations/", lang=lang).json()
    [item] = data["results"]
    assert item["id"] == organisation.pk
    assert item["working_languages"] == ["nl", "fr"]
    assert item["region"]["code"] == "flanders"
    assert item["region"]["name"]["language"] == lang
    assert item["contact"]["website"] == "https://example.org/"
    assert item["contact"]["email"] is None
    assert item["contact_verified_on"] == "2026-01-15"
    assert item["disorders"][0]["name"]["text"].startswith(NAME_PREFIX[lang])
    detail = api_get(
        f"/api/v1/organisations/{organisation.pk}/", "/organisations/{id}/", lang=lang
    ).json()
    assert detail["attribution"]["url"] == detail["url"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_gives_terms_and_definitions(api_get, lang):
    term = make_glossary_term(synonyms_en="marrow, medulla")
    data = api_get("/api/v1/glossary/", "/glossary/", lang=lang).json()
    [item] = data["results"]
    assert item["id"] == term.pk
    assert item["definition"]["language"] == lang
    # Other names exist in English only.
    assert item["other_names"]["names"] == ["marrow", "medulla"]
    assert item["other_names"]["is_fallback"] is (lang != "en")


def test_lists_are_paginated_with_links_that_keep_the_language(api_get):
    for _ in range(3):
        make_disorder()
    data = api_get("/api/v1/disorders/", "/disorders/", lang="nl", page_size=2).json()
    assert (data["count"], data["pages"], len(data["results"])) == (3, 2, 2)
    assert data["next"] == "http://testserver/api/v1/disorders/?lang=nl&page=2&page_size=2"
    second = api_get("/api/v1/disorders/", "/disorders/", lang="nl", page=2, page_size=2)
    assert len(second.json()["results"]) == 1
    assert second.json()["previous"].endswith("page=1&page_size=2")


def test_drafts_and_scheduled_disorders_never_appear(api_get):
    published = make_disorder(organisations=0)
    draft = make_disorder(status=Disorder.Status.DRAFT)
    scheduled = make_disorder(publish_at=timezone.now() + datetime.timedelta(days=1))
    draft_subtype = make_disorder(parent=published, status=Disorder.Status.DRAFT)
    subtype_of_draft = make_disorder(parent=draft)
    published.related.add(draft)
    organisation = make_organisation(disorders=[published, draft])

    listed = api_get("/api/v1/disorders/", "/disorders/").json()["results"]
    assert [item["id"] for item in listed] == [published.pk]
    for hidden in (draft, scheduled, draft_subtype, subtype_of_draft):
        assert api_get(f"/api/v1/disorders/{hidden.pk}/", "/disorders/{id}/").status_code == 404
    detail = api_get(f"/api/v1/disorders/{published.pk}/", "/disorders/{id}/").json()
    assert detail["subtypes"] == detail["related"] == []
    shown = api_get(f"/api/v1/organisations/{organisation.pk}/", "/organisations/{id}/").json()
    assert [item["id"] for item in shown["disorders"]] == [published.pk]


def test_inactive_organisations_never_appear(api_get):
    disorder = make_disorder()
    inactive = make_organisation(disorders=[disorder], is_active=False)
    assert api_get("/api/v1/organisations/", "/organisations/").json()["results"] == []
    response = api_get(f"/api/v1/organisations/{inactive.pk}/", "/organisations/{id}/")
    assert response.status_code == 404
    detail = api_get(f"/api/v1/disorders/{disorder.pk}/", "/disorders/{id}/").json()
    assert detail["organisations"] == []


@pytest.mark.parametrize("n", [1, 5])
def test_query_counts_are_constant_and_kept_answers_cost_none(client, django_assert_num_queries, n):
    disorders = [
        make_disorder(sections=n, subtypes=n, related=n, organisations=n, sources=n)
        for _ in range(n)
    ]
    for _ in range(n):
        make_organisation(languages=("nl", "fr"), disorders=disorders)
        make_glossary_term()
    client.get("/api/v1/")  # works out the publication schedule, once after a change
    subtype = disorders[0].subtypes.first()
    organisation = disorders[0].organisations.first()
    for url, drawn in [
        ("/api/v1/", 0),
        ("/api/v1/schema/", 0),
        # Counting the rows, then one page of them (and their prefetches).
        ("/api/v1/disorders/", 2),
        (f"/api/v1/disorders/{disorders[0].pk}/", 7),
        (f"/api/v1/disorders/{subtype.pk}/", 8),
        ("/api/v1/organisations/", 4),
        (f"/api/v1/organisations/{organisation.pk}/", 3),
        ("/api/v1/glossary/", 2),
    ]:
        params = {} if url.endswith("/schema/") else {"lang": "nl"}
        with django_assert_num_queries(drawn):
            first = client.get(url, params)
        with django_assert_num_queries(0):
            again = client.get(url, params)
        assert first.status_code == again.status_code == 200
        assert again.content == first.content
