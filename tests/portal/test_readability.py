import pytest
from pytest_django.asserts import assertContains

from portal.readability import reading_ease
from tests.factories import make_disorder, make_section

EASY = {
    "en": "Leukemia is a cancer of the blood. The body makes abnormal blood cells. These cells grow fast and out of control.",
    "nl": "Leukemie is een kanker van het bloed. Het lichaam maakt abnormale bloedcellen. Die cellen groeien snel en ongeremd.",
    "fr": "La leucémie est un cancer du sang. Le corps fabrique des cellules anormales. Ces cellules grandissent vite.",
}
HARD = (
    "Myelodysplastic syndromes constitute heterogeneous clonal haematopoietic stem cell disorders "
    "characterised by ineffective haematopoiesis, peripheral cytopenias and leukaemic transformation."
)


@pytest.mark.parametrize(("language", "score"), [("en", 83), ("nl", 69), ("fr", 93)])
def test_known_texts_get_their_known_scores(language, score):
    assert reading_ease(f"<p>{EASY[language]}</p>", language) == score


def test_a_hard_text_scores_below_the_target():
    assert reading_ease(HARD, "en") < 60


def test_a_very_short_text_is_not_scored():
    assert reading_ease("<p>Key points</p>", "en") is None


@pytest.mark.django_db
def test_editors_see_scores_and_a_plain_warning_next_to_each_text(admin_client):
    disorder = make_disorder()
    make_section(
        disorder,
        body_en=f"<p>{HARD}</p>",
        body_nl=f"<p>{EASY['nl']}</p>",
        body_fr=f"<p>{EASY['fr']}</p>",
    )
    response = admin_client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    assertContains(response, "too hard: use shorter sentences and everyday words")
    assertContains(
        response, "<strong>NL</strong> (Flesch–Douma): 69 / 60 — easy to read", html=True
    )
    assertContains(response, "Kandel–Moles")
