import pytest
import requests
import schemathesis
from schemathesis.core.transport import Response


def _as_seen_by_schemathesis(response):
    request = response.wsgi_request
    prepared = requests.Request(request.method, request.build_absolute_uri()).prepare()
    return Response(
        status_code=response.status_code,
        headers={name: [value] for name, value in response.headers.items()},
        content=response.content,
        request=prepared,
        elapsed=0.0,
        verify=True,
    )


@pytest.fixture
def api_get(client):
    """GET an API address and check the answer (status, headers, body)
    against the API's own OpenAPI document; `operation` is the document's
    path, such as "/disorders/{id}/"."""
    document = []

    def get(url, operation, **params):
        response = client.get(url, params)
        if not document:
            document.append(schemathesis.openapi.from_dict(client.get("/api/v1/schema/").json()))
        document[0][operation]["GET"].validate_response(_as_seen_by_schemathesis(response))
        return response

    return get
