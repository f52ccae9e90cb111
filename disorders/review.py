"""Reviewed publishing: an edit of a live page by someone who may not
publish waits as a PendingChange until a medical reviewer approves it or
sends it back; restoring a version from history goes the same way and
touches that page alone."""

import json

import reversion
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from notifications.tasks import notify
from portal.roles import is_translated_field, may_publish

from . import field_status, revisions
from .models import PendingChange


class StaleChange(Exception):
    """The live page changed after the pending change was made from it."""


def frozen(data):
    """A snapshot as it reads back from the database's JSON."""
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def field_rule(user, page_model):
    """(allowed(name), may_restructure) for what this user may change of a
    page: Translators the translated texts only; Editors everything but
    publishing and review; reviewers everything."""
    kind = revisions.kind_of(page_model)
    opts = page_model._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return is_translated_field, False
    if may_publish(user, opts):
        return (lambda name: True), True
    refused = {*kind.publishing_fields, *kind.review_fields}
    return (lambda name: name not in refused), True


def open_change(page):
    return PendingChange.objects.open().for_page(page).select_related("author").first()


def submit(*, page, data, author, note=""):
    """Keeps ``data`` as the page's pending change, limited to what the
    author may change; further saves update the same change."""
    live = revisions.snapshot(page)
    allowed, may_restructure = field_rule(author, type(page))
    change = PendingChange.objects.open().for_page(page).select_for_update().first()
    # What the author may not change comes from the waiting change, if any:
    # a Translator's save keeps an Editor's waiting English.
    reference = live if change is None else change.data
    data = frozen(revisions.limit_to(data, reference, allowed, may_restructure=may_restructure))
    if change is None:
        change = PendingChange(page=page, base=frozen(live))
    change.data = data
    change.author = author
    change.status = PendingChange.Status.PENDING
    change.note = note
    change.edits += 1
    change.save()
    _notify_reviewers(change)
    return change


def approve(*, change, reviewer, now=None):
    """Makes the change live at once. Refused (StaleChange) when the live
    page moved on since the change was made: the change is kept."""
    page = type(change.page).objects.select_for_update().get(pk=change.object_id)
    live = frozen(revisions.snapshot(page))
    if live != change.base:
        raise StaleChange
    with reversion.create_revision():
        publish(page, change.data, user=change.author or reviewer)
        reversion.set_user(reviewer)
        reversion.set_comment(
            _("Change by %(author)s approved by %(reviewer)s. %(note)s")
            % {
                "author": _username(change.author),
                "reviewer": reviewer.get_username(),
                "note": change.note,
            }
        )
    change.status = PendingChange.Status.APPROVED
    change.reviewer = reviewer
    change.reviewed_at = now or timezone.now()
    change.save()
    _notify_author(change)


def send_back(*, change, reviewer, comment, now=None):
    change.status = PendingChange.Status.SENT_BACK
    change.reviewer = reviewer
    change.comment = comment
    change.reviewed_at = now or timezone.now()
    change.save()
    _notify_author(change)


def publish(page, data, *, user):
    """Writes ``data`` over the live page as ``user``'s edit: its version
    goes up, and translations are marked as the edit requires."""
    before = revisions.snapshot(page)
    page.changed_by = user
    if hasattr(page, "version"):
        page.version += 1
    revisions.apply(page, data)
    field_status.record_snapshot_edits(page, before, revisions.snapshot(page))


def restore(*, page, version, user):
    """Brings back ``version`` of this page alone, limited to what ``user``
    may change: live at once for a reviewer, a pending change otherwise.
    Returns the pending change, or None when it went live."""
    when = date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    note = _("Restore of the version of %(date)s (version %(id)s).") % {
        "date": when,
        "id": version.pk,
    }
    data = revisions.snapshot_from_version(version)
    if may_publish(user, page._meta):
        live = revisions.snapshot(page)
        allowed, may_restructure = field_rule(user, type(page))
        data = revisions.limit_to(data, live, allowed, may_restructure=may_restructure)
        with reversion.create_revision():
            publish(page, data, user=user)
            reversion.set_user(user)
            reversion.set_comment(note)
        return None
    return submit(page=page, data=data, author=user, note=note)


def _username(user):
    return user.get_username() if user else _("someone")


def _page_admin_url(change, view="change"):
    opts = change.content_type.model_class()._meta
    return settings.SITE_URL + reverse(
        f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[change.object_id]
    )


def _notify_reviewers(change):
    """Recorded with the change and sent after the commit, as a task
    (notifications/tasks.py): a failing mail server never reaches the author."""
    with translation.override(settings.LANGUAGE_CODE):
        notify(
            kind="review-submitted",
            subject=_("A change is waiting for review: %(page)s") % {"page": change.page},
            body=_("%(author)s changed %(page)s. Review it here: %(url)s")
            % {
                "author": _username(change.author),
                "page": change.page,
                "url": _page_admin_url(change, "pending"),
            },
            recipients=settings.REVIEW_NOTIFY_EMAILS,
        )


def _notify_author(change):
    if change.author is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        if change.status == PendingChange.Status.APPROVED:
            subject = _("Your change was approved: %(page)s") % {"page": change.page}
            body = _("%(reviewer)s approved your change. Readers see it now: %(url)s")
        else:
            subject = _("Your change was sent back: %(page)s") % {"page": change.page}
            body = _("%(reviewer)s sent your change back with this comment: %(comment)s\n%(url)s")
        body = body % {
            "reviewer": _username(change.reviewer),
            "comment": change.comment,
            "url": _page_admin_url(change),
        }
        notify(kind="review-decided", subject=subject, body=body, recipients=[change.author.email])
