from django.contrib import admin

from .models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("id", "original_filename", "status", "doc_type", "source", "size", "received_at")
    list_filter = ("status", "source", "doc_type")
    search_fields = ("original_filename", "sha256")
    readonly_fields = [f.name for f in Document._meta.fields]

    # Documents change state only through the services, which write the audit trail.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
