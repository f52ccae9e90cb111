from django.core.management.commands import makemessages


class Command(makemessages.Command):
    """Django's makemessages, writing catalogues sorted by message and
    without source locations: moving code leaves them unchanged, and
    strings added on different branches land in different places, so
    the catalogues merge like any other file."""

    xgettext_options = [*makemessages.Command.xgettext_options, "--sort-output"]
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--sort-output"]
    msguniq_options = [*makemessages.Command.msguniq_options, "--sort-output"]
    msgattrib_options = [*makemessages.Command.msgattrib_options, "--sort-output"]
