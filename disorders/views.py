import json
import unicodedata

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from organisations.language_note import working_languages_note
from pagecache import fragments
from pagecache.tags import shows
from portal.http import public_page
from portal.languages import language_versions, object_language_versions

from .glossary import mark_sections
from .models import Disorder, GlossaryTerm, address_tag


def _sort_key(name):
    """Alphabetical order a reader expects: "Émile" sorts with "E"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def _by_letter(items, name_of):
    """[(letter, items)] in the reader's alphabetical order; "#" for the rest."""
    letters = {}
    for item in sorted(items, key=lambda item: _sort_key(name_of(item))):
        letter = (_sort_key(name_of(item))[:1] or "#").upper()
        letters.setdefault(letter if letter.isalpha() else "#", []).append(item)
    return list(letters.items())


@require_safe
@public_page
def disorder_index(request):
    """Template: disorders/disorder_list.html. Context: letters, a list of
    (letter, disorders) in the reader's alphabetical order."""
    disorders = Disorder.objects.for_index()
    letters = _by_letter(disorders, lambda disorder: disorder.name)
    response = render(request, "disorders/disorder_list.html", {"letters": letters})
    return shows(response, disorders)


CONTENT_TEMPLATE = "disorders/_disorder_content.html"


@require_safe
@public_page
def disorder_detail(request, slug):
    """Template: disorders/disorder_detail.html. Published pages never touch
    the session, so anonymous readers get no cookie and a cacheable page.
    A page stored for this address (see article()) is drawn from it alone.
    Otherwise a slug of another language (a reader who edited the address)
    redirects to this language's address; only then do we check for a
    staff preview."""
    drawn = fragments.current(page_name(slug))
    is_preview = False
    if drawn is None:
        candidates = Disorder.objects.for_address()
        disorder = candidates.live_for_slug(slug)
        if disorder is None:
            if moved := Disorder.objects.published().with_slug_in_any_language(slug).first():
                return redirect(moved.get_absolute_url(), permanent=True)
            if not request.user.has_perm("disorders.view_disorder"):
                raise Http404
            disorder = candidates.best_for_slug(slug)
            if disorder is None:
                raise Http404
            is_preview = True
        drawn = article(request, disorder, slug, is_preview=is_preview)
    response = render(
        request,
        "disorders/disorder_detail.html",
        {
            "frame": drawn.frame,
            # Drawn by our templates, stored as text.
            **{name: mark_safe(drawn.frame[name]) for name in FRAME_HTML},
            "content": mark_safe(drawn.html),
        },
    )
    if is_preview:
        add_never_cache_headers(response)
        return response
    return shows(response, drawn)


# What the frame around the article shows of the disorder, drawn with it:
# its title and descriptions, and these parts as HTML.
FRAME_HTML = ("structured_data", "alternate_links", "language_switcher")


def _frame(request, disorder):
    versions = object_language_versions(disorder)
    return {
        "name": disorder.name,
        "description": Truncator(disorder.summary).chars(160),
        "og_description": Truncator(disorder.summary).chars(200),
        "structured_data": _structured_data(disorder),
        "alternate_links": render_to_string(
            "base.html#alternate-links", {"language_versions": versions}, request
        ),
        "language_switcher": render_to_string(
            "partials/language_switcher.html", {"language_versions": versions}, request
        ),
    }


def page_name(slug):
    """The name the page at this slug is stored under (see article())."""
    return f"disorder-page:{slug}"


def article(request, disorder, slug, *, is_preview=False):
    """The page at this slug, but for its frame (a fragment: html, frame and
    cache_tags()): drawn, stored and the same for every reader until a tag
    of the page moves or a scheduled time comes (see
    pagecache/fragments.py). Stored under its address: another disorder
    taking that slug, or this one leaving it, bumps the address's tag
    (pagecache/signals.py). A preview is drawn and never stored."""

    def content():
        shown = Disorder.objects.for_detail().get(pk=disorder.pk)
        callouts, sections = shown.reading_order()
        contents = [*callouts, *sections]
        mark_sections(contents)
        organisations = shown.patient_organisations()
        return {
            "disorder": shown,
            "breadcrumbs": _breadcrumbs(shown),
            "callouts": callouts,
            "sections": sections,
            "contents": contents,
            "organisations": organisations,
            "language_note": working_languages_note(organisations),
            "siblings": Disorder.objects.siblings_of(shown).exclude(
                pk__in=[related.pk for related in shown.related.all()]
            ),
            "is_preview": is_preview,
            "is_translated": shown.is_translated(),
            "frame": _frame(request, shown),
        }

    if is_preview:
        shown = content()
        return fragments.Fragment(
            html=render_to_string(CONTENT_TEMPLATE, shown, request), frame=shown["frame"]
        )
    return fragments.draw(
        page_name(slug),
        {*disorder.cache_tags(), address_tag(slug)},
        CONTENT_TEMPLATE,
        content,
        request,
    )


@require_safe
@public_page
def disorder_appointment(request, slug):
    """Template: disorders/disorder_appointment.html, a page to print and
    take to the haematologist. Context: disorder, callouts (urgent help
    first), organisations and their language note."""
    disorder = Disorder.objects.for_appointment().published().best_for_slug(slug)
    if disorder is None:
        if moved := Disorder.objects.published().with_slug_in_any_language(slug).first():
            return redirect(moved.get_appointment_url(), permanent=True)
        raise Http404
    callouts, _sections = disorder.reading_order()
    organisations = disorder.patient_organisations()
    response = render(
        request,
        "disorders/disorder_appointment.html",
        {
            "disorder": disorder,
            "callouts": callouts,
            "organisations": organisations,
            "language_note": working_languages_note(organisations),
            "language_versions": language_versions(lambda code: disorder.get_appointment_url()),
        },
    )
    return shows(response, disorder.appointment_content())


def _breadcrumbs(disorder):
    crumbs = [
        {
            "name": disorder.category.name,
            "url": f"{reverse('home')}#{disorder.category.anchor()}",
        }
    ]
    if disorder.parent:
        crumbs.append({"name": disorder.parent.name, "url": disorder.parent.get_absolute_url()})
    return crumbs


def _structured_data(disorder):
    """schema.org JSON-LD, escaped so that no text can close the script element."""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": disorder.name,
        "description": disorder.summary,
        "url": settings.SITE_URL + disorder.get_absolute_url(),
        "inLanguage": translation.get_language() if disorder.is_translated() else "en",
        "about": {"@type": "MedicalCondition", "name": disorder.name},
        "dateModified": disorder.updated_at.isoformat(),
    }
    if disorder.synonyms:
        data["about"]["alternateName"] = [
            name.strip() for name in disorder.synonyms.split(",") if name.strip()
        ]
    if disorder.reviewed_on:
        data["lastReviewed"] = disorder.reviewed_on.isoformat()
    if disorder.reviewer_name:
        data["reviewedBy"] = {"@type": "Person", "name": disorder.reviewer_name}
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@require_safe
@public_page
def glossary(request):
    """Template: disorders/glossary.html. Context: letters, a list of
    (letter, terms) in the reader's alphabetical order."""
    terms = GlossaryTerm.objects.all()
    letters = _by_letter(terms, lambda term: term.term)
    response = render(request, "disorders/glossary.html", {"letters": letters})
    return shows(response, terms)
