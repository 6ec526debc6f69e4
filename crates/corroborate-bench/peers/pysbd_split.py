"""pySBD sentence boundaries for a list of texts.

stdin (JSON):  {"texts": [text, ...]}
stdout (JSON): {"sentences": [[sentence, ...], ...],
                "spans": [[[start, end], ...], ...],
                "seconds": s}
               per text, pySBD's sentences (clean=False, so text unchanged
               apart from the whitespace pySBD trims) and their UTF-8 byte
               spans [start, end) in the text, located in order; a sentence
               that cannot be located gets [-1, -1]. "seconds" is the wall
               time of segmenting alone.

English rules, deterministic, no network.
"""

import json
import sys
import time

import pysbd


def byte_spans(text, sentences):
    spans, pos = [], 0
    for s in sentences:
        t = s.strip()
        at = text.find(t, pos) if t else -1
        if at < 0:
            spans.append([-1, -1])
            continue
        start = len(text[:at].encode("utf-8"))
        spans.append([start, start + len(t.encode("utf-8"))])
        pos = at + len(t)
    return spans


def main():
    req = json.load(sys.stdin)
    seg = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    sentences = [seg.segment(t) for t in req["texts"]]
    seconds = time.perf_counter() - start
    spans = [byte_spans(t, s) for t, s in zip(req["texts"], sentences)]
    json.dump({"sentences": sentences, "spans": spans, "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    main()
