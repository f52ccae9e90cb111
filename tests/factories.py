"""Plain factory functions: defaults by setdefault, callers name only what
the test is about."""

from itertools import count

from django.contrib.auth.models import Permission, User

from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm
from feedback.forms import form_started_token
from organisations.models import Language, Organisation

_seq = count(1)
# The password of every staff account the factories make.
STAFF_PASSWORD = "correct horse battery staple"


def make_category(**fields):
    n = next(_seq)
    fields.setdefault("name_en", f"Category {n}")
    fields.setdefault("slug_en", f"category-{n}")
    return Category.objects.create(**fields)


def make_disorder(
    *, sections=0, subtypes=0, related=0, organisations=0, sources=0, translated=True, **fields
):
    n = next(_seq)
    fields.setdefault("name_en", f"Disorder {n}")
    fields.setdefault("slug_en", f"disorder-{n}")
    fields.setdefault("summary_en", f"Summary of disorder {n}.")
    if translated:
        fields.setdefault("name_nl", f"Aandoening {n}")
        fields.setdefault("slug_nl", f"aandoening-{n}")
        fields.setdefault("summary_nl", f"Samenvatting van aandoening {n}.")
        fields.setdefault("name_fr", f"Maladie {n}")
        fields.setdefault("slug_fr", f"maladie-{n}")
        fields.setdefault("summary_fr", f"Résumé de la maladie {n}.")
    fields.setdefault("status", Disorder.Status.PUBLISHED)
    if "category" not in fields:
        fields["category"] = fields["parent"].category if fields.get("parent") else make_category()
    disorder = Disorder.objects.create(**fields)
    for i in range(sections):
        make_section(disorder, position=i, translated=translated)
    for _ in range(subtypes):
        make_disorder(parent=disorder, category=disorder.category)
    for _ in range(related):
        disorder.related.add(make_disorder(category=disorder.category))
    for _ in range(organisations):
        make_organisation(disorders=[disorder])
    for i in range(sources):
        disorder.sources.create(position=i, title=f"Source {i}", publisher="A journal", year=2024)
    return disorder


def make_section(disorder, *, translated=True, **fields):
    n = next(_seq)
    fields.setdefault("heading_en", f"Heading {n}")
    fields.setdefault("body_en", f"<p>Body text {n}.</p>")
    if translated:
        fields.setdefault("heading_nl", f"Kop {n}")
        fields.setdefault("body_nl", f"<p>Tekst {n}.</p>")
        fields.setdefault("heading_fr", f"Titre {n}")
        fields.setdefault("body_fr", f"<p>Texte {n}.</p>")
    return DisorderSection.objects.create(disorder=disorder, **fields)


def make_glossary_term(*, translated=True, **fields):
    n = next(_seq)
    fields.setdefault("term_en", f"term {n}")
    fields.setdefault("slug", f"term-{n}")
    fields.setdefault("definition_en", f"What term {n} means.")
    if translated:
        fields.setdefault("term_nl", f"term {n} (nl)")
        fields.setdefault("definition_nl", f"Wat term {n} betekent.")
        fields.setdefault("term_fr", f"terme {n}")
        fields.setdefault("definition_fr", f"Ce que veut dire le terme {n}.")
    return GlossaryTerm.objects.create(**fields)


def make_organisation(*, languages=("nl",), disorders=(), **fields):
    n = next(_seq)
    fields.setdefault("name_en", f"Organisation {n}")
    fields.setdefault("slug", f"organisation-{n}")
    fields.setdefault("description_en", f"What organisation {n} offers.")
    fields.setdefault("region", Organisation.Region.FLANDERS)
    organisation = Organisation.objects.create(**fields)
    organisation.languages.set(Language.objects.filter(code__in=languages))
    organisation.disorders.set(disorders)
    return organisation


def make_staff(*, permissions=(), superuser=False, **fields):
    n = next(_seq)
    fields.setdefault("username", f"editor{n}")
    user = User.objects.create_user(
        password=STAFF_PASSWORD, is_staff=True, is_superuser=superuser, **fields
    )
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def make_role_user(role, **fields):
    """A staff account in one of the role groups ("Editor", "Medical reviewer", "Translator")."""
    n = next(_seq)
    fields.setdefault("username", f"{role.split()[0].lower()}{n}")
    fields.setdefault("email", f"{fields['username']}@example.org")
    user = User.objects.create_user(password=STAFF_PASSWORD, is_staff=True, **fields)
    user.groups.add(_role_group(role))
    return user


def _role_group(role):
    """The role's group; remade from the roles migration when a transactional
    test has flushed the rows that migration wrote."""
    import importlib

    from django.contrib.auth.models import Group

    group, created = Group.objects.get_or_create(name=role)
    if created:
        roles = importlib.import_module("portal.migrations.0002_create_roles").ROLES
        for permission in roles[role]:
            app_label, codename = permission.split(".")
            if codename.endswith("sitepage"):
                app_label = "pages"  # site pages moved out of portal (#12)
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return group


def admin_form_data(response, **changes):
    """The POST an unchanged admin change form would send (its fields and
    inline forms as shown), with ``changes`` on top."""
    from django.db.models.fields.files import FieldFile

    context = response.context
    forms = [context["adminform"].form]
    data = {}
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms += formset.forms
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False or isinstance(value, FieldFile):
                continue
            if value is True:
                value = "on"
            elif isinstance(value, list | tuple):
                value = [str(item) for item in value]
            data[form.add_prefix(name)] = value
    return data | changes


def disorder_form_data(*, category=None, sections=(), **fields):
    """A complete add-form POST: main fields in three languages and the sections inline."""
    category = category or make_category()
    data = {
        "name_en": "Leukemia",
        "name_nl": "Leukemie",
        "name_fr": "Leucémie",
        "slug_en": "leukemia",
        "slug_nl": "leukemie",
        "slug_fr": "leucemie",
        "summary_en": "A cancer of the blood.",
        "summary_nl": "Een kanker van het bloed.",
        "summary_fr": "Un cancer du sang.",
        "status": "published",
        "category": category.pk,
        "position": "10",
        "illustration_alt_en": "",
        "illustration_alt_nl": "",
        "illustration_alt_fr": "",
        "sections-TOTAL_FORMS": str(len(sections)),
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "1000",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "authors": "",
        "reviewer_name": "",
        "reviewer_credentials_en": "",
        "reviewer_credentials_nl": "",
        "reviewer_credentials_fr": "",
    }
    for i, section in enumerate(sections):
        defaults = {"position": str(i), "callout": "", "heading_en": f"Heading {i}"}
        for key, value in (defaults | section).items():
            data[f"sections-{i}-{key}"] = value
    return data | fields


def change_form_data(disorder, **fields):
    """A change-form POST keeping the page as stored, as opened just now."""
    current = Disorder.objects.get(pk=disorder.pk)
    kept = {
        f"{name}_{code}": getattr(current, f"{name}_{code}") or ""
        for name in ("name", "slug", "summary")
        for code in ("en", "nl", "fr")
    }
    return (
        disorder_form_data(
            category=current.category, status=current.status, loaded_version=current.version, **kept
        )
        | fields
    )


def feedback_data(disorder, **overrides):
    """A feedback-form POST that passes every check, timing token included."""
    data = {
        "kind": "unclear",
        "section": "",
        "message": "The second paragraph uses a word I do not understand.",
        "name": "",
        "email": "",
        "website": "",
        "started": form_started_token(disorder),
    }
    return {key: value for key, value in (data | overrides).items() if value is not None}
