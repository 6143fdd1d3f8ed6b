from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "backoffice.review"
    label = "review"
