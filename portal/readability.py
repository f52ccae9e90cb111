"""Readability scores for editors, computed offline. Each language has its
own Flesch variant: Flesch reading ease (English), Flesch–Douma (Dutch) and
Kandel–Moles (French). On all three higher is easier, but the scales differ:
the same plain text scores lower on Flesch–Douma and higher on Kandel–Moles
than on Flesch, so each language has its own target
(settings.READABILITY_TARGETS, README "Readability targets")."""

from django.conf import settings
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _
from textstat.backend.metrics import flesch_reading_ease

MINIMUM_WORDS = 10
FORMULAS = {"en": "Flesch", "nl": "Flesch–Douma", "fr": "Kandel–Moles"}


def reading_ease(html, language):
    """The score of a text (HTML allowed), or None when it is too short to judge.
    textstat's backend takes the language per call, so threads cannot mix them up."""
    text = strip_tags(html or "")
    if len(text.split()) < MINIMUM_WORDS:
        return None
    return round(flesch_reading_ease(text, language))


def target(language):
    return settings.READABILITY_TARGETS[language]


def verdict(score, language):
    """A short hint, in the editor's language."""
    if score is None:
        return _("too short to score")
    if score >= target(language):
        return _("easy to read")
    return _("too hard: use shorter sentences and everyday words")


def readability_report(texts):
    """texts: {language: html}. One line per language: score, target, hint."""
    lines = []
    for language, html in texts.items():
        score = reading_ease(html, language)
        lines.append(
            (
                "readability--hard"
                if score is not None and score < target(language)
                else "readability--ok",
                language.upper(),
                FORMULAS[language],
                _("%(score)s (target: %(target)s or more)")
                % {"score": "–" if score is None else score, "target": target(language)},
                verdict(score, language),
            )
        )
    return format_html(
        '<ul class="readability">{}</ul>',
        format_html_join("", '<li class="{}"><strong>{}</strong> ({}): {} — {}</li>', lines),
    )
