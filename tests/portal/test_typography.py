import pytest

from portal.typography import french_typography

N = "\u202f"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attention : fièvre !", f"Attention{N}: fièvre{N}!"),
        ("Pourquoi? Parce que; voilà!", f"Pourquoi{N}? Parce que{N}; voilà{N}!"),
        ("« Leucémie »", f"«{N}Leucémie{N}»"),
        ("«Leucémie»", f"«{N}Leucémie{N}»"),
        ("l'hématologue d'Anvers", "l\u2019hématologue d\u2019Anvers"),
        ("Rendez-vous à 10:30 ou 14:00.", "Rendez-vous à 10:30 ou 14:00."),
        ("Voir https://example.org/a?b=c:d !", f"Voir https://example.org/a?b=c:d{N}!"),
        (
            '<a href="https://example.org/?q=1" title="Qui ?">Lien</a>',
            '<a href="https://example.org/?q=1" title="Qui ?">Lien</a>',
        ),
        ("<code>a:b; c!</code> fin", "<code>a:b; c!</code> fin"),
        (f"Déjà{N}: correct{N}!", f"Déjà{N}: correct{N}!"),
        ("Avec\u00a0: insécable", f"Avec{N}: insécable"),
        ("Écrire à mailto:info@example.org?", "Écrire à mailto:info@example.org?"),
    ],
)
def test_french_typography(text, expected):
    assert french_typography(text) == expected


def test_french_typography_is_idempotent():
    text = "« Qu'est-ce que c'est ? » : voir <a href='/x:y'>ici</a> à 9:15 !"
    once = french_typography(text)
    assert french_typography(once) == once
