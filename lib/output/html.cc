// HTML view of Documents: one self-contained page (inline CSS and a small
// inline script, nothing loaded from anywhere; a Content-Security-Policy
// forbids it), the article with every annotation as a <span>, a legend, and
// a side panel with the claims grouped by source.
//
// Spans to markup: every annotation (claim content piece, source, via, cue,
// entity, quantity) is a Mark over a byte range. Marks are sorted outer
// first (begin ascending, end descending, then layer: claim < source/via/cue
// < entity < quantity) and emitted in one sweep over the boundaries with a
// stack of open marks. When a mark ends while marks opened after it are
// still open (a crossing), those are closed, the ending mark is closed, and
// they are reopened as continuation parts. The output is therefore always
// properly nested whatever the spans, and every piece of text sits inside
// exactly the marks that cover it. Work is O(m log m + text + parts).
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "claimx/serialize.h"
#include "output/view_util.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx {
namespace {

using internal::Av;

// Appends text as HTML character data or attribute value: & < > " ' are
// escaped, invalid UTF-8 and C0 controls other than tab/newline/CR become
// U+FFFD, so markup in a document always shows as text.
void AppendEscaped(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out->append("&amp;");
          break;
        case '<':
          out->append("&lt;");
          break;
        case '>':
          out->append("&gt;");
          break;
        case '"':
          out->append("&quot;");
          break;
        case '\'':
          out->append("&#39;");
          break;
        case '\t':
        case '\n':
        case '\r':
          out->push_back(static_cast<char>(c));
          break;
        default:
          if (c < 0x20 || c == 0x7F) {
            internal::AppendUtf8(internal::kReplacementChar, out);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    internal::DecodedChar d = internal::DecodeUtf8(text, i);
    if (d.valid && !(d.cp >= 0x80 && d.cp < 0xA0)) {
      out->append(text.substr(i, d.length));
    } else {
      internal::AppendUtf8(internal::kReplacementChar, out);
    }
    i += d.length;
  }
}

std::string Escaped(std::string_view text) {
  std::string out;
  AppendEscaped(text, &out);
  return out;
}

// Moves a byte offset back to the start of its UTF-8 character, so that a
// span never splits a character across elements.
uint32_t SnapToChar(std::string_view text, uint32_t pos) {
  if (pos >= text.size()) return static_cast<uint32_t>(text.size());
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
    --pos;
  return pos;
}

enum Layer : uint8_t {
  kClaimLayer = 0,
  kSourceLayer = 1,
  kEntityLayer = 2,
  kQuantityLayer = 3
};

struct Mark {
  uint32_t begin = 0, end = 0;
  uint8_t layer = 0;
  std::string role;     // "claim", "src", "via", "cue", "ent", "qty"
  std::string classes;  // full class attribute value
  std::string id;       // element id of the first part, may be empty
  std::string claims;   // data-claim tokens (space-separated), may be empty
  std::string tip;      // details shown on hover/focus (plain text)
};

// The key that merges identical annotations of several claims (one source
// span quoted twice, a cue shared by a chain) into a single element.
struct MarkKey {
  uint32_t begin, end;
  std::string role;
  bool operator<(const MarkKey& o) const {
    return std::tie(begin, end, role) < std::tie(o.begin, o.end, o.role);
  }
};

std::string ClaimToken(size_t doc, size_t claim) {
  return absl::StrCat("d", doc, "c", claim);
}
std::string ClaimAnchor(size_t doc, size_t claim) {
  return absl::StrCat("d", doc, "-c", claim);
}

std::string KindLabel(ClaimKind k) {
  std::string s(ToString(k));
  for (char& ch : s) {
    if (ch == '_') ch = ' ';
  }
  return s;
}

std::string SourceTip(std::string_view role, const Source& s,
                      std::string_view text) {
  std::string own = internal::CollapseSpace(internal::SliceSpan(text, s.span));
  std::string tip = absl::StrCat(Av(role), " · ", Av(ToString(s.type)));
  if (!s.resolved.empty() && s.resolved != own)
    absl::StrAppend(&tip, "\nresolved: ", s.resolved);
  return tip;
}

class DocumentRenderer {
 public:
  DocumentRenderer(const Document& doc, std::string_view text, size_t index)
      : doc_(doc), text_(text), index_(index) {}

