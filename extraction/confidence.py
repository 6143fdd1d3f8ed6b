"""Turn a draft of found fields into a Trade, cross-checking the amounts to set each field's confidence."""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_UP, Decimal

from extraction.fields import Draft
from extraction.layout import provenance
from extraction.types import DECIMAL_FIELDS, TRADE_FIELDS, Provenance, Trade
from extraction.validators import gross_matches, net_matches
from extraction.values import Found

CHECKED = 0.99  # a value that an independent arithmetic check agrees with
CONTRADICTED = 0.6  # printed and read, but the arithmetic does not add up
DERIVED = 0.7  # computed from other fields rather than read
INFERRED_SIDE = 0.95  # the side that the only way the net adds up implies
_CHARGES = ("commission", "fees", "taxes")


def to_trade(draft: Draft) -> Trade:
    draft = _with_amount_currency(dict(draft))
    percent = _percent_price(draft)
    draft = choose_readings(draft, percent)
    draft = _gross_read_as_net(draft, percent)
    draft = _derive_gross(draft, percent)
    draft = _derive_net(draft)
    confidence = {name: found.confidence for name, found in draft.items() if name in TRADE_FIELDS}
    _check_gross(draft, confidence, percent)
    draft = _check_net(draft, confidence)
    _check_dates(draft, confidence)
    values = {name: _plain(name, found.value) for name, found in draft.items() if name in TRADE_FIELDS}
    places: dict[str, Provenance] = {}
    for name, found in draft.items():
        where = provenance(found.words)
        if name in TRADE_FIELDS and where is not None:
            places[name] = where
    return Trade(**values, confidence={k: round(v, 2) for k, v in confidence.items()}, provenance=places)


def _plain(name: str, value: object) -> object:
    # The side carries the direction; amounts are printed as positive numbers.
    return abs(value) if name in DECIMAL_FIELDS and isinstance(value, Decimal) else value


def _decimal(draft: Draft, name: str) -> Decimal | None:
    found = draft.get(name)
    return abs(found.value) if found is not None and isinstance(found.value, Decimal) else None


def _with_amount_currency(draft: Draft) -> Draft:
    """A currency printed beside this trade's own amounts beats one guessed from the whole document."""
    current = draft.get("currency")
    if current is not None and current.confidence >= 0.9:
        return draft
    printed = [found.currency for name in _AMOUNTS if (found := draft.get(name)) is not None and found.currency]
    if printed:
        # Every amount of the trade printed in one currency leaves no doubt; one amount leaves a little.
        agreed = len(printed) >= 2 and len(set(printed)) == 1
        draft["currency"] = Found(printed[0], (), confidence=0.95 if agreed else 0.85)
    return draft


_AMOUNTS = ("price", "gross_amount", "net_amount")


def _percent_price(draft: Draft) -> bool:
    """Bonds are quoted in percent of par: a printed '%' says so, or only the /100 reading adds up."""
    price = draft.get("price")
    if price is not None and any("%" in word.text for word in price.words):
        return True
    quantity, value, gross = _decimal(draft, "quantity"), _decimal(draft, "price"), _decimal(draft, "gross_amount")
    return gross_matches(quantity, value, gross, percent=True) and not gross_matches(quantity, value, gross)


# Fields whose candidate readings the arithmetic chooses between, and how many of each it tries.
_CHOSEN = {"quantity": 4, "price": 4, "gross_amount": 4, "net_amount": 4, "commission": 2, "fees": 2, "taxes": 2}


def choose_readings(draft: Draft, percent: bool) -> Draft:
    """When the first reading of the amounts does not add up and another does, the other one wins.

    Each amount may have been read more than once (two labels, two numbers beside one label); every
    combination is tried, and the one agreeing with the most checks wins, the first readings breaking ties.
    """
    options = {
        name: [draft[name], *draft[name].alternatives][:limit] for name, limit in _CHOSEN.items() if name in draft
    }
    if all(len(found) == 1 for found in options.values()) or _agreement(draft, percent) >= _FULL_AGREEMENT:
        return draft
    names = list(options)
    best, best_score = draft, _agreement(draft, percent)
    for picks in itertools.product(*(range(len(options[name])) for name in names)):
        candidate = {**draft, **{name: options[name][pick] for name, pick in zip(names, picks, strict=True)}}
        score = _agreement(candidate, percent) - 0.01 * sum(picks)
        if score > best_score:
            best, best_score = candidate, score
    return best


_FULL_AGREEMENT = 4.0


def _agreement(draft: Draft, percent: bool) -> float:
    """2 for a gross that is quantity x price, 2 for a net that is the gross with the charges; a trade of
    nothing (a zero quantity, price, gross or net) loses 3, since cash always changes hands."""
    quantity, price, gross = _decimal(draft, "quantity"), _decimal(draft, "price"), _decimal(draft, "gross_amount")
    score = 2.0 if gross_matches(quantity, price, gross, percent=percent) else 0.0
    if any(_decimal(draft, name) == 0 for name in ("quantity", "price", "gross_amount", "net_amount")):
        score -= 3.0
    net = _decimal(draft, "net_amount")
    side = draft.get("side")
    charges = sum((_decimal(draft, name) or Decimal(0) for name in _CHARGES), Decimal(0))
    side_value = side.value if side is not None and isinstance(side.value, str) else None
    if net_matches(side_value, gross, net, charges=charges, accrued=_decimal(draft, "accrued_interest")):
        score += 2.0
    return score


