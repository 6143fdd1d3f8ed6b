"""Fixtures for the extraction tests: sample files built once per session (see extraction_samples.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from extraction_samples import (
    BODY_CONFIRMATION,
    CSV_EXPORT,
    bad_files,
    key_value_pdf,
    message,
    table_pdf,
    text_confirmation,
    with_attachments,
    write,
)


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("samples")
    files = {
        "key_value.pdf": lambda p: key_value_pdf(p),
        "table.pdf": table_pdf,
        "body.eml": lambda p: write(p, message("Trade confirmation", BODY_CONFIRMATION).as_bytes()),
        "export.csv": lambda p: write(p, CSV_EXPORT.encode()),
        "confirm.txt": lambda p: write(p, text_confirmation().encode()),
    }
    paths = {name: build(root / name) for name, build in files.items()}
    paths["attachments.eml"] = write(root / "attachments.eml", with_attachments(paths).as_bytes())
    paths.update(bad_files(root, paths["key_value.pdf"]))
    return paths


@pytest.fixture(scope="session")
def make_file(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, bytes], Path]:
    root = tmp_path_factory.mktemp("made")

    def make(name: str, data: bytes) -> Path:
        return write(root / name, data)

    return make
