#!/usr/bin/env python3
"""Reproducible sentence sample from SaudiNewsNet for the hand-labelled NER set.

Usage: python3 snn-sample.py [--tokens] [DATA_DIR] [N]
  DATA_DIR defaults to /work/shared/data/saudinewsnet, N to 250.
  --tokens prints the sentence as the tokens used in snn-labelled.conll,
  separated by single spaces.

Lists the zip files in sorted order, reads every article in order, shuffles the
(zip, index) list with random.Random(20261204) and walks it, taking from each
article the first sentence with 12-45 whitespace tokens.  Sentences are split
at . ! ? ؟ and newlines (a closing . ! ? ؟ stays on the sentence).  A sentence
whose text was already chosen is skipped (the corpus repeats some articles).
Prints one line per chosen sentence: zip-name TAB article-index TAB sentence.

Tokens (snn-labelled.conll): whitespace split, then each of
، , . : ؛ ; ! ? ؟ " « » ( ) [ ] and the curly quotes “ ” becomes its own
token; proclitics (و ب ل ف ك ال) stay on the word, as in ANERcorp.
"""
import json, os, random, re, sys, zipfile

ARGS = [a for a in sys.argv[1:] if a != "--tokens"]
TOKENS = len(ARGS) != len(sys.argv) - 1
DATA = ARGS[0] if len(ARGS) > 0 else "/work/shared/data/saudinewsnet"
N = int(ARGS[1]) if len(ARGS) > 1 else 250
PUNCT = set('،,.:؛;!?؟"«»()[]“”')
SEED = 20261204
SPLIT = re.compile(r"[^.!?؟\n]*[.!?؟]?")

def sentences(text):
    for m in SPLIT.finditer(text or ""):
        s = " ".join(m.group(0).split())
        if s:
            yield s

def tokenize(sentence):
    out = []
    for word in sentence.split():
        cur = ""
        for ch in word:
            if ch in PUNCT:
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out

def main():
    articles = []
    for name in sorted(f for f in os.listdir(DATA) if f.endswith(".zip")):
        with zipfile.ZipFile(os.path.join(DATA, name)) as z:
            member = sorted(z.namelist())[0]
            items = json.loads(z.read(member).decode("utf-8"))
        articles.extend((name, i, a.get("content", "")) for i, a in enumerate(items))
    rng = random.Random(SEED)
    order = list(range(len(articles)))
    rng.shuffle(order)
    seen, out = set(), 0
    for k in order:
        name, idx, content = articles[k]
        pick = next((s for s in sentences(content) if 12 <= len(s.split()) <= 45), None)
        if pick is None or pick in seen:
            continue
        seen.add(pick)
        print(f"{name}\t{idx}\t{' '.join(tokenize(pick)) if TOKENS else pick}")
        out += 1
        if out >= N:
            break

if __name__ == "__main__":
    main()
