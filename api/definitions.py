"""What the API answers, written once.

Each resource lists its fields: the JSON Schema of the value and how to read
it from what a view found. Views turn objects into JSON with dump(), and the
OpenAPI document (openapi()) is built from the same definitions, so the two
cannot drift; the tests validate every response against the document.

A field's kind is a JSON Schema (a dict), a Resource, [kind] for a list of
that kind, or Nullable(kind).
"""

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

API_VERSION = "1"
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Up to 18 digits fit the database's 64-bit ids; one way of writing each id,
# so that 12 and 012 are not two addresses of one disorder.
ID_PATTERN = r"[1-9][0-9]{0,17}"
MAX_ID = 10**18 - 1


class ApiError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Resource:
    def __init__(self, name, description, fields):
        self.name = name
        self.description = description
        self.fields = fields

    def extended(self, name, description, fields):
        return Resource(name, description, [*self.fields, *fields])


@dataclass(frozen=True)
class Field:
    name: str
    kind: Any
    read: Any  # (value, context) -> what `kind` dumps
    description: str = ""


@dataclass(frozen=True)
class Nullable:
    kind: Any


def dump(kind, value, context):
    if isinstance(kind, Resource):
        return {
            field.name: dump(field.kind, field.read(value, context), context)
            for field in kind.fields
        }
    if isinstance(kind, list):
        return [dump(kind[0], item, context) for item in value]
    if isinstance(kind, Nullable):
        return None if value is None else dump(kind.kind, value, context)
    return value


