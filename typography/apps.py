from django.apps import AppConfig


class TypographyConfig(AppConfig):
    name = "typography"
