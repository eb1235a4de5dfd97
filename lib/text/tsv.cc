#include "text/tsv.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {

std::string_view LexiconEntry::attr(std::string_view key,
                                    std::string_view fallback) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return fallback;
}

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      parts.push_back(s.substr(b));
      return parts;
    }
    parts.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool IsTypeName(std::string_view s) {
  if (s == "-") return true;
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<std::vector<LexiconEntry>> ParseLexiconTsv(
    std::string_view content, std::string_view name) {
  std::vector<LexiconEntry> entries;
  size_t bad = FindInvalidUtf8(content);
  if (bad != content.size()) {
    size_t line = 1;
    for (size_t i = 0; i < bad; ++i) line += content[i] == '\n';
    return absl::InvalidArgumentError(
        absl::StrCat(Av(name), ":", line, ": invalid UTF-8 at byte ", bad));
  }
  size_t line_no = 0;
  // (Lines and fields as views, read in place: a vector of every line and
  // one of every line's fields cost a tenth of the library's start-up.)
  std::string_view fields[3];
  for (size_t at = 0; at <= content.size();) {
    size_t stop = content.find('\n', at);
    if (stop == std::string_view::npos) stop = content.size();
    std::string_view line = content.substr(at, stop - at);
    at = stop + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    size_t nfields = 0;
    for (size_t b = 0;;) {
      const size_t e = line.find('\t', b);
      if (nfields < 3)
        fields[nfields] =
            line.substr(b, e == std::string_view::npos ? e : e - b);
      ++nfields;
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    auto fail = [&](std::string_view why) {
      return absl::InvalidArgumentError(
          absl::StrCat(Av(name), ":", line_no, ": ", Av(why)));
    };
    if (nfields < 2) return fail("expected 'phrase<TAB>type[<TAB>attributes]'");
    if (nfields > 3) return fail("too many tab-separated fields (at most 3)");
    LexiconEntry e;
    e.phrase = std::string(Trim(fields[0]));
    e.type = std::string(Trim(fields[1]));
    if (e.phrase.empty()) return fail("empty phrase");
    if (!IsTypeName(e.type)) {
      return fail(
          absl::StrCat("bad type '", e.type, "' (expected [a-z0-9_]+ or '-')"));
    }
    if (nfields == 3) {
      for (std::string_view kv : Split(Trim(fields[2]), ';')) {
        kv = Trim(kv);
        if (kv.empty()) continue;
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          return fail(absl::StrCat("bad attribute '", Av(kv),
                                   "' (expected key=value)"));
        }
        e.attrs.emplace_back(std::string(Trim(kv.substr(0, eq))),
                             std::string(Trim(kv.substr(eq + 1))));
      }
    }
    e.origin = absl::StrCat(Av(name), ":", line_no);
    entries.push_back(std::move(e));
  }
  return entries;
}

absl::StatusOr<std::vector<LexiconEntry>> ReadLexiconFile(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(
        path, ": cannot open lexicon file: ", std::strerror(errno)));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat(path, ": read error"));
  }
  return ParseLexiconTsv(buf.str(), path);
}

}  // namespace claimx::internal
