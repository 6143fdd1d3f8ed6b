from django import template

register = template.Library()


@register.filter
def event_details(data: object) -> list[tuple[str, str]]:
    """An event's data as (key, value) pairs for display, leaving out what is empty."""
    if not isinstance(data, dict):
        return [("", str(data))]
    pairs = []
    for key, value in data.items():
        if value in ("", None, [], {}):
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items() if v not in ("", None))
        pairs.append((str(key), str(value)))
    return pairs
