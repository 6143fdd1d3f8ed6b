"""The learned part of label reading: which trade field an unfamiliar label names.

The label lists in labels.py know the usual wordings. A broker we have never seen writes "Amount payable
by you" or "Stamp duty reserve tax": those phrases reach the statistical text classifier of the shipped
spaCy pipeline (component "label_role", trained by `python -m extraction.train` on the project's own
corpus), which answers with a field and a probability, or "other" for a phrase that names no trade field.
"""

from __future__ import annotations

import functools
import re

from extraction import nlp

COMPONENT = "label_role"
# The classifier is trained this many times from different seeds (members "label_role", "label_role_1", ...)
# and their probabilities averaged: one network's answer near the threshold moves with any change to its
# training phrases; the average moves less, and reads unseen wording better.
ENSEMBLE = 3
OTHER = "other"
# Below this probability a learned reading is not used at all.
MIN_PROBABILITY = 0.7
# What a label must look like to be worth asking about: a few words, letters, no figures.
_LABEL_LIKE = re.compile(r"^[^\W\d_][\w .,'’/&()%-]*:?$", re.UNICODE)
_MAX_WORDS = 6


# A sentence, not a label, begins with these: "If there are sufficient funds in your account".
_SENTENCE_OPENERS = frozenset(
    "if the this these we it please all any as in on to and or of a an for when "
    "including excluding incl excl less plus minus per with without from by at up over under upon".split()
)


def looks_like_label(text: str) -> bool:
    text = text.strip()
    if not text or text.split()[0].lower() in _SENTENCE_OPENERS:
        return False
    return bool(_LABEL_LIKE.match(text)) and len(text.split()) <= _MAX_WORDS and not any(c.isdigit() for c in text)


@functools.lru_cache(maxsize=8192)
def classify(phrase: str) -> tuple[str, float]:
    """(field, probability) for a label phrase; (OTHER, 1.0) when no trained component is shipped."""
    pipeline = nlp.get_nlp()
    if COMPONENT not in pipeline.pipe_names:
        return OTHER, 1.0
    field, probability = max(average_cats(pipeline, _clean(phrase)).items(), key=lambda item: item[1])
    return field, float(probability)


def members(pipeline) -> list[str]:
    """The names of the pipeline's classifier components."""
    return [name for name in pipeline.pipe_names if name == COMPONENT or name.startswith(COMPONENT + "_")]


def average_cats(pipeline, phrase: str) -> dict[str, float]:
    """The members' probabilities for each field, averaged."""
    doc = pipeline.make_doc(phrase)
    answers = [dict(pipeline.get_pipe(name)(doc).cats) for name in members(pipeline)]
    return {field: sum(a[field] for a in answers) / len(answers) for field in answers[0]}


def learned_field(phrase: str) -> tuple[str, float] | None:
    """The field a label-like phrase names, when the classifier is sure enough; else None."""
    if not looks_like_label(phrase):
        return None
    field, probability = classify(phrase)
    if field == OTHER or probability < MIN_PROBABILITY:
        return None
    return field, probability


def _clean(phrase: str) -> str:
    return " ".join(phrase.replace("_", " ").strip(" :").split()).lower()
