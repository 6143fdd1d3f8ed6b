"""Page images of stored PDFs, for showing a document beside its fields with the values' places marked."""

import io
from pathlib import Path

import pypdfium2 as pdfium
from django.conf import settings

from .storage import blob_path

# Pixels per PDF point. Templates place highlight boxes in points scaled by the same figure.
RENDER_SCALE = 1.5
MAX_RENDERED_PAGES = 50


class RenderError(Exception):
    pass


def _cache_path(sha256: str, page: int) -> Path:
    return Path(settings.MEDIA_ROOT) / "pages" / sha256[:2] / f"{sha256}-{page}.png"


def page_png(sha256: str, page: int) -> bytes:
    """PNG of one 1-based page, rendered once and kept beside the document store."""
    cached = _cache_path(sha256, page)
    if cached.exists():
        return cached.read_bytes()
    try:
        pdf = pdfium.PdfDocument(str(blob_path(sha256)))
    except pdfium.PdfiumError as exc:
        raise RenderError(f"the PDF cannot be rendered: {exc}") from None
    try:
        if page > len(pdf):
            raise RenderError("no such page")
        image = pdf[page - 1].render(scale=RENDER_SCALE).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
    finally:
        pdf.close()
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(cached)
    return buffer.getvalue()
