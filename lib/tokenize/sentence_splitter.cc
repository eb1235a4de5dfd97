#include "tokenize/sentence_splitter.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "text/strings.h"

namespace claimx::internal {
namespace {

std::string_view TokenText(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

bool IsBulletText(std::string_view s) {
  static constexpr std::string_view kBullets[] = {"•", "·", "▪", "◦", "‣", "⁃", "●",
                                                  "■", "□", "►", "▸", "✓", "✔", "*"};
  for (std::string_view b : kBullets) {
    if (s == b) return true;
  }
  return false;
}

bool IsTerminal(std::string_view s) {
  if (s.empty()) return false;
  char c = s.front();
  return c == '.' || c == '!' || c == '?' || s == "…" || s == "‼" || s == "⁇" ||
         s == "。" || s == "！" || s == "？";
}

bool IsEllipsis(std::string_view s) {
  return s == "…" || (s.size() >= 3 && s[0] == '.' && (s[1] == '.' || s[1] == ' '));
}

bool IsLowerWord(const Token& t, std::string_view text) {
  if (t.kind != TokenKind::kWord) return false;
  unsigned char c = static_cast<unsigned char>(text[t.span.begin]);
  if (c < 0x80) return absl::ascii_islower(c);
  return !(t.flags & kCapitalized) && !(t.flags & kNoSpaceScript);
}

}  // namespace

absl::StatusOr<SentenceSplitter> SentenceSplitter::Create(
    const std::vector<LexiconEntry>& entries) {
  SentenceSplitter s;
  for (const LexiconEntry& e : entries) {
    std::string key = absl::AsciiStrToLower(e.phrase);
    if (e.type == "starter") s.starters_.insert(key);
    if (e.type == "time_follower") s.timezones_.insert(key);
  }
  return s;
}

// Whether the token at i is a list marker: a short number (or single letter)
// followed by "." / ")" / ".)" at the start of a line or after a bullet.
static bool IsListNumber(std::string_view text, const TokenStream& ts, size_t i,
                         size_t sentence_start) {
  const Token& t = ts.tokens[i];
  if (t.kind != TokenKind::kNumber || t.span.size() > 3) return false;
  if (i + 1 >= ts.size()) return false;
  std::string_view next = TokenText(text, ts.tokens[i + 1]);
  if (next != "." && next != ")") return false;
  if (i == sentence_start || (t.flags & kLineStart)) return true;
  return i > 0 && IsBulletText(TokenText(text, ts.tokens[i - 1]));
}

bool SentenceSplitter::StartsNewLineUnit(std::string_view text, const TokenStream& ts,
                                         size_t i) const {
  const Token& t = ts.tokens[i];
  std::string_view s = TokenText(text, t);
  if (IsBulletText(s) && s != "*") return true;  // inline bullets: "• a • b"
  uint8_t nl = ts.newlines_before[i];
  if (nl == 0) return false;
  if (nl >= 2) return true;
  // A single line break.
  if (IsBulletText(s) || s == "-" || s == "–" || s == "—") return true;
  if (t.kind == TokenKind::kNumber && i + 1 < ts.size()) {
    std::string_view next = TokenText(text, ts.tokens[i + 1]);
    if ((next == "." || next == ")") && t.span.size() <= 3) return true;
  }
  if (s == "(" && i + 2 < ts.size() && TokenText(text, ts.tokens[i + 2]) == ")") return true;
  // The previous line: where does it start, how does it end?
  size_t line_start = i - 1;
  while (line_start > 0 && !(ts.tokens[line_start].flags & kLineStart)) --line_start;
  const Token& last = ts.tokens[i - 1];
  std::string_view last_text = TokenText(text, last);
  uint32_t line_bytes = last.span.end - ts.tokens[line_start].span.begin;
  bool ends_open = last_text == "," || last_text == ";" || last_text == "-" ||
                   last_text == "(" || last.kind == TokenKind::kQuote;
  if (ends_open) return false;
  // Short "Label: figure" lines and short lines without final punctuation
  // (headings, list lines) stand alone; long lines are wrapped prose.
  bool has_colon = false;
  for (size_t k = line_start; k < i; ++k) {
    if (TokenText(text, ts.tokens[k]) == ":") has_colon = true;
  }
  if (has_colon && line_bytes < 60 && i - line_start <= 10) return true;
  if (line_bytes < 40 && !IsTerminal(last_text)) return true;
  return false;
}

bool SentenceSplitter::IsBoundaryAfter(std::string_view text, const TokenStream& ts, size_t i,
                                       size_t* end) const {
  const Token& t = ts.tokens[i];
  std::string_view s = TokenText(text, t);
  AbbrevClass abbrev = ts.abbrev[i];
  bool terminal = t.kind == TokenKind::kPunctuation && IsTerminal(s);
  if (!terminal && abbrev == AbbrevClass::kNone) return false;
  // Absorb closing quotes and brackets, and further terminal marks.
  size_t j = i + 1;
  bool closed = false;
  while (j < ts.size() && ts.newlines_before[j] == 0) {
    const Token& c = ts.tokens[j];
    if ((c.flags & kClosing) && (c.kind == TokenKind::kQuote || c.kind == TokenKind::kPunctuation)) {
      closed = true;
      ++j;
      continue;
    }
    if (c.kind == TokenKind::kPunctuation && IsTerminal(TokenText(text, c))) {
      ++j;
      continue;
    }
    break;
  }
  *end = j;
  if (j >= ts.size()) return true;
  const Token& next = ts.tokens[j];
  std::string_view next_text = TokenText(text, next);
  bool next_upper = (next.flags & kCapitalized) != 0 || next.kind == TokenKind::kNumber ||
                    (next.kind == TokenKind::kQuote && (next.flags & kOpening)) ||
                    (next.kind == TokenKind::kPunctuation && (next.flags & kOpening)) ||
                    (next.flags & kNoSpaceScript) != 0;
  bool next_lower = IsLowerWord(next, text);
  bool glued = next.span.begin == ts.tokens[j - 1].span.end;
  auto is_starter = [&](size_t k) {
    if (k >= ts.size()) return false;
    return starters_.contains(Av(ts.norm(k)));
  };

  if (terminal) {
    if (IsEllipsis(s)) {
      // "... I mean" continues; "... The next" starts a sentence.
      bool four_dots = s.size() >= 4 && s[0] == '.' && s[1] == '.';
      if (next_lower) return false;
      if (next_text == "I" && !four_dots) return false;
      return next_upper || ts.newlines_before[j] > 0;
    }
    if (s.front() == '.') {
      // "1." opening a list item is not a sentence.
      if (i > 0 && IsListNumber(text, ts, i - 1, 0) &&
          (i - 1 == 0 || (ts.tokens[i - 1].flags & kLineStart) ||
           ts.tokens[i - 1].span.begin == 0 ||
           IsBulletText(TokenText(text, ts.tokens[i > 1 ? i - 2 : 0])) ||
           (ts.tokens[i - 1].flags & kSentenceInitial))) {
        return false;
      }
      if (next_lower && !(ts.newlines_before[j] > 0 && !glued)) return false;
      if (next.kind == TokenKind::kPunctuation && !(next.flags & kOpening) &&
          !IsBulletText(next_text)) {
        return false;  // ". ," ".)" stray punctuation
      }
      if (glued && next.kind == TokenKind::kNumber) return false;
      return true;
    }
    // ! and ?
    if (next_lower) return false;
    if (next.kind == TokenKind::kPunctuation && !(next.flags & kOpening) &&
        !IsBulletText(next_text)) {
      return false;  // "-- voila! --", "Help!, he said"
    }
    (void)closed;
    return true;
  }

  // An abbreviation whose period may double as the full stop.
  if (ts.newlines_before[j] >= 2) return true;
  if (next_lower || next.kind == TokenKind::kNumber) return false;
  if (next.kind == TokenKind::kPunctuation && !(next.flags & kOpening)) return false;
  if (next.kind == TokenKind::kWord && ts.abbrev[j] == AbbrevClass::kInitial &&
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
      if (timezones_.contains(Av(ts.norm(j)))) return false;
      return is_starter(j);
    case AbbrevClass::kInitial:
    case AbbrevClass::kMonth:
    case AbbrevClass::kDay:
    case AbbrevClass::kSuffix:
    case AbbrevClass::kInitialism:
    default:
      if (next.kind == TokenKind::kQuote) return true;
      return is_starter(j) || (ts.newlines_before[j] > 0 && abbrev != AbbrevClass::kInitial);
  }
}

void SentenceSplitter::Split(std::string_view text, TokenStream* tokens,
                             std::vector<Sentence>* out) const {
  TokenStream& ts = *tokens;
  const size_t n = ts.size();
  size_t start = 0;
  int last_list_number = -1;  // for inline numbered lists "1) a 2) b"
  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.end_token = static_cast<uint32_t>(end);
    s.span = Span{ts.tokens[start].span.begin, ts.tokens[end - 1].span.end};
    ts.tokens[start].flags |= kSentenceInitial;
    out->push_back(s);
    start = end;
  };
  size_t i = 0;
  while (i < n) {
    if (i > start) {
      bool brk = StartsNewLineUnit(text, ts, i);
      // Inline numbered list: "1) first 2) second", "1.) a 2.) b".
      const Token& t = ts.tokens[i];
      if (!brk && t.kind == TokenKind::kNumber && i + 1 < n && last_list_number >= 0) {
        std::string_view nx = TokenText(text, ts.tokens[i + 1]);
        int value = 0;
        if ((nx == ")" || nx == ".") && absl::SimpleAtoi(Av(TokenText(text, t)), &value) &&
            value == last_list_number + 1) {
          brk = true;
        }
      }
      if (brk) close(i);
    }
    if (i == start && ts.tokens[i].kind == TokenKind::kNumber && i + 1 < n) {
      std::string_view nx = TokenText(text, ts.tokens[i + 1]);
      int value = 0;
      if ((nx == ")" || nx == ".") && absl::SimpleAtoi(Av(TokenText(text, ts.tokens[i])), &value) &&
          ts.tokens[i].span.size() <= 3) {
        last_list_number = value;
        // Skip the marker so that "1." does not end the sentence.
        size_t k = i + 1;
        while (k < n && ts.newlines_before[k] == 0 &&
               (TokenText(text, ts.tokens[k]) == "." || TokenText(text, ts.tokens[k]) == ")")) {
          ++k;
        }
        i = k;
        continue;
      }
    }
    if (ts.newlines_before[i] >= 2) last_list_number = -1;
    size_t end;
    if (IsBoundaryAfter(text, ts, i, &end)) {
      close(end);
      i = end;
      continue;
    }
    ++i;
  }
  close(n);
}

}  // namespace claimx::internal
