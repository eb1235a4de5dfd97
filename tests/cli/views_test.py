#!/usr/bin/env python3
"""The CLI's views: --format text (colour), --format html, progress, stats.

usage: views_test.py PATH/TO/claimx PROJECT_DIR
Standard library only, so it runs under ctest with any python3.
"""
import html.parser
import json
import os
import pty
import re
import subprocess
import sys
import tempfile
import unittest

CLAIMX = None
PROJECT = None

STORY = (
    "The water board will raise prices by 6% next year, its director Lena Moravec said on "
    "Tuesday.\n\n"
    "\"We have no other choice,\" Moravec told a news conference. Analysts said the increase "
    "could add about 40 euros to a typical bill.\n"
)
OTHER = "Council officials said the new bridge would open in May. The mayor said 12 buses were ordered.\n"


def run(args, stdin=None, **kw):
    return subprocess.run([CLAIMX] + args, input=stdin, capture_output=True, timeout=120, **kw)


class StrictNesting(html.parser.HTMLParser):
    """Fails on any end tag that does not close the innermost open element."""

    VOID = {"meta", "br", "img", "hr", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.spans = [], [], []
        self.article_text = None
        self._text = None

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.stack.append((tag, dict(attrs)))
        if tag == "article":
            self._text = []

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append("</%s> closes %s" % (tag, self.stack[-1][0] if self.stack else None))
            return
        self.stack.pop()
        if tag == "article":
            self.article_text = (self.article_text or []) + ["".join(self._text)]
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


class ViewsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    def test_text_view_claims_and_colour(self):
        path = self.write("story.txt", STORY)
        r = run(["extract", "--format", "text", path])  # stdout is a pipe: no colour
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode()
        self.assertNotIn("\x1b[", out)
        self.assertRegex(out, r"(?m)^.+ \((person|anonymous|organization)[^)]*\) —\w+→ \[\w+")
        self.assertIn("Moravec", out)
        self.assertRegex(out, r"(?m)^    ↳ 6% = 6% \(PERCENT\)$")
        r = run(["extract", "--format", "text", "--color=always", path])
        self.assertIn("\x1b[1;36m", r.stdout.decode())
        self.assertEqual(re.sub(r"\x1b\[[0-9;]*m", "", r.stdout.decode()), out)
        r = run(["extract", "--format", "text", "--color", "never", path])
        self.assertEqual(r.stdout.decode(), out)
        self.assertEqual(run(["extract", "--color", "sometimes", path]).returncode, 2)

    def test_colour_auto_on_a_terminal(self):
        path = self.write("story.txt", STORY)
        for env_extra, want in (({}, True), ({"NO_COLOR": "1"}, False)):
            master, slave = pty.openpty()
            env = dict(os.environ, TERM="xterm")
            env.pop("NO_COLOR", None)
            env.update(env_extra)
            p = subprocess.Popen([CLAIMX, "extract", "--format", "text", "--quiet", path],
                                 stdout=slave, stderr=subprocess.DEVNULL, env=env)
            os.close(slave)
            chunks = []
            while True:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            p.wait(timeout=60)
            os.close(master)
            self.assertEqual(("\x1b[" in b"".join(chunks).decode()), want, env_extra)

    def test_html_page_is_well_formed_and_escaped(self):
        a = self.write("a.txt", STORY)
        b = self.write("b.txt", "The <i>council</i> said \"<script>x()</script>\" & more.\n")
        r = run(["extract", "--format", "html", a, b])
        self.assertEqual(r.returncode, 0, r.stderr)
        page = r.stdout.decode()
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        self.assertEqual(page.count("<!DOCTYPE html>"), 1)  # one page for all documents
        self.assertIn('<nav class="toc"><h2>2 documents</h2>', page)
        self.assertNotIn("<script>x()", page)
        self.assertIn("&lt;script&gt;x()&lt;/script&gt;", page)
        self.assertNotRegex(page, r"(src|href)=\"(https?:)?//")
        parser = StrictNesting()
        parser.feed(page)
        parser.close()
        self.assertEqual(parser.errors, [])
        self.assertEqual(parser.stack, [])
        with open(b, encoding="utf-8") as f:
            self.assertEqual(parser.article_text, [STORY, f.read()])
        self.assertIn('class="src', page)
        self.assertIn('class="qty q-PERCENT"', page)
        single = run(["extract", "--format", "html", a]).stdout.decode()
        self.assertNotIn('<nav class="toc">', single)

    def test_progress_forced_and_quiet(self):
        lines = "\n".join(json.dumps({"id": str(i), "text": STORY}) for i in range(40)) + "\n"
        path = self.write("c.jsonl", lines)
        r = run(["extract", "--input", "jsonl", "--format", "jsonl", "--progress", path])
        self.assertEqual(r.returncode, 0, r.stderr)
        err = r.stderr.decode()
        self.assertRegex(err, r"claimx: 40 docs · [0-9.]+ MB of [0-9.]+ MB · [0-9.]+ MB/s.* done in ")
        self.assertEqual(len(r.stdout.decode().splitlines()), 40)
        # Not a terminal and not forced: nothing on stderr.
        self.assertEqual(run(["extract", "--format", "jsonl", path, "--input", "jsonl"]).stderr, b"")
        r = run(["extract", "--input", "jsonl", "--progress", "--quiet", path])
        self.assertEqual(r.stderr, b"")

    def test_progress_on_a_terminal_shows_eta(self):
        # Enough documents for several batches, so a line with an ETA is drawn.
        lines = "\n".join(json.dumps({"id": str(i), "text": STORY}) for i in range(1200)) + "\n"
        path = self.write("d.jsonl", lines)
        master, slave = pty.openpty()
        p = subprocess.Popen([CLAIMX, "extract", "--input", "jsonl", "--format", "jsonl",
                              "--threads", "2", path],
                             stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        p.wait(timeout=120)
        os.close(master)
        err = b"".join(chunks).decode()
        self.assertEqual(p.returncode, 0)
        self.assertIn("\r", err)
        self.assertIn("ETA", err)
        self.assertRegex(err, r"1200 docs · [0-9.]+ MB of [0-9.]+ MB .* done in \d+:\d\d")

    def test_stats_text_and_json(self):
        a = self.write("a.txt", STORY)
        b = self.write("b.txt", OTHER)
        bad = self.write("c.txt", b"Broken \xff text.")
        r = run(["stats", "--format", "json", a, b, bad])
        self.assertEqual(r.returncode, 1)  # one document failed, still summarized
        self.assertIn(b"invalid UTF-8", r.stderr)
        s = json.loads(r.stdout)
        self.assertEqual(s["documents"], 2)
        self.assertEqual(s["failed"], 1)
        self.assertEqual(s["bytes"], len(STORY.encode()) + len(OTHER.encode()))
        self.assertGreaterEqual(s["claims"], 3)
        self.assertEqual(sum(s["by_kind"].values()), s["claims"])
        self.assertEqual(sum(s["by_source_type"].values()), s["claims"])
        self.assertEqual(set(s["by_kind"]),
                         {"direct_quote", "indirect", "according_to", "mixed", "unattributed"})
        self.assertGreaterEqual(s["claims_with_quantities"], 1)
        self.assertAlmostEqual(s["share_with_quantities"],
                               s["claims_with_quantities"] / s["claims"])
        top = {x["name"]: x["claims"] for x in s["top_sources"]}
        self.assertGreaterEqual(top.get("Lena Moravec", 0), 2)  # resolved names are merged
        self.assertEqual(s["top_cues"][0]["lemma"], "say")
        r = run(["stats", "--top", "1", a, b])
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode()
        self.assertRegex(out, r"(?m)^documents +2$")
        self.assertRegex(out, r"(?m)^claims by kind$")
        self.assertRegex(out, r"(?m)^top sources \(1 of \d+\)$")
        self.assertRegex(out, r"(?m)^top cues \(1 of \d+\)\n +\d+  say$")
        self.assertEqual(run(["stats", "--format", "html", a]).returncode, 2)

    def test_stats_reads_jsonl_and_stdin(self):
        lines = "".join(json.dumps({"id": str(i), "text": OTHER}) + "\n" for i in range(5))
        r = run(["stats", "--input", "jsonl", "--format", "json", "-"], stdin=lines.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["documents"], 5)

    def test_help_mentions_views(self):
        out = run(["--help"]).stdout.decode()
        for word in ("claimx stats", "html", "--color", "--progress", "--quiet", "--top"):
            self.assertIn(word, out)


if __name__ == "__main__":
    CLAIMX = os.path.abspath(sys.argv[1])
    PROJECT = os.path.abspath(sys.argv[2])
    unittest.main(argv=[sys.argv[0], "-v"])
