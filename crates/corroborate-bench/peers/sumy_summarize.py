"""sumy's LexRank and TextRank on pre-split sentences, within a word budget.

stdin (JSON):  {"stories": [[sentence, ...], ...], "words": 300,
                "methods": ["lexrank", "textrank"]}
               one list of sentences per story (already split: all sources
               of the story in order); "methods" is optional (default both).
stdout (JSON): {"lexrank": [[index, ...], ...], "textrank": [[...], ...],
                "seconds": {"lexrank": s, "textrank": s}}
               per story, the indices of the chosen sentences in document
               order; "seconds" is the wall time of summarising alone.

Selection: sentences in the summariser's rank order (ties keep document
order) until the budget is reached; the last one may overshoot, so callers
cut the joined text to the budget. Sentences are handed to sumy directly and
words come from a plain regex, so no NLTK data (punkt) is needed or fetched.
Stemming is sumy's English Snowball stemmer, stop words sumy's bundled list.
Deterministic.
"""

import json
import re
import sys
import time

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class RegexTokenizer:
    """The part of sumy's Tokenizer that Sentence uses: words of a text."""

    language = "english"

    def to_words(self, text):
        return tuple(WORD.findall(text))


def make(cls):
    s = cls(Stemmer("english"))
    s.stop_words = get_stop_words("english")
    return s


def summarise(summarizer, sentences, budget):
    tok = RegexTokenizer()
    objs = [Sentence(s, tok) for s in sentences]
    doc = ObjectDocumentModel([Paragraph(objs)])
    index = {}
    for i, o in enumerate(objs):
        index.setdefault(o, i)

    def within_budget(infos):
        chosen, words = [], 0
        for info in infos:
            if words >= budget:
                break
            chosen.append(info)
            words += len(info.sentence.words)
        return chosen

    picked = summarizer(doc, within_budget) if objs else ()
    return sorted({index[s] for s in picked})


def main():
    req = json.load(sys.stdin)
    budget = int(req.get("words", 300))
    methods = req.get("methods", ["lexrank", "textrank"])
    classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}
    out = {"seconds": {}}
    for m in methods:
        summarizer = make(classes[m])
        start = time.perf_counter()
        out[m] = [summarise(summarizer, s, budget) for s in req["stories"]]
        out["seconds"][m] = time.perf_counter() - start
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
