"""Readability scores for editors, computed offline. Each language has its
own Flesch variant: Flesch reading ease (English), Flesch–Douma (Dutch) and
Kandel–Moles (French); on all three, higher is easier and 60 or more is plain
language for most adults."""

from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _
from textstat.backend.metrics import flesch_reading_ease

TARGET = 60
MINIMUM_WORDS = 10
FORMULAS = {"en": "Flesch", "nl": "Flesch–Douma", "fr": "Kandel–Moles"}


def reading_ease(html, language):
    """The score of a text (HTML allowed), or None when it is too short to judge.
    textstat's backend takes the language per call, so threads cannot mix them up."""
    text = strip_tags(html or "")
    if len(text.split()) < MINIMUM_WORDS:
        return None
    return round(flesch_reading_ease(text, language))


def readability_report(texts):
    """texts: {language: html}. One line per language, with a plain warning."""
    lines = []
    for language, html in texts.items():
        score = reading_ease(html, language)
        if score is None:
            verdict = _("too short to score")
        elif score >= TARGET:
            verdict = _("easy to read")
        else:
            verdict = _("too hard: use shorter sentences and everyday words")
        lines.append(
            (
                "readability--ok" if score is None or score >= TARGET else "readability--hard",
                language.upper(),
                FORMULAS[language],
                "–" if score is None else score,
                TARGET,
                verdict,
            )
        )
    return format_html(
        '<ul class="readability">{}</ul>',
        format_html_join(
            "",
            '<li class="{}"><strong>{}</strong> ({}): {} / {} — {}</li>',
            lines,
        ),
    )
