import pytest

from typography.french import french_typography

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom &amp; Jerry ?", f"Tom &amp; Jerry{N}?"),
        ("R&amp;D : fin", f"R&amp;D{N}: fin"),
        ("l&#x27;anémie d&#39;Anvers", "l\u2019anémie d\u2019Anvers"),
        ("« &#x27;citation&#x27; »", f"«{N}&#x27;citation&#x27;{N}»"),
        ("Attention&nbsp;: fièvre&nbsp;!", f"Attention{N}: fièvre{N}!"),
        ('<a title="a > b : c">Lien</a> : fin', f'<a title="a > b : c">Lien</a>{N}: fin'),
        ("<!-- note : ici > là ? --> Oui !", f"<!-- note : ici > là ? --> Oui{N}!"),
        ("<textarea>Qui ? l'ami</textarea>", "<textarea>Qui ? l'ami</textarea>"),
    ],
)
def test_french_typography_keeps_markup_and_character_references(text, expected):
    assert french_typography(text) == expected


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Leucémie : l&#x27;essentiel</title>
<meta name="description" content="Qu'est-ce que c'est ? Voir : ici">
<style>a:hover{color:red}</style>
<script type="application/ld+json">{"name": "Leucémie : l'essentiel", "url": "https://x.org/a"}</script>
</head>
<body><!-- début : contenu -->
<h1>Qu'est-ce que la leucémie ?</h1>
<p>Voir <a href="/fr/glossaire/#a:b">le glossaire</a> : à 10:30 !</p>
<pre>code : brut</pre>
</body></html>"""


def test_french_typography_of_a_whole_page_changes_only_its_text():
    assert french_typography(PAGE) == (
        PAGE.replace(
            "Leucémie : l&#x27;essentiel</title>", f"Leucémie{N}: l\u2019essentiel</title>"
        )
        .replace("Qu'est-ce que la leucémie ?", f"Qu\u2019est-ce que la leucémie{N}?")
        .replace("</a> : à 10:30 !", f"</a>{N}: à 10:30{N}!")
    )
    assert french_typography(french_typography(PAGE)) == french_typography(PAGE)
