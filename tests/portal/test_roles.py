"""Who may do what in the back office, for every role the migration creates."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from disorders.models import Disorder
from feedback.models import Feedback
from tests.factories import change_form_data, disorder_form_data, make_disorder, make_organisation

pytestmark = pytest.mark.django_db
ROLES = ["Editor", "Medical reviewer", "Translator", "Feedback triage"]


def client_for(role):
    if role == "anonymous":
        return Client()
    user = User.objects.create_user(
        role.replace(" ", "_").lower(), password="x" * 16, is_staff=True
    )
    if role == "superuser":
        user.is_superuser = True
        user.save()
    elif role != "staff without a role":
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def disorder():
    return make_disorder(
        status="draft",
        name_en="Leukemia",
        summary_en="English summary.",
        summary_nl="Nederlandse samenvatting.",
    )


def test_the_migration_creates_the_four_roles():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)


# (role, page) -> expected status code
PAGE_MATRIX = {
    "/admin/": {
        "anonymous": 302,
        "staff without a role": 200,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 200,
        "Feedback triage": 200,
        "superuser": 200,
    },
    "/admin/disorders/disorder/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 200,
        "Feedback triage": 200,
        "superuser": 200,
    },
    "/admin/disorders/disorder/add/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 403,
        "Feedback triage": 403,
        "superuser": 200,
    },
    "/admin/disorders/disorder/translations/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 200,
        "Feedback triage": 200,
        "superuser": 200,
    },
    "/admin/organisations/organisation/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 200,
        "Feedback triage": 403,
        "superuser": 200,
    },
    "/admin/organisations/organisation/add/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 403,
        "Feedback triage": 403,
        "superuser": 200,
    },
    "/admin/pages/sitepage/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 200,
        "Medical reviewer": 200,
        "Translator": 200,
        "Feedback triage": 403,
        "superuser": 200,
    },
    "/admin/feedback/feedback/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 403,
        "Medical reviewer": 403,
        "Translator": 403,
        "Feedback triage": 200,
        "superuser": 200,
    },
    "/admin/auth/user/": {
        "anonymous": 302,
        "staff without a role": 403,
        "Editor": 403,
        "Medical reviewer": 403,
        "Translator": 403,
        "Feedback triage": 403,
        "superuser": 200,
    },
}


@pytest.mark.parametrize("page", PAGE_MATRIX)
@pytest.mark.parametrize("role", ["anonymous", "staff without a role", *ROLES, "superuser"])
def test_admin_page_access_follows_the_role(page, role):
    assert client_for(role).get(page).status_code == PAGE_MATRIX[page][role]


def post_change(client, disorder, **fields):
    return client.post(
        f"/admin/disorders/disorder/{disorder.pk}/change/", change_form_data(disorder, **fields)
    )


@pytest.mark.parametrize(
    ("role", "can_publish"), [("Editor", False), ("Medical reviewer", True), ("superuser", True)]
)
def test_only_reviewers_publish(disorder, role, can_publish):
    response = post_change(client_for(role), disorder, status="published", summary_en="Edited.")
    assert response.status_code == 302
    disorder.refresh_from_db()
    assert disorder.summary_en == "Edited."
    assert (disorder.status == "published") is can_publish


@pytest.mark.parametrize(("role", "can_review"), [("Editor", False), ("Medical reviewer", True)])
def test_only_reviewers_set_review_dates(disorder, role, can_review):
    post_change(client_for(role), disorder, reviewed_on="2026-03-01", reviewer_name="Dr X")
    disorder.refresh_from_db()
    assert (disorder.reviewed_on == datetime.date(2026, 3, 1)) is can_review


def test_translator_changes_dutch_and_french_texts_only(disorder):
    response = post_change(
        client_for("Translator"),
        disorder,
        summary_en="Translator tried English.",
        summary_nl="Nieuwe vertaling.",
        status="published",
    )
    assert response.status_code == 302
    disorder.refresh_from_db()
    assert disorder.summary_nl == "Nieuwe vertaling."
    assert disorder.summary_en == "English summary."
    assert disorder.status == "draft"


def test_translator_cannot_add_or_delete_disorders(disorder):
    client = client_for("Translator")
    assert client.post("/admin/disorders/disorder/add/", disorder_form_data()).status_code == 403
    assert (
        client.post(f"/admin/disorders/disorder/{disorder.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert Disorder.objects.filter(pk=disorder.pk).exists()


@pytest.mark.parametrize("role", ["Editor", "Medical reviewer", "Feedback triage"])
def test_no_role_but_superuser_deletes_a_disorder(disorder, role):
    assert (
        client_for(role)
        .post(f"/admin/disorders/disorder/{disorder.pk}/delete/", {"post": "yes"})
        .status_code
        == 403
    )
    assert Disorder.objects.filter(pk=disorder.pk).exists()


@pytest.mark.parametrize(
    ("role", "allowed"), [("Feedback triage", True), ("Editor", False), ("Translator", False)]
)
def test_only_triage_changes_feedback(disorder, role, allowed):
    feedback = Feedback.objects.create(
        disorder=disorder, page_title="Leukemia", language="en", kind="other", message="A message."
    )
    response = client_for(role).post(
        feedback.get_admin_url(), {"status": "in_review", "internal_notes": "Looking."}
    )
    feedback.refresh_from_db()
    assert (feedback.status == "in_review") is allowed
    assert response.status_code == (302 if allowed else 403)


@pytest.mark.parametrize(
    ("role", "allowed"), [("Editor", True), ("Feedback triage", False), ("Translator", False)]
)
def test_organisation_changes_follow_the_role(role, allowed):
    organisation = make_organisation(name_en="Before")
    data = {
        "name_en": "After",
        "slug": organisation.slug,
        "description_en": "Help.",
        "languages": [language.pk for language in organisation.languages.all()],
        "region": "flanders",
        "is_active": "on",
    }
    client_for(role).post(f"/admin/organisations/organisation/{organisation.pk}/change/", data)
    organisation.refresh_from_db()
    assert (organisation.name_en == "After") is allowed
