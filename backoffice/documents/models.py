from django.conf import settings
from django.db import models


class Document(models.Model):
    """One received file or message, stored once per content hash."""

    class Status(models.TextChoices):
        RECEIVED = "RECEIVED", "Received"
        QUEUED = "QUEUED", "Queued"
        EXTRACTING = "EXTRACTING", "Extracting"
        EXTRACTED = "EXTRACTED", "Extracted"
        FAILED = "FAILED", "Failed"

    class Source(models.TextChoices):
        UPLOAD = "upload", "Upload"
        EMAIL = "email", "Email"
        FOLDER = "folder", "Folder"
        CLI = "cli", "Command line"
        API = "api", "API"

    sha256 = models.CharField(max_length=64, unique=True)
    # What the sender called it. Data to show, never a path on our disk.
    original_filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField()
    source = models.CharField(max_length=16, choices=Source.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True)
    error = models.CharField(max_length=500, blank=True)
    # What the engine could read only in part ("read the first 200 of 300 pages"), for the person to know.
    warnings = models.JSONField(default=list, blank=True)
    doc_type = models.CharField(max_length=16, blank=True)
    page_count = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    received_at = models.DateTimeField(auto_now_add=True)
    # When the status last changed: the sweep uses it to find work that has waited too long.
    status_changed_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.original_filename}"

    @property
    def extension(self) -> str:
        name = self.original_filename.lower()
        return name.rsplit(".", 1)[-1] if "." in name else ""

    @property
    def is_pdf(self) -> bool:
        return self.extension == "pdf"
