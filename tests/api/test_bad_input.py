"""Bad input gets a JSON error with a clear message: never HTML, never 500."""

import pytest

from tests.factories import make_disorder

pytestmark = pytest.mark.django_db


def _error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    error = response.json()["error"]
    assert error["status"] == status
    return error


@pytest.mark.parametrize(
    "query, code",
    [
        ("lang=de", "invalid_parameter"),
        ("lang=EN", "invalid_parameter"),
        ("lang=", "invalid_parameter"),
        ("page=0", "invalid_parameter"),
        ("page=-1", "invalid_parameter"),
        ("page=abc", "invalid_parameter"),
        ("page=1.5", "invalid_parameter"),
        ("page=01", "invalid_parameter"),
        ("page=99999999999999999999", "invalid_parameter"),
        ("page_size=101", "invalid_parameter"),
        ("page_size=1000000", "invalid_parameter"),
        ("page_size=0", "invalid_parameter"),
        ("utm_source=newsletter", "unknown_parameter"),
        ("lang=nl&lang=fr", "repeated_parameter"),
    ],
)
def test_bad_query_parameters_are_400(client, query, code):
    error = _error(client.get(f"/api/v1/disorders/?{query}"), 400)
    assert error["code"] == code
    assert query.split("=")[0] in error["message"]


def test_parameters_an_address_does_not_take_are_400(client):
    disorder = make_disorder()
    error = _error(client.get(f"/api/v1/disorders/{disorder.pk}/?page=2"), 400)
    assert "lang" in error["message"]
    _error(client.get("/api/v1/schema/?lang=nl"), 400)


def test_a_page_out_of_range_is_404(client):
    make_disorder()
    error = _error(client.get("/api/v1/disorders/?page=2"), 404)
    assert "no page 2" in error["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/disorders/0/",
        "/api/v1/disorders/012/",
        "/api/v1/disorders/abc/",
        "/api/v1/disorders/-1/",
        "/api/v1/disorders/99999999999999999999999/",
        "/api/v1/disorders/1.5/",
        "/api/v1/organisations/x/",
        "/api/v1/disorders",
        "/api/v1/unknown/",
        "/api/v2/",
        "/api/",
    ],
)
def test_unknown_addresses_under_api_are_json_404(client, path):
    _error(client.get(path), 404)


def test_an_id_nobody_has_is_404(client):
    error = _error(client.get("/api/v1/disorders/999999999999999999/"), 404)
    assert error["code"] == "not_found"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_refused_with_405(client, method):
    response = getattr(client, method)("/api/v1/disorders/")
    _error(response, 405)
    assert response["Allow"] == "GET, HEAD, OPTIONS"
