"""Which kept pages a change reaches. Every save, delete and link change of
content a public page shows bumps the tags of the pages that show it (the
objects and querysets a page shows name its tags with cache_tags(); views
pass them to pagecache.tags.shows()):

- disorder-<pk>: the disorder's own page, and those of its subtypes and of
  the disorders that list it as related;
- category-<pk>: every disorder page of the category (their "other
  disorders" lists);
- address-<slug>: the disorder page stored for that address, whichever
  disorder it shows (a disorder taking the slug, leaving it, or appearing
  or disappearing there);
- catalogue: the home page, the A-Z index, the directory and organisation
  pages, which list disorders by name;
- org-<pk>, organisations, languages, glossary, site-pages;
- search: every change, since search results can show any content.

Tags are bumped at once, so that this process never serves the old page,
and again after the commit, so that a page drawn from the old rows by
another process in between is not kept as new.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import Signal

from portal.signals import content_replaced

from .pages import EVERYTHING, content_changed

# Sent after the commit with the tags a change bumped: the names kept pages
# carry in their Surrogate-Key header, for a CDN or Varnish to purge
# (docs/deploy.md shows a receiver).
tags_bumped = Signal()


def announce(*tags):
    # Search results can show any content.
    tags = ("search", *tags)
    content_changed(*tags)
    transaction.on_commit(lambda: _bumped_after_commit(tags))


def _bumped_after_commit(tags):
    content_changed(*tags)
    tags_bumped.send_robust(sender=None, tags=frozenset(tags))


def everything_changed():
    """After a restore or a bulk load. The glossary too: its terms are kept
    apart from the pages, under its own version (disorders/glossary.py)."""
    announce(EVERYTHING, "glossary")


def organisations_changed(organisation_pks):
    """Also the disorder pages that list the organisations."""
    from organisations.models import Organisation

    organisation_pks = list(organisation_pks)
    disorder_pks = Organisation.disorders.through.objects.filter(
        organisation_id__in=organisation_pks
    ).values_list("disorder_id", flat=True)
    announce(
        "organisations",
        *(f"org-{pk}" for pk in organisation_pks),
        *(f"disorder-{pk}" for pk in disorder_pks),
    )


def _listed_fields():
    """What lists of disorders show: a change elsewhere (a section's text, a
    review date) reaches only the disorder's own page."""
    translated = [
        f"{name}_{code}" for name in ("name", "slug", "summary") for code, _ in settings.LANGUAGES
    ]
    return [*translated, "status", "publish_at", "unpublish_at", "parent_id", "category_id"]


# Raw saves count too: restoring a revision from the admin's history writes
# the old version raw, before the change form saves it again unchanged.


def _remember_listed_values(sender, instance, **kwargs):
    instance._listed_before = (
        sender.objects.filter(pk=instance.pk).values(*_listed_fields()).first()
        if instance.pk is not None
        else None
    )


def _disorder_saved(sender, instance, **kwargs):
    before = getattr(instance, "_listed_before", None)
    now = {field: getattr(instance, field) for field in _listed_fields()}
    tags = {f"disorder-{instance.pk}"}
    if before != now:
        tags |= _listing_tags(now) | _address_tags(now)
        if before:
            tags |= _listing_tags(before) | _address_tags(before)
        tags |= _pages_listing_it_as_related(instance)
    announce(*tags)


def _pages_listing_it_as_related(disorder):
    """A disorder page lists only related disorders readers can open, so it
    does not record the others: when this one (or, through it, its subtypes)
    appears or disappears, their pages are told here."""
    from disorders.models import Disorder

    shown = [disorder.pk, *Disorder.objects.filter(parent=disorder).values_list("pk", flat=True)]
    related = Disorder.related.through.objects.filter(from_disorder_id__in=shown)
    return {f"disorder-{pk}" for pk in related.values_list("to_disorder_id", flat=True)}


