#!/usr/bin/env python3
"""The HTML view in a real browser (headless Chromium).

usage: browser_test.py PATH/TO/claimx PROJECT_DIR OUT_DIR

Renders two documents of tests/browser/ with `claimx extract --format html`,
loads the page in headless Chromium with a probe script added, and checks
through the DOM that sources, cues, claim contents, entities and quantities
are highlighted with distinct styles, that details appear on keyboard focus,
that markup in a document stays text, and that the article text is the
document's text. Keeps screenshots in OUT_DIR (printed). Exits 77 (skipped)
when Chromium is not installed. Standard library only.
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

PROBE = r"""
<script>
(function () {
  var r = {};
  function texts(sel) {
    return Array.prototype.map.call(document.querySelectorAll(sel), function (e) {
      return e.textContent;
    });
  }
  r.sources = texts('article .src:not(.cont)');
  r.cues = texts('article .cue:not(.cont)');
  r.claims = texts('article .claim:not(.cont)');
  r.entities = texts('article .ent:not(.cont)');
  r.quantities = texts('article .qty:not(.cont)');
  r.articles = texts('article.text');
  r.markup_elements = document.querySelectorAll('article b, article em, article script').length;
  r.title = document.title;
  r.toc = texts('nav.toc a');
  r.panel_groups = texts('aside.panel .gname');
  // Distinct styles: the computed look of each kind of highlight.
  function look(sel) {
    var e = document.querySelector(sel);
    if (!e) return null;
    var s = getComputedStyle(e);
    return [s.backgroundColor, s.color, s.borderBottomStyle, s.borderBottomColor,
            s.borderTopStyle, s.fontWeight, s.textDecorationStyle].join('|');
  }
  r.looks = {
    src: look('article .src'), cue: look('article .cue'), claim: look('article .claim'),
    ent: look('article .ent'), qty: look('article .qty')
  };
  // Details on keyboard focus (pure CSS ::after with the data-tip text).
  var src = document.querySelector('article .src[tabindex]');
  src.focus();
  r.focused_is_source = document.activeElement === src;
  // :focus only matches while the page itself has focus, which a headless
  // window on a loaded machine does not always get in time: report it so the
  // test can load the page again instead of failing on the environment.
  r.focus_matches = src.matches(':focus');
  r.focus_tip = getComputedStyle(src, '::after').content;
  r.focus_lit = document.querySelectorAll('.lit').length;
  var qty = document.querySelector('article .qty[tabindex]');
  qty.focus();
  r.qty_tip = getComputedStyle(qty, '::after').content;
  // Nothing may be loaded from anywhere.
  r.resources = performance.getEntriesByType('resource').length;
  var pre = document.createElement('pre');
  pre.id = 'probe-results';
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>
"""

FOCUS = r"""
<script>
window.addEventListener('load', function () {
  var e = document.querySelectorAll('article .src[tabindex]')[1] ||
          document.querySelector('article .src[tabindex]');
  e.focus();
});
</script>
"""


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, profile, *args):
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile] + list(args)
    return subprocess.run(cmd, capture_output=True, timeout=180)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print("ok: " + msg)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    claimx, project, out_dir = (os.path.abspath(a) for a in sys.argv[1:])
    browser = find_chromium()
    if browser is None:
        print("SKIPPED: Chromium not found (install Debian's 'chromium'; "
              "scripts/install-deps.sh does)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    here = os.path.join(project, "tests", "browser")
    docs = [os.path.join(here, "harbour.txt"), os.path.join(here, "markup.txt")]
    texts = [open(d, encoding="utf-8").read() for d in docs]
    r = subprocess.run([claimx, "extract", "--format", "html", "--date", "2026-02-03"] + docs,
                       capture_output=True, timeout=120)
    if r.returncode != 0:
        fail("claimx --format html exited %d: %s" % (r.returncode, r.stderr.decode()))
    page = r.stdout.decode("utf-8")
    page_path = os.path.join(out_dir, "page.html")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    # The JSON of the same run: what the page must show.
    j = subprocess.run([claimx, "extract", "--format", "jsonl", "--date", "2026-02-03"] + docs,
                       capture_output=True, timeout=120)
    expected = [json.loads(line) for line in j.stdout.decode().splitlines() if line.strip()]

    with tempfile.TemporaryDirectory() as profile:
        probe_path = os.path.join(out_dir, "probe.html")
        with open(probe_path, "w", encoding="utf-8") as f:
            f.write(page.replace("</body>", PROBE + "</body>"))
        # Up to three loads: the focus checks need the page to have focus.
        for attempt in range(3):
            dom = chromium(browser, profile, "--virtual-time-budget=3000", "--dump-dom",
                           "file://" + probe_path)
            out = dom.stdout.decode("utf-8", "replace")
            start = out.find('<pre id="probe-results">')
            if start < 0:
                fail("no probe results in the DOM (exit %d): %s" % (dom.returncode,
                                                                      dom.stderr.decode()[-2000:]))
            start += len('<pre id="probe-results">')
            res = json.loads(html.unescape(out[start:out.find("</pre>", start)]))
            if res["focus_matches"]:
                break
            print("note: the headless page had no focus (load %d); loading again" % (attempt + 1))

    def span_texts(doc, key, text):
        b = text.encode("utf-8")
        return [b[x["begin"]:x["end"]].decode("utf-8") for x in doc[key]]

    # Every article shows exactly its document's text (markup as text).
    check(res["articles"] == texts, "article text equals each document's text")
    check(res["markup_elements"] == 0, "markup in a document is not parsed as elements")
    check(res["title"] == "claimx", "the page title is not changed by document content")
    check(res["toc"] == docs, "table of contents lists both documents")
    # Highlights in the DOM are the extracted spans.
    want_sources, want_cues, want_qty, want_ent = [], [], [], []
    for doc, text in zip(expected, texts):
        b = text.encode("utf-8")
        seen = set()
        for c in doc["claims"]:
            if c["source"] and (c["source"]["begin"], c["source"]["end"]) not in seen:
                seen.add((c["source"]["begin"], c["source"]["end"]))
                want_sources.append((c["source"]["begin"], c["source"]["text"]))
        want_cues += [c["cue"]["text"] for c in doc["claims"] if c["cue"]]
        want_qty += span_texts(doc, "quantities", text)
        want_ent += span_texts(doc, "entities", text)
    check(len(want_sources) > 0 and len(want_qty) > 0, "the sample has sources and quantities")
    check(sorted(res["sources"]) == sorted(t for _, t in want_sources),
          "source highlights = extracted sources %s" % res["sources"])
    check(sorted(res["cues"]) == sorted(set(want_cues)) or sorted(res["cues"]) == sorted(want_cues),
          "cue highlights = extracted cues %s" % res["cues"])
    check(sorted(res["quantities"]) == sorted(want_qty),
          "quantity highlights = extracted quantities %s" % res["quantities"])
    check(sorted(res["entities"]) == sorted(want_ent), "entity highlights = extracted entities")
    check(len(res["claims"]) >= 1, "claim contents are highlighted (%d)" % len(res["claims"]))
    looks = res["looks"]
    check(all(looks.values()), "every kind of highlight is present: %s" % looks)
    check(len(set(looks.values())) == len(looks), "the five highlight kinds look different")
    check(res["focused_is_source"], "a source takes keyboard focus")
    check(res["focus_matches"], "the focused source matches :focus (page had focus)")
    check("source" in res["focus_tip"], "focus shows the source's details: %s" % res["focus_tip"])
    check(res["focus_lit"] >= 2, "focus lights up the parts of its claim")
    check("value" in res["qty_tip"], "focus on a quantity shows its value: %s" % res["qty_tip"])
    check(res["resources"] == 0, "nothing is loaded from anywhere")
    check(len(res["panel_groups"]) >= 2, "side panel groups claims by source %s" %
          res["panel_groups"])

    with tempfile.TemporaryDirectory() as profile:
        shot = os.path.join(out_dir, "page.png")
        chromium(browser, profile, "--window-size=1400,1100", "--screenshot=" + shot,
                 "file://" + page_path)
        check(os.path.exists(shot) and os.path.getsize(shot) > 10000, "screenshot taken")
    with tempfile.TemporaryDirectory() as profile:
        focus_page = os.path.join(out_dir, "focus.html")
        with open(focus_page, "w", encoding="utf-8") as f:
            f.write(page.replace("</body>", FOCUS + "</body>"))
        shot2 = os.path.join(out_dir, "focus.png")
        chromium(browser, profile, "--window-size=1400,900", "--virtual-time-budget=2000",
                 "--screenshot=" + shot2, "file://" + focus_page)
    print("screenshot: " + shot)
    print("screenshot with a focused source: " + shot2)
    print("page: " + page_path)
    print("browser_test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
