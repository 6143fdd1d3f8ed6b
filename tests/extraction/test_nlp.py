from pathlib import Path

import pytest
import spacy

from extraction import nlp
from extraction.nlp import find_entities, find_identifiers, get_nlp


def test_it_loads_the_pipeline_once_per_process() -> None:
    assert get_nlp() is get_nlp()
    assert "entity_ruler" in get_nlp().pipe_names


def test_it_labels_identifiers_dates_and_amounts() -> None:
    text = "Bought 1,500 APPLE INC US0378331005 at $172.35 on 14-Mar-2025, settling 2025-03-17 in USD"
    labels = {(e.label, e.text) for e in find_entities(text)}
    assert ("ISIN", "US0378331005") in labels
    assert ("MONEY", "$172.35") in labels
    assert ("DATE", "14-Mar-2025") in labels
    assert ("DATE", "2025-03-17") in labels
    assert ("AMOUNT", "1,500") in labels
    assert ("CURRENCY", "USD") in labels


def test_it_keeps_only_identifiers_that_pass_their_check_digit() -> None:
    found = find_identifiers("ISIN US0378331005, also US0378331006; CUSIP 037833100 SEDOL 2046251")
    assert found == {"ISIN": ["US0378331005"], "CUSIP": ["037833100"], "SEDOL": ["2046251"]}


def test_it_ignores_unnamed_numbers_shaped_like_cusips() -> None:
    # 037833100 passes the CUSIP check, but nothing says it is one: an account number looks the same.
    assert find_identifiers("Account 037833100")["CUSIP"] == []


def test_it_loads_a_shipped_model_directory_instead_of_building_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = spacy.blank("en")
    shipped.add_pipe("sentencizer")  # something the built pipeline does not have
    shipped.to_disk(tmp_path)
    monkeypatch.setattr(nlp, "MODEL_DIR", tmp_path)
    nlp.get_nlp.cache_clear()
    try:
        assert nlp.get_nlp().pipe_names == ["sentencizer"]
    finally:
        nlp.get_nlp.cache_clear()
