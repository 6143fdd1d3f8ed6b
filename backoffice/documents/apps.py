from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "backoffice.documents"
    label = "documents"
