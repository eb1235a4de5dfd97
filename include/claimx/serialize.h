// Serializers for claimx::Document: JSON (the schema in README.md), a
// plain-text view and an HTML view. They need the document's original text
// to print span texts; pass the same bytes that were given to Extract.
// Invalid UTF-8 in the text is printed as U+FFFD. The functions are pure and
// thread-safe; an HtmlPageBuilder is used by one thread at a time.
#ifndef CLAIMX_SERIALIZE_H_
#define CLAIMX_SERIALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimx/export.h"
#include "claimx/types.h"

namespace claimx {

struct JsonOptions {
  bool pretty = true;   // indented, one field per line; false: one line
  bool tokens = false;  // include the token list
};

CLAIMX_EXPORT std::string ToJson(const Document& doc, std::string_view text,
                                 const JsonOptions& options = {});

struct TextOptions {
  bool color =
      false;  // ANSI colours (sources, cues, kinds, hedges, quantities)
};

// Human-readable view: a header line, then each claim as
//   SOURCE (type) —cue→ [kind, hedged] content
// followed by an indented line per quantity in the claim with its value
// ("↳ 340 containers = 340 containers"); a document without claims lists
// its sentences instead.
CLAIMX_EXPORT std::string ToText(const Document& doc, std::string_view text,
                                 const TextOptions& options = {});

struct HtmlOptions {
  std::string title;   // page <title>; default: the document id, or "claimx"
  bool script = true;  // a small inline script that lights up every part of
                       // the claim under the pointer or focus; the page works
                       // without it (details on hover/focus are pure CSS)
};

// Self-contained HTML page (inline CSS, no external assets, no remote
// scripts): the article with sources, cues, claim contents, entities and
// quantities highlighted in distinct styles, a legend, details on hover and
// on keyboard focus (type, value, resolved source, via), and a side panel
// listing the claims grouped by source. All text is escaped: markup in the
// document shows as text. Overlapping spans nest; a span that crosses
// another is split into parts, so the markup is always well formed.
CLAIMX_EXPORT std::string ToHtml(const Document& doc, std::string_view text,
                                 const HtmlOptions& options = {});

// One page for several documents, with a table of contents. Each Add
// renders its document at once, so neither the Document nor the text need
// outlive the call; Finish returns the page (and empties the builder). With
// a single document the page equals ToHtml's.
class CLAIMX_EXPORT HtmlPageBuilder {
 public:
  explicit HtmlPageBuilder(HtmlOptions options = {});
  void Add(const Document& doc, std::string_view text);
  size_t size() const { return entries_.size(); }
  std::string Finish();

 private:
  struct Entry {
    std::string anchor;  // id of the document's <section>
    std::string label;   // escaped id for the table of contents
    size_t claims = 0;
  };
  HtmlOptions options_;
  std::vector<Entry> entries_;
  std::string sections_;
  std::string first_id_;
};

}  // namespace claimx

#endif  // CLAIMX_SERIALIZE_H_
