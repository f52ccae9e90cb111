"""The OpenAPI document is valid OpenAPI 3.1, and Schemathesis, generating
requests from it (valid and invalid), finds no answer that breaks it."""

import jsonschema_rs
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from disorders.models import Disorder
from tests.factories import make_disorder, make_glossary_term, make_organisation

pytestmark = pytest.mark.django_db


def test_the_document_is_valid_openapi_3_1(client):
    document = client.get("/api/v1/schema/").json()
    assert document["openapi"] == "3.1.0"
    schemathesis.openapi.from_dict(document).validate()
    # Schemathesis checks the document's structure; each schema in it must
    # also be valid JSON Schema 2020-12, the dialect of OpenAPI 3.1.
    for name, schema in document["components"]["schemas"].items():
        (
            jsonschema_rs.meta.validate(
                {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
            ),
            name,
        )


def test_a_broken_document_would_be_caught(client):
    document = client.get("/api/v1/schema/").json()
    del document["info"]
    with pytest.raises(jsonschema_rs.ValidationError):
        schemathesis.openapi.from_dict(document).validate()


def test_the_document_describes_every_endpoint(client):
    document = client.get("/api/v1/schema/").json()
    assert sorted(document["paths"]) == [
        "/",
        "/disorders/",
        "/disorders/{id}/",
        "/glossary/",
        "/organisations/",
        "/organisations/{id}/",
        "/schema/",
    ]
    assert document["servers"] == [{"url": "http://testserver/api/v1"}]


# Per operation and kind of data: about 15 s for the whole run on 2 cores.
EXAMPLES = 40


def test_schemathesis_finds_no_failure(wsgi_application):
    parent = make_disorder(sections=2, subtypes=2, related=1, organisations=2, sources=1)
    make_disorder(translated=False)
    make_disorder(status=Disorder.Status.DRAFT)
    make_organisation(disorders=[parent], is_active=False)
    for _ in range(3):
        make_glossary_term()
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", wsgi_application)
    # All but the document itself.
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case):
                case.call_and_validate()

            check()


@pytest.fixture
def wsgi_application(settings):
    """The whole site as gunicorn runs it. As Django's test client does, the
    test database stays open between requests (it is one transaction)."""
    settings.API_RATE_LIMIT = None
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield get_wsgi_application()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)