  // Appends the document's <section> to out.
  void Render(std::string* out) {
    CollectMarks();
    absl::StrAppend(out, "<section class=\"doc\" id=\"doc-", index_,
                    "\">\n<header class=\"dochead\"><h2>",
                    Escaped(doc_.id.empty() ? std::string("(no id)") : doc_.id),
                    "</h2><p class=\"meta\">");
    if (!doc_.date.empty()) absl::StrAppend(out, Escaped(doc_.date), " · ");
    absl::StrAppend(out, doc_.bytes, " bytes · ", doc_.sentences.size(),
                    " sentences · ", doc_.entities.size(), " entities · ",
                    doc_.quantities.size(), " quantities · ",
                    doc_.claims.size(), " claims</p></header>\n");
    out->append("<div class=\"cols\">\n<article class=\"text\">");
    RenderText(out);
    out->append("</article>\n");
    RenderPanel(out);
    out->append("</div>\n</section>\n");
  }

 private:
  void AddMark(Span span, uint8_t layer, std::string_view role,
               std::string classes, std::string id, std::string claim_token,
               std::string tip) {
    uint32_t b = SnapToChar(text_, span.begin);
    uint32_t e = SnapToChar(text_, span.end);
    if (span.end >= text_.size()) e = static_cast<uint32_t>(text_.size());
    if (b >= e) return;
    MarkKey key{b, e, std::string(role)};
    auto it = by_key_.find(key);
    if (it != by_key_.end() && !claim_token.empty()) {
      // Same span, same role, another claim: one element, both claims.
      Mark& m = marks_[it->second];
      absl::StrAppend(&m.claims, m.claims.empty() ? "" : " ", claim_token);
      if (m.id.empty()) m.id = std::move(id);
      if (m.tip.find(tip) == std::string::npos)
        absl::StrAppend(&m.tip, "\n—\n", tip);
      return;
    }
    by_key_[key] = marks_.size();
    marks_.push_back(Mark{b, e, layer, std::string(role), std::move(classes),
                          std::move(id), std::move(claim_token),
                          std::move(tip)});
  }

  void CollectMarks() {
    for (size_t ci = 0; ci < doc_.claims.size(); ++ci) {
      const Claim& c = doc_.claims[ci];
      std::string token = ClaimToken(index_, ci);
      std::string kind(ToString(c.kind));
      std::string tip = absl::StrCat("claim · ", KindLabel(c.kind),
                                     c.hedged ? " · hedged" : "");
      if (c.source) {
        absl::StrAppend(&tip, "\nsource: ", internal::SourceName(c, text_),
                        " (", Av(ToString(c.source->type)), ")");
      } else {
        tip.append("\nno source");
      }
      if (c.cue) absl::StrAppend(&tip, "\ncue: ", c.cue->lemma);
      for (const Source& v : c.via) {
        absl::StrAppend(
            &tip, "\nvia: ",
            v.resolved.empty()
                ? internal::CollapseSpace(internal::SliceSpan(text_, v.span))
                : v.resolved,
            " (", Av(ToString(v.type)), ")");
      }
      std::string classes =
          absl::StrCat("claim k-", kind, c.hedged ? " hedged" : "");
      SpanList pieces = c.pieces;
      if (pieces.empty()) pieces.push_back(c.span);
      for (size_t p = 0; p < pieces.size(); ++p) {
        AddMark(pieces[p], kClaimLayer, "claim", classes,
                p == 0 ? ClaimAnchor(index_, ci) : "", token, tip);
      }
      if (c.source) {
        AddMark(c.source->span, kSourceLayer, "src",
                absl::StrCat("src t-", Av(ToString(c.source->type))), "", token,
                SourceTip("source", *c.source, text_));
      }
      for (const Source& v : c.via) {
        AddMark(v.span, kSourceLayer, "via",
                absl::StrCat("via t-", Av(ToString(v.type))), "", token,
                SourceTip("via (chained source)", v, text_));
      }
      if (c.cue) {
        AddMark(c.cue->span, kSourceLayer, "cue", "cue", "", token,
                absl::StrCat("cue · ", c.cue->lemma));
      }
    }
    for (const Entity& e : doc_.entities) {
      std::string tip =
          absl::StrCat(Av(ToString(e.type)), e.outlet ? " · news outlet" : "");
      absl::StrAppend(&tip, "\n", Av(CanonicalName(e, text_)));
      if (!e.title.empty()) absl::StrAppend(&tip, "\ntitle: ", e.title);
      if (e.mention_of >= 0 &&
          static_cast<size_t>(e.mention_of) < doc_.entities.size()) {
        absl::StrAppend(&tip, "\nrefers to: ",
                        Av(CanonicalName(doc_.entities[e.mention_of], text_)));
      }
      AddMark(e.span, kEntityLayer, "ent",
              absl::StrCat("ent e-", Av(ToString(e.type))), "", "",
              std::move(tip));
    }
    for (const Quantity& q : doc_.quantities) {
      std::string tip(ToString(q.type));
      std::string value = internal::QuantityValueText(q);
      if (!value.empty()) absl::StrAppend(&tip, "\nvalue: ", value);
      AddMark(q.span, kQuantityLayer, "qty",
              absl::StrCat("qty q-", Av(ToString(q.type))), "", "",
              std::move(tip));
    }
  }

