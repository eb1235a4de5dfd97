"""str (code point) and byte offsets on text with accents, emoji, CJK and more."""

import json

import pytest

import claimx

TEXTS = [
    "Renée Dupont-Lefèvre said the café in Besançon had closed. It reopened in août.",
    "The launch 🚀 was delayed again 😞, the agency said. Fans waited 👩\u200d👩\u200d👧 all night.",
    "北京市政府表示，新机场将于明年开放。発表は東京で行われた。서울에서도 회의가 열렸다.",
    "Flags 🇳🇴🇯🇵 lined the street. The e\u0301te\u0301 festival (combining accents) ended.",
    "Ελληνικά: ο υπουργός δήλωσε ότι οι τιμές θα πέσουν. Русский текст тоже здесь.",
    "Mixed: ASCII first, then 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters and a tab\tand newline\nat the end.",
]


def all_spans(d):
    out = []

    def walk(o):
        if isinstance(o, dict):
            if "begin" in o and "end" in o:
                out.append(o)
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(d)
    return out


def byte_to_str(text, b):
    return len(text.encode("utf-8")[:b].decode("utf-8"))


@pytest.mark.parametrize("text", TEXTS)
def test_str_offsets_slice_the_str(extractor, text):
    doc = extractor.extract(text)
    assert doc.sentences
    for s in doc.sentences:
        assert text[s.begin : s.end] == s.text
        assert s.text.strip() == s.text
    for t in doc.tokens:
        assert text[t.begin : t.end] == t.text
    for span in all_spans(doc.to_dict(tokens=True)):
        if "text" in span:
            assert text[span["begin"] : span["end"]] == span["text"]


@pytest.mark.parametrize("text", TEXTS)
def test_byte_offsets_slice_the_utf8(byte_extractor, text):
    doc = byte_extractor.extract(text)
    raw = text.encode("utf-8")
    for s in doc.sentences:
        assert raw[s.begin : s.end].decode("utf-8") == s.text
    for span in all_spans(doc.to_dict(tokens=True)):
        if "text" in span:
            assert raw[span["begin"] : span["end"]].decode("utf-8") == span["text"]


@pytest.mark.parametrize("text", TEXTS)
def test_str_and_byte_offsets_agree(extractor, text):
    s_doc = extractor.extract(text, offsets="str").to_dict(tokens=True)
    b_doc = extractor.extract(text, offsets="bytes").to_dict(tokens=True)
    s_spans, b_spans = all_spans(s_doc), all_spans(b_doc)
    assert len(s_spans) == len(b_spans) > 0
    for s, b in zip(s_spans, b_spans):
        assert s["begin"] == byte_to_str(text, b["begin"])
        assert s["end"] == byte_to_str(text, b["end"])
        assert s.get("text") == b.get("text")


def test_ascii_offsets_are_equal(extractor):
    text = "Plain ASCII text. Two sentences."
    assert extractor.extract(text).to_dict() == extractor.extract(text, offsets="bytes").to_dict()


def test_per_call_offsets_override(byte_extractor):
    text = "Zoë left. Then Åsa arrived."
    assert byte_extractor.extract(text).sentences[1].begin == len("Zoë left. ".encode())
    assert byte_extractor.extract(text, offsets="str").sentences[1].begin == len("Zoë left. ")


def test_replace_mode_offsets_follow_python_decoding():
    ex = claimx.Extractor(invalid_utf8="replace")
    raw = "Caf".encode() + b"\xe9" + " closed. Then \u00e9t\u00e9 came.".encode() + b"\xf0\x9f" + b" End."
    doc = ex.extract(raw)
    shown = raw.decode("utf-8", "replace")
    for s in doc.sentences:
        assert shown[s.begin : s.end] == s.text
    for t in doc.tokens:
        assert shown[t.begin : t.end] == t.text


def test_bad_offsets_value(extractor):
    with pytest.raises(ValueError, match="offsets"):
        claimx.Extractor(offsets="chars")
    with pytest.raises(ValueError, match="offsets"):
        extractor.extract("x", offsets="utf16")


def _reference_dict(doc, tokens):
    # What to_dict gave before it was built natively: the byte-offset JSON
    # parsed, then every span's offsets mapped to str indices in Python (the
    # characters that bytes.decode("utf-8", "replace") makes of the bytes
    # before the offset).
    d = json.loads(doc._native.to_json(False, tokens))
    if doc.offsets == "str":
        raw = doc._native.utf8
        for s in all_spans(d):
            s["begin"] = len(raw[: s["begin"]].decode("utf-8", "replace"))
            s["end"] = len(raw[: s["end"]].decode("utf-8", "replace"))
    return d


PARITY_TEXTS = TEXTS + [
    "The council said spending rose 3.75% to $2.5 billion in 2024, up from 940 million.",
    "\u201cWe will rebuild,\u201d Mayor Ana Q\u00fciroga told reporters, citing 40 damaged homes.",
    "Control \x01 and escapes \" \\ in text; the agency reportedly said about 12,000 left.",
]


@pytest.mark.parametrize("offsets", ["str", "bytes"])
@pytest.mark.parametrize("tokens", [False, True])
@pytest.mark.parametrize("text", PARITY_TEXTS)
def test_to_dict_equals_parsed_json(extractor, byte_extractor, text, tokens, offsets):
    doc = (extractor if offsets == "str" else byte_extractor).extract(text)
    got = doc.to_dict(tokens=tokens)
    want = _reference_dict(doc, tokens)
    assert got == want
    # Same types too (an integral value is an int, others float, absent None).
    assert json.dumps(got) == json.dumps(want)


def test_to_dict_with_replaced_invalid_utf8():
    raw = "Caf\u00e9 owners said prices rose 4%.".encode("utf-8") + b" \xff\xfe bad \xe2\x82 end said Lee."
    ex = claimx.Extractor(invalid_utf8="replace")
    doc = ex.extract(raw)
    got = doc.to_dict(tokens=True)
    assert got == _reference_dict(doc, True)
    text = raw.decode("utf-8", "replace")
    for span in all_spans(got):
        if "text" in span:
            assert text[span["begin"] : span["end"]] == span["text"]


@pytest.mark.parametrize("pretty", [False, True])
@pytest.mark.parametrize("text", PARITY_TEXTS)
def test_str_to_json_is_the_serializer_with_mapped_offsets(extractor, text, pretty):
    doc = extractor.extract(text)
    out = doc.to_json(pretty=pretty, tokens=True)
    assert json.loads(out) == doc.to_dict(tokens=True)
    raw = doc._native.to_json(pretty, True)  # byte offsets, the CLI's layout
    if text.isascii():
        assert out == raw  # offsets coincide: the very same text
    else:
        assert out != raw
        # Same layout: only the offset numbers differ, so the lines match up.
        assert len(out.splitlines()) == len(raw.splitlines())
