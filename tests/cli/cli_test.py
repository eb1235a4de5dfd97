#!/usr/bin/env python3
"""End-to-end tests of the claimx command-line tool.

usage: cli_test.py PATH/TO/claimx PROJECT_DIR
Standard library only, so it runs under ctest with any python3.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLAIMX = None
PROJECT = None


def run(args, stdin=None, **kw):
    return subprocess.run([CLAIMX] + args, input=stdin, capture_output=True, timeout=120, **kw)


def docs_from_jsonl(out):
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    def test_help_and_version(self):
        r = run(["--help"])
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"claimx extract", r.stdout)
        r = run(["--version"])
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout.decode(), r"^claimx \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2(self):
        for args in (["frobnicate"], ["extract", "--format", "xml"], ["extract", "--threads", "x"],
                     ["extract", "--date", "2026-13-01"], ["extract", "--bogus"], []):
            r = run(args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr, args)

    def test_example_article_pretty_json(self):
        path = os.path.join(PROJECT, "examples", "article.txt")
        text = open(path, "rb").read()
        r = run(["extract", "--date", "2026-03-12", "--id", "valmora", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["id"], "valmora")
        self.assertEqual(doc["date"], "2026-03-12")
        self.assertEqual(doc["bytes"], len(text))
        for key in ("sentences", "entities", "quantities", "claims"):
            self.assertIsInstance(doc[key], list)
        self.assertGreater(len(doc["sentences"]), 10)
        # Byte offsets slice the original bytes into sentences that start and
        # end on non-space characters.
        for s in doc["sentences"]:
            piece = text[s["begin"]:s["end"]].decode()
            self.assertEqual(piece, piece.strip())
        self.assertTrue(r.stdout.startswith(b"{\n  \"id\""))

    def test_jsonl_in_and_out_keeps_ids_and_order(self):
        lines = [json.dumps({"id": f"n{i}", "text": f"Story {i} begins. It ends here."}) for i in range(30)]
        path = self.write("in.jsonl", "\n".join(lines) + "\n")
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", "--threads", "2", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = docs_from_jsonl(r.stdout)
        self.assertEqual([d["id"] for d in docs], [f"n{i}" for i in range(30)])
        self.assertTrue(all(len(d["sentences"]) == 2 for d in docs))
        self.assertEqual(len(r.stdout.decode().splitlines()), 30)

    def test_jsonl_date_and_default_id(self):
        path = self.write("d.jsonl", '{"text":"One. Two.","date":"2026-01-05"}\n\n{"text":"Three."}\n')
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", "--date", "2025-12-31", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = docs_from_jsonl(r.stdout)
        self.assertEqual([d["date"] for d in docs], ["2026-01-05", "2025-12-31"])
        self.assertEqual(docs[0]["id"], path + ":1")
        self.assertEqual(docs[1]["id"], path + ":3")

    def test_bad_documents_are_reported_and_others_kept(self):
        good = self.write("a_good.txt", "Officials said the bridge is safe.")
        bad_utf8 = self.write("b_bad.txt", b"Prices rose \xc3\x28 sharply.")
        missing = os.path.join(self.dir, "c_missing.txt")
        also_good = self.write("d_good.txt", "Another story. With two sentences.")
        r = run(["extract", "--format", "jsonl", good, bad_utf8, missing, also_good])
        self.assertEqual(r.returncode, 1)
        docs = docs_from_jsonl(r.stdout)
        self.assertEqual([d["id"] for d in docs], [good, also_good])
        err = r.stderr.decode()
        self.assertIn(bad_utf8 + ": invalid UTF-8 at byte 12", err)
        self.assertIn(missing + ": cannot open", err)

    def test_malformed_jsonl_line_names_line_and_offset(self):
        content = '{"id":"x1","text":"Fine. Really."}\n{"id":"x2","text":"broken\n{"id":"x3","text":"Also fine."}\n'
        path = self.write("m.jsonl", content)
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", path])
        self.assertEqual(r.returncode, 1)
        self.assertEqual([d["id"] for d in docs_from_jsonl(r.stdout)], ["x1", "x3"])
        err = r.stderr.decode()
        self.assertIn(path + ":2", err)
        self.assertIn("malformed JSON at byte", err)
        self.assertIn("file byte 35", err)

    def test_replace_invalid_keeps_the_document(self):
        content = b"Prices rose \xc3\x28 sharply. Then fell."
        path = self.write("bad.txt", content)
        r = run(["extract", "--format", "jsonl", "--replace-invalid", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = docs_from_jsonl(r.stdout)[0]
        self.assertEqual(len(doc["sentences"]), 2)
        self.assertEqual(doc["bytes"], len(content))  # offsets index the original bytes

    def test_size_limit(self):
        path = self.write("big.txt", "word " * 100)
        r = run(["extract", "--max-bytes", "100", path])
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"over the limit of 100 bytes", r.stderr)

    def test_size_limit_on_stdin_and_jsonl(self):
        # Standard input over the limit: read to its end, rejected, nothing kept.
        r = run(["extract", "--max-bytes", "100", "-"], stdin=b"word " * 100)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"document is 500 bytes, over the limit of 100 bytes", r.stderr)
        # A JSONL line too long to hold a document within --max-bytes is read
        # past without being kept; the lines around it are still processed.
        huge = json.dumps({"id": "huge", "text": "x " * 700000})
        content = ('{"id":"a","text":"Before it."}\n' + huge + '\r\n'
                   '{"id":"b","text":"After it."}')  # last line has no newline
        path = self.write("long.jsonl", content)
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", "--max-bytes", "100", path])
        self.assertEqual(r.returncode, 1)
        self.assertEqual([d["id"] for d in docs_from_jsonl(r.stdout)], ["a", "b"])
        err = r.stderr.decode()
        self.assertIn(path + ":2: line is %d bytes, too long" % (len(huge) + 2), err)
        self.assertIn("(file byte 31)", err)

    def test_jsonl_lines_longer_than_the_read_buffer(self):
        # Lines over the 1 MB read size span several reads; each is one document.
        body = "The council said the plan would cost 4 million euros. " * 22000  # 1.2 MB
        lines = [json.dumps({"id": "d%d" % i, "text": body}) for i in range(2)]
        path = self.write("big.jsonl", "\n".join(lines) + "\n\n")
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = docs_from_jsonl(r.stdout)
        self.assertEqual([d["id"] for d in docs], ["d0", "d1"])
        self.assertEqual([d["bytes"] for d in docs], [len(body)] * 2)
        self.assertEqual(len(docs[1]["claims"]), 22000)

    def test_token_and_nesting_limits(self):
        path = self.write("limits.txt", "A " + "x" * 40 + " word (One. Two.) Three.")
        r = run(["extract", "--format", "jsonl", "--tokens", "--max-token-bytes", "8", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = docs_from_jsonl(r.stdout)[0]
        self.assertTrue(all(t["end"] - t["begin"] <= 8 for t in doc["tokens"]))
        default = docs_from_jsonl(run(["extract", "--format", "jsonl", path]).stdout)[0]
        r = run(["extract", "--format", "jsonl", "--max-nesting-depth", "0", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertGreater(len(docs_from_jsonl(r.stdout)[0]["sentences"]), len(default["sentences"]))
        for flag, value in (("--max-token-bytes", "3"), ("--max-nesting-depth", "257")):
            r = run(["extract", flag, value, path])
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn(flag.encode(), r.stderr)

    def test_directories_recursive_and_sorted(self):
        self.write("corpus/b.txt", "Second file.")
        self.write("corpus/a.txt", "First file.")
        self.write("corpus/sub/c.txt", "Third file.")
        r = run(["extract", "--format", "jsonl", os.path.join(self.dir, "corpus")])
        self.assertEqual(r.returncode, 0, r.stderr)
        ids = [os.path.relpath(d["id"], self.dir) for d in docs_from_jsonl(r.stdout)]
        self.assertEqual(ids, ["corpus/a.txt", "corpus/b.txt", "corpus/sub/c.txt"])

    def test_stdin_and_text_format(self):
        r = run(["extract", "--format", "text", "-"], stdin="Ana said yes. Bo said no.".encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode()
        self.assertIn("<stdin>", out)
        self.assertIn("2 sentences", out)

    def test_empty_and_binary_documents(self):
        empty = self.write("empty.txt", b"")
        binary = self.write("bin.dat", bytes(range(256)) * 4)
        r = run(["extract", "--format", "jsonl", empty, binary])
        self.assertEqual(r.returncode, 1)
        docs = docs_from_jsonl(r.stdout)
        self.assertEqual(len(docs), 1)
        self.assertEqual(docs[0]["sentences"], [])
        self.assertIn(b"invalid UTF-8 at byte 128", r.stderr)

    def test_closed_pipe_ends_quietly(self):
        lines = "\n".join(json.dumps({"id": str(i), "text": "Some words here. " * 50}) for i in range(3000))
        path = self.write("many.jsonl", lines)
        with subprocess.Popen([CLAIMX, "extract", "--input", "jsonl", "--format", "jsonl", path],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
            p.stdout.readline()
            p.stdout.close()
            err = p.stderr.read()
            p.wait(timeout=120)
        self.assertIn(p.returncode, (-13, 141))  # SIGPIPE, like any Unix filter
        self.assertEqual(err, b"")

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
    def test_full_disk_is_an_error(self):
        path = self.write("x.txt", "A sentence. " * 1000)
        with open("/dev/full", "wb") as full:
            r = subprocess.run([CLAIMX, "extract", path], stdout=full, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"cannot write output", r.stderr)

    def test_user_lexicon_errors_name_file_and_line(self):
        lex = self.write("user.tsv", "Amb.\tabbrev\tclass=title\nbroken\n")
        r = run(["extract", "--lexicon", lex, "-"], stdin=b"x")
        self.assertEqual(r.returncode, 2)
        self.assertIn((lex + ":2:").encode(), r.stderr)


if __name__ == "__main__":
    CLAIMX = os.path.abspath(sys.argv[1])
    PROJECT = os.path.abspath(sys.argv[2])
    unittest.main(argv=[sys.argv[0], "-v"])
