#include "tokenize/sentence_splitter.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "text/strings.h"

namespace claimx::internal {
namespace {

bool IsBulletText(std::string_view s) {
  // Every bullet is "*" or starts with a non-ASCII lead byte: reject the
  // common case (a word) without the comparisons below.
  if (s.empty() ||
      (s.size() == 1 ? s[0] != '*' : static_cast<unsigned char>(s[0]) < 0xC2)) {
    return false;
  }
  static constexpr std::string_view kBullets[] = {
      "•", "·", "▪", "◦", "‣", "⁃", "●", "■", "□", "►", "▸", "✓", "✔", "*"};
  for (std::string_view b : kBullets) {
    if (s == b) return true;
  }
  return false;
}

bool IsDashText(std::string_view s) { return s == "-" || s == "–" || s == "—"; }

[[gnu::noinline]] bool IsNonAsciiTerminal(std::string_view s) {
  return s == "…" || s == "‼" || s == "⁇" || s == "⁈" || s == "⁉" ||
         s == "。" || s == "！" || s == "？" || s == "．" || s == "｡";
}

// Inline: the splitter asks it of every full stop and comma-like mark; only
// the rare non-ASCII marks take the call.
inline bool IsTerminal(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.front();
  if (static_cast<unsigned char>(c) < 0x80)
    return c == '.' || c == '!' || c == '?';
  return IsNonAsciiTerminal(s);
}

// "...", ". . .", "…", "....".
bool IsEllipsis(std::string_view s) {
  return s == "…" ||
         (s.size() >= 3 && s[0] == '.' && (s[1] == '.' || s[1] == ' '));
}

// Which quotation or bracket family a token belongs to, for pairing openers
// with closers on a line. 0: none. By bytes, not string compares: the
// splitter asks this of every quote, bracket and symbol.
int EnclosureFamily(std::string_view s, TokenKind kind) {
  if (kind == TokenKind::kQuote) {
    // ' and ‘ ’ ‚ ‹ › (U+2018 U+2019 U+201A U+2039 U+203A): single quotes.
    if (s.size() == 1) return s[0] == '\'' ? 1 : 2;
    if (s.size() == 3 && s[0] == '\xE2' && s[1] == '\x80') {
      const unsigned char c = static_cast<unsigned char>(s[2]);
      if ((c >= 0x98 && c <= 0x9A) || c == 0xB9 || c == 0xBA) return 1;
    }
    return 2;  // " “ ” „ « » 「 」 ...
  }
  if (s.size() != 1) return 0;
  if (kind == TokenKind::kSymbol) return s[0] == '`' ? 1 : 0;  // `quoted'
  if (kind != TokenKind::kPunctuation) return 0;
  switch (s[0]) {
    case '(':
    case ')':
      return 3;
    case '[':
    case ']':
      return 4;
    case '{':
    case '}':
      return 5;
    default:
      return 0;
  }
}

// Lower-case roman numerals used as list labels (i. ii. iii. iv.).
bool IsRomanLabel(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 ||
      (s[0] != 'i' && s[0] != 'v' && s[0] != 'x'))
    return false;
  static constexpr std::string_view kRoman[] = {
      "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"};
  for (std::string_view r : kRoman) {
    if (s == r) return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<SentenceSplitter> SentenceSplitter::Create(
    const std::vector<LexiconEntry>& entries, uint32_t max_nesting_depth) {
  SentenceSplitter s;
  s.max_nesting_depth_ = max_nesting_depth;
  for (const LexiconEntry& e : entries) {
    std::string key = absl::AsciiStrToLower(e.phrase);
    if (e.type == "starter") {
      const std::string_view opens = e.attr("opens", "statement");
      Opens what;
      if (opens == "statement") {
        what = Opens::kStatement;
      } else if (opens == "question") {
        what = Opens::kQuestion;
      } else if (opens == "conjunction") {
        what = Opens::kConjunction;
      } else {
        return absl::InvalidArgumentError(
            e.origin +
            ": starter: opens must be statement, question or conjunction, "
            "not '" +
            std::string(opens) + "'");
      }
      s.starters_[key] = what;
    }
    if (e.type == "time_follower") s.time_followers_.insert(key);
    if (e.type == "abbrev" && e.attr("ends") == "company")
      s.company_ends_.insert(key);
  }
  return s;
}

// The state of one Split call.
struct SentenceSplitter::Run {
  const SentenceSplitter& splitter;
  std::string_view text;
  TokenStream& ts;
  std::vector<Sentence>* out;
  size_t n;
  // The outermost quotation and bracket pairs closed on their line, in
  // text order (disjoint: pairs nest). A list, not a per-token column: most
  // documents have few pairs, and the splitter asks about few tokens.
  struct Pair {
    uint32_t open, close;  // token indices of the opener and the closer
  };
  std::vector<Pair> enclosures;
  // Index of the token that closes the outermost pair token i lies inside
  // (strictly between its opener and closer), or 0. Split asks in token
  // order: a cursor walks the list once (it restarts if asked backwards).
  mutable size_t enclosure_next = 0;  // first pair that closes after i
  // The token columns, read through plain pointers: no reload of the
  // vectors' data after each store or call (Split writes only flags).
  const Token* const tok = ts.tokens.data();
  const uint8_t* const newlines = ts.newlines_before.data();
  const AbbrevClass* const abbrev_of = ts.abbrev.data();
  size_t EnclosedBy(size_t i) const {
    const size_t pairs = enclosures.size();
    if (pairs == 0) return 0;
    size_t k = enclosure_next;
    if (k > 0 && enclosures[k - 1].close > i) k = 0;
    while (k < pairs && enclosures[k].close <= i) ++k;
    enclosure_next = k;
    return k < pairs && enclosures[k].open < i ? enclosures[k].close : 0;
  }

  // (Spans lie inside the text: no substr bounds check.)
  std::string_view Text(size_t i) const {
    const Token& t = tok[i];
    return std::string_view(text.data() + t.span.begin, t.span.size());
  }
  bool Glued(size_t a, size_t b) const {  // b starts where a ends
    return tok[b].span.begin == tok[a].span.end;
  }
  bool IsLower(size_t i) const {
    const Token& t = tok[i];
    if (t.kind != TokenKind::kWord) return false;
    unsigned char c = static_cast<unsigned char>(text[t.span.begin]);
    if (c < 0x80) return absl::ascii_islower(c);
    return !(t.flags & kCapitalized) && !(t.flags & kNoSpaceScript);
  }
  // Token i, a full stop glued on both sides, is inside an exchange
  // ticker written in angle brackets or parentheses: "<BPCL.L>",
  // "(0005.HK)", "<UOBM.SI>" -- a symbol of capitals or digits, the stop, an
  // exchange code of one to three capitals, with the bracket glued to either
  // end. (Not "the UK.A new": no bracket.)
  // (The symbol may hold the stop, as an abbreviation does: "<AL.N>".)
  bool TickerStop(size_t i) const {
    if (i + 1 >= n) return false;
    std::string_view base = Text(i);
    size_t first = i;  // the symbol's first token
    if (base == ".") {
      if (i == 0 || !Glued(i - 1, i)) return false;
      first = i - 1;
      base = Text(first);
    } else if (base.size() >= 2 && base.back() == '.') {
      base.remove_suffix(1);
    } else {
      return false;
    }
    const std::string_view code = Text(i + 1);
    if (base.empty() || base.size() > 8 || code.empty() || code.size() > 3)
      return false;
    for (char c : base)
      if (!absl::ascii_isupper(static_cast<unsigned char>(c)) &&
          !absl::ascii_isdigit(static_cast<unsigned char>(c)))
        return false;
    for (char c : code)
      if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
    auto text_is = [&](size_t k, char a, char b) {
      const std::string_view t = Text(k);
      return t.size() == 1 && (t[0] == a || t[0] == b);
    };
    return (first >= 1 && Glued(first - 1, first) &&
            text_is(first - 1, '<', '(')) ||
           (i + 2 < n && Glued(i + 1, i + 2) && text_is(i + 2, '>', ')'));
  }
  bool IsCapitalizedWord(size_t i) const {
    const Token& t = tok[i];
    return t.kind == TokenKind::kWord && (t.flags & kCapitalized) != 0;
  }
  // Token i (a full stop) is glued to a word of three or more letters
  // that is no abbreviation.
  bool PlainWordBefore(size_t i) const {
    if (i == 0 || !Glued(i - 1, i)) return false;
    const Token& w = tok[i - 1];
    if (w.kind != TokenKind::kWord || abbrev_of[i - 1] != AbbrevClass::kNone)
      return false;
    std::string_view s = Text(i - 1);
    if (s.size() < 3) return false;
    for (char c : s) {
      if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }
  bool IsStarter(size_t i) const {
    return i < n && splitter.starters_.contains(Av(ts.norm(i)));
  }
  // After an abbreviation whose period may end the sentence, does the
  // capitalized word j open a new one? A starter does ("in the U.S. The
  // firm"), but one that opens a question ("Has", "Is", "Will") only when a
  // question mark ends what follows on its line: "the U.S. Has said it will
  // act" (a wire service's capital after an abbreviation) goes on. A
  // conjunction before a capitalized word joins two names: "the U.S. And
  // Japan", "Acme Inc. And Brill Corp".
  bool StartsAfterAbbreviation(size_t j) const {
    if (j >= n) return false;
    const auto it = splitter.starters_.find(Av(ts.norm(j)));
    if (it == splitter.starters_.end()) return false;
    if (it->second == Opens::kStatement) return true;
    if (it->second == Opens::kConjunction) {
      return !(j + 1 < n && newlines[j + 1] == 0 && IsCapitalizedWord(j + 1));
    }
    for (size_t k = j + 1; k < n && k < j + 80 && newlines[k] == 0; ++k) {
      if (tok[k].kind != TokenKind::kPunctuation) continue;
      const std::string_view p = Text(k);
      if (p.front() == '?') return true;
      if (IsTerminal(p)) return false;
    }
    return false;
  }
  // An all-caps word after an abbreviation on a line of capitals (the
  // abbreviation opens the line or follows an all-caps word): a headline
  // ("U.S. OFFICIALS DISAGREE", "SINO-U.S. VENTURE") goes on; its words say
  // nothing of sentence starts.
  bool HeadlineGoesOn(size_t i, size_t j) const {
    if (j >= n || (tok[j].flags & kAllCaps) == 0) return false;
    if (IsLineStart(i)) return true;
    size_t k = i - 1;
    if (k > 0 && tok[k].kind == TokenKind::kPunctuation && Glued(k, i) &&
        IsDashText(Text(k)))
      --k;  // "SINO-U.S."
    return (tok[k].flags & kAllCaps) != 0;
  }
  bool IsLineStart(size_t i) const { return i == 0 || newlines[i] > 0; }
  // See Split(): the tokens in mid-line that no rule looks at on their own
  // are words, numbers, quotes, commas and the punctuation and symbols that
  // start with an ASCII byte other than . ! ? - (not terminal, no bullet but
  // "*", which only opens a line, no dash before a closing quote): : ; ( )
  // $ % & ... The tokenizer lists the others, with every token that starts
  // a line or is an abbreviation (TokenStream::stops).

  void FindEnclosures();
  // If a list label ("1.", "2)", "a.", "b.)", "iv.", "A.") starts at token i,
  // returns the index just past it and sets *value (numbers: their value;
  // letters: 1 for a, 2 for b ...; *letter tells which). Otherwise 0.
  size_t ListLabel(size_t i, int* value, bool* letter, bool* paren) const {
    // Speed: every label starts with a number of at most three bytes or a
    // word of at most four (a letter, an initial "A.", a roman numeral), and
    // but for an initial (which holds its period) is followed by a glued
    // "." or ")": most sentence starts are no such token.
    const Token& t = tok[i];
    bool may = (t.kind == TokenKind::kNumber && t.span.size() <= 3) ||
               (t.kind == TokenKind::kWord && t.span.size() <= 4);
    if (may && abbrev_of[i] != AbbrevClass::kInitial) {
      may = i + 1 < n && Glued(i, i + 1) &&
            (text[t.span.end] == '.' || text[t.span.end] == ')');
    }
    if (!may) {
      *paren = false;
      return 0;
    }
    return ParseListLabel(i, value, letter, paren);
  }
  size_t ParseListLabel(size_t i, int* value, bool* letter, bool* paren) const;
  bool StartsNewLineUnit(size_t i, size_t start, bool list_item) const;
  bool IsBoundaryAfter(size_t i, size_t start, bool terminal,
                       size_t* end) const;
  // A quotation broken off by a dash ("... if you please--"): when its
  // closing quote is followed on the same line by a capitalized sentence
  // starter (data/sentence.tsv: The, At, But ...), the sentence ends at the
  // quote. A name ("--" Lee said) continues it. Sets *end past the quote.
  bool IsInterruptedQuoteEnd(size_t i, size_t* end) const {
    if (i + 2 >= n || (!IsDashText(Text(i)) && Text(i) != "--")) return false;
    const Token& q = tok[i + 1];
    if (q.kind != TokenKind::kQuote || !(q.flags & kClosing) ||
        !Glued(i, i + 1) || newlines[i + 2] != 0 || Glued(i + 1, i + 2) ||
        !IsCapitalizedWord(i + 2) || !IsStarter(i + 2)) {
      return false;
    }
    *end = i + 2;
    return true;
  }
  // IsBoundaryAfter's first test, inline: terminal punctuation (it is
  // given the answer) or an abbreviation (most tokens the loop visits are
  // neither).
  bool IsTerminalAt(size_t i) const {
    return tok[i].kind == TokenKind::kPunctuation && IsTerminal(Text(i));
  }
  void Split();
};

void SentenceSplitter::Run::FindEnclosures() {
  enclosures.clear();
  // Openers of the current line: (token index, family).
  thread_local std::vector<std::pair<uint32_t, int>> stack;
  stack.clear();
  // Openers past the depth limit, per family: their closers are skipped too,
  // so that the pairs inside the limit stay matched.
  uint32_t dropped[6] = {};
  const size_t max_depth = splitter.max_nesting_depth_;
  // Line starts, quotes, brackets and symbols are all marks.
  for (const TokenStream::Mark& mark : ts.marks) {
    const size_t i = mark.token;
    if (mark.newlines > 0) {
      stack.clear();
      for (uint32_t& d : dropped) d = 0;
    }
    const Token& t = tok[i];
    if (t.kind != TokenKind::kQuote && t.kind != TokenKind::kPunctuation &&
        t.kind != TokenKind::kSymbol) {
      continue;
    }
    int family = EnclosureFamily(Text(i), t.kind);
    if (family == 0) continue;
    if ((t.flags & kOpening) || t.kind == TokenKind::kSymbol) {
      // Marking costs the pair's length per nesting level: cap the depth so
      // that "((((...))))" stays linear.
      if (stack.size() < max_depth) {
        stack.emplace_back(static_cast<uint32_t>(i), family);
      } else {
        ++dropped[family];
      }
      continue;
    }
    if (!(t.flags & kClosing)) continue;
    if (dropped[family] > 0) {  // closes an opener past the limit
      --dropped[family];
      continue;
    }
    // Pop to the nearest opener of the same family; ignore a stray closer.
    size_t k = stack.size();
    while (k > 0 && stack[k - 1].second != family) --k;
    if (k == 0) continue;
    size_t open = stack[k - 1].first;
    stack.resize(k - 1);
    // An outer pair closes later: it replaces the pairs inside it.
    while (!enclosures.empty() && enclosures.back().open > open)
      enclosures.pop_back();
    enclosures.push_back(
        Pair{static_cast<uint32_t>(open), static_cast<uint32_t>(i)});
  }
}

size_t SentenceSplitter::Run::ParseListLabel(size_t i, int* value, bool* letter,
                                             bool* paren) const {
  *paren = false;
  if (i + 1 >= n && abbrev_of[i] != AbbrevClass::kInitial) return 0;
  const Token& t = tok[i];
  std::string_view s = Text(i);
  size_t k = i + 1;
  if (t.kind == TokenKind::kNumber) {
    if (s.size() > 3 || !absl::SimpleAtoi(Av(s), value)) return 0;
    *letter = false;
  } else if (t.kind == TokenKind::kWord &&
             abbrev_of[i] == AbbrevClass::kInitial && s.size() == 2) {
    // "A." is tokenized as one initial.
    *value = absl::ascii_tolower(static_cast<unsigned char>(s[0])) - 'a' + 1;
    *letter = true;
    if (k < n && Glued(i, k) && Text(k) == ")") {
      ++k;
      *paren = true;
    }
    return k;
  } else if (t.kind == TokenKind::kWord && s.size() == 1 &&
             absl::ascii_isalpha(s[0])) {
    *value = absl::ascii_tolower(static_cast<unsigned char>(s[0])) - 'a' + 1;
    *letter = true;
  } else if (t.kind == TokenKind::kWord && IsRomanLabel(s)) {
    *value = 0;
    *letter = true;
  } else {
    return 0;
  }
  if (k >= n || !Glued(i, k)) return 0;
  std::string_view m = Text(k);
  if (m == ".") {
    ++k;
    if (k < n && Glued(k - 1, k) && Text(k) == ")") {
      ++k;
      *paren = true;
    }
  } else if (m == ")") {
    ++k;
    *paren = true;
  } else {
    return 0;
  }
  // A label is followed by its item, on the same line, after a space.
  if (k >= n || newlines[k] > 0 || Glued(k - 1, k)) return 0;
  return k;
}

bool SentenceSplitter::Run::StartsNewLineUnit(size_t i, size_t start,
                                              bool list_item) const {
  std::string_view s = Text(i);
  if (IsBulletText(s) && s != "*" && i > start)
    return true;  // inline bullets: "• a • b"
  uint8_t nl = newlines[i];
  if (nl == 0) return false;
  if (nl >= 2) return true;
  // A single line break.
  if (IsBulletText(s) || IsDashText(s)) return true;
  int value;
  bool letter, paren;
  if (ListLabel(i, &value, &letter, &paren) != 0) return true;
  if (list_item) return true;
  // The previous line: where does it start, how does it end?
  size_t line_start = i - 1;
  while (line_start > 0 && newlines[line_start] == 0) --line_start;
  const Token& last = tok[i - 1];
  std::string_view last_text = Text(i - 1);
  uint32_t line_bytes = last.span.end - tok[line_start].span.begin;
  bool ends_open = last_text == "," || last_text == ";" || last_text == "-" ||
                   last_text == "(" || last_text == "&" ||
                   (last.flags & kOpening);
  if (ends_open) return false;
  const Token& t = tok[i];
  if (t.kind == TokenKind::kPunctuation && !(t.flags & kOpening)) return false;
  // A line break after a trailing space is a wrapped line.
  bool trailing_space =
      last.span.end < text.size() &&
      (text[last.span.end] == ' ' || text[last.span.end] == '\t');
  // A lower-case word after a line of a few words is the next list line
  // ("features\ncontact manager"); after a longer line it is wrapped prose.
  if (IsLower(i)) return !trailing_space && i - line_start <= 3;
  // Short "Label: figure" lines and short lines without final punctuation
  // (headings, list lines) stand alone.
  bool has_colon = false;
  for (size_t k = line_start; k < i; ++k) {
    if (Text(k) == ":") has_colon = true;
  }
  if (has_colon && line_bytes < 60 && i - line_start <= 10) return true;
  if (line_bytes < 40) return true;
  // A long line that stops after a lower-case word before a capitalized one
  // is prose wrapped at a name ("said the\nPrime Minister"); anything else
  // (a closing bracket, a figure, a capitalized title) ends a unit. Unless
  // the capitalized word is a sentence starter that no name follows: a
  // headline with no final stop before its first sentence ("Port to
  // reopen, says harbour master\nThe master told ..."); wrapped prose
  // writes such a word in lower case ("said the\ngovernor").
  if (IsLower(i - 1) && !trailing_space) {
    return i + 1 < n && newlines[i + 1] == 0 && !IsCapitalizedWord(i + 1) &&
           StartsAfterAbbreviation(i);
  }
  return !IsLower(i - 1);
}

bool SentenceSplitter::Run::IsBoundaryAfter(size_t i, size_t start,
                                            bool terminal, size_t* end) const {
  std::string_view s = Text(i);
  AbbrevClass abbrev = abbrev_of[i];
  // Absorb closing quotes and brackets, and further terminal marks.
  size_t j = i + 1;
  while (j < n && newlines[j] == 0) {
    const Token& c = tok[j];
    if ((c.flags & kClosing) &&
        (c.kind == TokenKind::kQuote || c.kind == TokenKind::kPunctuation)) {
      ++j;
      continue;
    }
    if (c.kind == TokenKind::kPunctuation && IsTerminal(Text(j))) {
      ++j;
      continue;
    }
    break;
  }
  // Footnote marks glued to the full stop: "martyr.[1][2] The", "cold.12 13
  // It". (A decimal such as 3.5 is one number token, so these are never
  // decimals.)
  if (terminal && s.front() == '.' && i > 0) {
    size_t k = j;
    for (;;) {
      if (k + 2 < n && Glued(k - 1, k) && Text(k) == "[" &&
          tok[k + 1].kind == TokenKind::kNumber && Text(k + 2) == "]") {
        k += 3;
        continue;
      }
      break;
    }
    if (k == j && k < n && Glued(k - 1, k) &&
        tok[k].kind == TokenKind::kNumber && Text(k).size() <= 3) {
      ++k;
      while (k < n && tok[k].kind == TokenKind::kNumber &&
             Text(k).size() <= 3 && newlines[k] == 0) {
        ++k;
      }
      if (k < n && !IsCapitalizedWord(k)) k = j;
    }
    j = k;
  }
  *end = j;
  // Inside a quotation or bracket closed later on the line, only a mark
  // right before the closer can end the sentence.
  const size_t enclosed_by = EnclosedBy(i);
  if (enclosed_by != 0 && j <= enclosed_by) return false;
  if (j >= n) return true;
  const Token& next = tok[j];
  // Speed: the common sentence end, a full stop right before a capitalized
  // word, ends a sentence (the rules below: no elision, ellipsis, stray
  // mark, lower-case word or number after it), without their tests.
  // (Unless the stop is inside an exchange ticker: TickerStop.)
  if (terminal && j == i + 1 && next.kind == TokenKind::kWord &&
      (next.flags & kCapitalized) != 0 && s.size() == 1 && s[0] == '.') {
    return !(Glued(i, j) && TickerStop(i));
  }
  std::string_view next_text = Text(j);
  uint8_t nl = newlines[j];
  bool next_upper =
      (next.flags & kCapitalized) != 0 || next.kind == TokenKind::kNumber ||
      ((next.kind == TokenKind::kQuote ||
        next.kind == TokenKind::kPunctuation) &&
       (next.flags & kOpening)) ||
      (next.flags & kNoSpaceScript) != 0 || next.kind == TokenKind::kHandle ||
      next.kind == TokenKind::kHashtag || next.kind == TokenKind::kEmoji ||
      IsBulletText(next_text) || IsDashText(next_text);
  bool next_lower = IsLower(j);
  bool glued = Glued(j - 1, j);
  bool stray = next.kind == TokenKind::kPunctuation &&
               !(next.flags & kOpening) && !IsBulletText(next_text) &&
               !IsDashText(next_text);

  if (terminal) {
    // Elisions and editorial marks: "[...]", "(?)", "[!]".
    if (i > 0 && i + 1 < n && (tok[i - 1].flags & kOpening) &&
        Glued(i - 1, i) && (tok[i + 1].flags & kClosing) && Glued(i, i + 1) &&
        tok[i - 1].kind == TokenKind::kPunctuation) {
      return false;
    }
    if (IsEllipsis(s)) {
      // "... well, I mean" continues; "that.... She left" ends.
      if (next_lower || stray) return false;
      if (nl > 0) return true;
      bool four_dots =
          s.size() >= 4 && s[0] == '.' && (s[1] == '.' || s.size() >= 7);
      bool spaced_before = i > 0 && !Glued(i - 1, i);
      if (next_text == "I" && !four_dots) return false;
      // ". . ." between words is an omission; "word...." or ". . . ." ends.
      if (!four_dots && spaced_before && next_upper && !IsStarter(j) &&
          next.kind == TokenKind::kWord) {
        return false;
      }
      return next_upper;
    }
    if (s.front() == '.' || s == "．" || s == "。" || s == "｡") {
      if (next_lower && !glued && nl == 0) {
        // A lettered list starting after a sentence: "done. a. first b.
        // second".
        int value;
        bool letter, paren;
        if (ListLabel(j, &value, &letter, &paren) != 0 && letter &&
            (value == 1 || paren)) {
          return true;
        }
      }
      // A full stop after a plain word, then a lower-case word: informal
      // text that does not capitalize ("we left. nobody followed"). Known
      // abbreviations are one token with their period and never get here.
      if (next_lower && !glued && nl == 0 && j == i + 1 && i > start + 1 &&
          PlainWordBefore(i)) {
        return true;
      }
      if (next_lower && !(nl > 0 && !glued)) return false;
      if (stray) return false;  // ". ," ".)" stray punctuation
      if (glued && next.kind == TokenKind::kNumber) return false;
      // "N°. 12": the numero sign.
      if (i >= 2 && next.kind == TokenKind::kNumber &&
          (Text(i - 1) == "°" || Text(i - 1) == "º") &&
          (Text(i - 2) == "N" || Text(i - 2) == "n") && Glued(i - 2, i - 1)) {
        return false;
      }
      return true;
    }
    // ! and ?: glued to a following word it is part of a name (Yahoo!Japan,
    // !Kung) rather than the end of a sentence.
    if (glued && nl == 0 && next.kind == TokenKind::kWord) return false;
    // A bare question mark after a lower-case word and before one ends an
    // informal question ("are you in? we leave at six"). After a closing
    // quote the word is the speaker ("Why?" she asked); after a capital it
    // may end a title ("the film Are We There Yet? and"); "!" may end a name
    // ("Yahoo! in").
    if (next_lower && s == "?" && j == i + 1 && i > start + 1 &&
        IsLower(i - 1)) {
      return true;
    }
    if (next_lower) return false;
    if (stray) return false;  // "-- voila! --", "Help!, he said"
    // An exclamation or question quoted inside a longer sentence, then a
    // bracketed aside on the same line: he cried, 'Run!' (Nobody moved.) --
    // the aside belongs to that sentence. After a quotation that is the
    // whole sentence, or after a full stop, it starts a new one.
    if (nl == 0 && next_text == "(" && j > i + 1 &&
        tok[j - 1].kind == TokenKind::kQuote && enclosed_by == j - 1) {
      // The first token inside the quotation, or the sentence start.
      const size_t first =
          std::max<size_t>(start, enclosures[enclosure_next].open + 1);
      if (first > start + 1) return false;  // its opener is not the start
    }
    return true;
  }

  // An abbreviation whose period may double as the full stop.
  if (nl >= 2) return true;
  // (Not inside a ticker: "<AL.N>".)
  if (nl == 0 && Glued(i, j) && TickerStop(i)) return false;
  if (next_lower || next.kind == TokenKind::kNumber) return false;
  if (stray) return false;
  if (next.kind == TokenKind::kWord && abbrev_of[j] == AbbrevClass::kInitial &&
      abbrev == AbbrevClass::kInitial) {
    return false;  // "J. R. Smith"
  }
  if (!next_upper) return false;
  switch (abbrev) {
    case AbbrevClass::kTitle:
    case AbbrevClass::kNumber:
      return false;
    case AbbrevClass::kOther:
      return true;
    case AbbrevClass::kTime:
      // "5 p.m. EST", "10 a.m. Monday" go on; "At 5 a.m. Mr. Smith left"
      // opens with the time; otherwise a capital after the time starts anew.
      if (splitter.time_followers_.contains(Av(ts.norm(j)))) return false;
      if (i - start <= 3 && tok[start].kind == TokenKind::kWord) return false;
      return true;
    case AbbrevClass::kInitial:
      if (i == start) return false;  // "Q. What ..." "A. Yes"
      // The pronoun after a lower-case word ends a sentence: "you and I. Did".
      if (s.size() == 2 && s[0] == 'I' && i > 0 && !IsCapitalizedWord(i - 1))
        return true;
      if (next.kind == TokenKind::kQuote) return true;
      return nl > 0 || StartsAfterAbbreviation(j);
    case AbbrevClass::kMonth:
    case AbbrevClass::kDay:
    case AbbrevClass::kSuffix:
    case AbbrevClass::kInitialism:
    default:
      if (next.kind == TokenKind::kQuote) return true;
      if (nl > 0) return true;
      if (HeadlineGoesOn(i, j)) return false;
      if (IsStarter(j)) return StartsAfterAbbreviation(j);
      // After a firm's legal form, a capitalized word and a lower-case one
      // make a clause: "... sold to Acme Inc. Terms were not disclosed".
      // (A title or name after it goes on: "Acme Inc. Chief Executive Ann
      // Lee", "Acme Inc. CEO Ann Lee".)
      return abbrev == AbbrevClass::kSuffix && j + 1 < n &&
             newlines[j + 1] == 0 && (next.flags & kAllCaps) == 0 &&
             next.kind == TokenKind::kWord &&
             abbrev_of[j] == AbbrevClass::kNone &&  // "Co. Ltd. and"
             IsLower(j + 1) && splitter.company_ends_.contains(Av(ts.norm(i)));
  }
}

void SentenceSplitter::Run::Split() {
  FindEnclosures();
  size_t start = 0;
  bool list_item = false;  // the open sentence began with a label or bullet
  int last_label = -1;     // value of the latest list label in this paragraph
  bool last_label_letter = false;
  // The open sentence starts with a bullet or a dash that opens a line: its
  // second token may be a list label ("• 1. first", "- a) one").
  bool list_marker = false;
  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence sentence;
    sentence.first_token = static_cast<uint32_t>(start);
    sentence.end_token = static_cast<uint32_t>(end);
    sentence.span = Span{tok[start].span.begin, tok[end - 1].span.end};
    ts.tokens[start].flags |= kSentenceInitial;
    out->push_back(sentence);
    start = end;
    list_item = false;
  };
  const uint32_t* const stops = ts.stops.data();
  const size_t stops_end = ts.stops.size();
  size_t m = 0;  // the first stop at or after i, once i has been skipped to
  size_t i = 0;
  while (i < n) {
    // Speed: skip the tokens at which none of the rules below can fire --
    // words, numbers, quotes and commas in mid-line, neither an abbreviation
    // nor next to the sentence start, outside a list. (StartsNewLineUnit is
    // false there: no line break and no bullet; IsBoundaryAfter is false: not
    // terminal punctuation, no abbreviation.) A new rule that fires at such a
    // token must have the tokenizer list it (SplitterStop in tokenizer.cc).
    // Every token that may fire is a stop (TokenStream::stops): visit those.
    // The second token of a sentence is visited only after a bullet or a
    // line-initial dash (list_marker): the rules at start + 1 concern those.
    if (last_label < 0 && i > start && (i >= start + 2 || !list_marker)) {
      while (m < stops_end && stops[m] < i) ++m;
      if (m == stops_end) break;
      i = stops[m];
    }
    if (newlines[i] >= 2) last_label = -1;
    int value = 0;
    bool letter = false, paren = false;
    size_t label_end = 0;
    if (i > start) {
      // (Inline, the common case: in mid-line only a bullet, which is not
      // ASCII, starts a unit.)
      bool brk = (newlines[i] != 0 || static_cast<unsigned char>(
                                          text[tok[i].span.begin]) >= 0x80) &&
                 StartsNewLineUnit(i, start, list_item);
      // Inline lists: "1) first 2) second", "a. one b. two".
      if (!brk && last_label >= 0 && EnclosedBy(i) == 0 &&
          !IsBulletText(Text(i - 1)) && !IsDashText(Text(i - 1))) {
        label_end = ListLabel(i, &value, &letter, &paren);
        // "John A. Smith", "Plan B. It": a letter after a name is an initial.
        if (label_end != 0 && letter && IsCapitalizedWord(i - 1) &&
            absl::ascii_isupper(static_cast<unsigned char>(Text(i)[0]))) {
          label_end = 0;
        }
        // The next label of the list, or a new list starting ("... 2) b 1) a").
        if (label_end != 0 &&
            ((letter == last_label_letter && value == last_label + 1) ||
             (value == 1 && last_label >= 1 && label_end < n &&
              IsCapitalizedWord(label_end)))) {
          brk = true;
        }
      }
      if (brk) close(i);
    }
    if (i == start) {
      // Bullets are "*" or start with a non-ASCII lead byte, dashes with '-'
      // or 0xE2: most sentence starts are told by their first byte.
      const unsigned char c =
          static_cast<unsigned char>(text[tok[start].span.begin]);
      list_marker = (c == '*' || c == '-' || c >= 0xC2) &&
                    (IsBulletText(Text(start)) ||
                     (IsDashText(Text(start)) && IsLineStart(start)));
    }
    if (i == start || (i == start + 1 && list_marker)) {
      if (i > start) list_item = true;
      label_end = ListLabel(i, &value, &letter, &paren);
      // A sentence-initial label; a single letter other than "a"/"A" or "i"
      // opens an item only on its own line or when a list is under way.
      bool ok = label_end != 0;
      if (ok && letter && !paren && value > 1 && value != 9 &&
          !IsLineStart(i) && !(last_label >= 0 && last_label_letter) &&
          i == start) {
        ok = false;
      }
      if (ok && letter && abbrev_of[i] == AbbrevClass::kInitial &&
          label_end == i + 1 && !IsLineStart(i) &&
          !(last_label >= 0 && last_label_letter)) {
        ok = false;  // "A. His name ..." is an initial, not a label
      }
      if (ok) {
        last_label = value;
        last_label_letter = letter;
        list_item = true;
        i = label_end;
        continue;
      }
    }
    size_t end;
    const bool terminal = IsTerminalAt(i);
    if (((terminal || abbrev_of[i] != AbbrevClass::kNone) &&
         IsBoundaryAfter(i, start, terminal, &end)) ||
        (tok[i].kind == TokenKind::kPunctuation &&
         IsInterruptedQuoteEnd(i, &end))) {
      close(end);
      i = end;
      continue;
    }
    ++i;
  }
  close(n);
}

void SentenceSplitter::Split(std::string_view text, TokenStream* tokens,
                             std::vector<Sentence>* out) const {
  thread_local std::vector<Run::Pair> enclosures;
  Run run{*this, text, *tokens, out, tokens->size(), std::move(enclosures)};
  run.Split();
  enclosures = std::move(run.enclosures);
}

}  // namespace claimx::internal
