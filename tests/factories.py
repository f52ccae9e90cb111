"""Plain factory functions: defaults by setdefault, callers name only what
the test is about."""

from itertools import count

from django.contrib.auth.models import Permission, User

from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm
from organisations.models import Language, Organisation

_seq = count(1)


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
        password="correct horse battery staple", is_staff=True, is_superuser=superuser, **fields
    )
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user
