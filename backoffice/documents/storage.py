"""Files live under MEDIA_ROOT/documents/ by SHA-256; a sender's filename never reaches the filesystem."""

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings


def blob_path(sha256: str) -> Path:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a SHA-256 hex digest")
    return Path(settings.MEDIA_ROOT) / "documents" / sha256[:2] / sha256


def blob_write(chunks: Iterable[bytes]) -> tuple[str, int, Path]:
    """Stream chunks to a temporary file, then move it to its content address. Returns (sha256, size, path).

    Writing the same content twice leaves one file: the rename lands on the same name.
    """
    root = Path(settings.MEDIA_ROOT) / "documents"
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as tmp:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                tmp.write(chunk)
            tmp.flush()
            os.fsync(tmp.fileno())
        sha = digest.hexdigest()
        final = blob_path(sha)
        final.parent.mkdir(exist_ok=True)
        os.replace(tmp_name, final)
        return sha, size, final
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
