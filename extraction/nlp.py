"""The spaCy pipeline: loaded once per process, on first use.

Version 1 is a blank English tokenizer plus an EntityRuler whose patterns are defined here, so nothing is
downloaded. A trained pipeline saved to extraction/model/ (spacy `nlp.to_disk`) replaces it when present.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extraction import validators

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger("extraction")

MODEL_DIR = Path(__file__).with_name("model")
# spaCy's default limit is 1,000,000 characters; our texts are capped below that before they get here.
MAX_NLP_CHARS = 200_000

_MONTH = r"(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$"
_DAY = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}}
_YEAR4 = {"TEXT": {"REGEX": r"^\d{4}$"}}
_NUMBER = r"^\(?-?\d{1,3}([,.'\u00a0]\d{3})*([.,]\d+)?\)?$|^\d+([.,]\d+)?$"


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    start: int  # character offsets into the text given to find_entities
    end: int


def rule_patterns() -> list[dict[str, object]]:
    """Token patterns for the EntityRuler. Identifier shapes only: check digits are verified later."""
    month = {"TEXT": {"REGEX": _MONTH}}
    return [
        {"label": "ISIN", "pattern": [{"TEXT": {"REGEX": r"^[A-Z]{2}[A-Z0-9]{9}\d$"}}]},
        {"label": "CUSIP", "pattern": [{"TEXT": {"REGEX": r"^[0-9]{3}[0-9A-Z]{5}\d$"}}]},
        {"label": "SEDOL", "pattern": [{"TEXT": {"REGEX": r"^[0-9BCDFGHJKLMNPQRSTVWXYZ]{6}\d$"}}]},
        {"label": "DATE", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$"}}]},
        {"label": "DATE", "pattern": [_YEAR4, {"TEXT": "-"}, _DAY, {"TEXT": "-"}, _DAY]},
        {"label": "DATE", "pattern": [_DAY, {"TEXT": "-"}, {"TEXT": {"REGEX": r"(?i)^[a-z]{3,9}-\d{2,4}$"}}]},
        {"label": "DATE", "pattern": [_DAY, month, {"TEXT": {"REGEX": r"^\d{2,4}$"}}]},
        {"label": "DATE", "pattern": [month, _DAY, {"TEXT": ",", "OP": "?"}, _YEAR4]},
        {"label": "CURRENCY", "pattern": [{"TEXT": {"IN": ["USD", "GBP", "EUR", "CHF", "JPY", "CAD", "$", "£", "€"]}}]},
        {"label": "MONEY", "pattern": [{"TEXT": {"IN": ["$", "£", "€"]}}, {"TEXT": {"REGEX": _NUMBER}}]},
        {"label": "AMOUNT", "pattern": [{"TEXT": {"REGEX": _NUMBER}}]},
    ]


def build_rule_pipeline() -> Language:
    """Blank English with the EntityRuler: the rule part, and the base the trained pipeline is built on."""
    import spacy  # imported here so that `import extraction` stays light for callers that never read text

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(rule_patterns())  # type: ignore[attr-defined]
    return nlp


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline: the trained one in extraction/model/ when shipped, else blank + ruler."""
    if (MODEL_DIR / "config.cfg").exists():
        import spacy

        logger.info("loading spaCy pipeline from %s", MODEL_DIR)
        return spacy.load(MODEL_DIR)
    return build_rule_pipeline()


def find_entities(text: str) -> list[Entity]:
    """Candidate identifiers, dates and amounts in text, as the pipeline labels them."""
    pipeline = get_nlp()
    # Only the rules: the trained classifier reads label phrases, not whole documents.
    doc = pipeline.get_pipe("entity_ruler")(pipeline.make_doc(text[:MAX_NLP_CHARS]))
    return [Entity(ent.label_, ent.text, ent.start_char, ent.end_char) for ent in doc.ents]


def find_identifiers(text: str) -> dict[str, list[str]]:
    """ISINs, CUSIPs and SEDOLs in text that pass their check digit, each list in order of appearance.

    A bare nine- or seven-digit number passes a CUSIP or SEDOL check one time in ten by chance, so those
    two count only when the word before names the scheme.
    """
    found: dict[str, list[str]] = {"ISIN": [], "CUSIP": [], "SEDOL": []}
    checks = {"ISIN": validators.is_isin, "CUSIP": validators.is_cusip, "SEDOL": validators.is_sedol}
    for entity in find_entities(text):
        # Shape alone does not decide the label (a bare CUSIP is also a valid AMOUNT), so try every scheme.
        before = text[max(0, entity.start - 20) : entity.start].lower()
        for scheme, check in checks.items():
            named = scheme == "ISIN" or scheme.lower() in before
            if named and check(entity.text) and entity.text not in found[scheme]:
                found[scheme].append(entity.text)
    return found
