"""What each role may change, in one place for every admin that edits
content. The roles themselves are groups of permissions (migration 0002):
Editors change content, Medical reviewers also publish and review,
Translators change only the translated texts."""

from .languages import translated_languages


def is_translator_only(request, opts):
    """Translators may change the translated texts and nothing else."""
    user = request.user
    return not user.has_perm(f"{opts.app_label}.change_{opts.model_name}") and user.has_perm(
        f"{opts.app_label}.translate_{opts.model_name}"
    )


def may_publish(user, opts):
    """Reviewers' edits of a live page go live; everyone else's wait for review."""
    return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")


def is_translated_field(name):
    return name.rsplit("_", 1)[-1] in translated_languages() and "_" in name


def not_translated_fields(model_admin, fields):
    """Every field of ``fields`` except the translated texts."""
    return [
        name for name in model_admin.replace_orig_field(fields) if not is_translated_field(name)
    ]
