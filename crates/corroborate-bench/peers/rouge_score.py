"""Google's rouge-score on pairs of texts: the peer of the Rust `crate::rouge`.

stdin (JSON):  {"pairs": [[reference, candidate], ...], "stem": true}
               ("stem" is optional, default true = use_stemmer=True)
stdout (JSON): {"scores": [{"rouge1": f, "rouge2": f, "rougeL": f}, ...],
                "seconds": s}
               one F1 triple per pair, in order; "seconds" is the wall time
               of scoring alone (not Python start-up or imports).

Deterministic; reads nothing else and never touches the network.
"""

import json
import os
import sys
import time

# This file is named like the package it wraps: drop its own directory from
# the import path so `rouge_score` below is the installed package, not us.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

from rouge_score import rouge_scorer  # noqa: E402


def main():
    req = json.load(sys.stdin)
    scorer = rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeL"], use_stemmer=bool(req.get("stem", True))
    )
    start = time.perf_counter()
    out = []
    for reference, candidate in req["pairs"]:
        s = scorer.score(reference, candidate)
        out.append({k: v.fmeasure for k, v in s.items()})
    seconds = time.perf_counter() - start
    json.dump({"scores": out, "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    main()
