#!/usr/bin/env python3
"""claimx in five minutes: one document, its records, offsets, JSON, and a batch."""

import claimx

TEXT = (
    "Port officials said on Monday that 340 containers were still waiting to be unloaded.\n\n"
    "\u201cWe expect the backlog to clear within two weeks,\u201d said Amaia Etxeberria, "
    "the port\u2019s director. According to the shipping association, delays cost "
    "about \u20ac2 million a day."
)

ex = claimx.Extractor()  # compiles the lexicons once; share it between threads
doc = ex.extract(TEXT, date="2026-03-02", id="port-1")
print(doc)

print("\nsentences:")
for s in doc.sentences:
    print(f"  [{s.begin}:{s.end}] {s.text!r}")

print("\nentities:")
for e in doc.entities:
    print(f"  {e.type:7s} {e.text!r} -> {e.canonical!r}")

print("\nquantities:")
for q in doc.quantities:
    print(f"  {q.type:9s} {q.text!r} value={q.value!r} unit={q.unit!r}")

print("\nclaims:")
for c in doc.claims:
    who = c.source.text if c.source else "(no source)"
    cue = c.cue.text if c.cue else "-"
    print(f"  {c.kind:13s} {who!r} [{cue}] {c.text!r}{' (hedged)' if c.hedged else ''}")

# Offsets are str indices by default, so slicing the str gives the text back:
for c in doc.claims:
    assert TEXT[c.begin:c.end] == c.text
# ... or the library's UTF-8 byte offsets, as the CLI prints them:
raw = TEXT.encode("utf-8")
for s in ex.extract(TEXT, offsets="bytes").sentences:
    assert raw[s.begin:s.end].decode("utf-8") == s.text

print("\nJSON (the CLI's schema):")
print(doc.to_json(pretty=True)[:400], "...")

# Many documents on the C++ thread pool, results in input order. A bad one
# comes back as an ExtractError in its place; the others go on.
batch = [
    {"id": "a", "text": "The mayor said the bridge would reopen in May."},
    {"id": "b", "text": b"Broken \xff bytes."},
    {"id": "c", "text": "Analysts expect prices to rise 3% next year, a survey showed."},
]
print("\nbatch:")
for r in ex.extract_many(batch, threads=2):
    if isinstance(r, claimx.ExtractError):
        print(f"  {r.id}: error: {r.message}")
    else:
        print(f"  {r.id}: {len(r.sentences)} sentence(s), {len(r.claims)} claim(s)")

# Errors on single documents are ValueErrors with the library's message.
try:
    ex.extract(b"\xc3(")
except ValueError as e:
    print(f"\nValueError: {e}")
