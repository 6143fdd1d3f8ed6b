import logging
from decimal import Decimal
from pathlib import Path

import pytest
from extraction_samples import MakeFile

from extraction import pipeline
from extraction.pipeline import detect_kind, extract


def test_it_takes_the_kind_from_the_original_filename(samples: dict[str, Path], make_file: MakeFile) -> None:
    # The worker stores files by hash, without an extension, and passes the name they arrived with.
    stored = make_file("3f2a9c", samples["export.csv"].read_bytes())

    result = extract(stored, filename="activity.csv")

    assert result.status == "ok"
    assert result.file == str(stored)
    assert len(result.trades) == 2


def test_it_recognises_pdfs_and_emails_by_content_alone(samples: dict[str, Path], make_file: MakeFile) -> None:
    pdf = make_file("a1b2c3", samples["key_value.pdf"].read_bytes())
    mail = make_file("d4e5f6", samples["body.eml"].read_bytes())

    assert extract(pdf).trades[0].quantity == Decimal("1500")
    assert extract(mail).doc_type == "email"


def test_it_recognises_a_csv_without_a_name(samples: dict[str, Path], make_file: MakeFile) -> None:
    stored = make_file("9e8d7c", b"Trade Date,Side,Symbol,Quantity,Price\n2025-03-14,Buy,AAPL,10,172.35\n")

    assert detect_kind(str(stored), stored.read_bytes()) == "csv"
    assert extract(stored).trades[0].ticker == "AAPL"


def test_content_wins_over_a_wrong_extension(samples: dict[str, Path], make_file: MakeFile) -> None:
    path = make_file("looks-like.txt", samples["key_value.pdf"].read_bytes())

    assert detect_kind(str(path), path.read_bytes()) == "pdf"
    assert extract(path).trades[0].isin == "US0378331005"


def test_it_refuses_unknown_kinds(samples: dict[str, Path]) -> None:
    result = extract(samples["data.xyz"])

    assert result.status == "error"
    assert result.error == "unsupported file type: .xyz"


def test_it_reports_a_missing_file() -> None:
    result = extract("/nonexistent/confirm.pdf")

    assert (result.status, result.error) == ("error", "file not found")


def test_it_never_raises_for_a_reader_bug(
    samples: dict[str, Path], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(data: bytes) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setitem(pipeline._READERS, "txt", broken)

    with caplog.at_level(logging.ERROR, logger="extraction"):
        result = extract(samples["confirm.txt"])

    assert result.status == "error"
    assert result.error == "could not read file: boom second line"
    assert "Traceback" in caplog.text or caplog.records[0].exc_info


def test_it_caps_the_text_it_keeps(make_file: MakeFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 100)

    result = extract(make_file("long.txt", b"x" * 1000))

    assert result.status == "ok"
    assert len(result.text) == 100


def test_it_fills_text_and_pages(samples: dict[str, Path]) -> None:
    result = extract(samples["key_value.pdf"])

    assert result.pages == 1
    assert "TRADE CONFIRMATION" in result.text
