from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the search index of every disorder, organisation and glossary term in every language."

    def handle(self, *args, **options):
        self.stdout.write(f"Search index rebuilt: {index.rebuild()} entries.")