def _disorder_deleted(sender, instance, **kwargs):
    announce(
        f"disorder-{instance.pk}",
        *_listing_tags({"parent_id": instance.parent_id, "category_id": instance.category_id}),
        *_address_tags({field: getattr(instance, field) for field in _listed_fields()}),
    )


def _listing_tags(values):
    tags = {"catalogue", f"category-{values['category_id']}"}
    if values["parent_id"]:
        tags.add(f"disorder-{values['parent_id']}")
    return tags


def _address_tags(values):
    from disorders.models import address_tag

    return {
        address_tag(values[f"slug_{code}"])
        for code, _name in settings.LANGUAGES
        if values[f"slug_{code}"]
    }


def _part_of_disorder_changed(sender, instance, **kwargs):
    announce(f"disorder-{instance.disorder_id}")


def _related_changed(sender, instance, action, pk_set, **kwargs):
    if action == "pre_clear":
        pk_set = set(instance.related.values_list("pk", flat=True))
    elif action not in ("post_add", "post_remove"):
        return
    announce(f"disorder-{instance.pk}", *(f"disorder-{pk}" for pk in pk_set))


def _organisation_disorders_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":
        if reverse:
            pk_set = set(instance.organisations.values_list("pk", flat=True))
        else:
            pk_set = set(instance.disorders.values_list("pk", flat=True))
    elif action not in ("post_add", "post_remove"):
        return
    if reverse:  # instance is a disorder, pk_set organisations
        announce(f"disorder-{instance.pk}", "organisations", *(f"org-{pk}" for pk in pk_set))
    else:
        announce(f"org-{instance.pk}", "organisations", *(f"disorder-{pk}" for pk in pk_set))


def _organisation_languages_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse and pk_set is None:  # a language's organisations all cleared
        announce("languages", "organisations")
    elif reverse:  # instance is a language, pk_set organisations
        organisations_changed(pk_set)
    else:
        organisations_changed([instance.pk])


def connect_signals():
    from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm, Source
    from organisations.models import Language, Organisation
    from pages.models import SitePage

    def on(signals, sender, handler):
        for signal in signals:
            signal.connect(
                handler,
                sender=sender,
                weak=False,
                dispatch_uid=f"page-cache-{id(signal)}-{sender.__name__}",
            )

    def tags_for(*tags):
        def handler(**kwargs):
            announce(*tags)

        return handler

    def organisation_handler(instance, **kwargs):
        organisations_changed([instance.pk])

    def category_handler(instance, **kwargs):
        announce("catalogue", f"category-{instance.pk}")

    pre_save.connect(
        _remember_listed_values, sender=Disorder, weak=False, dispatch_uid="page-cache-pre"
    )
    post_save.connect(_disorder_saved, sender=Disorder, weak=False, dispatch_uid="page-cache")
    post_delete.connect(_disorder_deleted, sender=Disorder, weak=False, dispatch_uid="page-cache")
    on((post_save, post_delete), DisorderSection, _part_of_disorder_changed)
    on((post_save, post_delete), Source, _part_of_disorder_changed)
    on((post_save, post_delete), Category, category_handler)
    on((post_save, post_delete), GlossaryTerm, tags_for("glossary"))
    on((post_save, post_delete), SitePage, tags_for("site-pages"))
    on((post_save, post_delete), Language, tags_for("languages", "organisations"))
    # Before the delete: its links to disorders go with it.
    on((post_save, pre_delete), Organisation, organisation_handler)
    content_replaced.connect(
        lambda **kwargs: everything_changed(), weak=False, dispatch_uid="page-cache"
    )
    m2m_changed.connect(
        _related_changed, sender=Disorder.related.through, weak=False, dispatch_uid="page-cache"
    )
    m2m_changed.connect(
        _organisation_disorders_changed,
        sender=Organisation.disorders.through,
        weak=False,
        dispatch_uid="page-cache",
    )
    m2m_changed.connect(
        _organisation_languages_changed,
        sender=Organisation.languages.through,
        weak=False,
        dispatch_uid="page-cache",
    )
