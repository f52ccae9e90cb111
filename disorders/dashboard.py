"""What the admin index shows of disorders under "Needs attention" (see
portal/sites.py): medical review, translations, source links, and the
changes waiting for review, here for disorders and site pages alike."""

from linkcheck.models import LinkStatus
from portal.languages import language_name, translated_languages

from .models import Disorder, PendingChange, Source


def medical_review(request):
    if not request.user.has_perm("disorders.view_disorder"):
        return {}
    published = Disorder.objects.published()
    return {
        "never_reviewed": published.filter(reviewed_on__isnull=True).count(),
        "review_overdue": published.review_overdue().count(),
        "review_due": published.review_due_within(30).count(),
        "translations": [
            (
                language_name(code),
                code,
                Disorder.objects.translation_missing(code).count(),
                Disorder.objects.translation_outdated(code).count(),
            )
            for code in translated_languages()
        ],
        "source_links": {
            status: Source.objects.filter(link_status=status).count()
            for status in (LinkStatus.BROKEN, LinkStatus.REDIRECTED)
        },
    }


def waiting_for_review(label, model):
    """The row counting `model`'s changes waiting for review, for those who
    may approve them."""
    opts = model._meta

    def row(request):
        if not request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}"):
            return {}
        waiting = PendingChange.objects.waiting().filter(
            content_type__app_label=opts.app_label, content_type__model=opts.model_name
        )
        changelist = f"admin:{opts.app_label}_{opts.model_name}_changelist"
        return {"waiting_for_review": [(label, changelist, waiting.count())]}

    return row