def schema_of(kind, components):
    """The JSON Schema of a kind; resources go into `components` once."""
    if isinstance(kind, Resource):
        if kind.name not in components:
            components[kind.name] = {}  # taken, before its fields refer back
            components[kind.name] = {
                "type": "object",
                "description": kind.description,
                "properties": {
                    field.name: _described(schema_of(field.kind, components), field.description)
                    for field in kind.fields
                },
                "required": [field.name for field in kind.fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/components/schemas/{kind.name}"}
    if isinstance(kind, list):
        return {"type": "array", "items": schema_of(kind[0], components)}
    if isinstance(kind, Nullable):
        return {"oneOf": [schema_of(kind.kind, components), {"type": "null"}]}
    return kind


def _described(schema, description):
    return schema | {"description": description} if description else schema


# Query parameters.


@dataclass(frozen=True)
class Parameter:
    name: str
    schema: dict
    description: str
    pattern: str  # the one way a value may be written
    message: str  # what a wrong value is told
    convert: Any = str

    def parse(self, raw):
        if re.fullmatch(self.pattern, raw) is None:
            raise ApiError(400, "invalid_parameter", self.message)
        value = self.convert(raw)
        maximum = self.schema.get("maximum")
        if maximum is not None and value > maximum:
            raise ApiError(400, "invalid_parameter", self.message)
        return value


LANG = Parameter(
    "lang",
    {"type": "string", "enum": list(LANGUAGES), "default": DEFAULT_LANGUAGE},
    "The language of the texts. A text not yet translated is given in English, "
    "marked with is_fallback.",
    "|".join(LANGUAGES),
    f"lang must be one of {', '.join(LANGUAGES)}.",
)
PAGE = Parameter(
    "page",
    {"type": "integer", "minimum": 1, "maximum": 999_999_999, "default": 1},
    "The page of results, from 1.",
    r"[1-9][0-9]{0,8}",
    "page must be a whole number from 1, written without leading zeros.",
    int,
)
PAGE_SIZE = Parameter(
    "page_size",
    {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
    f"Results per page, at most {MAX_PAGE_SIZE}.",
    r"[1-9][0-9]{0,2}",
    f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, written without leading zeros.",
    int,
)


class Context:
    """One request's language, parameters and addresses."""

    def __init__(self, request, parameters):
        self.request = request
        self.given = {}  # in the order the query string gives them
        known = {parameter.name: parameter for parameter in parameters}
        for name, values in request.GET.lists():
            if name not in known:
                accepted = ", ".join(parameter.name for parameter in parameters) or "none"
                raise ApiError(
                    400,
                    "unknown_parameter",
                    f"Unknown query parameter {name!r}. This address accepts: {accepted}.",
                )
            if len(values) > 1:
                raise ApiError(400, "repeated_parameter", f"Give {name} once.")
            self.given[name] = known[name].parse(values[0])
        self.language = self.given.get("lang", DEFAULT_LANGUAGE)

    def is_canonical(self):
        """Each parameter once, each value written the one way it may be, and
        nothing else in the query string: only then is the answer kept, so
        that nobody can fill the page cache with spellings of one answer."""
        written = "&".join(f"{name}={value}" for name, value in self.given.items())
        return self.request.META.get("QUERY_STRING", "") == written

    def absolute(self, path):
        """On SITE_URL, never on the Host header a client sent."""
        return settings.SITE_URL + path

    def api_url(self, name, *args, **query):
        """An API address that keeps the reader's language."""
        if self.language != DEFAULT_LANGUAGE:
            query = {"lang": self.language} | query
        written = "&".join(f"{key}={value}" for key, value in query.items())
        return self.absolute(reverse(f"api:{name}", args=args) + (f"?{written}" if written else ""))

    def page_url(self, number):
        query = self.given | {"page": number}
        written = "&".join(
            f"{name}={query[name]}" for name in ("lang", "page", "page_size") if name in query
        )
        return self.absolute(f"{self.request.path}?{written}")

    def paginate(self, queryset):
        page_size = self.given.get("page_size", DEFAULT_PAGE_SIZE)
        paginator = Paginator(queryset, page_size)
        number = self.given.get("page", 1)
        try:
            page = paginator.page(number)
        except EmptyPage:
            raise ApiError(
                404,
                "page_not_found",
                f"There is no page {number}: {paginator.num_pages} page(s) of {page_size}.",
            ) from None
        page.object_list = list(page.object_list)
        return page

    def text(self, obj, name):
        """A translated field in the reader's language, or in English, marked
        as a fallback, where that language has no text yet."""
        value = getattr(obj, f"{name}_{self.language}") or ""
        if not value and self.language != DEFAULT_LANGUAGE:
            english = getattr(obj, f"{name}_{DEFAULT_LANGUAGE}") or ""
            if english:
                return Shown(english, DEFAULT_LANGUAGE, True)
        return Shown(value, self.language, False)

    def interface(self, text):
        """An interface string, translated by the site's catalogues."""
        return Shown(str(text), self.language, False)


class Shown(NamedTuple):
    text: str
    language: str
    is_fallback: bool


def _in_language(obj, code):
    with translation.override(code):
        return obj.get_absolute_url()


def _date(value):
    return value.isoformat() if value else None


def _or_none(value):
    return value or None


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
URL = {"type": "string", "format": "uri"}
OPTIONAL_STRING = {"type": ["string", "null"]}
OPTIONAL_URL = {"type": ["string", "null"], "format": "uri"}
OPTIONAL_DATE = {"type": ["string", "null"], "format": "date"}
DATE_TIME = {"type": "string", "format": "date-time"}
LANGUAGE = {"type": "string", "enum": list(LANGUAGES)}

TEXT = Resource(
    "Text",
    "A text and the language it is in.",
    [
        Field("text", STRING, lambda shown, c: shown.text),
        Field("language", LANGUAGE, lambda shown, c: shown.language),
        Field(
            "is_fallback",
            BOOLEAN,
            lambda shown, c: shown.is_fallback,
            "True when the text is in English because the language asked for has none yet.",
        ),
    ],
)
HTML = Resource(
    "Html",
    "HTML as the site shows it (paragraphs, lists, links, bold and italic; "
    "sanitised when saved), and the language it is in.",
    TEXT.fields,
)
NAMES = Resource(
    "Names",
    "Other names and abbreviations, and the language they are in.",
    [
        Field(
            "names",
            [STRING],
            lambda shown, c: [name.strip() for name in shown.text.split(",") if name.strip()],
        ),
        *TEXT.fields[1:],
    ],
)
LICENCE = Resource(
    "Licence",
    "The licence under which the content may be reused.",
    [
        Field("name", STRING, lambda _, c: settings.CONTENT_LICENCE_NAME),
        Field("url", URL, lambda _, c: settings.CONTENT_LICENCE_URL),
        Field(
            "terms",
            URL,
            lambda _, c: c.absolute(reverse("reuse")),
            "The page that says how to reuse the content and how to credit it.",
        ),
    ],
)
ATTRIBUTION = Resource(
    "Attribution",
    "What to show beside reused content.",
    [
        Field(
            "text",
            TEXT,
            lambda url, c: c.interface(
                gettext("Source: Blood Disorders Portal, %(url)s. Licence: %(licence)s.")
                % {"url": url, "licence": settings.CONTENT_LICENCE_NAME}
            ),
        ),
        Field("url", URL, lambda url, c: url, "The page the content comes from."),
        Field("licence", LICENCE, lambda url, c: None),
    ],
)

DISORDER_REFERENCE = Resource(
    "DisorderReference",
    "A published disorder, named in the language asked for.",
    [
        Field("id", ID, lambda d, c: d.pk),
        Field("name", TEXT, lambda d, c: c.text(d, "name")),
        Field("url", URL, lambda d, c: c.absolute(d.get_absolute_url()), "Its page."),
        Field("api_url", URL, lambda d, c: c.api_url("disorder-detail", d.pk)),
    ],
)
ORGANISATION_REFERENCE = Resource(
    "OrganisationReference",
    "An active patient organisation, named in the language asked for.",
    [
        Field("id", ID, lambda o, c: o.pk),
        Field("name", TEXT, lambda o, c: c.text(o, "name")),
        Field("url", URL, lambda o, c: c.absolute(o.get_absolute_url()), "Its page."),
        Field("api_url", URL, lambda o, c: c.api_url("organisation-detail", o.pk)),
    ],
)
CATEGORY = Resource(
    "Category",
    "A group of disorders.",
    [
        Field("id", ID, lambda category, c: category.pk),
        Field("name", TEXT, lambda category, c: c.text(category, "name")),
    ],
)
LANGUAGE_VERSION = Resource(
    "LanguageVersion",
    "The disorder's name, slug and page in one language. A language without "
    "a translation has no name or slug of its own; its page shows the English text.",
    [
        Field("language", LANGUAGE, lambda version, c: version[1]),
        Field(
            "name",
            OPTIONAL_STRING,
            lambda version, c: _or_none(getattr(version[0], f"name_{version[1]}")),
        ),
        Field(
            "slug", OPTIONAL_STRING, lambda version, c: getattr(version[0], f"slug_{version[1]}")
        ),
        Field("url", URL, lambda version, c: c.absolute(_in_language(*version))),
        Field("is_translated", BOOLEAN, lambda version, c: version[0].is_translated(version[1])),
    ],
)
DISORDER = Resource(
    "Disorder",
    "A published disorder.",
    [
        *DISORDER_REFERENCE.fields,
        Field("summary", TEXT, lambda d, c: c.text(d, "summary")),
        Field("other_names", NAMES, lambda d, c: c.text(d, "synonyms")),
        Field(
            "languages",
            [LANGUAGE_VERSION],
            lambda d, c: [(d, code) for code in LANGUAGES],
        ),
        Field("category", CATEGORY, lambda d, c: d.category),
        Field(
            "parent",
            Nullable(DISORDER_REFERENCE),
            lambda d, c: d.parent,
            "The disorder this one is a subtype of.",
        ),
        Field(
            "reviewed_on", OPTIONAL_DATE, lambda d, c: _date(d.reviewed_on), "Last medical review."
        ),
        Field("next_review_on", OPTIONAL_DATE, lambda d, c: _date(d.next_review_on)),
        Field("last_modified", DATE_TIME, lambda d, c: d.updated_at.isoformat()),
    ],
)
SECTION = Resource(
    "Section",
    "A section of a disorder page, in page order.",
    [
        Field("heading", TEXT, lambda s, c: c.text(s, "heading")),
        Field("body", HTML, lambda s, c: c.text(s, "body")),
        Field(
            "callout",
            {"type": ["string", "null"], "enum": ["key_points", "urgent_help", None]},
            lambda s, c: s.callout or None,
            "Shown in a highlighted box: key points, or where to get urgent help.",
        ),
    ],
)
SOURCE = Resource(
    "Source",
    "Evidence the page rests on.",
    [
        Field("title", STRING, lambda s, c: s.title),
        Field("publisher", OPTIONAL_STRING, lambda s, c: _or_none(s.publisher)),
        Field("year", {"type": ["integer", "null"]}, lambda s, c: s.year),
        Field("url", OPTIONAL_URL, lambda s, c: _or_none(s.url)),
    ],
)
REVIEW = Resource(
    "Review",
    "Who wrote and who medically reviewed the page.",
    [
        Field(
            "authors",
            [STRING],
            lambda d, c: [name.strip() for name in d.authors.split(",") if name.strip()],
        ),
        Field("reviewer_name", OPTIONAL_STRING, lambda d, c: _or_none(d.reviewer_name)),
        Field("reviewer_credentials", TEXT, lambda d, c: c.text(d, "reviewer_credentials")),
        Field("reviewed_on", OPTIONAL_DATE, lambda d, c: _date(d.reviewed_on)),
        Field("next_review_on", OPTIONAL_DATE, lambda d, c: _date(d.next_review_on)),
        Field("version", INTEGER, lambda d, c: d.version, "Counts the page's published changes."),
    ],
)
DISORDER_DETAIL = DISORDER.extended(
    "DisorderDetail",
    "A published disorder with its whole page.",
    [
        Field("sections", [SECTION], lambda d, c: d.sections.all()),
        Field(
            "questions",
            HTML,
            lambda d, c: c.text(d, "questions"),
            "Questions readers may take to their haematologist.",
        ),
        Field("sources", [SOURCE], lambda d, c: d.sources.all()),
        Field("subtypes", [DISORDER_REFERENCE], lambda d, c: d.subtypes.all()),
        Field("related", [DISORDER_REFERENCE], lambda d, c: d.related.all()),
        Field(
            "organisations",
            [ORGANISATION_REFERENCE],
            lambda d, c: d.patient_organisations(),
            "Patient organisations for this disorder and, for a subtype, its parent.",
        ),
        Field("review", REVIEW, lambda d, c: d),
        Field("attribution", ATTRIBUTION, lambda d, c: c.absolute(d.get_absolute_url())),
    ],
)

REGION = Resource(
    "Region",
    "Where an organisation works.",
    [
        Field(
            "code",
            {
                "type": "string",
                "enum": ["flanders", "wallonia", "brussels", "national", "international"],
            },
            lambda o, c: o.region,
        ),
        Field("name", TEXT, lambda o, c: c.interface(o.get_region_display())),
    ],
)
CONTACT = Resource(
    "Contact",
    "How to reach an organisation; null where it gave none.",
    [
        Field("website", OPTIONAL_URL, lambda o, c: _or_none(o.website)),
        Field(
            "email", {"type": ["string", "null"], "format": "email"}, lambda o, c: _or_none(o.email)
        ),
        Field("phone", OPTIONAL_STRING, lambda o, c: _or_none(o.phone)),
        Field("address", OPTIONAL_STRING, lambda o, c: _or_none(o.address)),
    ],
)
ORGANISATION = Resource(
    "Organisation",
    "An active patient organisation.",
    [
        *ORGANISATION_REFERENCE.fields,
        Field("description", TEXT, lambda o, c: c.text(o, "description")),
        Field(
            "working_languages",
            [{"type": "string", "enum": ["en", "nl", "fr", "de"]}],
            lambda o, c: o.language_codes(),
            "The languages in which it answers people.",
        ),
        Field("region", REGION, lambda o, c: o),
        Field("contact", CONTACT, lambda o, c: o),
        Field("disorders", [DISORDER_REFERENCE], lambda o, c: o.disorders.all()),
        Field(
            "contact_verified_on",
            OPTIONAL_DATE,
            lambda o, c: _date(o.contact_verified_on),
            "When the contact details were last checked.",
        ),
    ],
)
ORGANISATION_DETAIL = ORGANISATION.extended(
    "OrganisationDetail",
    "An active patient organisation, with how to credit it.",
    [Field("attribution", ATTRIBUTION, lambda o, c: c.absolute(o.get_absolute_url()))],
)

GLOSSARY_TERM = Resource(
    "GlossaryTerm",
    "A medical word explained in plain language.",
    [
        Field("id", ID, lambda t, c: t.pk),
        Field("term", TEXT, lambda t, c: c.text(t, "term")),
        Field("definition", TEXT, lambda t, c: c.text(t, "definition")),
        Field("other_names", NAMES, lambda t, c: c.text(t, "synonyms")),
        Field(
            "url", URL, lambda t, c: c.absolute(t.get_absolute_url()), "Its place in the glossary."
        ),
        Field("last_modified", DATE_TIME, lambda t, c: t.updated_at.isoformat()),
    ],
)


def page_of(resource):
    return Resource(
        f"{resource.name}Page",
        f"One page of {resource.name} results, by id.",
        [
            Field("language", LANGUAGE, lambda page, c: c.language, "The language asked for."),
            Field("count", INTEGER, lambda page, c: page.paginator.count, "Results on all pages."),
            Field("page", INTEGER, lambda page, c: page.number),
            Field("pages", INTEGER, lambda page, c: page.paginator.num_pages),
            Field("page_size", INTEGER, lambda page, c: page.paginator.per_page),
            Field(
                "next",
                OPTIONAL_URL,
                lambda page, c: c.page_url(page.next_page_number()) if page.has_next() else None,
            ),
            Field(
                "previous",
                OPTIONAL_URL,
                lambda page, c: (
                    c.page_url(page.previous_page_number()) if page.has_previous() else None
                ),
            ),
            Field("results", [resource], lambda page, c: page.object_list),
        ],
    )


LINKS = Resource(
    "Links",
    "Where everything is.",
    [
        Field("disorders", URL, lambda _, c: c.api_url("disorder-list")),
        Field("organisations", URL, lambda _, c: c.api_url("organisation-list")),
        Field("glossary", URL, lambda _, c: c.api_url("glossary")),
        Field(
            "schema",
            URL,
            lambda _, c: c.absolute(reverse("api:schema")),
            "This API's OpenAPI document.",
        ),
        Field("site", URL, lambda _, c: c.absolute(reverse("home"))),
    ],
)
INDEX = Resource(
    "Index",
    "The start of the API.",
    [
        Field("name", TEXT, lambda _, c: c.interface(gettext("Blood Disorders Portal"))),
        Field("api_version", STRING, lambda _, c: API_VERSION),
        Field("language", LANGUAGE, lambda _, c: c.language),
        Field("links", LINKS, lambda _, c: None),
        Field("licence", LICENCE, lambda _, c: None),
        Field("attribution", ATTRIBUTION, lambda _, c: c.absolute(reverse("home"))),
    ],
)
ERROR = Resource(
    "Error",
    "What went wrong.",
    [
        Field(
            "error",
            Resource(
                "ErrorDetail",
                "A status, a code a program can test, and a message for people.",
                [
                    Field("status", INTEGER, lambda error, c: error.status),
                    Field("code", STRING, lambda error, c: error.code),
                    Field("message", STRING, lambda error, c: error.message),
                ],
            ),
            lambda error, c: error,
        )
    ],
)
OPENAPI_DOCUMENT = {"type": "object", "description": "This OpenAPI 3.1 document."}


@dataclass(frozen=True)
class Endpoint:
    url_name: str
    path: str  # below the API's base address, as OpenAPI writes it
    summary: str
    response: Any
    parameters: tuple = (LANG,)
    tag: str = "content"

    def has_id(self):
        return "{id}" in self.path


INDEX_ENDPOINT = Endpoint(
    "index", "/", "Links to the collections, the schema and the licence", INDEX
)
SCHEMA_ENDPOINT = Endpoint(
    "schema", "/schema/", "This OpenAPI 3.1 document", OPENAPI_DOCUMENT, parameters=()
)
DISORDERS = Endpoint(
    "disorder-list",
    "/disorders/",
    "Published disorders",
    page_of(DISORDER),
    (LANG, PAGE, PAGE_SIZE),
)
DISORDER_ENDPOINT = Endpoint(
    "disorder-detail", "/disorders/{id}/", "One published disorder with its page", DISORDER_DETAIL
)
ORGANISATIONS = Endpoint(
    "organisation-list",
    "/organisations/",
    "Active patient organisations",
    page_of(ORGANISATION),
    (LANG, PAGE, PAGE_SIZE),
)
ORGANISATION_ENDPOINT = Endpoint(
    "organisation-detail",
    "/organisations/{id}/",
    "One active patient organisation",
    ORGANISATION_DETAIL,
)
GLOSSARY = Endpoint(
    "glossary", "/glossary/", "Glossary terms", page_of(GLOSSARY_TERM), (LANG, PAGE, PAGE_SIZE)
)
ENDPOINTS = [
    INDEX_ENDPOINT,
    DISORDERS,
    DISORDER_ENDPOINT,
    ORGANISATIONS,
    ORGANISATION_ENDPOINT,
    GLOSSARY,
    SCHEMA_ENDPOINT,
]


def openapi(context):
    components = {}
    error = {
        "description": "",
        "content": {"application/json": {"schema": schema_of(ERROR, components)}},
    }
    paths = {}
    for endpoint in ENDPOINTS:
        parameters = [
            {
                "name": parameter.name,
                "in": "query",
                "required": False,
                "description": parameter.description,
                "schema": parameter.schema,
            }
            for parameter in endpoint.parameters
        ]
        if endpoint.has_id():
            parameters.insert(0, {"name": "id", "in": "path", "required": True, "schema": ID})
        responses = {
            "200": {
                "description": endpoint.summary,
                "headers": RESPONSE_HEADERS,
                "content": {
                    "application/json": {"schema": schema_of(endpoint.response, components)}
                },
            },
            "304": {"description": "Not modified: the copy the client has (ETag) is current."},
            "404": error | {"description": "No such thing, or no such page of results."},
            "429": error
            | {
                "description": "Too many requests from this client: wait the seconds in Retry-After.",
                "headers": {"Retry-After": {"schema": {"type": "integer"}, "required": True}},
            },
        }
        if endpoint.parameters:
            responses["400"] = error | {
                "description": "An unknown query parameter, or a value it does not take."
            }
        paths[endpoint.path] = {
            "get": {
                "operationId": endpoint.url_name,
                "summary": endpoint.summary,
                "tags": [endpoint.tag],
                "parameters": parameters,
                "responses": responses,
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": gettext("Blood Disorders Portal") + " API",
            "version": API_VERSION,
            "description": (
                "Reviewed, trilingual patient information on blood disorders, read-only. "
                "Every text says which language it is in; where a translation is missing "
                "the English text is given, marked with is_fallback. Reuse it with the "
                "attribution each response gives, under the licence named here."
            ),
            "license": {"name": settings.CONTENT_LICENCE_NAME, "url": settings.CONTENT_LICENCE_URL},
        },
        "servers": [{"url": context.absolute(reverse("api:index")).rstrip("/")}],
        "paths": paths,
        "components": {"schemas": components},
    }


RESPONSE_HEADERS = {
    "Content-Language": {
        "description": "The language asked for.",
        "required": True,
        "schema": {"type": "string", "enum": list(LANGUAGES)},
    },
    "ETag": {"description": "Send it back in If-None-Match to get 304.", "schema": STRING},
    "Last-Modified": {"schema": STRING},
    "Cache-Control": {"schema": STRING},
    "Access-Control-Allow-Origin": {"schema": {"type": "string", "const": "*"}},
}
