from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from disorders.models import Disorder
from portal.languages import language_versions
from portal.ratelimit import hit, is_limited

from .forms import FeedbackForm, form_started_token
from .models import HelpfulVote, submit_feedback
from .same_origin import same_origin_only

REFERENCE_SALT = "feedback.reference"
HELPFUL_VOTE_RATE = (1, 60 * 60 * 24)  # one answer per reader, page and language a day


def _disorder(slug):
    disorder = Disorder.objects.published().select_related("category", "parent").best_for_slug(slug)
    if disorder is None:
        raise Http404
    return disorder


def _versions(view_name, disorder):
    return language_versions(lambda code: reverse(view_name, kwargs={"slug": disorder.slug}))


@never_cache
@require_http_methods(["GET", "POST"])
def feedback_create(request, slug):
    """Template: feedback/feedback_form.html. GET shows the form (and thanks
    for a helpfulness answer); POST stores it and redirects to the thanks page.
    The only public page with a cookie: Django's CSRF token."""
    disorder = _disorder(slug)
    rate_limited = False
    if request.method == "POST":
        form = FeedbackForm(request.POST, disorder=disorder)
        rate_limited = is_limited("feedback", request, settings.FEEDBACK_RATE_LIMIT) or (
            form.is_valid() and hit("feedback", request, settings.FEEDBACK_RATE_LIMIT)
        )
        if rate_limited:
            # Unbound, so nothing is validated, yet the reader's text stays in the form.
            form = FeedbackForm(initial=request.POST.dict(), disorder=disorder)
        elif form.is_valid():
            feedback = submit_feedback(
                form=form, disorder=disorder, language=translation.get_language()
            )
            reference = signing.dumps(feedback.reference, salt=REFERENCE_SALT)
            return redirect(
                f"{reverse('feedback:thanks', kwargs={'slug': disorder.slug})}?ref={reference}"
            )
    else:
        form = FeedbackForm(disorder=disorder)
    return render(
        request,
        "feedback/feedback_form.html",
        {
            "disorder": disorder,
            "form": form,
            "started_token": form_started_token(disorder),
            "helpful": request.GET.get("helpful") if request.method == "GET" else None,
            "retention_days": settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS,
            "language_versions": _versions("feedback:create", disorder),
            "rate_limited": rate_limited,
        },
        status=429 if rate_limited else 200,
    )


@require_safe
@never_cache
def feedback_thanks(request, slug):
    """Template: feedback/feedback_thanks.html. The reference comes signed,
    so nobody can make the site display a reference of their choosing."""
    disorder = _disorder(slug)
    try:
        reference = signing.loads(request.GET.get("ref", ""), salt=REFERENCE_SALT)
    except signing.BadSignature:
        reference = None
    return render(
        request,
        "feedback/feedback_thanks.html",
        {
            "disorder": disorder,
            "reference": reference,
            "language_versions": _versions("feedback:create", disorder),
        },
    )


# A CSRF token would put a cookie on every disorder page for a yes/no answer
# that carries no personal data: the browser's own Origin and Sec-Fetch-Site
# headers refuse other sites' forms, and the per-client limit caps the rest.
@csrf_exempt
@require_POST
@same_origin_only
def helpful_vote(request, slug):
    disorder = _disorder(slug)
    answer = request.POST.get("helpful")
    if answer not in ("yes", "no"):
        return render(
            request,
            "feedback/helpful_invalid.html",
            {"disorder": disorder, "language_versions": _versions("feedback:create", disorder)},
            status=400,
        )
    scope = f"helpful:{disorder.pk}:{translation.get_language()}"
    if not hit(scope, request, HELPFUL_VOTE_RATE):
        HelpfulVote.objects.create(
            disorder=disorder, language=translation.get_language(), is_helpful=answer == "yes"
        )
    return redirect(
        f"{reverse('feedback:create', kwargs={'slug': disorder.slug})}?helpful={answer}"
    )
