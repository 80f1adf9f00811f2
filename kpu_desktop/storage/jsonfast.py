"""JSON for bulk work (bundles, change-log entries): orjson when installed (several times faster), else the
standard library.

Both refuse what is not JSON with a ValueError; orjson is stricter still (no NaN, no integers past 64 bits),
which only narrows what a bundle may hold.
"""

from __future__ import annotations

import json
from typing import Any, Callable

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the fallback keeps a bare install working
    orjson = None


# Bound directly, not wrapped: bundles call it once per change line.
loads: Callable[[str | bytes], Any] = orjson.loads if orjson is not None else json.loads


if orjson is not None:
    def dumps(value: Any) -> str:
        """Compact text, non-ASCII kept (what each change-log entry stores)."""
        return orjson.dumps(value).decode()
else:  # pragma: no cover - see above
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dumps_sorted(value: Any) -> str:
    """Text with keys sorted and non-ASCII kept; what neither encoder knows is written as its str()."""
    if orjson is not None:
        try:
            return orjson.dumps(value, default=str, option=orjson.OPT_SORT_KEYS).decode()
        except TypeError:  # e.g. an integer past 64 bits: the standard library writes it
            pass
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
