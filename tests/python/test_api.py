"""The claimx Python API: documents, records, schema, options, errors."""

import json
import pickle
import subprocess

import pytest

import claimx
from conftest import NEWS, cli_path

TOP_KEYS = ["id", "date", "bytes", "sentences", "entities", "quantities", "claims"]


def test_version():
    assert claimx.__version__ == claimx.version()
    assert claimx.version().count(".") == 2


def test_extract_returns_document(extractor):
    doc = extractor.extract(NEWS[0], date="2025-03-04", id="h1")
    assert isinstance(doc, claimx.Document)
    assert doc.id == "h1"
    assert doc.date == "2025-03-04"
    assert doc.bytes == len(NEWS[0].encode("utf-8"))
    assert doc.text is NEWS[0]
    assert doc.offsets == "str"
    assert len(doc.sentences) >= 1
    for s in doc.sentences:
        assert isinstance(s, claimx.Sentence)
        assert NEWS[0][s.begin : s.end] == s.text


def test_defaults_for_id_and_date(extractor):
    doc = extractor.extract("Nothing happened.")
    assert doc.id == ""
    assert doc.date is None
    assert doc.to_dict()["date"] is None


def test_date_accepts_datetime(extractor):
    import datetime

    doc = extractor.extract("Rain is expected.", date=datetime.date(2024, 2, 29))
    assert doc.date == "2024-02-29"


def test_schema_keys(extractor):
    d = extractor.extract(" ".join(NEWS), id="all").to_dict()
    assert list(d)[: len(TOP_KEYS)] == TOP_KEYS
    for key in ("sentences", "entities", "quantities", "claims"):
        assert isinstance(d[key], list)
    for s in d["sentences"]:
        assert set(s) == {"begin", "end"}
    for e in d["entities"]:
        assert {"begin", "end", "text", "type", "canonical", "outlet"} <= set(e)
    for q in d["quantities"]:
        assert {"begin", "end", "text", "type", "value", "unit", "approx", "modifier"} <= set(q)
    for c in d["claims"]:
        assert {"begin", "end", "text", "pieces", "sentence", "kind", "source", "cue", "via",
                "hedged", "quantities", "entities", "score"} <= set(c)


def test_records_mirror_the_dict(extractor):
    text = " ".join(NEWS)
    doc = extractor.extract(text)
    d = doc.to_dict()
    assert len(doc.entities) == len(d["entities"])
    assert len(doc.quantities) == len(d["quantities"])
    assert len(doc.claims) == len(d["claims"])
    for rec, raw in zip(doc.entities, d["entities"]):
        assert isinstance(rec, claimx.Entity)
        assert rec.to_dict() == raw
        assert rec.type == raw["type"] and rec.text == text[rec.begin : rec.end]
    for rec, raw in zip(doc.quantities, d["quantities"]):
        assert isinstance(rec, claimx.Quantity)
        assert rec.value == raw["value"] and rec.text == text[rec.begin : rec.end]
        assert rec.low == raw.get("low")
    for rec, raw in zip(doc.claims, d["claims"]):
        assert isinstance(rec, claimx.Claim)
        assert rec.kind == raw["kind"] and rec.text == text[rec.begin : rec.end]
        assert all(isinstance(p, claimx.Span) for p in rec.pieces)
        for p in rec.pieces:
            assert p.text == text[p.begin : p.end]
        if rec.source is not None:
            assert isinstance(rec.source, claimx.Source)
            assert rec.source.text == text[rec.source.begin : rec.source.end]
        if rec.cue is not None:
            assert rec.cue.text == text[rec.cue.begin : rec.cue.end]
        assert rec.source is None or rec.source.entity == raw["source"].get("entity")


def test_records_are_read_only_values():
    a = claimx.Entity({"begin": 0, "end": 3, "text": "Ann", "type": "PERSON"})
    b = claimx.Entity({"begin": 0, "end": 3, "text": "Ann", "type": "PERSON"})
    assert a == b and hash(a) == hash(b)
    assert "PERSON" in repr(a)
    with pytest.raises(AttributeError):
        a.type = "ORG"
    with pytest.raises(AttributeError):
        a.no_such_field
    import pickle

    assert pickle.loads(pickle.dumps(a)) == a


def test_to_dict_is_a_fresh_copy(extractor):
    doc = extractor.extract(NEWS[1])
    d = doc.to_dict()
    d["sentences"].clear()
    assert doc.to_dict()["sentences"]


