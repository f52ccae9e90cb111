"""Reviewed publishing: an edit of a live page by someone who may not
publish waits as a PendingChange until a medical reviewer approves it or
sends it back; restoring a version from history goes the same way and
touches that page alone."""

import json

import reversion
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
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


class NotInTheFuture(ValueError):
    """A go-live time that has already passed."""


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
    change.go_live_at = change.go_live_refused_at = None  # a new edit is reviewed anew
    change.note = note
    change.edits += 1
    change.save()
    _notify_reviewers(change)
    return change


def approve(*, change, reviewer, now=None):
    """Makes the change live at once. Refused (StaleChange) when the live
    page moved on since the change was made: the change is kept."""
    now = now or timezone.now()
    page = type(change.page).objects.select_for_update().get(pk=change.object_id)
    _refuse_if_stale(change, page)
    was_scheduled = change.status == PendingChange.Status.SCHEDULED
    with reversion.create_revision():
        publish(page, change.data, user=change.author or reviewer)
        reversion.set_user(reviewer)
        reversion.set_comment(
            _("Change by %(author)s approved by %(reviewer)s. %(note)s")
            % {
                "author": _username(change.author),
                "reviewer": _username(reviewer),
                "note": change.note,
            }
        )
    change.status = PendingChange.Status.APPROVED
    change.reviewer = reviewer
    if not was_scheduled:
        change.reviewed_at = now
    change.go_live_at = now
    change.go_live_refused_at = None
    change.save()
    _notify_author(change)
    if was_scheduled:
        _notify_reviewers_of_go_live(change)


def schedule(*, change, reviewer, go_live_at, now=None):
    """Approves the change to go live at ``go_live_at``; the live page stays
    as it is until publish_due_changes applies it. Refused as approve
    refuses: NotInTheFuture for a moment already past, StaleChange."""
    now = now or timezone.now()
    if go_live_at <= now:
        raise NotInTheFuture
    page = type(change.page).objects.select_for_update().get(pk=change.object_id)
    _refuse_if_stale(change, page)
    change.status = PendingChange.Status.SCHEDULED
    change.reviewer = reviewer
    change.reviewed_at = now
    change.go_live_at = go_live_at
    change.go_live_refused_at = None
    change.save()
    _notify_author(change)


def cancel_schedule(*, change, reviewer):
    """Back to waiting for review: nothing goes live at the chosen time."""
    change.status = PendingChange.Status.PENDING
    change.reviewer = reviewer
    change.go_live_at = None
    change.save()


def publish_due(*, now=None):
    """Applies every scheduled change whose time has come, each in its own
    transaction, through approve. A change whose page moved on meanwhile is
    refused, back to waiting for review, and marked so for the reviewer.
    Returns (published, refused) counts; running it again does nothing."""
    now = now or timezone.now()
    published = refused = 0
    for pk in list(
        PendingChange.objects.due(now).order_by("go_live_at").values_list("pk", flat=True)
    ):
        with transaction.atomic():
            # Again, locked: another run may have applied it in the meantime.
            change = PendingChange.objects.due(now).select_for_update().filter(pk=pk).first()
            if change is None:
                continue
            try:
                with transaction.atomic():
                    approve(change=change, reviewer=change.reviewer, now=now)
            except StaleChange:
                change.refresh_from_db()
                change.status = PendingChange.Status.PENDING
                change.go_live_refused_at = now
                change.save()
                _notify_refused_go_live(change)
                refused += 1
            else:
                published += 1
    return published, refused


def _refuse_if_stale(change, page):
    if frozen(revisions.snapshot(page)) != change.base:
        raise StaleChange


def send_back(*, change, reviewer, comment, now=None):
    change.status = PendingChange.Status.SENT_BACK
    change.go_live_at = change.go_live_refused_at = None
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


def _when(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _notify_author(change):
    if change.author is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        if change.status == PendingChange.Status.APPROVED:
            subject = _("Your change was approved: %(page)s") % {"page": change.page}
            body = _("%(reviewer)s approved your change. Readers see it now: %(url)s")
        elif change.status == PendingChange.Status.SCHEDULED:
            subject = _("Your change was approved: %(page)s") % {"page": change.page}
            body = _(
                "%(reviewer)s approved your change. Readers see it from %(when)s; "
                "until then they see the version approved before: %(url)s"
            )
        else:
            subject = _("Your change was sent back: %(page)s") % {"page": change.page}
            body = _("%(reviewer)s sent your change back with this comment: %(comment)s\n%(url)s")
        body = body % {
            "reviewer": _username(change.reviewer),
            "comment": change.comment,
            "when": _when(change.go_live_at) if change.go_live_at else "",
            "url": _page_admin_url(change),
        }
        notify(kind="review-decided", subject=subject, body=body, recipients=[change.author.email])


def _reviewer_addresses(change):
    addresses = [*settings.REVIEW_NOTIFY_EMAILS]
    if change.reviewer is not None and change.reviewer.email not in addresses:
        addresses.append(change.reviewer.email)
    return addresses


def _notify_reviewers_of_go_live(change):
    with translation.override(settings.LANGUAGE_CODE):
        notify(
            kind="review-went-live",
            subject=_("An approved change went live: %(page)s") % {"page": change.page},
            body=_(
                "The change by %(author)s approved by %(reviewer)s went live at %(when)s: %(url)s"
            )
            % {
                "author": _username(change.author),
                "reviewer": _username(change.reviewer),
                "when": _when(change.go_live_at),
                "url": _page_admin_url(change),
            },
            recipients=_reviewer_addresses(change),
        )


def _notify_refused_go_live(change):
    """The author and reviewers learn that an approved change did not go live."""
    with translation.override(settings.LANGUAGE_CODE):
        author = [change.author.email] if change.author else []
        notify(
            kind="review-refused",
            subject=_("An approved change did not go live: %(page)s") % {"page": change.page},
            body=_(
                "The change by %(author)s was approved to go live at %(when)s, but the live page "
                "had changed since the change was made, so readers still see the live page. "
                "The change waits for review again: %(url)s"
            )
            % {
                "author": _username(change.author),
                "when": _when(change.go_live_at),
                "url": _page_admin_url(change, "pending"),
            },
            recipients=list(dict.fromkeys([*author, *_reviewer_addresses(change)])),
        )