  void Open(const Mark& m, bool first_part, std::string* out) {
    absl::StrAppend(out, "<span class=\"", m.classes, first_part ? "" : " cont",
                    "\"");
    if (first_part && !m.id.empty()) absl::StrAppend(out, " id=\"", m.id, "\"");
    if (!m.claims.empty())
      absl::StrAppend(out, " data-claim=\"", m.claims, "\"");
    absl::StrAppend(out, " data-tip=\"", Escaped(m.tip), "\"");
    // One tab stop per annotation: only its first part takes focus.
    if (first_part) out->append(" tabindex=\"0\"");
    out->push_back('>');
  }

  void RenderText(std::string* out) {
    // Outer first; ties broken by layer, then by insertion order.
    std::vector<uint32_t> order(marks_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const Mark& x = marks_[a];
      const Mark& y = marks_[b];
      if (x.begin != y.begin) return x.begin < y.begin;
      if (x.end != y.end) return x.end > y.end;
      return x.layer < y.layer;
    });
    std::vector<uint32_t> ends;
    ends.reserve(marks_.size());
    for (const Mark& m : marks_) ends.push_back(m.end);
    std::sort(ends.begin(), ends.end());

    std::vector<uint32_t> stack;   // open marks, outermost first
    std::vector<uint32_t> reopen;  // marks to open again after a crossing
    std::vector<bool> opened(marks_.size(), false);
    size_t next = 0;      // next mark in `order` to open
    size_t next_end = 0;  // next entry in `ends`
    uint32_t pos = 0;
    const uint32_t size = static_cast<uint32_t>(text_.size());
    while (true) {
      // Close every mark that ends here; marks above the deepest one that
      // ends are closed too and reopened (they cross it).
      size_t lowest = stack.size();
      for (size_t i = 0; i < stack.size(); ++i) {
        if (marks_[stack[i]].end == pos) {
          lowest = i;
          break;
        }
      }
      reopen.clear();
      while (stack.size() > lowest) {
        uint32_t m = stack.back();
        stack.pop_back();
        out->append("</span>");
        if (marks_[m].end > pos) reopen.push_back(m);
      }
      std::reverse(reopen.begin(), reopen.end());
      // Reopened parts and new marks starting here, longest first so that
      // later crossings are as rare as possible.
      while (next < order.size() && marks_[order[next]].begin == pos) {
        reopen.push_back(order[next++]);
      }
      std::stable_sort(reopen.begin(), reopen.end(),
                       [&](uint32_t a, uint32_t b) {
                         if (marks_[a].end != marks_[b].end)
                           return marks_[a].end > marks_[b].end;
                         return marks_[a].layer < marks_[b].layer;
                       });
      for (uint32_t m : reopen) {
        Open(marks_[m], !opened[m], out);
        opened[m] = true;
        stack.push_back(m);
      }
      if (pos >= size) break;
      // The next boundary: a mark's begin or end, or the end of the text.
      while (next_end < ends.size() && ends[next_end] <= pos) ++next_end;
      uint32_t stop = size;
      if (next < order.size()) stop = std::min(stop, marks_[order[next]].begin);
      if (next_end < ends.size()) stop = std::min(stop, ends[next_end]);
      AppendEscaped(text_.substr(pos, stop - pos), out);
      pos = stop;
    }
    while (!stack.empty()) {
      stack.pop_back();
      out->append("</span>");
    }
  }