def test_to_json(extractor, byte_extractor):
    doc = extractor.extract(NEWS[3], id="fr")
    assert json.loads(doc.to_json()) == doc.to_dict()
    assert "\n" not in doc.to_json()
    assert "\n" in doc.to_json(pretty=True)
    assert json.loads(doc.to_json(pretty=True)) == doc.to_dict()
    bdoc = byte_extractor.extract(NEWS[3], id="fr")
    assert json.loads(bdoc.to_json()) == bdoc.to_dict()
    assert bdoc.to_dict() != doc.to_dict()  # accents move the byte offsets


def test_tokens(extractor):
    text = "Prices rose 5% in Zürich 🎉."
    doc = extractor.extract(text)
    assert doc.tokens
    assert all(text[t.begin : t.end] == t.text for t in doc.tokens)
    assert "tokens" not in doc.to_dict()
    d = doc.to_dict(tokens=True)
    assert len(d["tokens"]) == len(doc.tokens) == doc.counts["tokens"]
    assert {"begin", "end", "text", "kind", "flags"} <= set(d["tokens"][0])


def test_to_text(extractor):
    assert "1 sentences" in extractor.extract("One sentence only.").to_text()


def test_counts_match_lists(extractor):
    doc = extractor.extract(" ".join(NEWS))
    c = doc.counts
    assert c["sentences"] == len(doc.sentences)
    assert c["entities"] == len(doc.entities)
    assert c["quantities"] == len(doc.quantities)
    assert c["claims"] == len(doc.claims)
    assert "claims=" in repr(doc)


def test_bytes_input(extractor):
    text = "Müller said the café would reopen."
    a = extractor.extract(text)
    b = extractor.extract(text.encode("utf-8"))
    assert a.to_dict() == b.to_dict()
    assert [s.text for s in b.sentences] == [s.text for s in a.sentences]


def test_empty_text(extractor):
    doc = extractor.extract("")
    assert doc.bytes == 0 and doc.sentences == [] and doc.claims == []


def test_stage_options():
    ex = claimx.Extractor(entities=False, quantities=False, claims=False)
    doc = ex.extract(" ".join(NEWS))
    assert doc.entities == [] and doc.quantities == [] and doc.claims == []
    assert doc.sentences


def test_options_roundtrip():
    ex = claimx.Extractor(max_document_bytes=1000, threads=2, offsets="bytes")
    o = ex.options
    assert o["max_document_bytes"] == 1000 and o["threads"] == 2 and o["offsets"] == "bytes"
    assert o["entities"] is True and o["invalid_utf8"] == "reject"
    assert "max_document_bytes=1000" in repr(ex)


def test_lexicon_text_option():
    # A user lexicon in the TSV format compiles (content is the stages' business).
    ex = claimx.Extractor(lexicon_text="Harbour Authority\tentity\ttype=ORG;canonical=Harbour Authority\n")
    assert ex.extract(NEWS[0]).sentences


def test_lexicon_files_option(tmp_path):
    p = tmp_path / "extra.tsv"
    p.write_text("Water Board\tentity\ttype=ORG;canonical=Water Board\n", encoding="utf-8")
    ex = claimx.Extractor(lexicon_files=[p])
    assert ex.options["lexicon_files"] == (str(p),)
    assert ex.extract(NEWS[2]).sentences


def test_unknown_option_is_a_type_error():
    with pytest.raises(TypeError, match="unknown Extractor option"):
        claimx.Extractor(entites=False)


def test_positional_options_rejected():
    with pytest.raises(TypeError):
        claimx.Extractor(True)


def test_entity_model_file_option(tmp_path):
    # A model trained by the CLI on text written here: boats after "aboard the" are FAC.
    gold = tmp_path / "boats.txt"
    boats = ["Coral Wren", "Silver Marten", "Iron Petrel", "Copper Lark", "Rose Calder",
             "Ivy Thornton", "Pale Kestrel", "Misty Plover"]
    gold.write_text("".join(f"### b{i}\nFour cooks stayed aboard the [FAC {b}] near "
                            f"[GPE Bergen] last week.\n\n" for i, b in enumerate(boats)),
                    encoding="utf-8")
    model = tmp_path / "boats.model"
    r = subprocess.run([str(cli_path()), "train-entities", "--quiet", "--out", str(model),
                        str(gold)], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    text = "Two divers slept aboard the Velvet Heron on Friday."
    fac = lambda ex: [e.text for e in ex.extract(text).entities if e.type == "FAC"]
    assert fac(claimx.Extractor()) == []
    ex = claimx.Extractor(entity_model_file=model)
    assert ex.options["entity_model_file"] == str(model)
    assert fac(ex) == ["Velvet Heron"]
    assert fac(pickle.loads(pickle.dumps(ex))) == ["Velvet Heron"]
    bad = tmp_path / "bad.model"
    bad.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="bad.model"):
        claimx.Extractor(entity_model_file=bad)
