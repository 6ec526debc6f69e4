"""quantulum3: quantities (value and unit) in a list of texts.

stdin (JSON):  {"texts": [text, ...]}
stdout (JSON): {"results": [[{"surface": s, "value": f, "unit": "metre",
                              "entity": "length", "start": b, "end": b}, ...],
                            ...],
                "seconds": s}
               per text, quantulum3's quantities in order; "unit" and
               "entity" are quantulum3's names ("dimensionless" for bare
               numbers); start/end are UTF-8 byte offsets, half-open;
               "value" is null when it is not a finite number. "seconds" is
               the wall time of parsing alone.

Deterministic, no network (quantulum3's optional classifier is not used).
"""

import json
import math
import sys
import time

from quantulum3 import parser


def byte_offset(text, i):
    return len(text[:i].encode("utf-8"))


def quantity(text, q):
    value = q.value if isinstance(q.value, (int, float)) and math.isfinite(q.value) else None
    start, end = q.span
    return {
        "surface": q.surface,
        "value": value,
        "unit": q.unit.name,
        "entity": q.unit.entity.name,
        "start": byte_offset(text, start),
        "end": byte_offset(text, end),
    }


def main():
    req = json.load(sys.stdin)
    start = time.perf_counter()
    parsed = [parser.parse(t) for t in req["texts"]]
    seconds = time.perf_counter() - start
    results = [[quantity(t, q) for q in qs] for t, qs in zip(req["texts"], parsed)]
    json.dump({"results": results, "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    main()
