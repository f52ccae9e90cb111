"""The admin side of reviewed publishing, shared by every page admin
(disorders, site pages): saving a live page as a pending change, the
reviewer's screen (what changed, a preview as readers will see it,
approve or send back), compare and restore from history."""

import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from reversion.models import Version

from portal.languages import language_codes, language_name
from portal.roles import may_publish

from . import review, revisions
from .models import PendingChange


class WaitingForReviewFilter(admin.SimpleListFilter):
    title = _("review of changes")
    parameter_name = "changes"

    def lookups(self, request, model_admin):
        return [("waiting", _("Waiting for review")), ("sent_back", _("Sent back"))]

    def queryset(self, request, queryset):
        status = {"waiting": PendingChange.Status.PENDING, "sent_back": "sent_back"}.get(
            self.value()
        )
        if status is None:
            return queryset
        ids = (
            PendingChange.objects.for_model(queryset.model)
            .filter(status=status)
            .values_list("object_id", flat=True)
        )
        return queryset.filter(pk__in=list(ids))


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the author change?"), widget=forms.Textarea(attrs={"rows": 3})
    )


TIME_PASSED = _("This time has passed. Choose a later time, or leave it blank to publish now.")


class ApproveForm(forms.Form):
    go_live_at = forms.DateTimeField(
        label=_("Go live at"),
        required=False,
        help_text=_("Leave blank to publish now."),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local", "aria-describedby": "go-live-help"},
            format="%Y-%m-%dT%H:%M",
        ),
        error_messages={"invalid": _("Enter a date and time, such as 2030-05-01 09:00.")},
    )

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()

    def clean_go_live_at(self):
        moment = self.cleaned_data["go_live_at"]
        if moment is not None and moment <= self.now:
            raise forms.ValidationError(TIME_PASSED)
        return moment


def _is_id(value):
    """ASCII digits that fit a database integer: "²".isdigit() is true, yet
    int("²") fails, and a 20-digit id overflows PostgreSQL's bigint."""
    return re.fullmatch(r"[0-9]{1,18}", str(value)) is not None


def _is_live(page):
    return page.status == "published"


