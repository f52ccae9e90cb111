"""Addresses that never break: when a public page's address changes in any
language (a new slug), its old address answers 301 to the new one (see
addresses/middleware.py). Apps opt their models in from ready()."""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.utils import translation

from .models import OldAddress


def addresses(obj):
    """{language: the object's address in that language}."""
    found = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found[code] = obj.get_absolute_url()
    return found


def move(old_path, new_path):
    """Send old_path, and every address already sent to it, to new_path; an
    address in use again stops redirecting."""
    OldAddress.objects.filter(old_path=new_path).delete()
    OldAddress.objects.filter(new_path=old_path).update(new_path=new_path)
    OldAddress.objects.update_or_create(old_path=old_path, defaults={"new_path": new_path})


def keep_old_addresses(model, *, is_public):
    """Redirect the old addresses of a `model` instance whose address changed
    while is_public(instance before the save) held. Costs one query per
    save of an existing instance, and writes only when an address changed."""

    def remember(sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None:
            return
        before = model._default_manager.filter(pk=instance.pk).first()
        if before is not None and is_public(before):
            instance._addresses_before_save = addresses(before)

    def record(sender, instance, raw=False, **kwargs):
        before = instance.__dict__.pop("_addresses_before_save", None)
        if raw or not before:
            return
        for language, new_path in addresses(instance).items():
            if before[language] != new_path:
                move(before[language], new_path)

    uid = f"addresses-{model._meta.label_lower}"
    pre_save.connect(remember, sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(record, sender=model, weak=False, dispatch_uid=uid)