  void RenderPanel(std::string* out) {
    struct Group {
      std::string name;
      std::string type;
      std::vector<size_t> claims;
    };
    std::vector<Group> groups;
    absl::flat_hash_map<std::string, size_t> by_name;
    for (size_t ci = 0; ci < doc_.claims.size(); ++ci) {
      const Claim& c = doc_.claims[ci];
      std::string name = internal::SourceName(c, text_);
      std::string key = name;
      for (char& ch : key) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      auto [it, inserted] = by_name.try_emplace(key, groups.size());
      if (inserted) {
        groups.push_back(
            Group{name.empty() ? "(no source)" : name,
                  c.source ? std::string(ToString(c.source->type)) : "",
                  {}});
      }
      groups[it->second].claims.push_back(ci);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) {
                       return a.claims.size() > b.claims.size();
                     });
    absl::StrAppend(out, "<aside class=\"panel\"><h3>Claims by source</h3>\n");
    if (groups.empty()) out->append("<p class=\"none\">No claims found.</p>\n");
    for (const Group& g : groups) {
      absl::StrAppend(
          out, "<details open class=\"group\"><summary><span class=\"gname\">",
          Escaped(g.name), "</span>");
      if (!g.type.empty()) {
        absl::StrAppend(out, " <span class=\"gtype t-", g.type, "\">", g.type,
                        "</span>");
      }
      absl::StrAppend(out, " <span class=\"count\">", g.claims.size(),
                      "</span></summary><ol>\n");
      for (size_t ci : g.claims) {
        const Claim& c = doc_.claims[ci];
        absl::StrAppend(out, "<li data-claim=\"", ClaimToken(index_, ci),
                        "\"><a href=\"#", ClaimAnchor(index_, ci),
                        "\"><span class=\"badge k-", Av(ToString(c.kind)),
                        "\">", KindLabel(c.kind), "</span>");
        if (c.hedged) out->append(" <span class=\"badge hedge\">hedged</span>");
        if (c.cue) {
          absl::StrAppend(out, " <span class=\"lemma\">", Escaped(c.cue->lemma),
                          "</span>");
        }
        std::string content;
        SpanList pieces = c.pieces;
        if (pieces.empty()) pieces.push_back(c.span);
        for (size_t p = 0; p < pieces.size(); ++p) {
          if (p > 0) content.append(" … ");
          content.append(
              internal::CollapseSpace(internal::SliceSpan(text_, pieces[p])));
        }
        constexpr size_t kMaxExcerpt = 240;
        if (content.size() > kMaxExcerpt) {
          size_t cut = kMaxExcerpt;
          while (cut > 0 &&
                 (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80)
            --cut;
          content.resize(cut);
          content.append("…");
        }
        // Quote marks only where the content has none of its own.
        bool quoted = content.rfind("\"", 0) == 0 ||
                      content.rfind("“", 0) == 0 ||
                      content.rfind("«", 0) == 0 ||
                      content.rfind("‘", 0) == 0 || content.rfind("'", 0) == 0;
        absl::StrAppend(out, " <span class=\"excerpt\">", quoted ? "" : "“",
                        Escaped(content), quoted ? "" : "”", "</span>");
        for (const Source& v : c.via) {
          absl::StrAppend(out, " <span class=\"vianote\">via ",
                          Escaped(v.resolved.empty()
                                      ? internal::CollapseSpace(
                                            internal::SliceSpan(text_, v.span))
                                      : v.resolved),
                          "</span>");
        }
        out->append("</a></li>\n");
      }
      out->append("</ol></details>\n");
    }
    out->append("</aside>\n");
  }

