"""Every content model and every role: who may open, add and change what."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import make_role_user

pytestmark = pytest.mark.django_db

MODELS = [
    "disorders.disorder",
    "disorders.disordersection",
    "disorders.category",
    "disorders.glossaryterm",
    "organisations.organisation",
    "pages.sitepage",
]
# role -> model -> (view, add, change, translate)
MATRIX = {
    "Editor": {
        "disorders.disorder": "vac-",
        "disorders.disordersection": "vac-",
        "disorders.category": "vac-",
        "disorders.glossaryterm": "vac-",
        "organisations.organisation": "vac-",
        "pages.sitepage": "vac-",
    },
    "Medical reviewer": {
        "disorders.disorder": "vac-",
        "disorders.disordersection": "vac-",
        "disorders.category": "vac-",
        "disorders.glossaryterm": "vac-",
        "organisations.organisation": "vac-",
        "pages.sitepage": "vac-",
    },
    "Translator": {
        "disorders.disorder": "v--t",
        "disorders.disordersection": "v---",
        "disorders.category": "v--t",
        "disorders.glossaryterm": "v--t",
        "organisations.organisation": "v--t",
        "pages.sitepage": "v--t",
    },
    "Feedback triage": {
        "disorders.disorder": "v---",
        "disorders.disordersection": "----",
        "disorders.category": "----",
        "disorders.glossaryterm": "----",
        "organisations.organisation": "----",
        "pages.sitepage": "----",
    },
}


def test_the_matrix_names_every_role():
    assert set(MATRIX) == set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize("role", list(MATRIX))
@pytest.mark.parametrize("model", MODELS)
def test_each_role_has_the_permissions_of_the_matrix(role, model):
    user = make_role_user(role)
    app_label, name = model.split(".")
    found = "".join(
        letter if user.has_perm(f"{app_label}.{action}_{name}") else "-"
        for letter, action in zip("vact", ("view", "add", "change", "translate"), strict=True)
    )
    assert found == MATRIX[role][model]


@pytest.mark.parametrize(
    "role, url, status",
    [
        ("Translator", "/admin/disorders/glossaryterm/", 200),
        ("Translator", "/admin/disorders/glossaryterm/add/", 403),
        ("Translator", "/admin/disorders/category/add/", 403),
        ("Translator", "/admin/organisations/organisation/add/", 403),
        ("Editor", "/admin/disorders/glossaryterm/add/", 200),
        ("Medical reviewer", "/admin/disorders/glossaryterm/add/", 200),
        ("Feedback triage", "/admin/disorders/glossaryterm/", 403),
    ],
)
def test_the_admin_follows_the_matrix(client, role, url, status):
    client.force_login(make_role_user(role))
    assert client.get(url).status_code == status


def test_a_translator_changes_only_the_translations_of_a_glossary_term(client):
    from tests.factories import make_glossary_term

    term = make_glossary_term()
    client.force_login(make_role_user("Translator"))
    response = client.get(f"/admin/disorders/glossaryterm/{term.pk}/change/")
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "definition_nl" in form.fields
    assert "definition_en" not in form.fields
    assert "is_marked" not in form.fields
