#!/usr/bin/env python3
"""Select and check the PolNeAR labelled-figures sentences
(test_data/figures/polnear.jsonl from the test split, held out;
test_data/figures/polnear_train.jsonl from the train split, tuned on;
test_data/figures/polnear_train2.jsonl from other files of the train split).

`select DATA [--split test|train|train2]`: print the candidate sentences, by the
rule of test_data/figures/README.md, as JSON lines {source, sentence_start,
sentence_end, round, text} (the text is for labelling only: never store it in
the repo). `check DATA FILE`: verify every line's offsets and surfaces against
the PolNeAR text (bytes), and that the lines are the selected sentences of
the split their `source` names. DATA is the shared data directory
(../shared/data). The split defaults to test.
"""
import json
import os
import re
import sys

# Per split: its text directory, the stride over its sorted files and the
# index of the first file taken (the test split takes every file; the train
# split, eight times larger, every 8th file from the first, so the sample
# spans the whole sorted list and with it the seven outlets; train2 every
# 8th file from the fifth, so it shares no file with train).
SPLITS = {
    "test": ("polnear/data/test/text", 1, 0),
    "train": ("polnear/data/train/text", 8, 0),
    "train2": ("polnear/data/train/text", 8, 4),
}
NUMBER = re.compile(
    r"\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
    r"|millions?|billions?|trillions?|dozens?|half)\b",
    re.I,
)
# Words whose final period does not end a sentence.
ABBREV = set(
    "mr mrs ms dr sen rep reps gov gen lt col sgt st jr sr prof rev gop vs etc inc co"
    " corp ltd no jan feb mar apr aug sept sep oct nov dec u.s d.c u.k u.n a.m p.m"
    " calif fla ariz ill mass pa va wis mich minn ga ky tenn ohio n.c s.c n.y n.h"
    " n.j n.m d r i".split()
)
END = re.compile(r"[.?!][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# A byline, a bare dateline or time-stamp line, or a markup line: skipped.
BYLINE = re.compile(
    r"^(By|Posted|Updated|Published)\b|^<|^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$"
    r"|^\d{1,2}:\d\d [ap]\.m\.$"
)


def sentences(par):
    """(start, end) character spans of the sentences of one paragraph."""
    start = 0
    for m in END.finditer(par):
        word = re.findall(r"[\w.]+$", par[start : m.start()])
        if word and word[0].lower().rstrip(".") in ABBREV:
            continue
        yield start, m.start() + len(m.group().rstrip())
        start = m.end()
    if par[start:].strip():
        yield start, len(par.rstrip())


def candidates(path):
    """Sentences holding a digit or number word, after the headline line,
    as (byte start, byte end, text)."""
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    pos = 0
    for i, line in enumerate(text.split("\n")):
        here, pos = pos, pos + len(line) + 1
        if i == 0 or not line.strip() or BYLINE.search(line.strip()):
            continue
        for s, e in sentences(line):
            sent = line[s:e]
            if NUMBER.search(sent):
                b = len(text[: here + s].encode())
                yield b, b + len(sent.encode()), sent


def select(data, split="test"):
    """Round k: candidates 3k-2 to 3k of every chosen file, in sorted file
    order. Round 1 is taken whole; from round 2 on, the set is cut (by hand,
    when labelling) at the end of the file where the labelled figures first
    reach 200 (no round 2 when round 1 already reaches 200)."""
    text, stride, first = SPLITS[split]
    files = sorted(os.listdir(os.path.join(data, text)))[first::stride]
    per = {f: list(candidates(os.path.join(data, text, f))) for f in files}
    for rnd in range(1, 1 + max(map(len, per.values())) // 3 + 1):
        lo, hi = 3 * rnd - 3, 3 * rnd
        for f in files:
            for b, e, sent in per[f][lo:hi]:
                yield {"source": f"{text}/{f}", "sentence_start": b,
                       "sentence_end": e, "round": rnd, "text": sent}


def check(data, path):
    chosen = {
        (c["source"], c["sentence_start"], c["sentence_end"])
        for split in SPLITS
        for c in select(data, split)
    }
    n = 0
    for k, line in enumerate(open(path, encoding="utf-8"), 1):
        row = json.loads(line)
        key = (row["source"], row["sentence_start"], row["sentence_end"])
        assert key in chosen, f"line {k}: not a selected sentence"
        raw = open(os.path.join(data, row["source"]), "rb").read()
        sent = raw[row["sentence_start"] : row["sentence_end"]]
        for g in row["figures"]:
            got = sent[g["start"] : g["end"]].decode("utf-8")
            assert got == g["surface"], f"line {k}: {got!r} != {g['surface']!r}"
            n += 1
    print(f"{k} sentences, {n} figures: all surfaces match")


if __name__ == "__main__":
    if sys.argv[1] == "select":
        split = sys.argv[4] if sys.argv[3:4] == ["--split"] else "test"
        if split not in SPLITS:
            sys.exit(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
        for c in select(sys.argv[2], split):
            print(json.dumps(c, ensure_ascii=False))
    else:
        check(sys.argv[2], sys.argv[3])
