"""Hostile sizes end in a result or a clear error within stated bounds of time and memory.

Each file is read by the command line in a child process whose address space is capped, so a reader
that ran away would fail the test instead of the machine.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from extraction_samples import nested
from reportlab.pdfgen import canvas

pytestmark = pytest.mark.slow

SECONDS = 90  # bound on one file's wall time on this project's smallest machine (2 cores)
MEMORY = 2 * 1024**3  # address-space cap for the child, and the bound on its peak resident memory


def _read(path: Path) -> tuple[dict, float, int]:
    """(the JSON line for path, seconds taken, peak resident bytes) from `python -m extraction --json`."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "extraction", "--json", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=cap,  # noqa: PLW1509 (no threads in the parent at this point that could deadlock)
    )
    out, err = process.communicate(timeout=SECONDS)
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert process.returncode in (0, 1), err.decode()[-2000:]
    return json.loads(out.decode().splitlines()[0]), elapsed, peak


def _long_pdf(path: Path, pages: int) -> Path:
    pdf = canvas.Canvas(str(path), invariant=1)
    for number in range(pages):
        for line in range(50):
            pdf.drawString(40, 800 - line * 15, f"03/14/2025 Bought ACME CORP 10 172.35 1,723.50 page {number + 1}")
        pdf.showPage()
    pdf.save()
    return path


def _dense_pdf(path: Path, words: int) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(3000, 3000), invariant=1)
    pdf.setFont("Helvetica", 4)
    per_line = 100
    for line in range(words // per_line):
        pdf.drawString(5, 2990 - line * 5.9, " ".join(f"w{i}" for i in range(per_line)))
    pdf.showPage()
    pdf.save()
    return path


def test_a_300_page_pdf_is_read_up_to_the_page_limit(tmp_path: Path) -> None:
    line, elapsed, peak = _read(_long_pdf(tmp_path / "long.pdf", 300))
    assert line["status"] == "ok"
    assert "read the first 200 of 300 pages" in line["warnings"]
    assert elapsed < SECONDS and peak < MEMORY


def test_a_page_of_50000_words_is_read_as_plain_text_up_to_a_bound(tmp_path: Path) -> None:
    line, elapsed, peak = _read(_dense_pdf(tmp_path / "dense.pdf", 50_000))
    assert line["status"] == "ok"
    assert any("characters; read the first" in w for w in line["warnings"])
    assert elapsed < SECONDS and peak < MEMORY


def test_an_email_nested_20_deep_is_read_to_the_depth_limit(tmp_path: Path) -> None:
    path = tmp_path / "deep.eml"
    path.write_bytes(nested(20).as_bytes())
    line, elapsed, peak = _read(path)
    assert line["status"] == "ok"
    assert any("deeper" in w or "depth" in w or "nested" in w for w in line["warnings"])
    assert elapsed < SECONDS and peak < MEMORY


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(101 * 1024 * 1024)  # sparse: costs no disk, and must not be read at all
    line, elapsed, _peak = _read(path)
    assert line["status"] == "error"
    assert line["error"].startswith("file too large")
    assert elapsed < 20
