"""Admin lists find a word typed without its accents, on both databases."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from disorders.models import GlossaryTerm
from feedback.models import Feedback
from tests.factories import make_disorder, make_organisation, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(make_staff(superuser=True))
    return client


def test_disorder_list_finds_leucemie_without_its_accent(staff_client):
    make_disorder(name_en="Leukemia", name_fr="Leucémie")
    make_disorder(name_en="Haemophilia", name_fr="Hémophilie")
    response = staff_client.get("/admin/disorders/disorder/", {"q": "leucemie"})
    assertContains(response, "1 result")
    assertContains(response, "Leukemia")


def test_glossary_list_finds_a_term_typed_without_accents(staff_client):
    GlossaryTerm.objects.create(
        slug="marrow", term_en="bone marrow", term_fr="moelle osseuse", synonyms_fr="médullaire"
    )
    response = staff_client.get("/admin/disorders/glossaryterm/", {"q": "MEDULLAIRE"})
    assertContains(response, "bone marrow")


def test_organisation_list_finds_a_name_typed_without_accents(staff_client):
    make_organisation(name_en="Association Hémophilie", slug="hemo")
    make_organisation(name_en="Other group", slug="other")
    response = staff_client.get("/admin/organisations/organisation/", {"q": "hemophilie"})
    assertContains(response, "Association Hémophilie")
    assertNotContains(response, "Other group")


def test_feedback_list_finds_a_message_typed_without_accents(staff_client):
    Feedback.objects.create(
        disorder=make_disorder(),
        page_title="Leucémie",
        language="fr",
        kind=Feedback.Kind.UNCLEAR,
        message="Le mot « aiguë » n’est pas expliqué.",
    )
    response = staff_client.get("/admin/feedback/feedback/", {"q": "aigue"})
    assertContains(response, "n’est pas expliqué")


def test_accented_search_still_finds_accented_text(staff_client):
    make_disorder(name_en="Leukemia", name_fr="Leucémie")
    response = staff_client.get("/admin/disorders/disorder/", {"q": "leucémie"})
    assertContains(response, "Leukemia")
