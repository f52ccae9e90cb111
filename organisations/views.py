from django.core.paginator import Paginator
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from disorders.models import Disorder, localized
from pagecache.tags import shows
from portal.http import public_page

from .forms import DirectoryFilterForm
from .language_note import working_languages_note
from .models import Language, Organisation

ORGANISATIONS_PER_PAGE = 20


@require_safe
@public_page
def organisation_directory(request):
    """Template: organisations/organisation_list.html. Context: page of
    organisations, the active filters and, for every filter value, how many
    organisations the other active filters leave with that value."""
    filters = DirectoryFilterForm(request.GET).active_filters()
    disorder = None
    if "disorder" in filters:
        disorder = (
            Disorder.objects.published().with_slug_in_any_language(filters["disorder"]).first()
        )
        if disorder is None:
            del filters["disorder"]
    chosen = {
        "language": filters.get("language"),
        "region": filters.get("region"),
        "disorder": disorder,
    }

    organisations = Organisation.objects.filtered(**chosen).for_listing().in_reading_order()
    page = Paginator(organisations, ORGANISATIONS_PER_PAGE).get_page(request.GET.get("page"))
    language_counts, disorder_counts = _language_counts(chosen), _disorder_counts(chosen)
    page.object_list = list(page.object_list)
    response = render(
        request,
        "organisations/organisation_list.html",
        {
            "page": page,
            "language_note": working_languages_note(page.object_list),
            "filters": filters,
            "chosen_disorder": disorder,
            "language_counts": language_counts,
            "region_counts": _region_counts(chosen),
            "disorder_counts": disorder_counts,
        },
    )
    return shows(
        response,
        organisations,
        language_counts,
        disorder_counts,
        query=_accepted_query(request, filters, page),
    )


def _accepted_query(request, filters, page):
    """The query as this view understood it: filters it knows and found, and
    the page number it showed (Paginator shows the last page for "?page=99")."""
    query = dict(filters)
    if "page" in request.GET:
        query["page"] = page.number
    return query


def _language_counts(chosen):
    others = Organisation.objects.filtered(**(chosen | {"language": None}))
    return Language.objects.annotate(
        count=Count("organisations", filter=Q(organisations__in=others.values("pk")), distinct=True)
    )


def _region_counts(chosen):
    others = Organisation.objects.filtered(**(chosen | {"region": None}))
    counts = dict(
        Organisation.objects.filter(pk__in=others.values("pk"))
        .order_by()  # the default ordering would split the groups by name
        .values_list("region")
        .annotate(count=Count("pk"))
    )
    return [(value, label, counts.get(value, 0)) for value, label in Organisation.Region.choices]


def _disorder_counts(chosen):
    others = Organisation.objects.filtered(**(chosen | {"disorder": None}))
    return (
        Disorder.objects.published()
        .annotate(
            count=Count(
                "organisations", filter=Q(organisations__in=others.values("pk")), distinct=True
            )
        )
        .filter(count__gt=0)
        .order_by(
            Lower(
                Coalesce(NullIf(localized("name"), Value("")), "name_en", output_field=CharField())
            )
        )
    )


@require_safe
@public_page
def organisation_detail(request, slug):
    """Template: organisations/organisation_detail.html."""
    organisation = get_object_or_404(Organisation.objects.for_detail(), slug=slug)
    response = render(
        request, "organisations/organisation_detail.html", {"organisation": organisation}
    )
    return shows(response, organisation)