  const Document& doc_;
  std::string_view text_;
  size_t index_;
  std::vector<Mark> marks_;
  std::map<MarkKey, size_t> by_key_;
};

constexpr char kStyle[] = R"css(
:root{--src:#0b4f9c;--cue:#a3001b;--via:#00695c;--qty:#1b7a2f}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f6f6f4}
header.top{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:20}
header.top h1{margin:0 0 6px;font-size:20px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:0;padding:0;list-style:none;font-size:13px}
.legend li{white-space:nowrap}
nav.toc{margin:16px 20px;padding:10px 16px;background:#fff;border:1px solid #ddd;border-radius:6px}
nav.toc h2{font-size:16px;margin:0 0 6px}
section.doc{margin:16px 20px 28px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 18px}
.dochead h2{margin:0;font-size:18px;overflow-wrap:anywhere}
.meta{margin:2px 0 10px;color:#666;font-size:13px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,2fr);gap:22px;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
article.text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;font-size:17px;line-height:1.8}
aside.panel{font-size:14px;position:sticky;top:96px;max-height:calc(100vh - 110px);overflow:auto;border-left:3px solid #eee;padding-left:14px}
aside.panel h3{margin:0 0 8px;font-size:15px}
aside.panel ol{margin:4px 0 10px;padding-left:22px}
aside.panel li{margin:4px 0}
aside.panel a{color:inherit;text-decoration:none;display:block;border-radius:4px;padding:2px 4px}
aside.panel a:hover,aside.panel a:focus,aside.panel li.lit a{background:#fff6c8;outline:1px solid #e0c200}
summary{cursor:pointer;font-weight:600}
.gtype,.badge{font-size:11px;font-weight:600;padding:0 5px;border-radius:8px;background:#eee;color:#444;vertical-align:1px}
.count{color:#888;font-weight:400}
.lemma{color:var(--cue);font-weight:600}
.vianote{color:var(--via);font-size:12px}
.excerpt{color:#333}
.claim{border-radius:2px}
.k-direct_quote{background:#fff0a0}
.k-indirect{background:#ffe3c4}
.k-according_to{background:#fcdcea}
.k-mixed{background:#eadcff}
.k-unattributed{background:#e4e4e4}
.claim.hedged{text-decoration:underline wavy #c05000;text-decoration-skip-ink:none;text-underline-offset:4px}
.src{color:var(--src);font-weight:700;background:#dbeafe;border-bottom:3px solid var(--src)}
.via{color:var(--via);font-weight:700;background:#d7f2ee;border-bottom:3px dashed var(--via)}
.cue{color:var(--cue);font-weight:700;border-bottom:3px double var(--cue)}
.ent{border:1px solid #888;border-radius:4px;padding:0 1px}
.e-PERSON{border-color:#1565c0}.e-ORG{border-color:#6a1b9a}.e-GPE{border-color:#2e7d32}
.e-LOC{border-color:#7cb342}.e-NORP{border-color:#ef6c00}.e-FAC{border-color:#795548}.e-EVENT{border-color:#c62828}
.qty{background:#c9f2c7;color:#0d4f1c;border-bottom:2px solid var(--qty);font-variant-numeric:tabular-nums}
[data-tip]{position:relative}
[data-tip]:focus{outline:2px solid #222;outline-offset:1px}
[data-tip]:focus::after,[data-tip]:hover:not(:has([data-tip]:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:30;min-width:max-content;max-width:420px;white-space:pre-line;background:#222;color:#fff;font:500 12px/1.45 system-ui,sans-serif;padding:5px 8px;border-radius:5px;box-shadow:0 2px 8px rgba(0,0,0,.25);pointer-events:none;text-decoration:none}
.lit{box-shadow:0 0 0 2px #e0a800}
)css";

// Lights up every element of the claim(s) under the pointer or focus: the
// source, cue, content parts and the panel entry share data-claim tokens.
constexpr char kScript[] = R"js(
(function(){
  var lit=[];
  function clear(){lit.forEach(function(e){e.classList.remove('lit')});lit=[];}
  function light(t){
    clear();
    var el=t&&t.closest?t.closest('[data-claim]'):null;
    if(!el)return;
    el.getAttribute('data-claim').split(' ').forEach(function(c){
      document.querySelectorAll('[data-claim~="'+c+'"]').forEach(function(e){
        e.classList.add('lit');lit.push(e);});
    });
  }
  document.addEventListener('mouseover',function(e){light(e.target)});
  document.addEventListener('focusin',function(e){light(e.target)});
  document.addEventListener('mouseleave',clear);
})();
)js";

void AppendLegend(std::string* out) {
  out->append(
      "<ul class=\"legend\" aria-label=\"legend\">"
      "<li><span class=\"src\">source</span></li>"
      "<li><span class=\"cue\">cue</span></li>"
      "<li><span class=\"via\">via (chained source)</span></li>"
      "<li><span class=\"claim k-direct_quote\">direct quote</span></li>"
      "<li><span class=\"claim k-indirect\">indirect</span></li>"
      "<li><span class=\"claim k-according_to\">according to</span></li>"
      "<li><span class=\"claim k-mixed\">mixed</span></li>"
      "<li><span class=\"claim k-unattributed\">unattributed</span></li>"
      "<li><span class=\"claim k-indirect hedged\">hedged</span></li>"
      "<li><span class=\"qty\">quantity</span></li>"
      "<li><span class=\"ent e-PERSON\">person</span></li>"
      "<li><span class=\"ent e-ORG\">organization</span></li>"
      "<li><span class=\"ent e-GPE\">place</span></li>"
      "<li><span class=\"ent e-NORP\">group</span></li>"
      "<li><span class=\"ent e-FAC\">facility</span></li>"
      "<li><span class=\"ent e-EVENT\">event</span></li>"
      "<li>hover or focus (Tab) for details</li></ul>");
}

}  // namespace

HtmlPageBuilder::HtmlPageBuilder(HtmlOptions options)
    : options_(std::move(options)) {}

void HtmlPageBuilder::Add(const Document& doc, std::string_view text) {
  Entry e;
  e.anchor = absl::StrCat("doc-", entries_.size());
  e.label = Escaped(doc.id.empty() ? std::string("(no id)") : doc.id);
  e.claims = doc.claims.size();
  DocumentRenderer(doc, text, entries_.size()).Render(&sections_);
  if (entries_.empty() && options_.title.empty()) first_id_ = doc.id;
  entries_.push_back(std::move(e));
}

std::string HtmlPageBuilder::Finish() {
  std::string title = options_.title;
  if (title.empty())
    title = entries_.size() == 1 && !first_id_.empty() ? first_id_ : "claimx";
  std::string out;
  out.reserve(sections_.size() + 8192);
  absl::StrAppend(
      &out,
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"claimx\">\n<title>",
      Escaped(title), "</title>\n<style>", kStyle,
      "</style>\n</head>\n<body>\n", "<header class=\"top\"><h1>",
      Escaped(title), "</h1>");
  AppendLegend(&out);
  out.append("</header>\n");
  if (entries_.size() > 1) {
    absl::StrAppend(&out, "<nav class=\"toc\"><h2>", entries_.size(),
                    " documents</h2><ol>\n");
    for (const Entry& e : entries_) {
      absl::StrAppend(&out, "<li><a href=\"#", e.anchor, "\">", e.label,
                      "</a> <span class=\"count\">", e.claims,
                      e.claims == 1 ? " claim" : " claims", "</span></li>\n");
    }
    out.append("</ol></nav>\n");
  }
  out.append("<main>\n");
  out.append(sections_);
  out.append("</main>\n");
  if (options_.script)
    absl::StrAppend(&out, "<script>", kScript, "</script>\n");
  out.append("</body>\n</html>\n");
  entries_.clear();
  sections_.clear();
  first_id_.clear();
  return out;
}

std::string ToHtml(const Document& doc, std::string_view text,
                   const HtmlOptions& options) {
  HtmlPageBuilder page(options);
  page.Add(doc, text);
  return page.Finish();
}

}  // namespace claimx
