"""The Python results equal the CLI's output for the same documents."""

import json
import subprocess

import claimx
from conftest import NEWS, cli_path, run_cli_jsonl
from test_offsets import TEXTS


def write_corpus(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def corpus():
    docs = [{"id": f"n{i}", "text": t} for i, t in enumerate(NEWS + TEXTS)]
    docs.append({"id": "joined", "text": "\n\n".join(NEWS), "date": "2025-01-15"})
    docs.append({"id": "empty", "text": ""})
    return docs


def test_byte_mode_equals_cli(tmp_path, byte_extractor):
    docs = corpus()
    path = tmp_path / "c.jsonl"
    write_corpus(path, docs)
    cli, err, rc = run_cli_jsonl(path)
    assert rc == 0, err
    py = [d.to_dict() for d in byte_extractor.extract_many(docs)]
    assert py == cli
    # to_json in byte mode is the library's serializer verbatim.
    for d, c in zip(byte_extractor.extract_many(docs), cli):
        assert json.loads(d.to_json()) == c


def test_str_mode_is_cli_with_converted_offsets(tmp_path, extractor):
    docs = corpus()
    path = tmp_path / "c.jsonl"
    write_corpus(path, docs)
    cli, err, rc = run_cli_jsonl(path)
    assert rc == 0, err

    def convert(obj, text):
        raw = text.encode("utf-8")
        if isinstance(obj, dict):
            out = {k: convert(v, text) for k, v in obj.items()}
            if "begin" in obj and "end" in obj:
                out["begin"] = len(raw[: obj["begin"]].decode("utf-8"))
                out["end"] = len(raw[: obj["end"]].decode("utf-8"))
            return out
        if isinstance(obj, list):
            return [convert(v, text) for v in obj]
        return obj

    for src, c, d in zip(docs, cli, extractor.extract_many(docs)):
        assert d.to_dict() == convert(c, src["text"])


def test_cli_tokens_and_date(tmp_path, byte_extractor):
    docs = [{"id": "t", "text": TEXTS[1]}]
    path = tmp_path / "t.jsonl"
    write_corpus(path, docs)
    cli, err, rc = run_cli_jsonl(path, "--tokens", "--date", "2024-12-24")
    assert rc == 0, err
    doc = byte_extractor.extract(TEXTS[1], id="t", date="2024-12-24")
    assert doc.to_dict(tokens=True) == cli[0]


def test_cli_and_python_report_the_same_bad_document(tmp_path):
    ex = claimx.Extractor(max_document_bytes=40, offsets="bytes")
    docs = [{"id": "ok", "text": "Short text."}, {"id": "big", "text": "z" * 41}]
    path = tmp_path / "b.jsonl"
    write_corpus(path, docs)
    cli, err, rc = run_cli_jsonl(path, "--max-bytes", "40")
    assert rc == 1 and len(cli) == 1
    got = list(ex.extract_many(docs))
    assert got[0].to_dict() == cli[0]
    assert isinstance(got[1], claimx.ExtractError)
    assert got[1].message in err


def test_html_page_equals_cli(tmp_path, byte_extractor):
    # One document: the CLI's page for it is Document.to_html()'s, script and
    # title included; markup in the text stays escaped.
    text = NEWS[0] + "\n\n<b>not markup</b> & more."
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")
    r = subprocess.run(
        [str(cli_path()), "extract", "--format", "html", "--id", "one", str(path)],
        capture_output=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    doc = byte_extractor.extract(text, id="one")
    page = doc.to_html()
    assert page == r.stdout.decode("utf-8")
    assert "&lt;b&gt;not markup&lt;/b&gt;" in page and "<b>not markup" not in page
    assert "<title>Headline</title>" in doc.to_html(title="Headline")
    assert "<script" in page and "<script" not in doc.to_html(script=False)
