"""Auditors query the trail here. Nothing can be added, changed or deleted through the admin."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import path, reverse

from .models import AuditEvent
from .selectors import audit_chain_verify


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("id", "at", "actor_name", "action", "object_type", "object_id", "short_hash")
    list_filter = ("action", "object_type", ("actor", admin.RelatedOnlyFieldListFilter), "at")
    search_fields = ("object_id", "actor_name", "action")
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
    change_list_template = "admin/audit/auditevent/change_list.html"

    @admin.display(description="seal")
    def short_hash(self, event: AuditEvent) -> str:
        return event.hash[:12]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def get_urls(self):
        verify = self.admin_site.admin_view(self.verify_view)
        return [path("verify/", verify, name="audit_auditevent_verify"), *super().get_urls()]

    def verify_view(self, request: HttpRequest) -> HttpResponseRedirect:
        if not self.has_view_permission(request):
            raise PermissionDenied
        report = audit_chain_verify()
        if report.intact:
            messages.success(request, f"Audit chain intact: {report.events_checked} events verified.")
        else:
            messages.error(request, f"Audit chain broken at event #{report.first_bad_id}: {report.problem}.")
        return HttpResponseRedirect(reverse("admin:audit_auditevent_changelist"))
