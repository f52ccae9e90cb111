import datetime

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import disorder_form_data, make_disorder

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed():
    disorder = make_disorder(
        reviewed_on=datetime.date(2026, 3, 12),
        next_review_on=datetime.date(2027, 3, 12),
        reviewer_name="Dr Anna Peeters",
        reviewer_credentials_en="haematologist",
        reviewer_credentials_nl="hematoloog",
        reviewer_credentials_fr="hématologue",
        authors="Jan Smet, Marie Dubois",
    )
    disorder.sources.create(
        position=1,
        title="Leukaemia guideline",
        publisher="A society",
        year=2025,
        url="https://example.org/guideline",
    )
    disorder.sources.create(position=2, title="A textbook", year=2020)
    return disorder


@pytest.mark.parametrize(
    ("lang", "dates", "reviewer"),
    [
        (
            "en",
            "Page last reviewed: March 12, 2026. Next review due: March 12, 2027.",
            "Medically reviewed by Dr Anna Peeters, haematologist.",
        ),
        (
            "nl",
            "Pagina laatst nagekeken: 12 maart 2026. Volgende controle gepland: 12 maart 2027.",
            "Medisch nagekeken door Dr Anna Peeters, hematoloog.",
        ),
        (
            "fr",
            "Page révisée le 12 mars 2026. Prochaine révision prévue le 12 mars 2027.",
            "Révisée sur le plan médical par Dr Anna Peeters, hématologue.",
        ),
    ],
)
def test_review_dates_reviewer_and_sources_are_shown_in_every_language(
    client, reviewed, lang, dates, reviewer
):
    response = client.get(f"/{lang}/disorders/{getattr(reviewed, f'slug_{lang}')}/")
    assertContains(response, dates)
    assertContains(response, reviewer)
    assertContains(
        response,
        '<a href="https://example.org/guideline" rel="external noopener noreferrer">Leukaemia guideline</a>',
    )
    assertContains(response, "A textbook</cite>, 2020.")
    assertContains(response, "Jan Smet, Marie Dubois")


def test_unreviewed_page_says_so_plainly(client):
    response = client.get(make_disorder().get_absolute_url())
    assertContains(response, "This page has not yet been reviewed by a medical specialist.")


def test_next_review_defaults_to_one_year_after_the_last(admin_client):

    admin_client.post(
        "/admin/disorders/disorder/add/", disorder_form_data(reviewed_on="2026-03-12")
    )
    from disorders.models import Disorder

    assert Disorder.objects.get().next_review_on == datetime.date(2027, 3, 12)


def test_overdue_review_is_flagged_to_staff_not_to_readers(client, admin_client):
    overdue = make_disorder(
        reviewed_on=datetime.date(2020, 1, 1), next_review_on=datetime.date(2021, 1, 1)
    )
    assertNotContains(client.get(overdue.get_absolute_url()), "Overdue")
    assertContains(
        admin_client.get("/admin/disorders/disorder/"), '<strong class="overdue">Overdue</strong>'
    )
    listed = admin_client.get("/admin/disorders/disorder/?review=overdue").context["cl"].result_list
    assert list(listed) == [overdue]