def _gross_read_as_net(draft: Draft, percent: bool) -> Draft:
    """An "Amount" that is exactly quantity x price is the gross, whatever its label suggested.

    Documents that print no gross often label it with a word that usually means the net; when charges
    are printed beside it, the net is then what the gross and charges add up to.
    """
    quantity, price, net = _decimal(draft, "quantity"), _decimal(draft, "price"), _decimal(draft, "net_amount")
    # Exactly, to the cent: a net within the price's rounding of quantity x price is still a net.
    if "gross_amount" in draft or not gross_matches(quantity, price, net, percent=percent, rounding=False):
        return draft
    draft = {**draft, "gross_amount": draft["net_amount"]}
    charges = sum((_decimal(draft, name) or Decimal(0) for name in _CHARGES), Decimal(0))
    if charges:
        del draft["net_amount"]
    return draft


def _derive_gross(draft: Draft, percent: bool) -> Draft:
    quantity, price = _decimal(draft, "quantity"), _decimal(draft, "price")
    if "gross_amount" in draft or quantity is None or price is None:
        return draft
    gross = (quantity * price / (Decimal(100) if percent else Decimal(1))).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return {**draft, "gross_amount": Found(gross, (), confidence=DERIVED)}


def _derive_net(draft: Draft) -> Draft:
    """A document that prints no net states the gross and the charges; the cash is what they add up to."""
    gross, side_found = _decimal(draft, "gross_amount"), draft.get("side")
    if "net_amount" in draft or gross is None or side_found is None or side_found.value not in ("BUY", "SELL"):
        return draft
    charges = sum((_decimal(draft, name) or Decimal(0) for name in _CHARGES), Decimal(0))
    accrued = _decimal(draft, "accrued_interest") or Decimal(0)
    net = gross + accrued + (charges if side_found.value == "BUY" else -charges)
    return {**draft, "net_amount": Found(net, (), confidence=DERIVED)}


def _check_gross(draft: Draft, confidence: dict[str, float], percent: bool) -> None:
    names = ("quantity", "price", "gross_amount")
    quantity, price, gross = (_decimal(draft, name) for name in names)
    if None in (quantity, price, gross) or DERIVED in (draft["gross_amount"].confidence, draft["quantity"].confidence):
        return  # one of the three was computed from the other two: they cannot vouch for each other
    agreed = gross_matches(quantity, price, gross, percent=percent)
    for name in names:
        confidence[name] = CHECKED if agreed else min(confidence[name], CONTRADICTED)


def _check_net(draft: Draft, confidence: dict[str, float]) -> Draft:
    """Net = gross ± charges (+ accrued). When it adds up in one direction only, that also gives the side."""
    gross, net = _decimal(draft, "gross_amount"), _decimal(draft, "net_amount")
    if gross is None or net is None or draft["net_amount"].confidence == DERIVED:
        return draft  # a net computed from the gross cannot vouch for it
    charges = sum((_decimal(draft, name) or Decimal(0) for name in _CHARGES), Decimal(0))
    accrued = _decimal(draft, "accrued_interest")
    side_found = draft.get("side")
    side = side_found.value if side_found is not None else None
    if net_matches(side if isinstance(side, str) else None, gross, net, charges=charges, accrued=accrued):
        for name in ("net_amount", "accrued_interest", *_CHARGES):
            if name in confidence:
                confidence[name] = max(confidence[name], 0.98)
        if side is not None and charges:
            confidence["side"] = CHECKED
        if draft["gross_amount"].confidence == DERIVED:
            # The net was computed from quantity x price, so it vouches for both.
            for name in ("quantity", "price", "gross_amount"):
                confidence[name] = max(confidence[name], 0.97)
        return _infer_side(draft, confidence, gross, net, charges, accrued)
    confidence["net_amount"] = min(confidence["net_amount"], CONTRADICTED)
    return draft


def _infer_side(
    draft: Draft, confidence: dict[str, float], gross: Decimal, net: Decimal, charges: Decimal, accrued: Decimal | None
) -> Draft:
    if "side" in draft or not charges:
        return draft
    base = gross + (accrued or Decimal(0))
    buys, sells = (net_matches(side, base, net, charges=charges) for side in ("BUY", "SELL"))
    side = "BUY" if buys else "SELL"
    # Charges added to the gross make a buy, taken off it a sale: with charges printed, the cash says it.
    sure = INFERRED_SIDE if buys != sells else DERIVED
    confidence["side"] = sure
    return {**draft, "side": Found(side, (), confidence=sure)}


def _check_dates(draft: Draft, confidence: dict[str, float]) -> None:
    trade, settle = draft.get("trade_date"), draft.get("settlement_date")
    if trade is None or settle is None:
        return
    if settle.value < trade.value:  # type: ignore[operator]
        # Settlement never precedes the trade: one of the two (or the day/month order) is misread.
        confidence["trade_date"] = min(confidence["trade_date"], 0.5)
        confidence["settlement_date"] = min(confidence["settlement_date"], 0.5)
