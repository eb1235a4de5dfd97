"""Reader shared by the team's inline-annotated sets (claims_eval.py,
quantities_eval.py): passages after "### id" lines, spans marked inline as
"{LABEL text}" where the label is what `opener` matches after the brace, up
to and including one space. Marks nest; text outside them is kept verbatim.
"""
import sys


def passages(path):
    """[(id, body)] of the file's passages, bodies without edge newlines."""
    out, cur, lines = [], None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("### "):
            if cur is not None:
                out.append((cur, "\n".join(lines).strip("\n")))
            cur, lines = line[4:].strip(), []
        elif cur is not None:
            lines.append(line)
    if cur is not None:
        out.append((cur, "\n".join(lines).strip("\n")))
    return out


def strip_marks(body, where, opener):
    """(text, [(match, begin, end)]): the body without its marks, and per mark
    the opener's match object and the mark's UTF-8 byte span in the text, in
    the order the marks close. Exits with `where` on a malformed mark."""
    out = bytearray()
    stack, marks = [], []
    i = 0
    while i < len(body):
        m = opener.match(body, i)
        if m:
            stack.append((m, len(out)))
            i = m.end()
            continue
        ch = body[i]
        if ch == "}":
            if not stack:
                sys.exit(f"{where}: '}}' without an opening mark")
            m, b = stack.pop()
            marks.append((m, b, len(out)))
            i += 1
            continue
        if ch == "{":
            sys.exit(f"{where}: bad mark at {body[i:i + 24]!r}")
        out += ch.encode("utf-8")
        i += 1
    if stack:
        sys.exit(f"{where}: unclosed mark {stack[-1][0].group(0)!r}")
    return out.decode("utf-8"), marks
