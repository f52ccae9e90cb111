import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from disorders.models import DisorderSection
from portal.ratelimit import use_once

from .models import Feedback

STARTED_SALT = "feedback.form-started"
MESSAGE_MIN_LENGTH = 10
MESSAGE_MAX_LENGTH = 5000


def form_started_token(disorder, *, now=None):
    """When the form was shown, signed: the server can tell a form filled in
    by a person from one posted by a script a moment after loading it. Each
    token is accepted once (the nonce tells two forms shown at once apart),
    so a script must load the form and wait again for every post (with no
    minimum time, FEEDBACK_MIN_SECONDS=0, reuse is allowed: waiting is what
    single use enforces)."""
    return signing.dumps(
        {
            "disorder": disorder.pk,
            "at": time.time() if now is None else now,
            "nonce": secrets.token_urlsafe(8),
        },
        salt=STARTED_SALT,
    )


class MessageField(forms.CharField):
    """Counts a line break as one character, as the browser's limit does:
    browsers send CRLF, which Django would count as two."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if value else value


class FeedbackForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What kind of input is it?"),
        choices=Feedback.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what kind of input you are giving."),
            "invalid_choice": _("Choose one of the kinds of input listed."),
        },
    )
    section = forms.ModelChoiceField(
        label=_("Which part of the page is it about? (optional)"),
        queryset=DisorderSection.objects.none(),
        required=False,
        empty_label=_("The whole page"),
        error_messages={"invalid_choice": _("Choose one of the parts of this page.")},
    )
    message = MessageField(
        label=_("Your message"),
        help_text=_(
            "Between 10 and 5,000 characters. Please do not include medical details about yourself."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        min_length=MESSAGE_MIN_LENGTH,
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={
            "required": _("Write your message."),
            "min_length": _("Your message is too short: write at least 10 characters."),
            "max_length": _(
                "Your message is too long: keep it under 5,000 characters (it has %(show_value)d)."
            ),
        },
    )
    name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.com.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that you keep my name and e-mail address to reply to me."),
        required=False,
    )
    # Hidden from people by CSS; bots that fill every field fill this one too.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, disorder, **kwargs):
        super().__init__(*args, **kwargs)
        self.disorder = disorder
        self.fields["section"].queryset = disorder.sections.all()
        self.fields["section"].label_from_instance = lambda section: section.heading

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise forms.ValidationError(
                _(
                    "Your message could not be sent. Please leave the last field empty and try again."
                ),
                code="honeypot",
            )
        self._check_fill_time(cleaned_data.get("started"))
        if (cleaned_data.get("email") or cleaned_data.get("name")) and not cleaned_data.get(
            "consent"
        ):
            self.add_error(
                "consent",
                _(
                    "Tick this box if you want a reply, or leave your name and e-mail address empty."
                ),
            )
        if (
            cleaned_data.get("consent")
            and not cleaned_data.get("email")
            and "email" not in self.errors
        ):
            self.add_error("email", _("Give an e-mail address so that we can reply to you."))
        return cleaned_data

    def _check_fill_time(self, token):
        try:
            started = signing.loads(
                token or "", salt=STARTED_SALT, max_age=settings.FEEDBACK_FORM_MAX_AGE
            )
        except signing.SignatureExpired:
            raise forms.ValidationError(
                _(
                    "This form was open for a long time. Please check your message and send it again."
                ),
                code="expired",
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(
                _("Your message could not be sent. Please try again."), code="bad_token"
            ) from None
        if started.get("disorder") != self.disorder.pk:
            raise forms.ValidationError(_("Your message could not be sent. Please try again."))
        if settings.FEEDBACK_MIN_SECONDS and not use_once(
            "feedback-started", token, settings.FEEDBACK_FORM_MAX_AGE
        ):
            raise forms.ValidationError(
                _(
                    "This form was already sent once. If you did not get a reference number, "
                    "please send it again."
                ),
                code="reused",
            )
        if time.time() - started.get("at", 0) < settings.FEEDBACK_MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your message and send it again."),
                code="too_fast",
            )
