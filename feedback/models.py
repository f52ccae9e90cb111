import datetime

from django.conf import settings
from django.db import models, transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from disorders.models import Disorder, DisorderSection
from portal.notifications import notify


class FeedbackQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status__in=Feedback.CLOSED)

    def new(self):
        return self.filter(status=Feedback.Status.NEW)

    def set_status(self, status):
        """Bulk status change that keeps closed_at right, for purging."""
        now = timezone.now()
        if status in Feedback.CLOSED:
            # A second closing (rejected, then done) keeps the first date: the
            # retention period promised to readers runs from it.
            changed = self.exclude(status=status).update(
                status=status, closed_at=Coalesce("closed_at", Value(now))
            )
        else:
            changed = self.exclude(status=status).update(status=status, closed_at=None)
        return changed

    def personal_data_expired(self, now=None):
        now = now or timezone.now()
        cutoff = now - datetime.timedelta(days=settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS)
        return self.filter(status__in=Feedback.CLOSED, closed_at__lt=cutoff).exclude(
            name="", email=""
        )


class Feedback(models.Model):
    class Kind(models.TextChoices):
        FACTUAL_ERROR = "factual_error", _("A factual error")
        UNCLEAR = "unclear", _("Something is unclear")
        MISSING = "missing", _("Missing information")
        TRANSLATION = "translation", _("A translation problem")
        BROKEN_LINK = "broken_link", _("A broken link")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        DONE = "done", _("Done")

    CLOSED = (Status.REJECTED, Status.DONE)

    disorder = models.ForeignKey(
        Disorder,
        models.SET_NULL,
        null=True,
        related_name="feedback",
        verbose_name=_("disorder"),
    )
    page_title = models.CharField(
        _("page"), max_length=200, help_text=_("The page's title when the reader wrote.")
    )
    section = models.ForeignKey(
        DisorderSection,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("section"),
    )
    section_heading = models.CharField(_("section heading"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind of input"), max_length=20, choices=Kind)
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    consent_given_at = models.DateTimeField(
        _("consent to be contacted given at"), null=True, blank=True
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_feedback",
        verbose_name=_("assigned to"),
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("feedback submission")
        verbose_name_plural = _("feedback submissions")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        """Unique because it is built from the primary key."""
        return f"FB-{timezone.localtime(self.created_at).year}-{self.pk:06d}"

    def get_admin_url(self):
        return reverse("admin:feedback_feedback_change", args=[self.pk])

    def clean(self):
        # Keeps closed_at in step when staff change the status in the form.
        if self.status in self.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status not in self.CLOSED:
            self.closed_at = None


class HelpfulVote(models.Model):
    """One reader's answer to "Was this page helpful?"."""

    disorder = models.ForeignKey(
        Disorder, models.CASCADE, related_name="helpful_votes", verbose_name=_("disorder")
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    is_helpful = models.BooleanField(_("helpful"))
    created_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("helpfulness answer")
        verbose_name_plural = _("helpfulness answers")
        indexes = [models.Index(fields=["disorder", "language"])]

    def __str__(self):
        return f"{self.disorder_id} {self.language} {self.is_helpful}"


def submit_feedback(*, form, disorder, language):
    """Store the submission and the editors' notification together; the
    e-mail is sent as a task after the commit. A failing mail server marks
    the notification failed, for a retry, and never loses a submission."""
    data = form.cleaned_data
    section = data.get("section")
    wants_reply = bool(data.get("email"))
    with transaction.atomic():
        feedback = Feedback.objects.create(
            disorder=disorder,
            page_title=disorder.name,
            section=section,
            section_heading=section.heading if section else "",
            language=language,
            kind=data["kind"],
            message=data["message"],
            name=data.get("name", "") if wants_reply else "",
            email=data.get("email", "") if wants_reply else "",
            consent_given_at=timezone.now() if wants_reply else None,
        )
        notify_editors(feedback)
    return feedback


def notify_editors(feedback):
    lines = [
        f"Reference: {feedback.reference}",
        f"Page: {feedback.page_title} ({feedback.language})",
        f"Section: {feedback.section_heading or '-'}",
        f"Kind: {feedback.get_kind_display()}",
        f"Reply wanted: {'yes' if feedback.email else 'no'}",
        "",
        feedback.message,
        "",
        f"Triage it in the back office: {settings.SITE_URL}{feedback.get_admin_url()}",
    ]
    return notify(
        kind="feedback",
        subject=f"[Feedback {feedback.reference}] {feedback.page_title}",
        body="\n".join(lines),
        recipients=[settings.FEEDBACK_NOTIFY_EMAIL],
    )
