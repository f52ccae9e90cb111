import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from pytest_django.asserts import assertContains

from portal.readability import readability_report, reading_ease
from portal.settings import env_score
from tests.factories import make_disorder, make_section

PROJECT_DIR = Path(__file__).resolve().parents[2]

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
        response,
        "<strong>NL</strong> (Flesch–Douma): 69 (target: 45 or more) — easy to read",
        html=True,
    )
    assertContains(response, "Kandel–Moles")


def test_each_language_has_its_own_default_target(settings):
    # Flesch–Douma scores the same plain text lower than Flesch does, and
    # Kandel–Moles higher (README, "Readability targets").
    assert settings.READABILITY_TARGETS == {"en": 60, "nl": 45, "fr": 70}


def test_a_score_is_judged_against_its_own_languages_target(settings):
    settings.READABILITY_TARGETS = {"en": 90, "nl": 60, "fr": 95}
    report = readability_report({"en": EASY["en"], "nl": EASY["nl"], "fr": EASY["fr"]})
    assert '<li class="readability--hard"><strong>EN</strong> (Flesch): 83 (target: 90' in report
    assert (
        '<li class="readability--ok"><strong>NL</strong> (Flesch–Douma): 69 (target: 60' in report
    )
    assert '<li class="readability--hard"><strong>FR</strong> (Kandel–Moles): 93' in report


@pytest.mark.parametrize(
    ("language", "hint"),
    [
        ("nl", "te moeilijk: gebruik kortere zinnen en alledaagse woorden"),
        ("fr", "trop difficile : utilisez des phrases plus courtes et des mots courants"),
    ],
)
def test_the_hint_and_target_are_in_the_editors_language(language, hint):
    with translation.override(language):
        report = readability_report({"en": HARD})
    assert hint in report
    assert {"nl": "(doel: 60 of meer)", "fr": "(objectif : 60 ou plus)"}[language] in report


@pytest.mark.parametrize("value", ["high", "-5", "101", "55.5", ""])
def test_a_target_that_is_not_a_score_is_refused(monkeypatch, value):
    monkeypatch.setenv("READABILITY_TARGET_NL", value)
    with pytest.raises(ImproperlyConfigured, match="READABILITY_TARGET_NL must be a whole number"):
        env_score("READABILITY_TARGET_NL", 45)


def test_a_target_set_in_the_environment_is_used(monkeypatch):
    monkeypatch.setenv("READABILITY_TARGET_FR", " 65 ")
    assert env_score("READABILITY_TARGET_FR", 70) == 65


def test_the_app_refuses_to_start_with_a_bad_target():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "READABILITY_"))}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_DIR,
        env=env
        | {
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_SECRET_KEY": "k",
            "READABILITY_TARGET_EN": "sixty",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert (
        "READABILITY_TARGET_EN must be a whole number from 0 to 100, not 'sixty'" in result.stderr
    )
