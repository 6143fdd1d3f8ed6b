from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from backoffice.audit.selectors import audit_events_for

from . import selectors
from .forms import UploadForm
from .models import Document
from .rendering import MAX_RENDERED_PAGES, RenderError, page_png
from .services import DocumentTooLarge, document_ingest
from .storage import blob_path


@permission_required("documents.add_document", raise_exception=True)
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        for uploaded in form.cleaned_data["files"]:
            _ingest_one(request, uploaded)
        return redirect("documents:list")
    return render(request, "documents/upload.html", {"form": form, "max_bytes": settings.MAX_DOCUMENT_BYTES})


def _ingest_one(request: HttpRequest, uploaded) -> None:
    name = uploaded.name
    if uploaded.size > settings.MAX_DOCUMENT_BYTES:
        messages.error(request, f"{name} was refused: larger than the limit of {settings.MAX_DOCUMENT_BYTES:,} bytes.")
        return
    try:
        outcome = document_ingest(
            chunks=uploaded.chunks(),
            filename=name,
            source=Document.Source.UPLOAD,
            actor=request.user,
            content_type=uploaded.content_type or "",
        )
    except DocumentTooLarge as exc:
        messages.error(request, f"{name} was refused: {exc}.")
        return
    document = outcome.document
    if outcome.created:
        messages.success(request, f"{name} received as document #{document.pk}.")
    else:
        messages.warning(
            request,
            f"{name} duplicates document #{document.pk} ({document.original_filename}); nothing new was stored.",
        )


@permission_required("documents.view_document", raise_exception=True)
def document_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in Document.Status.values:
        status = ""
    counts = selectors.document_status_counts()
    documents = list(selectors.document_list(status=status)[:200])
    in_flight = {Document.Status.RECEIVED, Document.Status.QUEUED, Document.Status.EXTRACTING}
    context = {
        "documents": documents,
        # The list refreshes itself while something on it is still being read.
        "in_flight": any(d.status in in_flight for d in documents),
        "statuses": [(value, label, counts.get(value, 0)) for value, label in Document.Status.choices],
        "status": status,
    }
    return render(request, "documents/list.html", context)


@permission_required("documents.view_document", raise_exception=True)
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    context = {
        "document": document,
        "confirmations": document.confirmations.order_by("position"),
        "events": audit_events_for(document).order_by("id"),
    }
    return render(request, "documents/detail.html", context)


@permission_required("documents.view_document", raise_exception=True)
def document_file(request: HttpRequest, pk: int) -> FileResponse:
    document = get_object_or_404(Document, pk=pk)
    # Always a download, never rendered in our origin: a crafted file cannot run here.
    response = FileResponse(
        open(blob_path(document.sha256), "rb"),  # noqa: SIM115 (FileResponse closes it)
        as_attachment=True,
        filename=document.original_filename,
        content_type="application/octet-stream",
    )
    response["Content-Security-Policy"] = "sandbox"
    return response


@permission_required("documents.view_document", raise_exception=True)
def document_page_image(request: HttpRequest, pk: int, page: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk, status=Document.Status.EXTRACTED)
    if not document.is_pdf or not 1 <= page <= min(document.page_count, MAX_RENDERED_PAGES):
        raise Http404("no such page")
    try:
        png = page_png(document.sha256, page)
    except RenderError as exc:
        raise Http404(str(exc)) from None
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "private, max-age=86400"
    return response