class ReviewedPublishingAdmin:
    """Mixed into a page admin (before VersionAdmin)."""

    change_form_template = "admin/review/change_form.html"
    object_history_template = "admin/review/object_history.html"

    # Saving

    def _page(self, request, object_id):
        """The page being changed, fetched once per request however many
        of the views below ask."""
        pages = request.__dict__.setdefault("_review_pages", {})
        if object_id not in pages:
            pages[object_id] = self.get_object(request, unquote(object_id)) if object_id else None
        return pages[object_id]

    def _saves_as_pending(self, request, page):
        """Whether this user's save of ``page`` becomes a pending change."""
        return page is not None and _is_live(page) and not may_publish(request.user, self.opts)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if self._saves_as_pending(request, self._page(request, object_id)):
            # Around VersionAdmin's revision, what the rolled-back form
            # saved would still be recorded in the page's history.
            return admin.ModelAdmin.change_view(self, request, object_id, form_url, extra_context)
        return super().change_view(request, object_id, form_url, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        page = self._page(request, object_id)
        if not self._saves_as_pending(request, page):
            context = self._review_context(request, page) | (extra_context or {})
            return super().changeform_view(request, object_id, form_url, context)
        return self._edit_as_pending_change(request, page, object_id, form_url, extra_context)

    def _edit_as_pending_change(self, request, page, object_id, form_url, extra_context):
        """The author edits the page as their pending change would make it,
        and saves into that change: the form runs as usual on rows that are
        rolled back afterwards, and what it would have saved is kept."""
        with transaction.atomic():
            change = review.open_change(page)
            live_version = getattr(page, "version", 0)
            context = self._review_context(request, page, change) | (extra_context or {})
            savepoint = transaction.savepoint_create()
            try:
                if change is not None:
                    review.publish(page, change.data, user=change.author)
                    if hasattr(page, "version"):
                        type(page).objects.filter(pk=page.pk).update(
                            version=live_version + change.edits
                        )
                response = super().changeform_view(request, object_id, form_url, context)
                saved = request.method == "POST" and response.status_code == 302
                proposed = revisions.snapshot(type(page).objects.get(pk=page.pk)) if saved else None
                if hasattr(response, "render"):
                    response.render()
            finally:
                transaction.savepoint_rollback(savepoint)
            if not saved:
                return response
            live = type(page).objects.get(pk=page.pk)
            review.submit(page=live, data=proposed, author=request.user)
        for _message in messages.get_messages(request):
            pass  # drops the admin's "changed successfully": nothing changed for readers
        self.message_user(
            request,
            _(
                "Your change is waiting for review. Readers still see the approved version "
                "(%(date)s)."
            )
            % {"date": _approved_on(live)},
            messages.WARNING,
        )
        return HttpResponseRedirect(request.path)

    def _review_context(self, request, page, change=None):
        if page is None:
            return {}
        change = change or review.open_change(page)
        return {
            "pending_change": change,
            "approved_on": _approved_on(page),
            "may_review": may_publish(request.user, self.opts),
            "pending_url": self._url("pending", page.pk),
        }

    # The reviewer's screen

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/pending/",
                view(self.pending_view),
                name="{}_{}_pending".format(*info),
            ),
            path(
                "<path:object_id>/pending/preview/<str:language>/",
                view(self.preview_view),
                name="{}_{}_pending_preview".format(*info),
            ),
            path(
                "<path:object_id>/pending/approve/",
                view(require_POST(self.approve_view)),
                name="{}_{}_pending_approve".format(*info),
            ),
            path(
                "<path:object_id>/pending/cancel-schedule/",
                view(require_POST(self.cancel_schedule_view)),
                name="{}_{}_pending_cancel_schedule".format(*info),
            ),
            path(
                "<path:object_id>/pending/send-back/",
                view(require_POST(self.send_back_view)),
                name="{}_{}_pending_send_back".format(*info),
            ),
            path(
                "<path:object_id>/history/compare/",
                view(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                view(self.restore_view),
                name="{}_{}_restore".format(*info),
            ),
            *super().get_urls(),
        ]

    def _url(self, view, *args):
        return reverse(
            f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_{view}",
            args=args,
        )

    def _page_or_404(self, request, object_id):
        if not _is_id(object_id):
            raise Http404
        page = get_object_or_404(self.model, pk=object_id)
        if not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        return page

    def _change_or_404(self, page, status=None):
        changes = PendingChange.objects.open().for_page(page).select_related("author", "reviewer")
        if status:
            changes = changes.filter(status=status)
        change = changes.first()
        if change is None:
            raise Http404
        return change

    def pending_view(self, request, object_id, send_back_form=None, approve_form=None):
        """What the change would do, per language, with a preview of each
        language and, for reviewers, approve and send back."""
        page = self._page_or_404(request, object_id)
        change = self._change_or_404(page)
        live = revisions.snapshot(page)
        context = self.admin_site.each_context(request) | {
            "title": _("Change waiting for review: %(page)s") % {"page": page},
            "opts": self.opts,
            "original": page,
            "change": change,
            "languages": revisions.changes_between(live, change.data, self.model),
            "previews": [
                (code, language_name(code), self._url("pending_preview", page.pk, code))
                for code in language_codes()
            ],
            "may_review": may_publish(request.user, self.opts),
            "is_stale": review.frozen(live) != change.base,
            "send_back_form": send_back_form or SendBackForm(),
            "approve_form": approve_form or ApproveForm(),
            "approved_on": _approved_on(page),
        }
        return TemplateResponse(request, "admin/review/pending.html", context)

    def preview_view(self, request, object_id, language):
        """The public page as it will read once approved, drawn by the public
        view itself on rows that are rolled back afterwards."""
        page = self._page_or_404(request, object_id)
        change = self._change_or_404(page)
        if language not in language_codes():
            raise Http404
        with transaction.atomic():
            savepoint = transaction.savepoint_create()
            try:
                review.publish(page, change.data, user=change.author)
                with translation.override(language):
                    response = self.public_view(request, page)
                    if hasattr(response, "render"):
                        response.render()
            finally:
                transaction.savepoint_rollback(savepoint)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        # The page's language, not the editor's (French typography reads it).
        response["Content-Language"] = language
        return response

    def public_view(self, request, page):
        """The response readers get for ``page`` in the active language."""
        raise NotImplementedError

    def approve_view(self, request, object_id):
        page = self._page_or_404(request, object_id)
        if not may_publish(request.user, self.opts):
            raise PermissionDenied
        change = self._change_or_404(page, PendingChange.Status.PENDING)
        form = ApproveForm(request.POST)
        if not form.is_valid():
            return self.pending_view(request, object_id, approve_form=form)
        go_live_at = form.cleaned_data["go_live_at"]
        try:
            with transaction.atomic():
                if go_live_at is None:
                    review.approve(change=change, reviewer=request.user)
                else:
                    review.schedule(change=change, reviewer=request.user, go_live_at=go_live_at)
        except review.StaleChange:
            self.message_user(
                request,
                _(
                    "This change was not approved: the live page changed after it was made "
                    "(for example by a restore). The change is kept; ask its author to open the "
                    "page, bring the change over and submit it again, or send it back."
                ),
                messages.ERROR,
            )
            return HttpResponseRedirect(self._url("pending", page.pk))
        except review.NotInTheFuture:
            # The time passed between the form's check and now.
            form.add_error("go_live_at", TIME_PASSED)
            return self.pending_view(request, object_id, approve_form=form)
        if go_live_at is None:
            self.message_user(
                request, _("The change is approved: readers see it now."), messages.SUCCESS
            )
        else:
            self.message_user(
                request,
                _(
                    "The change is approved: it goes live at %(date)s, and readers see the "
                    "current version until then."
                )
                % {"date": _when(go_live_at)},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(self._url("change", page.pk))

    def cancel_schedule_view(self, request, object_id):
        page = self._page_or_404(request, object_id)
        if not may_publish(request.user, self.opts):
            raise PermissionDenied
        change = self._change_or_404(page, PendingChange.Status.SCHEDULED)
        with transaction.atomic():
            review.cancel_schedule(change=change, reviewer=request.user)
        self.message_user(
            request,
            _("The approval is cancelled: the change waits for review again."),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._url("pending", page.pk))

    def send_back_view(self, request, object_id):
        page = self._page_or_404(request, object_id)
        if not may_publish(request.user, self.opts):
            raise PermissionDenied
        change = self._change_or_404(page, PendingChange.Status.PENDING)
        form = SendBackForm(request.POST)
        if not form.is_valid():
            return self.pending_view(request, object_id, send_back_form=form)
        with transaction.atomic():
            review.send_back(
                change=change, reviewer=request.user, comment=form.cleaned_data["comment"]
            )
        self.message_user(request, _("The change was sent back to its author."), messages.SUCCESS)
        return HttpResponseRedirect(self._url("change", page.pk))

    # History

    def history_view(self, request, object_id, extra_context=None):
        versions = []
        if _is_id(object_id):
            versions = Version.objects.get_for_object_reference(
                self.model, object_id
            ).select_related("revision__user")
        return super().history_view(
            request, object_id, {"versions": versions} | (extra_context or {})
        )

    def compare_view(self, request, object_id):
        """What changed between two versions of this page, in words."""
        page = self._page_or_404(request, object_id)
        versions = Version.objects.get_for_object(page).select_related("revision")
        chosen = [request.GET.get(name, "").strip() for name in ("from", "to")]
        if not all(_is_id(value) for value in chosen):
            raise Http404
        older = get_object_or_404(versions, pk=chosen[0])
        newer = get_object_or_404(versions, pk=chosen[1])
        if older.revision.date_created > newer.revision.date_created:
            older, newer = newer, older
        context = self.admin_site.each_context(request) | {
            "title": _("Compare versions of %(name)s") % {"name": page},
            "opts": self.opts,
            "original": page,
            "older": older,
            "newer": newer,
            "languages": revisions.changes_between(
                revisions.snapshot_from_version(older),
                revisions.snapshot_from_version(newer),
                self.model,
            ),
        }
        return TemplateResponse(request, "admin/review/compare.html", context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """History's links lead to our restore, never to a revert of a whole revision."""
        return HttpResponseRedirect(self._url("restore", object_id, version_id))

    def restore_view(self, request, object_id, version_id):
        page = self._page_or_404(request, object_id)
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(page), pk=version_id)
        live = revisions.snapshot(page)
        allowed, may_restructure = review.field_rule(request.user, self.model)
        restored = revisions.limit_to(
            revisions.snapshot_from_version(version), live, allowed, may_restructure=may_restructure
        )
        if request.method == "POST":
            with transaction.atomic():
                change = review.restore(page=page, version=version, user=request.user)
            if change is None:
                self.message_user(request, _("The version is restored."), messages.SUCCESS)
            else:
                self.message_user(
                    request,
                    _("The restore is waiting for review; readers still see the current version."),
                    messages.WARNING,
                )
            return HttpResponseRedirect(self._url("change", page.pk))
        context = self.admin_site.each_context(request) | {
            "title": _("Restore a version of %(name)s") % {"name": page},
            "opts": self.opts,
            "original": page,
            "version": version,
            "languages": revisions.changes_between(live, restored, self.model),
            "goes_live": may_publish(request.user, self.opts),
        }
        return TemplateResponse(request, "admin/review/restore.html", context)

    def recover_view(self, request, version_id, extra_context=None):
        if not may_publish(request.user, self.opts):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not may_publish(request.user, self.opts):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)


def _when(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _approved_on(page):
    version = Version.objects.get_for_object(page).select_related("revision").first()
    moment = version.revision.date_created if version else getattr(page, "updated_at", None)
    if moment is None:
        return gettext("an earlier date")
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")
