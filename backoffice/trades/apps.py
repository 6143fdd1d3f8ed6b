from django.apps import AppConfig


class TradesConfig(AppConfig):
    name = "backoffice.trades"
    label = "trades"
