"""Headers, conditional requests, CORS, the page cache and rate limits."""

import pytest
from django.utils.http import http_date

from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


def test_answers_are_public_cross_origin_and_set_no_cookie(client, settings):
    settings.PUBLIC_PAGE_MAX_AGE = 123
    response = client.get("/api/v1/disorders/", {"lang": "fr"})
    assert response["Content-Type"] == "application/json"
    assert response["Content-Language"] == "fr"
    assert response["Cache-Control"] == "public, max-age=123"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert response.has_header("ETag") and response.has_header("Last-Modified")
    assert not response.cookies
    # The language is the lang parameter, never the browser's.
    assert "Accept-Language" not in response.get("Vary", "")


def test_preflight_allows_conditional_requests_from_any_origin(client):
    response = client.options("/api/v1/disorders/", HTTP_ORIGIN="https://hospital.example")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_an_unchanged_answer_is_not_sent_again(client):
    disorder = make_disorder()
    url = f"/api/v1/disorders/{disorder.pk}/"
    first = client.get(url)
    # Drawn, then served from the page cache: both answer conditional requests.
    for _ in range(2):
        response = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert response.status_code == 304
        assert response.content == b""
        # A script that sent If-None-Match itself must be able to read it.
        assert response["Access-Control-Allow-Origin"] == "*"
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert response.status_code == 304


def test_a_changed_answer_is_sent_again(client):
    disorder = make_disorder()
    url = f"/api/v1/disorders/{disorder.pk}/"
    first = client.get(url)
    disorder.name_en = "Renamed"
    disorder.save()
    response = client.get(
        url,
        HTTP_IF_NONE_MATCH=first["ETag"],
        HTTP_IF_MODIFIED_SINCE=http_date(0),
    )
    assert response.status_code == 200
    assert response.json()["name"]["text"] == "Renamed"


def test_kept_answers_are_replaced_when_what_they_show_changes(client):
    disorder = make_disorder()
    client.get("/api/v1/disorders/")
    assert client.get("/api/v1/disorders/")["X-Page-Cache"] == "hit"
    # A review date is not shown in lists of the site's pages, but is in the API's.
    disorder.reviewed_on = "2026-03-01"
    disorder.save()
    response = client.get("/api/v1/disorders/")
    assert not response.has_header("X-Page-Cache")
    assert response.json()["results"][0]["reviewed_on"] == "2026-03-01"


def test_kept_organisation_answers_follow_a_disorders_new_name(client):
    disorder = make_disorder()
    client.get("/api/v1/organisations/")
    make_organisation(disorders=[disorder])
    assert client.get("/api/v1/organisations/").json()["count"] == 1
    disorder.name_en = "Renamed"
    disorder.save()
    [item] = client.get("/api/v1/organisations/").json()["results"]
    assert item["disorders"][0]["name"]["text"] == "Renamed"


@pytest.mark.parametrize("query", ["lang=nl", "page=1&lang=nl", "lang=nl&page_size=5"])
def test_answers_asked_for_the_canonical_way_are_kept(client, query):
    make_disorder()
    client.get(f"/api/v1/disorders/?{query}")
    assert client.get(f"/api/v1/disorders/?{query}")["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("query", ["lang=nl&", "&lang=nl", "lang=n%6C", "lang=nl&&page=1"])
def test_other_spellings_are_answered_but_not_kept(client, query):
    make_disorder()
    first = client.get(f"/api/v1/disorders/?{query}")
    assert first.status_code == 200
    assert first["Content-Language"] == "nl"
    assert not client.get(f"/api/v1/disorders/?{query}").has_header("X-Page-Cache")


def test_too_many_requests_are_refused_with_retry_after(client, settings):
    settings.API_RATE_LIMIT = (2, 60)
    make_disorder()
    assert client.get("/api/v1/disorders/").status_code == 200
    # Kept answers count too.
    assert client.get("/api/v1/disorders/")["X-Page-Cache"] == "hit"
    response = client.get("/api/v1/disorders/")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"]["code"] == "too_many_requests"
    # Pages of the site are not counted.
    assert client.get("/en/glossary/").status_code == 200


def test_clients_are_limited_one_by_one(client, settings):
    settings.API_RATE_LIMIT = (1, 60)
    assert client.get("/api/v1/", REMOTE_ADDR="192.0.2.1").status_code == 200
    assert client.get("/api/v1/", REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get("/api/v1/", REMOTE_ADDR="192.0.2.2").status_code == 200


def test_head_answers_like_get_without_a_body(client):
    make_disorder()
    response = client.head("/api/v1/disorders/?lang=nl")
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    assert response.content == b""
