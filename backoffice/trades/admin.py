from django.contrib import admin

from .models import BookedTrade, Confirmation, FieldCorrection


@admin.register(BookedTrade)
class BookedTradeAdmin(admin.ModelAdmin):
    list_display = (
        "trade_ref",
        "trade_date",
        "side",
        "quantity",
        "security_name",
        "price",
        "net_amount",
        "currency",
        "counterparty",
    )
    list_filter = ("side", "currency", "counterparty")
    search_fields = ("trade_ref", "isin", "security_name", "account")
    date_hierarchy = "trade_date"


@admin.register(Confirmation)
class ConfirmationAdmin(admin.ModelAdmin):
    """Read-only here: corrections and decisions go through the review screens, which keep four eyes."""

    list_display = ("id", "document", "status", "side", "quantity", "security_name", "net_amount", "currency")
    list_filter = ("status", "currency")
    search_fields = ("isin", "security_name", "trade_ref", "account")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(FieldCorrection)
class FieldCorrectionAdmin(ConfirmationAdmin):
    list_display = ("id", "confirmation", "field", "before", "after", "corrected_by", "corrected_at")
    list_filter = ("field",)
    search_fields = ("field",)
