#include "quantities/quantity_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "re2/re2.h"
#include "text/strings.h"
#include "unicode/ucurr.h"
#include "unicode/uenum.h"

namespace claimx::internal {
namespace {

// t.find(c, pos) for the short strings of tokens: a byte loop the compiler
// inlines, where string_view::find calls memchr.
inline size_t Find(std::string_view t, char c, size_t pos = 0) {
  for (size_t k = pos; k < t.size(); ++k) {
    if (t[k] == c) return k;
  }
  return std::string_view::npos;
}

struct RoleName {
  const char* name;
  QRole role;
};
constexpr RoleName kRoles[] = {
    {"q_num", QRole::kNum},
    {"q_ord", QRole::kOrd},
    {"q_den", QRole::kDen},
    {"q_conn", QRole::kConn},
    {"q_sign", QRole::kSign},
    {"q_pct", QRole::kPct},
    {"q_cur", QRole::kCur},
    {"q_unit", QRole::kUnit},
    {"q_mod", QRole::kMod},
    {"q_vague", QRole::kVague},
    {"q_month", QRole::kMonth},
    {"q_weekday", QRole::kWeekday},
    {"q_time", QRole::kTime},
    {"q_shift", QRole::kShift},
    {"q_periodadj", QRole::kPeriodAdj},
    {"q_dayword", QRole::kDayword},
    {"q_ago", QRole::kAgo},
    {"q_durmod", QRole::kDurmod},
    {"q_datemod", QRole::kDatemod},
    {"q_yearprep", QRole::kYearprep},
    {"q_rangew", QRole::kRangew},
    {"q_label", QRole::kLabel},
    {"q_street", QRole::kStreet},
    {"q_clock", QRole::kClock},
    {"q_stop", QRole::kStop},
    {"q_plural", QRole::kPlural},
    {"q_change", QRole::kChange},
    {"q_postmod", QRole::kPostmod},
    {"q_daypart", QRole::kDaypart},
    {"q_season", QRole::kSeason},
    {"q_datepost", QRole::kDatepost},
    {"q_holiday", QRole::kHoliday},
    {"q_quarter", QRole::kQuarter},
    {"q_every", QRole::kEvery},
    {"q_set", QRole::kSet},
    {"q_fewtime", QRole::kFewtime},
    {"q_name", QRole::kName},
    {"q_adj", QRole::kAdj},
    {"q_yearnoun", QRole::kYearNoun},
};

double ToDouble(std::string_view s, double fallback = 0) {
  double d;
  if (absl::SimpleAtod(Av(s), &d)) return d;
  return fallback;
}

// A whole number below 10^15: its digits fit a 16-byte buffer.
bool IsSmallWhole(double v) { return v >= 0 && v < 1e15 && v == std::floor(v); }

// Writes the digits of IsSmallWhole(v) backwards ending at `end`; returns
// where they start.
const char* WriteWholeDigits(double v, char* end) {
  char* p = end;
  uint64_t x = static_cast<uint64_t>(v);
  do {
    *--p = static_cast<char>('0' + x % 10);
    x /= 10;
  } while (x != 0);
  return p;
}

std::string FormatNum(double v);
// prefix, FormatNum(v), unit in one string ("P5Y", "PT2H", "P4BD"): a whole
// number's digits are written in place, without StrCat's temporaries.
std::string NumText(std::string_view prefix, double v, std::string_view unit) {
  std::string out;
  if (IsSmallWhole(v)) {
    char buf[16];
    const char* p = WriteWholeDigits(v, buf + sizeof buf);
    const size_t digits = static_cast<size_t>(buf + sizeof buf - p);
    out.reserve(prefix.size() + digits + unit.size());
    out.append(prefix.data(), prefix.size());
    out.append(p, digits);
  } else {
    out.append(prefix.data(), prefix.size());
    out += FormatNum(v);
  }
  out.append(unit.data(), unit.size());
  return out;
}

// Shortest text for a number: integers without a fraction part.
std::string FormatNum(double v) {
  if (IsSmallWhole(v)) {
    // The common case (years, counts): the digits of a whole number, as
    // absl::StrCat writes them, without its calls.
    char buf[16];
    const char* p = WriteWholeDigits(v, buf + sizeof buf);
    return std::string(p, static_cast<size_t>(buf + sizeof buf - p));
  }
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    return absl::StrCat(static_cast<int64_t>(std::llround(v)));
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// Writes v as absl::StrCat does, after zeros up to `width` characters (a
// negative number's zeros go before its sign: "00-5"), so that it ends just
// before *end; returns where it begins. Room: 11 + width bytes.
char* PadBefore(char* end, int v, int width) {
  char* p = end;
  uint32_t x = v < 0 ? 0u - static_cast<uint32_t>(v) : static_cast<uint32_t>(v);
  do {
    *--p = static_cast<char>('0' + x % 10);
    x /= 10;
  } while (x != 0);
  if (v < 0) *--p = '-';
  while (end - p < width) *--p = '0';
  return p;
}

// v in at least `width` (<= 20) characters, zeros first ("0950", "03").
// The dates' values are written into stack buffers the same way (IsoDate,
// MonthValue): one string each, no temporaries.
std::string Pad(int v, int width) {
  char buf[32];
  char* const end = buf + sizeof buf;
  const char* p = PadBefore(end, v, width);
  return std::string(p, static_cast<size_t>(end - p));
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

int IsoWeekday(int64_t days) {
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

// Western Easter Sunday of year y (Gregorian; anonymous algorithm).
int64_t EasterDays(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil(y, month, day);
}

// "P3Y" + "P2M" -> "P3Y2M"; "PT1H" + "PT30M" -> "PT1H30M"; "P1D" + "PT2H" ->
// "P1DT2H".
std::string JoinDurations(std::string_view a, std::string_view b) {
  std::string date, time;
  for (std::string_view v : {a, b}) {
    if (v.size() < 2 || v[0] != 'P') continue;
    v.remove_prefix(1);
    size_t t = Find(v, 'T');
    date.append(v.substr(0, t));
    if (t != std::string_view::npos) time.append(v.substr(t + 1));
  }
  return absl::StrCat("P", date, time.empty() ? "" : "T", time);
}

std::string IsoDate(int64_t days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[48];  // Pad(y, 4) "-" Pad(m, 2) "-" Pad(d, 2)
  char* const end = buf + sizeof buf;
  char* p = PadBefore(end, d, 2);
  *--p = '-';
  p = PadBefore(p, m, 2);
  *--p = '-';
  p = PadBefore(p, y, 4);
  return std::string(p, static_cast<size_t>(end - p));
}

std::string IsoWeek(int64_t days) {
  int64_t thursday = days - IsoWeekday(days) + 4;
  int y, m, d;
  CivilFromDays(thursday, &y, &m, &d);
  int64_t week = (thursday - DaysFromCivil(y, 1, 1)) / 7 + 1;
  char buf[40];  // Pad(y, 4) "-W" Pad(week, 2)
  char* const end = buf + sizeof buf;
  char* p = PadBefore(end, static_cast<int>(week), 2);
  *--p = 'W';
  *--p = '-';
  p = PadBefore(p, y, 4);
  return std::string(p, static_cast<size_t>(end - p));
}

// Roles whose words can be the first token of a quantity ("two", "March",
// "last", "every"); the others (function words, units, modifiers before a
// number) only extend one found from a number or such a word. Currencies
// are of the others: "$5", "USD 200", "5 euros" are read from the number
// (ParseMeasure), and no rule of Step starts at a currency word or sign
// (quantities_test checks the candidates against every token).
constexpr bool CanStartRole(QRole r) {
  switch (r) {
    case QRole::kNum:
    case QRole::kOrd:
    case QRole::kDen:
    case QRole::kSign:
    case QRole::kVague:
    case QRole::kMonth:
    case QRole::kWeekday:
    case QRole::kShift:
    case QRole::kDayword:
    case QRole::kDurmod:
    case QRole::kDaypart:
    case QRole::kSeason:
    case QRole::kHoliday:
    case QRole::kQuarter:
    case QRole::kEvery:
    case QRole::kSet:
    case QRole::kFewtime:
    case QRole::kPct:
      return true;
    default:
      return false;
  }
}
constexpr uint64_t RoleBit(QRole r) {
  return uint64_t{1} << static_cast<unsigned>(r);
}
constexpr uint64_t StartRoleMask() {
  uint64_t mask = 0;
  for (unsigned r = 0; r < static_cast<unsigned>(QRole::kCount); ++r) {
    if (CanStartRole(static_cast<QRole>(r))) mask |= uint64_t{1} << r;
  }
  return mask;
}

re2::StringPiece Rp(std::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

// Cheap necessary conditions for the patterns of numeric tokens compiled in
// Create, tested before RE2 runs: most tokens asked about ("a", "last",
// "2004") have another shape, and a capturing RE2 match costs over a
// thousand instructions. Each holds for every full match of its pattern.
bool Digit(char c) {
  return absl::ascii_isdigit(static_cast<unsigned char>(c));
}
// a == "literal", inline: the length decides most comparisons, and a
// memcmp of a constant size compiles to a load or two (std's operator==
// and std::string::compare(const char*) are calls).
template <size_t N>
[[gnu::always_inline]] inline bool Eq(std::string_view a,
                                      const char (&lit)[N]) {
  return a.size() == N - 1 && std::memcmp(a.data(), lit, N - 1) == 0;
}

// A token's folded text (QuantityRun::norm): a string_view whose ==/!= with
// a literal is Eq.
struct TokenText : std::string_view {
  using std::string_view::string_view;
  TokenText(std::string_view v) : std::string_view(v) {}  // NOLINT
  template <size_t N>
  [[gnu::always_inline]] bool operator==(const char (&lit)[N]) const {
    return Eq(*this, lit);
  }
  template <size_t N>
  [[gnu::always_inline]] bool operator!=(const char (&lit)[N]) const {
    return !Eq(*this, lit);
  }
};

// A q_dayword for the moment of writing that is also a common word ("now":
// k=now|todate|ytd, amb=1), a date only as one end of a range (TryDate;
// StartsAt gates it by the word before it).
bool NowWord(const QEntry& dw) {
  return dw.amb && (Eq(dw.s, "now") || Eq(dw.s, "todate") || Eq(dw.s, "ytd"));
}

// Whether every byte of `t` is an ASCII digit (true when empty), as
// t.find_first_not_of("0123456789") == npos without a memchr per byte.
bool AllDigits(std::string_view t) {
  for (char c : t) {
    if (!Digit(c)) return false;
  }
  return true;
}
bool HasSlash(std::string_view t) {
  return Find(t, '/') != std::string_view::npos;
}
// (\d+)(?i)(st|nd|rd|th)
bool OrdinalShape(std::string_view t) {
  return t.size() >= 3 && Digit(t[0]) &&
         absl::ascii_isalpha(static_cast<unsigned char>(t.back()));
}
// (\d+)/(\d+) and (\d{1,2})/(\d{1,2})/(\d{4}|\d{2})
bool SlashShape(std::string_view t) {
  return t.size() >= 3 && Digit(t[0]) && Digit(t.back()) && HasSlash(t);
}
// (\d{4})-(\d{2})(?:-(\d{2}))?
bool IsoDateShape(std::string_view t) {
  return (t.size() == 7 || t.size() == 10) && t[4] == '-' && Digit(t[0]);
}
// A DATE value that names a month: "2025-03", "XXXX-03" and what may follow
// them ("-14", "T10:00"): YearFromSentence, its anchors and EndOfPeriod read
// the month at [5, 7).
bool MonthValueShape(std::string_view v) {
  return v.size() >= 7 && v[4] == '-' && Digit(v[5]) && Digit(v[6]);
}
// (\d{2,3})0(?i)s
bool DecadeShape(std::string_view t) {
  return (t.size() == 4 || t.size() == 5) &&
         (t.back() == 's' || t.back() == 'S') && Digit(t[0]);
}
// \d+\.\d+\.\d+.*
bool VersionShape(std::string_view t) { return !t.empty() && Digit(t[0]); }

// RE2::FullMatch after the shape test.
template <typename... Args>
bool ShapedMatch(bool shape, std::string_view t, const re2::RE2& re,
                 Args&&... args) {
  return shape && RE2::FullMatch(Rp(t), re, std::forward<Args>(args)...);
}

// The first 8 bytes of a word, little-endian, zero-padded. The word may end
// at the end of its buffer, so no load reads past it: a word of 8 bytes or
// more is one load, a shorter one two overlapping loads of half its width
// (the bytes they share are the same bytes at the same places).
uint64_t FormHead(std::string_view w) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
  const char* p = w.data();
  const size_t n = w.size();
  if (n >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return uint64_t{lo} | uint64_t{hi} << (8 * (n - 4));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return uint64_t{lo} | uint64_t{hi} << (8 * (n - 2));
  }
  return n == 1 ? uint64_t{static_cast<unsigned char>(p[0])} : 0;
}
size_t FormHash(uint64_t head, size_t length, int shift) {
  return static_cast<size_t>(
      ((head ^ (length * 0x9E3779B97F4A7C15ull)) * 0xD6E8FEB86659FD93ull) >>
      shift);
}

// Index of a three-letter upper-case code in QuantityParser::iso_bits_, or
// -1 for any other string.
int IsoIndex(std::string_view t) {
  if (t.size() != 3) return -1;
  int k = 0;
  for (char c : t) {
    if (c < 'A' || c > 'Z') return -1;
    k = k * 26 + (c - 'A');
  }
  return k;
}

}  // namespace

const QuantityParser::FormSlot* QuantityParser::FindForm(
    std::string_view w) const {
  if (w.empty() || form_slots_.empty()) return nullptr;
  const uint64_t head = FormHead(w);
  const size_t mask = form_slots_.size() - 1;
  for (size_t k = FormHash(head, w.size(), form_shift_);; k = (k + 1) & mask) {
    const FormSlot& s = form_slots_[k];
    if (s.length == 0) return nullptr;
    if (s.head == head && s.length == w.size() &&
        (w.size() <= 8 || std::memcmp(word_tails_.data() + s.tail, w.data() + 8,
                                      w.size() - 8) == 0))
      return &s;
  }
}

// Inline: ParseMeasure asks it of the tokens on both sides of every number,
// and most are not three letters long.
inline bool QuantityParser::IsIsoCode(std::string_view t) const {
  if (const int k = IsoIndex(t); k >= 0)
    return (iso_bits_[k >> 6] >> (k & 63)) & 1;
  return !iso_other_.empty() && IsOtherIsoCode(t);
}
bool QuantityParser::IsOtherIsoCode(std::string_view t) const {
  return iso_other_.contains(Av(t));
}

// Powers of ten up to 1e15, exact as doubles.
constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

double DigitsValue(std::string_view s) {
  uint64_t m = 0;
  int digits = 0, frac = -1;
  for (char c : s) {
    if (c == '.') {
      frac = 0;
      continue;
    }
    m = m * 10 + static_cast<uint64_t>(c - '0');
    ++digits;
    if (frac >= 0) ++frac;
  }
  if (digits == 0 || digits > 15) return ToDouble(s);
  const double v = static_cast<double>(m);
  return frac > 0 ? v / kPow10[frac] : v;
}

namespace {

// v * s for a scale s that is a power of ten ("4.1" x "million"), as the
// nearest double to the decimal product: v * s rounds twice (4.1 is not
// exact) and gives 4099999.9999999995. A v read from at most 15 digits with
// up to 6 decimals is m / 10^d for a whole m; m * (s / 10^d) is one correctly
// rounded product of exact operands. Any other v or s: v * s.
double ScaleValue(double v, double s) {
  if (!(std::fabs(v) < 1e15) || !(s >= 10 && s <= 1e15)) return v * s;
  for (int d = 0; d <= 6; ++d) {
    const double m = std::round(v * kPow10[d]);
    if (std::fabs(m) >= 1e15) break;
    if (m / kPow10[d] != v) continue;  // v is not the double of m / 10^d
    if (std::fmod(s, kPow10[d]) == 0) return m * (s / kPow10[d]);
    return m * s / kPow10[d];
  }
  return v * s;
}

// The words and marks the rules test by identity ("of", "the", "-"): a
// test is QuantityRun::Is(k, QWord::kOf), one compare of token k's word id
// with the id Create looked up in the lexicon's word index
// (QuantityParser::rule_words_), instead of a compare of its folded bytes.
// This is the mechanism of the attribution stage (its Word): a word or mark
// the lexicon lacks (a user lexicon left it out) gets an id past the
// vocabulary, which the tokens of that form get in a per-document copy of
// the word ids (QuantityScratch::rule_ids). Every form listed is in the
// default lexicon's vocabulary (that copy costs a pass per document); the
// rare forms that are not ("yo", "x10", "^") are still compared as text.
// clang-format off
enum class QWord : uint8_t {
  kA, kAn, kAnd, kAt, kBetween, kBusiness, kDay, kDays, kEarly, kFor, kFrom,
  kHalf, kHour, kIn, kLast, kLate, kMinute, kNext, kOf, kOld, kOn, kOnce, kOne,
  kOr, kOut, kOver, kPercentage, kPoint, kQuarter, kQuarters, kS, kSecond,
  kSince, kSplit, kThan, kThe, kTill, kTime, kTimes, kTo, kTwice, kUntil, kUp,
  kWeek, kWeekend, kWeekends, kWorking, kYear, kPast, kThrough, kPercentSign,
  kOpenParen, kCloseParen, kPlus, kComma, kHyphen, kDoubleHyphen, kPeriod,
  kEnDash, kEmDash, kTilde, kBut, kPer, kSlash, kCount
};
// kQWordText[w]: the folded form of QWord w, in the same order.
constexpr std::string_view kQWordText[] = {
  "a", "an", "and", "at", "between", "business", "day", "days", "early", "for",
  "from", "half", "hour", "in", "last", "late", "minute", "next", "of", "old",
  "on", "once", "one", "or", "out", "over", "percentage", "point", "quarter",
  "quarters", "s", "second", "since", "split", "than", "the", "till", "time",
  "times", "to", "twice", "until", "up", "week", "weekend", "weekends",
  "working", "year", "past", "through", "%", "(", ")", "+", ",", "-", "--",
  ".", "\xE2\x80\x93", "\xE2\x80\x94", "~", "but", "per", "/",
};
// clang-format on
static_assert(std::size(kQWordText) == static_cast<size_t>(QWord::kCount));

// The rule words that join a number or date to a word after it, in the
// groups the rules read them by (QuantityRun::IsAny): the range and bound
// separators, "of" ("5th of May"), the clock words ("20 past 6", "7 in the
// morning", "5 at night") and the fraction and ratio words ("1 over 3", "2
// out of 5", "1 in 10"). kJoinWords, their union, is what kJoinWordBit
// marks: the rules that read only these words after a token skip them after
// an Unjoined one, so a word a rule reads is a join word by construction.
constexpr QWord kRangeDashes[] = {QWord::kHyphen, QWord::kEnDash,
                                  QWord::kEmDash, QWord::kTilde};
constexpr QWord kRangeTo[] = {QWord::kTo, QWord::kThrough, QWord::kTill,
                              QWord::kUntil};
constexpr QWord kBoundJoins[] = {QWord::kAnd, QWord::kBut};
// "two or three years": counts that hedge one quantity.
constexpr QWord kAltJoins[] = {QWord::kOr};
// A range word after a day or an hour ("5 to 7 May", "7 - 9pm").
constexpr QWord kRangeWords[] = {
    QWord::kTo,   QWord::kHyphen, QWord::kEnDash, QWord::kThrough,
    QWord::kTill, QWord::kUntil,  QWord::kAnd};
constexpr QWord kClockJoins[] = {QWord::kPast, QWord::kIn, QWord::kAt};
constexpr QWord kRatioJoins[] = {QWord::kOver, QWord::kOut, QWord::kIn};
constexpr QWord kOfJoin[] = {QWord::kOf};
template <size_t... N>
constexpr std::array<QWord, (N + ...)> UnionOf(const QWord (&... groups)[N]) {
  std::array<QWord, (N + ...)> out{};
  size_t k = 0;
  const auto add = [&](const auto& group) {
    for (const QWord w : group) out[k++] = w;
  };
  (add(groups), ...);
  return out;
}
constexpr auto kJoinWords =
    UnionOf(kRangeDashes, kRangeTo, kBoundJoins, kAltJoins, kRangeWords,
            kClockJoins, kRatioJoins, kOfJoin);
// Words after which a capitalized "May" after "in" or "since" is the month
// ("in May and June", "in May last year"), besides marks and numbers.
constexpr QWord kMayFollowers[] = {QWord::kAnd,  QWord::kOr,   QWord::kTo,
                                   QWord::kLast, QWord::kNext, QWord::kThe,
                                   QWord::kBut};
// The words the unit rule after a number reads by identity before "days"
// ("4 business days"); PlainAfterNumber reads the same list.
constexpr QWord kBusinessDayWords[] = {QWord::kBusiness, QWord::kWorking};

bool IsPluralNoun(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  std::string_view tail = w.substr(w.size() - 2);
  return tail != "ss" && tail != "us" && tail != "is";
}

}  // namespace

bool ReadOrdinalToken(std::string_view t, int* v) {
  const size_t n = t.size();
  size_t k = 0;
  int64_t x = 0;
  while (k < n && Digit(t[k])) {
    x = x * 10 + (t[k++] - '0');
    if (x > std::numeric_limits<int>::max()) return false;
  }
  if (k == 0) return false;
  const auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  std::string_view suffix = t.substr(k);
  char first;
  if (suffix.size() == 2) {
    first = lower(suffix[0]);
  } else if (suffix.size() == 3 && suffix[0] == '\xC5' && suffix[1] == '\xBF') {
    first = 's';  // U+017F folds to s
  } else {
    return false;
  }
  // c | 0x20 maps only the two cases of a letter to these lower-case ones.
  const char second = lower(suffix.back());
  if (!((first == 's' && second == 't') || (first == 'n' && second == 'd') ||
        (first == 'r' && second == 'd') || (first == 't' && second == 'h')))
    return false;
  *v = static_cast<int>(x);
  return true;
}

bool ReadClockToken(std::string_view t, int* hour, std::string_view* minutes,
                    std::string_view* half) {
  const size_t n = t.size();
  size_t k = 0;
  while (k < n && k < 2 && Digit(t[k])) ++k;
  if (k == 0) return false;
  const size_t hour_end = k;
  std::string_view ms;
  if (k < n && (t[k] == ':' || t[k] == '.')) {
    if (k + 2 >= n || !Digit(t[k + 1]) || !Digit(t[k + 2])) return false;
    ms = t.substr(k + 1, 2);
    k += 3;
  }
  const size_t half_begin = k;
  if (k < n && (t[k] == 'a' || t[k] == 'A' || t[k] == 'p' || t[k] == 'P')) {
    ++k;
    if (k < n && (t[k] == 'm' || t[k] == 'M')) ++k;
  }
  if (k != n) return false;
  *hour = hour_end == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
  *minutes = ms;
  *half = t.substr(half_begin, k - half_begin);
  return true;
}

bool ReadRaceTime(std::string_view t, int* hours, int* minutes,
                  std::string_view* seconds) {
  const size_t n = t.size();
  const auto two = [&](size_t at) {
    return at + 2 <= n && Digit(t[at]) && Digit(t[at + 1]);
  };
  size_t k = 0;
  while (k < n && k < 2 && Digit(t[k])) ++k;
  if (k == 0 || k >= n || t[k] != ':' || !two(k + 1)) return false;
  const int first = k == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
  const int second = (t[k + 1] - '0') * 10 + (t[k + 2] - '0');
  size_t sb = k + 1;  // the seconds' first byte
  if (k + 3 < n && t[k + 3] == ':') {
    if (!two(k + 4) || second > 59) return false;
    *hours = first;
    *minutes = second;
    sb = k + 4;
  } else {
    *hours = 0;
    *minutes = first;
  }
  size_t e = sb + 2;
  // The fraction: required after minutes and seconds (else "3:16").
  if (e < n && t[e] == '.') {
    ++e;
    const size_t fb = e;
    while (e < n && Digit(t[e])) ++e;
    if (e == fb) return false;
  } else if (sb == k + 1) {
    return false;
  }
  if (e != n || (t[sb] - '0') > 5) return false;
  *seconds = t.substr(sb, e - sb);
  return true;
}

QuantityParser::QuantityParser() = default;
QuantityParser::QuantityParser(QuantityParser&&) noexcept = default;
QuantityParser& QuantityParser::operator=(QuantityParser&&) noexcept = default;
QuantityParser::~QuantityParser() = default;

absl::StatusOr<QuantityParser> QuantityParser::Create(
    const PhraseLexicon& lexicon) {
  QuantityParser p;
  absl::flat_hash_map<std::string, std::vector<const QEntry*>> words;
  std::vector<QRole> role_of_type(lexicon.type_names().size(), QRole::kNone);
  for (size_t t = 0; t < lexicon.type_names().size(); ++t) {
    for (const RoleName& r : kRoles) {
      if (lexicon.type_names()[t] == r.name) role_of_type[t] = r.role;
    }
  }
  const auto& entries = lexicon.entries();
  p.by_entry_.resize(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const CompiledEntry& e = entries[i];
    QEntry& q = p.by_entry_[i];
    q.role = role_of_type[e.type];
    if (q.role == QRole::kNone) continue;
    for (const char* key : {"v", "m", "d", "s", "off", "n"}) {
      std::string_view a = e.attr(key);
      if (!a.empty()) q.v = ToDouble(a);
    }
    for (const char* key :
         {"k", "code", "sym", "mod", "p", "r", "unit", "rule"}) {
      std::string_view a = e.attr(key);
      if (!a.empty()) q.s = std::string(a);
    }
    q.dim = std::string(e.attr("dim"));
    q.sub = std::string(e.attr("sub"));
    if (q.role == QRole::kUnit) q.cur = std::string(e.attr("cur"));
    q.factor = ToDouble(e.attr("factor", "1"), 1);
    q.attach = e.attr("attach") == "1";
    q.lead = e.attr("lead") == "1";
    q.abbr = e.attr("abbr") == "1";
    q.den = e.attr("den") == "1";
    q.approx = e.attr("approx") == "1";
    q.value_cmp = e.attr("cmp") == "value";
    q.amb = e.attr("amb") == "1";
    q.plural = e.attr("plural") == "1";
    q.time = e.attr("t") == "1";
    q.article = q.role == QRole::kNum && Eq(q.s, "article");
    if (q.role == QRole::kHoliday) {
      q.month = static_cast<int8_t>(ToDouble(e.attr("m")));
      q.day = static_cast<int8_t>(ToDouble(e.attr("d")));
      q.wd = static_cast<int8_t>(ToDouble(e.attr("wd")));
      q.nth = static_cast<int8_t>(ToDouble(e.attr("n")));
      q.off = static_cast<int16_t>(ToDouble(e.attr("off")));
      q.easter = e.attr("rule") == "easter";
    }
    std::string_view pos = e.attr("pos");
    q.pre = pos == "pre" || pos == "both";
    q.post = pos == "post" || pos == "both";
    if (q.role == QRole::kMonth && q.v == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(e.origin, ": q_month needs m=1..12"));
    }
    if (e.length == 1) {
      words[absl::AsciiStrToLower(Av(e.phrase))].push_back(&q);
    }
  }
  size_t slots = 16;
  while (slots < 2 * words.size()) slots *= 2;
  p.form_slots_.assign(slots, FormSlot());
  p.form_shift_ = 64 - __builtin_ctzll(slots);
  for (const auto& [form, list] : words) {
    if (form.empty()) continue;  // FindForm never looks for ""
    FormSlot slot;
    slot.head = FormHead(form);
    slot.length = static_cast<uint32_t>(form.size());
    slot.tail = static_cast<uint32_t>(p.word_tails_.size());
    if (form.size() > 8) p.word_tails_.append(form, 8, std::string::npos);
    slot.first = static_cast<uint32_t>(p.form_entries_.size());
    for (const QEntry* q : list) {
      p.form_entries_.push_back(q);
      slot.roles |= uint64_t{1} << static_cast<unsigned>(q->role);
    }
    slot.end = static_cast<uint32_t>(p.form_entries_.size());
    size_t k = FormHash(slot.head, form.size(), p.form_shift_);
    while (p.form_slots_[k].length != 0) k = (k + 1) & (slots - 1);
    p.form_slots_[k] = slot;
  }
  p.role_.reserve(p.by_entry_.size());
  for (const QEntry& q : p.by_entry_) p.role_.push_back(q.role);
  const size_t vocab = lexicon.vocabulary_size();
  p.word_single_.assign(vocab + 2, 0);
  p.word_roles_.assign(vocab + 1, 0);
  // A month that is also a given name (April, June): one the given-name
  // gazetteer (data/gazetteer_given_names.tsv, type given_name) lists.
  size_t given_type = lexicon.type_names().size();
  size_t cue_verb_type = lexicon.type_names().size();
  size_t topic_type = lexicon.type_names().size();
  for (size_t t = 0; t < lexicon.type_names().size(); ++t) {
    if (lexicon.type_names()[t] == "given_name") given_type = t;
    if (lexicon.type_names()[t] == "cue_verb") cue_verb_type = t;
    if (lexicon.type_names()[t] == "q_topic") topic_type = t;
  }
  // A finite speech verb ("said", "tells"): a form past or s of a cue verb
  // of the cue lexicon (data/cues.tsv) with no class (eval, cognition ...).
  // A topic word (q_topic): the class of its k=.
  p.word_class_.assign(vocab + 1, 0);
  for (uint32_t w = 0; w < vocab; ++w) {
    p.word_single_[w] = static_cast<uint32_t>(p.single_.size());
    bool first_num = true;
    bool given = false;
    for (uint32_t entry : lexicon.SingleEntries(w)) {
      const CompiledEntry& e = entries[entry];
      given = given || e.type == given_type;
      if (e.type == cue_verb_type && e.attr("class").empty() &&
          (e.attr("form") == "past" || e.attr("form") == "s"))
        p.word_class_[w] |= kSpeechVerb;
      if (e.type == topic_type) {
        std::string_view ks = e.attr("k");  // "money,business"
        while (!ks.empty()) {
          const size_t comma = std::min(ks.find(','), ks.size());
          const std::string_view k = ks.substr(0, comma);
          ks.remove_prefix(std::min(comma + 1, ks.size()));
          p.word_class_[w] |= k == "money"         ? kMoneyTopic
                              : k == "business"    ? kBusinessTopic
                              : k == "sport"       ? kSportTopic
                              : k == "mass"        ? kMassTopic
                              : k == "report"      ? kReportTopic
                              : k == "tender"      ? kTenderTopic
                              : k == "superlative" ? kSuperlativeTopic
                              : k == "maturity"    ? kMaturityTopic
                              : k == "after_half"  ? kAfterHalf
                              : k == "over_before" ? kOverBefore
                              : k == "over_after"  ? kOverAfter
                                                   : 0;
        }
      }
    }
    uint64_t& roles = p.word_roles_[w + 1];  // [0] is kNoWord's
    for (uint32_t entry : lexicon.SingleEntries(w)) {
      const QRole role = p.role_[entry];
      if (role == QRole::kNone) continue;
      if (role == QRole::kMonth) p.by_entry_[entry].given = given;
      p.single_.push_back(&p.by_entry_[entry]);
      p.single_role_.push_back(role);
      roles |= uint64_t{1} << static_cast<unsigned>(role);
      // The first q_num entry is what Get(i, kNum) finds when no phrase
      // begins at the token.
      if (role == QRole::kNum && first_num) {
        first_num = false;
        if (p.by_entry_[entry].article) roles |= kGatedBit;
      }
    }
    if (roles & StartRoleMask()) roles |= kStartBit;
    // The words whose only starting role is one StartsAt gates by the next
    // token: a shift word, a month that is also a common word ("may"),
    // "now" (q_dayword k=now|todate|ytd, amb=1), a durmod ("all") and a
    // q_fewtime ("some").
    const uint64_t start = roles & StartRoleMask();
    const auto single = [&](QRole r) -> const QEntry* {
      for (uint32_t k = p.word_single_[w]; k < p.single_.size(); ++k) {
        if (p.single_role_[k] == r) return p.single_[k];
      }
      return nullptr;
    };
    if (start == RoleBit(QRole::kShift) || start == RoleBit(QRole::kDurmod) ||
        start == RoleBit(QRole::kFewtime) ||
        (start == RoleBit(QRole::kMonth) && single(QRole::kMonth)->amb) ||
        (start == RoleBit(QRole::kDayword) &&
         NowWord(*single(QRole::kDayword))))
      roles |= kGatedBit;
  }
  p.word_single_[vocab] = p.word_single_[vocab + 1] =
      static_cast<uint32_t>(p.single_.size());
  // Every form of the form table is a word of the lexicon with (at least)
  // the same roles: then a look-up of a whole token's form finds a role
  // only where the token's word id has it (see forms_have_ids_).
  p.forms_have_ids_ = true;
  for (const auto& [form, list] : words) {
    const uint32_t id =
        form.empty() ? kNoWord : lexicon.word_index().Find(form);
    uint64_t roles = 0;
    for (const QEntry* q : list)
      roles |= uint64_t{1} << static_cast<unsigned>(q->role);
    if (id == kNoWord || (p.word_roles_[id + 1] & roles) != roles) {
      p.forms_have_ids_ = false;
      break;
    }
  }
  p.rule_words_ = RuleWordIds(lexicon, kQWordText, std::size(kQWordText));
  for (const uint32_t id : p.rule_words_.ids()) {
    if (id < vocab) p.word_roles_[id + 1] |= kRuleWordBit;
  }
  // Not gated: the rule words StartsAt reads at the token itself ("last
  // quarter", "week 7", "-5", ".5"), which open other rules.
  for (const QWord w :
       {QWord::kLast, QWord::kWeek, QWord::kHyphen, QWord::kPeriod}) {
    const uint32_t id = p.rule_words_.ids()[static_cast<size_t>(w)];
    if (id < vocab && !(p.word_roles_[id + 1] & RoleBit(QRole::kNum)))
      p.word_roles_[id + 1] &= ~kGatedBit;
  }
  for (const QWord w : kJoinWords) {
    const uint32_t id = p.rule_words_.ids()[static_cast<size_t>(w)];
    if (id < vocab) p.word_roles_[id + 1] |= kJoinWordBit;
  }
  p.iso_bits_.assign((26 * 26 * 26 + 63) / 64, 0);
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes =
      ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  if (U_SUCCESS(status)) {
    int32_t len = 0;
    while (const char* c = uenum_next(codes, &len, &status)) {
      if (U_FAILURE(status)) break;
      const std::string_view code(c, static_cast<size_t>(len));
      if (const int k = IsoIndex(code); k >= 0) {
        p.iso_bits_[k >> 6] |= uint64_t{1} << (k & 63);
      } else {
        p.iso_other_.insert(std::string(code));
      }
    }
    uenum_close(codes);
  }
  p.ordinal_ = std::make_unique<re2::RE2>(R"((\d+)(?i)(st|nd|rd|th))");
  p.fraction_ = std::make_unique<re2::RE2>(R"((\d+)/(\d+))");
  p.iso_date_ = std::make_unique<re2::RE2>(R"((\d{4})-(\d{2})(?:-(\d{2}))?)");
  p.slash_date_ =
      std::make_unique<re2::RE2>(R"((\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))");
  p.decade_ = std::make_unique<re2::RE2>(R"((\d{2,3})0(?i)s)");
  p.phone_ = std::make_unique<re2::RE2>(
      R"(^((?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\) ?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4})"
      R"(|\+\d{1,3}[ .-]?\d{2,4}[ .-]\d{3,4}[ ./-]\d{3,4})\b)");
  p.code_num_ = std::make_unique<re2::RE2>(R"(([A-Za-z]{3})(\d+(?:\.\d+)?))");
  p.version_ = std::make_unique<re2::RE2>(R"(\d+\.\d+\.\d+.*)");
  for (const auto* re : {p.ordinal_.get(), p.fraction_.get(), p.iso_date_.get(),
                         p.slash_date_.get(), p.decade_.get(), p.phone_.get(),
                         p.code_num_.get(), p.version_.get()}) {
    if (!re->ok())
      return absl::InternalError(
          absl::StrCat("quantities: bad pattern ", re->error()));
  }
  return p;
}

// One Parse call: the per-document state.
class QuantityRun {
 public:
  QuantityRun(const QuantityParser& p, std::string_view text,
              const TokenStream& ts, const std::vector<uint32_t>& word_ids,
              const std::vector<LexiconMatch>& phrases, std::string_view date,
              QuantityScratch* scratch, std::vector<Quantity>* out)
      : p_(p),
        text_(text),
        ts_(ts),
        toks_(ts.tokens.data()),
        n_(ts.size()),
        norm_ref_(ts.norm_ref.data()),
        ts_text_(ts.text.data()),
        folded_(ts.folded.data()),
        norm_text_(ts.norm_text.data()),
        ids_(word_ids.data()),
        rule_ids_(word_ids.data()),
        vocab_(static_cast<uint32_t>(p.word_roles_.size()) - 1),
        word_single_(p.word_single_.data()),
        single_role_(p.single_role_.data()),
        single_(p.single_.data()),
        out_(out),
        used_buf_(scratch->used),
        roles_buf_(scratch->roles),
        phrase_at_buf_(scratch->phrase_at),
        list_(scratch->list),
        phrase_end_buf_(scratch->phrase_end),
        may_start_buf_(scratch->may_start),
        dash_buf_(scratch->dash),
        gated_(scratch->gated),
        all_rules_(scratch->all_rules) {
    std::copy(p.rule_words_.ids().begin(), p.rule_words_.ids().end(),
              rule_words_);
    rule_ids_ = p.rule_words_.TokenIds(ts, word_ids, &scratch->rule_ids);
    // Every rule word is in the lexicon (no copy of the ids): its tokens
    // carry kRuleWordBit in their role bits (see Neutral).
    neutral_ok_ = rule_ids_ == ids_ && !all_rules_;
    // Per token: the roles of its matches (one-word entries from the
    // per-word table, so a token costs two loads) and its phrases, and
    // whether it may start a quantity (MayStart without the look at the
    // next token's sentence: a token before a number is a candidate, and
    // Run checks that the number is in the same sentence).
    const size_t n = ts.size();
    used_buf_.assign(n + 1, 0);
    roles_buf_.resize(n + 1);
    used_ = used_buf_.data();
    roles_ = roles_buf_.data();
    // The bit words: the role pass below writes (or zeroes) each of them.
    phrase_at_buf_.resize(n / 64 + 1);
    phrase_at_ = phrase_at_buf_.data();
    phrase_end_buf_.resize(n / 64 + 1);
    phrase_end_ = phrase_end_buf_.data();
    list_.clear();
    may_start_buf_.resize(n / 64 + 1);
    may_start_ = may_start_buf_.data();
    dash_buf_.resize(n / 64 + 1);
    dash_ = dash_buf_.data();
    gated_.resize(n / 64 + 1);
    // Indexed by the word id as a signed number: kNoWord is -1, the slot
    // of tokens without a word id (one load, no add per token).
    const uint64_t* word_roles = p_.word_roles_.data() + 1;
    static_assert(static_cast<int32_t>(kNoWord) == -1);
    const uint64_t start_roles = StartRoles();
    const Token* toks = ts.tokens.data();
    const uint32_t* ids = word_ids.data();
    uint64_t* may = may_start_;
    uint64_t* roles_out = roles_;
    // Words with a starting role (kStartBit) and gated words (kGatedBit):
    // per token one byte whose bits 6 and 7 are those bits (the other bits
    // are role bits, unread), 64 bytes at a time, then packed into bit
    // words (SSE2 movemask where there is one).
    static_assert(QuantityParser::kGatedBit >> 56 == 0x80);
    static_assert(QuantityParser::kStartBit >> 56 == 0x40);
    alignas(16) uint8_t flags[64];
    uint64_t* gated = gated_.data();
    for (size_t w = 0; w <= n / 64; ++w) {
      const size_t base = w * 64, count = std::min<size_t>(64, n - base);
      const auto one = [&](size_t k) __attribute__((always_inline)) {
        const uint64_t r = word_roles[static_cast<int32_t>(ids[base + k])];
        roles_out[base + k] = r;
        flags[k] = static_cast<uint8_t>(r >> 56);  // kGatedBit, kStartBit
      };
      if (count == 64) {  // a whole block: a loop of known length
#pragma GCC unroll 16
        for (size_t k = 0; k < 64; ++k) one(k);
      } else {
        for (size_t k = 0; k < count; ++k) one(k);
        for (size_t k = count; k < 64; ++k) flags[k] = 0;
      }
      uint64_t bits = 0, art = 0;
#ifdef __SSE2__
      for (int q = 0; q < 4; ++q) {
        const __m128i v =
            _mm_load_si128(reinterpret_cast<const __m128i*>(flags + 16 * q));
        art |=
            static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v)))
            << (16 * q);
        // v + v: bit 6 of each byte (kStartBit) moved to bit 7.
        bits |= static_cast<uint64_t>(static_cast<uint32_t>(
                    _mm_movemask_epi8(_mm_add_epi8(v, v))))
                << (16 * q);
      }
#else
      for (size_t k = 0; k < 64; ++k) {
        art |= static_cast<uint64_t>(flags[k] >> 7) << k;
        bits |= static_cast<uint64_t>((flags[k] >> 6) & 1) << k;
      }
#endif
      may[w] = bits;
      gated[w] = art;
      phrase_at_[w] = 0;
      phrase_end_[w] = 0;
      dash_[w] = 0;
    }
    // Numbers and words with a digit: the tokenizer's list of numeric tokens
    // (TokenStream::numeric), in token order, so that the token before a
    // number has all its other marks when it is looked at.
    for (const uint32_t i : ts.numeric) {
      const Token& t = toks[i];
      if (t.kind == TokenKind::kNumber) {
        may[i >> 6] |= uint64_t{1} << (i & 63);
        // The token before a number ("week 7", a sign, a decimal point).
        const size_t j = i - 1;
        if (i > 0 && !((may[j >> 6] >> (j & 63)) & 1) && StartsBeforeNumber(j))
          may[j >> 6] |= uint64_t{1} << (j & 63);
      } else if (t.kind == TokenKind::kWord) {
        may[i >> 6] |= uint64_t{1} << (i & 63);
      }
    }
    // The phrases' roles (before the dashed words, which read them).
    // Room up front saves most of the vector's regrowth (a move of every
    // quantity each time). BBC news has one quantity per 29 tokens on
    // average, and n / 32 regrew in about half the documents (16,000 string
    // moves per 1,000 BBC docs); n / 16 leaves that to the few with twice
    // the average.
    out_->reserve(out_->size() + n / 16 + 4);
    roles_[n] = 0;
    const QRole* roles = p_.role_.data();
    for (const LexiconMatch& m : phrases) {
      const QRole role = roles[m.entry];
      if (role == QRole::kNone) continue;
      list_.push_back({m.begin, m.end, &p_.by_entry_[m.entry]});
      phrase_at_[m.begin >> 6] |= uint64_t{1} << (m.begin & 63);
      roles_[m.begin] |= RoleBit(role);
      phrase_end_[m.end >> 6] |= uint64_t{1} << (m.end & 63);
      if (RoleBit(role) & start_roles)
        may[m.begin >> 6] |= uint64_t{1} << (m.begin & 63);
    }
    // Words with a '-' ("mid-March", "third-largest"): memchr finds the few
    // dashes faster than a look at every word. The dashes come in text
    // order: each search starts at the token the last one found. Such a
    // word is a candidate when a rule may start there (DashedWordStarts).
    const Token* from = toks;  // every token before it ends at or before
    for (const char* p = text_.data();;) {
      p = static_cast<const char*>(
          std::memchr(p, '-', text_.data() + text_.size() - p));
      if (p == nullptr) break;
      const uint32_t at = static_cast<uint32_t>(p - text_.data());
      ++p;
      const Token* t = std::partition_point(
          from, toks + n, [at](const Token& k) { return k.span.end <= at; });
      from = t;
      if (t == toks + n || t->span.begin > at || t->kind != TokenKind::kWord)
        continue;
      const size_t k = static_cast<size_t>(t - toks);
      if (!((dash_[k >> 6] >> (k & 63)) & 1) && DashedWordStarts(k))
        may[k >> 6] |= uint64_t{1} << (k & 63);
      dash_[k >> 6] |= uint64_t{1} << (k & 63);
    }
    // Folded forms with a '-' (a capitalized "Wal-Mart"): their tokens too,
    // so that DashAt reads a folded form only when it has one (the forms
    // sit in token order in norm_text). Not candidates by this: MayStart
    // reads the token's bytes.
    const std::vector<TokenStream::Folded>& folded = ts.folded;
    const std::string& norm_text = ts.norm_text;
    for (const char* p = norm_text.data();;) {
      p = static_cast<const char*>(
          std::memchr(p, '-', norm_text.data() + norm_text.size() - p));
      if (p == nullptr) break;
      const uint32_t at = static_cast<uint32_t>(p - norm_text.data());
      ++p;
      const auto f = std::partition_point(
          folded.begin(), folded.end(),
          [at](const TokenStream::Folded& x) { return x.end <= at; });
      if (f == folded.end() || f->begin > at) continue;
      dash_[f->token >> 6] |= uint64_t{1} << (f->token & 63);
    }
    if (all_rules_) {  // tests: every token is a candidate
      for (size_t k = 0; k < n; ++k) may[k >> 6] |= uint64_t{1} << (k & 63);
    }
    // Gated words: lone articles ("a man") and the date words StartsAt
    // gates by the next token ("this is", "may be", "now that"). No rule of
    // Step gets past its first check there, so they are no candidates (most
    // of these words in news). StartsAt reads the whole document as the
    // sentence here (see GatedStartFails).
    if (!all_rules_) {
      sent_begin_ = 0;
      sent_end_ = n;
      sent_len_ = n;
      for (size_t w = 0; w <= n / 64; ++w) {
        uint64_t bits = gated[w] & may[w] & ~phrase_at_[w] & ~dash_[w];
        while (bits != 0) {
          const size_t i =
              (w << 6) + static_cast<size_t>(__builtin_ctzll(bits));
          bits &= bits - 1;
          if ((roles_[i] & RoleBit(QRole::kNum)) ? LoneArticle(i)
                                                 : GatedStartFails(i))
            may[w] &= ~(uint64_t{1} << (i & 63));
        }
      }
      sent_end_ = 0;
      sent_len_ = 0;
    }
    int y, mo, d;
    if (date.size() == 10 &&
        std::sscanf(std::string(date).c_str(), "%d-%d-%d", &y, &mo, &d) == 3) {
      has_date_ = true;
      today_ = DaysFromCivil(y, mo, d);
      year_ = y;
    }
  }

  void Run(const std::vector<Sentence>& sentences) {
    for (const Sentence& s : sentences) {
      sent_begin_ = s.first_token;
      sent_end_ = s.end_token;
      sent_len_ = sent_end_ - sent_begin_;
      const size_t first = out_->size();
      for (size_t i = NextCandidate(s.first_token, s.end_token);
           i < s.end_token;) {
        // The last token of a sentence is a candidate through a number
        // after it only when the number is in the same sentence.
        if (used_[i] || (i + 1 == s.end_token && !MayStart(i))) {
          i = NextCandidate(i + 1, s.end_token);
          continue;
        }
        size_t next = Step(i);
        i = NextCandidate(next > i ? next : i + 1, s.end_token);
      }
      if (out_->size() > first + 1) YearFromSentence(first);
    }
    // Rules emit in text order almost always; a sort is a no-op then when no
    // two quantities begin at the same byte (std::sort is not stable, so
    // with ties it still runs, as it always did).
    const auto by_begin = [](const Quantity& a, const Quantity& b) {
      return a.span.begin < b.span.begin;
    };
    const auto not_after = [](const Quantity& a, const Quantity& b) {
      return a.span.begin >= b.span.begin;
    };
    if (std::adjacent_find(out_->begin(), out_->end(), not_after) !=
        out_->end()) {
      std::sort(out_->begin(), out_->end(), by_begin);
    }
  }

  // A month or a day of one with no year ("XXXX-02", "XXXX-02-14": there is
  // no document date) after a month with a year in the same sentence ("rose
  // 2.9% in March 2025 from 3.4% in February") takes that month's year, or
  // the year before or after when the months are more than six apart ("in
  // January 2025, against December": 2024-12). A bare year is no anchor:
  // it often names something else ("2004 earnings on 19 January", "fiscal
  // 1986 ended January 31", "the index, base 1980, ... in January").
  // Quantities [first, end) are the sentence's.
  void YearFromSentence(size_t first) {
    size_t last = first;  // one past the last DATE with a year and a month
    for (size_t k = first; k < out_->size(); ++k) {
      const Quantity& q = (*out_)[k];
      if (q.type != QuantityType::kDate) continue;
      const std::string& v = q.value_text;
      if (!MonthValueShape(v)) continue;
      if (absl::ascii_isdigit(v[0])) {
        last = k + 1;
      } else if (last > first && v.compare(0, 5, "XXXX-") == 0 &&
                 (v.size() == 7 || v[7] == '-')) {
        Anchor(first, last, k);
      }
    }
  }
  // A maturity word (q_topic k=maturity: "due", "maturing") right before
  // token k, or before an "on" there ("debentures due on June 15, 2004").
  bool MaturityBefore(size_t k) const {
    if (k > 0 && Is(k - 1, QWord::kOn)) --k;
    return k > 0 &&
           (p_.word_class_[WordSlot(k - 1)] & QuantityParser::kMaturityTopic);
  }
  // YearFromSentence's year for the month of quantity k from the nearest
  // anchor among quantities [first, last).
  void Anchor(size_t first, size_t last, size_t k) {
    for (size_t a = last; a-- > first;) {
      const Quantity& q = (*out_)[a];
      const std::string_view v = q.value_text;
      if (q.type != QuantityType::kDate || !MonthValueShape(v) ||
          !AllDigits(v.substr(0, 4)))
        continue;
      // Its year written out ("March 2025", not "3/5/25"), no "since"
      // ("the lowest since March 1980, from 6.7% in February"), and no
      // maturity ("notes due August 1, 1997, on April 6": a bond's date,
      // years away from the story's).
      if (q.modifier == "since" || MaturityBefore(FirstTokenOf(q)) ||
          text_.substr(q.span.begin, q.span.end - q.span.begin)
                  .find(v.substr(0, 4)) == std::string_view::npos)
        continue;
      const int y = std::atoi(q.value_text.c_str());
      const int m0 = std::atoi(q.value_text.c_str() + 5);
      std::string& mv = (*out_)[k].value_text;
      const int m = std::atoi(mv.c_str() + 5);
      mv.replace(0, 4, Pad(m - m0 > 6 ? y - 1 : m0 - m > 6 ? y + 1 : y, 4));
      return;
    }
  }

 private:
  using Hit = QuantityScratch::Hit;
  static constexpr bool CanStart(QRole r) { return CanStartRole(r); }
  static constexpr uint64_t StartRoles() { return StartRoleMask(); }
  struct Num {
    size_t b = 0, e = 0;  // tokens
    double v = 0;
    double scale = 1;
    bool ordinal = false, fraction = false, digits = false, spelled = false;
    bool plain_int = false;  // digits only, no separators, no scale
    int atoms = 0;
    // "four-mile", "ten-year-old": what follows the number inside its
    // hyphenated word token ("mile", "year-old"); empty otherwise.
    std::string_view rest;
  };
  struct Measure {
    size_t b = 0, e = 0;
    Num n;
    QuantityType type = QuantityType::kCardinal;
    std::string unit, value_text;
    // A q_mod / q_postmod / q_durmod entry's mod= (QEntry::s) or a literal.
    std::string_view modifier;
    bool approx = false;
    bool noun = false;  // unit is a counted noun
    uint32_t end_byte =
        0;  // span ends inside its last token ("four-mile-long")
  };

  // The token tests below run hundreds of thousands of times per MB from
  // hundreds of call sites; always_inline keeps GCC from calling them.
  //
  // Bounds-safe: the look-ahead rules probe one or two tokens past a number
  // or date, which may be past the end of the document (found by the
  // extract_news fuzzer under ASan). Past the end reads as an empty token.
  [[gnu::always_inline]] TokenText norm(size_t i) const {
    if (i >= n_) return TokenText();
    // TokenStream::norm, through the pointers the run holds.
    const uint32_t r = norm_ref_[i];
    if (r == 0) {
      const Span& sp = toks_[i].span;
      return TokenText(ts_text_ + sp.begin, sp.end - sp.begin);
    }
    const TokenStream::Folded& f = folded_[r - 1];
    return TokenText(norm_text_ + f.begin, f.end - f.begin);
  }
  // norm(i) is the word or mark w: a compare of word ids (see QWord).
  [[gnu::always_inline]] bool Is(size_t i, QWord w) const {
    return i < n_ && rule_ids_[i] == rule_words_[static_cast<size_t>(w)];
  }
  // norm(i) is one of `words` (a group of join words, or another list a
  // rule and its gate both read): one load of the token's id.
  template <size_t N>
  [[gnu::always_inline]] bool IsAny(size_t i, const QWord (&words)[N]) const {
    if (i >= n_) return false;
    const uint32_t id = rule_ids_[i];
#pragma GCC unroll 8
    for (size_t k = 0; k < N; ++k) {
      if (id == rule_words_[static_cast<size_t>(words[k])]) return true;
    }
    return false;
  }
  // A comparison sign glued after '=' or '-' is an arrow ("=>30", "->5"),
  // and a '>' glued after a word that follows a '<' closes a bracket
  // ("<BFD> 4TH QTR"): not a bound.
  bool ArrowAt(size_t i) const {
    if (i == 0) return false;
    TokenText prev = norm(i - 1), cur = norm(i);
    if (cur == ">" && !Space(i) && tok(i - 1).kind == TokenKind::kWord &&
        i >= 2 &&
        (norm(i - 2) == "<" || (i >= 3 && norm(i - 3) == "<") ||
         (i >= 4 && norm(i - 4) == "<")))
      return true;  // "<BFD> 4TH QTR": the end of a bracketed ticker
    return !cur.empty() && (cur[0] == '>' || cur[0] == '<') &&
           (prev == "=" || prev == "-") &&
           tok(i - 1).span.end == tok(i).span.begin;
  }
  [[gnu::always_inline]] const Token& tok(size_t i) const {
    static const Token kPastEnd{};
    return i < n_ ? toks_[i] : kPastEnd;
  }
  [[gnu::always_inline]] bool InSent(size_t i) const {
    return i - sent_begin_ < sent_len_;  // one unsigned test
  }
  [[gnu::always_inline]] bool Space(size_t i) const {
    return tok(i).has(kSpaceBefore);
  }
  // A token in the sentence is a token of the document (a sentence ends at
  // or before the last token): no bound check after InSent.
  [[gnu::always_inline]] bool IsNumberTok(size_t i) const {
    return InSent(i) && toks_[i].kind == TokenKind::kNumber;
  }

  // Token j (j <= n_) is no rule word (QWord) and has no q_* match of the
  // roles in `roles` (one-word or a phrase beginning there): every Is and
  // every Get of those roles there answers false, so a rule whose tests of
  // token j are all such can skip them. One test of the role bits
  // (kRuleWordBit marks the rule words); off when a rule word is missing
  // from the lexicon (its tokens have no word id, only a rule id) and in
  // the tests' all-rules run.
  [[gnu::always_inline]] bool Neutral(size_t j, uint64_t roles = 0) const {
    return neutral_ok_ &&
           !(roles_[j] & (roles | QuantityParser::kRuleWordBit));  // [n_]: 0
  }
  // The same for the rules that test only join words (kJoinWords: "to",
  // "-", "of", "past" ...) by identity at token j: a comma or a period is
  // Unjoined though it is a rule word.
  [[gnu::always_inline]] bool Unjoined(size_t j, uint64_t roles = 0) const {
    return neutral_ok_ &&
           !(roles_[j] & (roles | QuantityParser::kJoinWordBit));  // [n_]: 0
  }

  static_assert(static_cast<unsigned>(QRole::kCount) <= 64,
                "QuantityScratch::roles holds one bit per role");

  // Token i's index into the per-word tables (the last one for kNoWord).
  uint32_t WordSlot(size_t i) const {
    return ids_[i] < vocab_ ? ids_[i] : vocab_;
  }
  // First one-word entry of `role` of token i, or null.
  const QEntry* Single(size_t i, QRole role) const {
    const uint32_t w = WordSlot(i);
    for (uint32_t k = word_single_[w]; k < word_single_[w + 1]; ++k) {
      if (single_role_[k] == role) return single_[k];
    }
    return nullptr;
  }

  // Longest match of `role` starting at token i. The role bit answers most
  // calls (no match) inline; Longest finds the match.
  [[gnu::always_inline]] const QEntry* Get(size_t i, QRole role,
                                           size_t* end = nullptr) const {
    if (!InSent(i) || !(roles_[i] & RoleBit(role))) return nullptr;
    // No phrase begins at i (most tokens): the role bit is a one-word
    // entry's, and Longest would return Single's answer.
    if (!((phrase_at_[i >> 6] >> (i & 63)) & 1)) {
      if (end) *end = i + 1;
      return Single(i, role);
    }
    return Longest(i, role, end);
  }
  // The entries of list_ that begin at token i: [first, second). Phrases
  // are few (a bit per token says where), and list_ is in token order.
  std::pair<uint32_t, uint32_t> PhrasesAt(size_t i) const {
    if (i >= n_ || !((phrase_at_[i >> 6] >> (i & 63)) & 1)) return {0, 0};
    const auto lo = std::partition_point(
        list_.begin(), list_.end(), [i](const Hit& h) { return h.begin < i; });
    auto hi = lo;
    while (hi != list_.end() && hi->begin == i) ++hi;
    return {static_cast<uint32_t>(lo - list_.begin()),
            static_cast<uint32_t>(hi - list_.begin())};
  }
  // One-word entries come before phrases in match order, and the first
  // longest match wins.
  const QEntry* Longest(size_t i, QRole role, size_t* end) const {
    const QEntry* best = Single(i, role);
    uint32_t best_end = best ? static_cast<uint32_t>(i + 1) : 0;
    const auto [lo, hi] = PhrasesAt(i);
    for (uint32_t k = lo; k < hi; ++k) {
      if (list_[k].q->role == role && list_[k].end <= sent_end_ &&
          list_[k].end > best_end) {
        best = list_[k].q;
        best_end = list_[k].end;
      }
    }
    if (best && end) *end = best_end;
    return best;
  }
  // Whether a q_* phrase (of any role) ends at token j <= n_.
  [[gnu::always_inline]] bool PhraseEndsAt(size_t j) const {
    return (phrase_end_[j >> 6] >> (j & 63)) & 1;
  }
  // A match of `role` that ends exactly at token j (free tokens only).
  // The longest such match wins ("US$" over "$"). Most calls find no match
  // at all: the role bits answer them inline.
  [[gnu::always_inline]] const QEntry* EndingAt(size_t j, QRole role,
                                                size_t* begin) const {
    if (j <= n_ && !PhraseEndsAt(j)) {
      // No phrase ends at j: only a one-word entry of token j - 1
      // can (MatchEndingAt's loop would look at up to five tokens for the
      // same answer). The last one of `role`.
      if (j <= sent_begin_ || !(roles_[j - 1] & RoleBit(role)) || used_[j - 1])
        return nullptr;
      const QEntry* found = nullptr;
      const uint32_t w = WordSlot(j - 1);
      for (uint32_t k = word_single_[w]; k < word_single_[w + 1]; ++k) {
        if (single_role_[k] == role) found = single_[k];
      }
      if (found) *begin = j - 1;
      return found;
    }
    return MatchEndingAt(j, role, begin);
  }
  // EndingAt where a phrase ends at j (or j is past the end).
  const QEntry* MatchEndingAt(size_t j, QRole role, size_t* begin) const {
    const QEntry* found = nullptr;
    for (size_t b = j; b-- > sent_begin_ && j - b <= 5;) {
      if (used_[b]) break;
      if (!(roles_[b] & RoleBit(role))) continue;
      if (b + 1 == j) {
        // The last one-word entry of `role` (phrases end after j).
        const uint32_t w = WordSlot(b);
        for (uint32_t k = word_single_[w]; k < word_single_[w + 1]; ++k) {
          if (single_role_[k] == role) {
            *begin = b;
            found = single_[k];
          }
        }
        continue;
      }
      const auto [lo, hi] = PhrasesAt(b);
      for (uint32_t k = lo; k < hi; ++k) {
        if (list_[k].q->role == role && list_[k].end == j) {
          *begin = b;
          found = list_[k].q;
        }
      }
    }
    return found;
  }
  const QEntry* Word(std::string_view w, QRole role) const {
    const QuantityParser::FormSlot* s = p_.FindForm(w);
    if (s == nullptr || !(s->roles & RoleBit(role))) return nullptr;
    return FormEntry(*s, role);
  }
  // The first entry of `role` of a form FindForm found, or null.
  const QEntry* FormEntry(const QuantityParser::FormSlot& s, QRole role) const {
    for (uint32_t k = s.first; k < s.end; ++k) {
      if (p_.form_entries_[k]->role == role) return p_.form_entries_[k];
    }
    return nullptr;
  }
  [[gnu::always_inline]] bool IsWordTok(size_t i) const {
    return InSent(i) && toks_[i].kind == TokenKind::kWord;  // see IsNumberTok
  }
  bool Capitalized(size_t i) const {
    return tok(i).has(kCapitalized) || tok(i).has(kAllCaps);
  }

  // By value: a temporary or a moved local is not copied.
  void Emit(size_t b, size_t e, Quantity q) {
    q.span = {tok(b).span.begin, tok(e - 1).span.end};
    out_->push_back(std::move(q));
    for (size_t k = b; k < e; ++k) used_[k] = true;
  }
  // Emit for a quantity built in place: the new last element of *out_,
  // with its span set and its tokens marked used. Filling it field by field
  // costs less than moving a finished Quantity in (each of its strings'
  // move copies the short-string buffer with a call to memcpy).
  Quantity& EmitInPlace(size_t b, size_t e) {
    Quantity& q = out_->emplace_back();
    q.span = {tok(b).span.begin, tok(e - 1).span.end};
    for (size_t k = b; k < e; ++k) used_[k] = true;
    return q;
  }
  void Skip(size_t b, size_t e) {
    for (size_t k = b; k < e && k < ts_.size(); ++k) used_[k] = true;
  }

  // ---- numbers ----

  // Value of a digit token (1,214 · 3.9 · .5); false if it has another shape:
  // digits, or one to three digits and comma groups of three, then an
  // optional decimal part. Scanned by hand and read from a stack buffer (it
  // runs several times per number token: no regex, no heap string).
  bool PlainValue(size_t i, double* v, bool* has_sep, bool* decimal) const {
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    const size_t n = t.size();
    if (n == 0 || n > 64) return false;
    // The mantissa as DigitsValue reads it, built while the shape is
    // checked (no copy of the digits for the common short number).
    uint64_t m = 0;
    size_t k = 0, digits = 0, frac = 0;
    auto digit = [&m, &digits](char c) {
      m = m * 10 + static_cast<uint64_t>(c - '0');
      ++digits;
    };
    while (k < n && absl::ascii_isdigit(t[k])) digit(t[k++]);
    const size_t whole = k;
    bool sep = false;
    while (k < n && t[k] == ',') {
      if (whole == 0 || whole > 3 || k + 3 >= n ||
          !absl::ascii_isdigit(t[k + 1]) || !absl::ascii_isdigit(t[k + 2]) ||
          !absl::ascii_isdigit(t[k + 3]) ||
          (k + 4 < n && absl::ascii_isdigit(t[k + 4]))) {
        return false;
      }
      digit(t[k + 1]);
      digit(t[k + 2]);
      digit(t[k + 3]);
      k += 4;
      sep = true;
    }
    bool dec = false;
    if (k < n && t[k] == '.') {
      const size_t d = ++k;
      while (k < n && absl::ascii_isdigit(t[k])) digit(t[k++]);
      if (k == d) return false;
      frac = k - d;
      dec = true;
    }
    if (k != n || (whole == 0 && !dec)) return false;
    if (digits <= 15) {
      // DigitsValue's exact case: m and the power of ten are exact doubles.
      const double x = static_cast<double>(m);
      *v = frac > 0 ? x / kPow10[frac] : x;
    } else {
      char buf[64];  // the digits and the point, without the commas
      size_t len = 0;
      for (char c : t) {
        if (c != ',') buf[len++] = c;
      }
      *v = DigitsValue(std::string_view(buf, len));
    }
    *has_sep = sep;
    *decimal = dec;
    return true;
  }

  // "2,5": a decimal comma, one to three digits before it and one after
  // ("£135,00" in news is a thousands figure missing a digit, not 135.0).
  static bool DecimalComma(std::string_view t, double* v) {
    const size_t c = Find(t, ',');
    if (c == std::string_view::npos || c == 0 || c > 3 || t.size() - c != 2 ||
        !AllDigits(t.substr(c + 1)) || !AllDigits(t.substr(0, c))) {
      return false;
    }
    double whole = 0, frac = 0, scale = 1;
    for (char ch : t.substr(0, c)) whole = whole * 10 + (ch - '0');
    for (char ch : t.substr(c + 1)) {
      scale /= 10;
      frac += (ch - '0') * scale;
    }
    *v = whole + frac;
    return true;
  }

  // "22,24,26": several numbers joined by commas without spaces (two or more
  // commas, and not thousands groups). Emits each number on its own bytes.
  bool CommaList(size_t i) {
    const Token& tk = tok(i);
    std::string_view t = text_.substr(tk.span.begin, tk.span.size());
    if (t.size() < 5) return false;  // three parts and two commas at least
    size_t commas = 0, len = 0;
    bool groups = true;  // "1,234,567": every part after the first has 3
    for (char ch : t) {
      if (ch == ',') {
        if (len == 0 || len > 4) return false;
        if (commas == 0 ? len > 3 : len != 3) groups = false;
        ++commas;
        len = 0;
      } else if (absl::ascii_isdigit(ch)) {
        ++len;
      } else {
        return false;
      }
    }
    if (len == 0 || len > 4 || commas < 2 || (groups && len == 3)) return false;
    uint32_t b = tk.span.begin;
    for (size_t k = 0; k <= t.size(); ++k) {
      if (k < t.size() && t[k] != ',') continue;
      const uint32_t e = tk.span.begin + static_cast<uint32_t>(k);
      Quantity q;
      q.type = QuantityType::kCardinal;
      q.value = ToDouble(text_.substr(b, e - b));
      q.span = {b, e};
      out_->push_back(std::move(q));
      b = e + 1;
    }
    used_[i] = true;
    return true;
  }

  // Token k is a unit a number can measure: percent, a unit, a time unit or
  // a currency written after the amount.
  bool UnitAt(size_t k) const {
    const QEntry* c;
    return Get(k, QRole::kPct) || Get(k, QRole::kUnit) ||
           Get(k, QRole::kTime) || ((c = Get(k, QRole::kCur)) && c->post);
  }

  // Spelled-out numbers: "two hundred and twelve", "fifty-one", "a dozen",
  // "one and a half", "three quarters", "twenty-first".
  bool ParseSpelled(size_t i, Num* n) const {
    // Every reading starts from a number, ordinal or denominator entry of
    // token i or from a hyphenated word: with none, the loop below breaks
    // at once and the bare-fraction tail finds no "half" (most calls: the
    // words after a durmod, "all some", and the counted-noun look-ups).
    if (!all_rules_ &&
        !(InSent(i) &&
          (roles_[i] & (RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
                        RoleBit(QRole::kDen)))) &&
        DashAt(i) == std::string_view::npos)
      return false;
    enum Last { kStart, kArticle, kUnit, kTens, kHundred, kScale };
    double total = 0, cur = 0, last_scale = 1e300;
    Last last = kStart;
    size_t j = i;
    int atoms = 0;
    bool done = false;
    bool and_after_scale = false;  // "two million and three fifths"
    double before_and = -1;        // "two hundred and five tenths"
    double frac_scale = 1;         // "a half million": the scale after it
    size_t first = i;              // the number's first token
    while (!done &&
           (IsWordTok(j) || (j > i && IsNumberTok(j) && last == kScale))) {
      if (tok(j).kind == TokenKind::kNumber) {
        double v;
        bool sep, dec;
        if (!PlainValue(j, &v, &sep, &dec) || v >= 1000) break;
        cur = v;
        last = kUnit;
        ++j;
        ++atoms;
        continue;
      }
      // A word with no number, ordinal or denominator entry, no dash and
      // not "and" matches none of the readings below: the loop breaks there
      // (the word after most spelled numbers: "two men").
      if (!(roles_[j] & (RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
                         RoleBit(QRole::kDen))) &&
          DashAt(j) == std::string_view::npos && !Is(j, QWord::kAnd))
        break;
      TokenText w = norm(j);
      // Hyphenated compounds: "fifty-one", "twenty-first".
      const QEntry* num = nullptr;
      const QEntry* ord = nullptr;
      double compound = -1;
      size_t dash = DashAt(j);
      if (dash != std::string_view::npos) {
        const QEntry* t = Word(w.substr(0, dash), QRole::kNum);
        std::string_view rest = w.substr(dash + 1);
        const QEntry* u = Word(rest, QRole::kNum);
        const QEntry* uo = Word(rest, QRole::kOrd);
        // "three twenty-fifths", "five thirty-seconds": a compound plural
        // denominator after a small numerator.
        const QEntry* ud = Word(rest, QRole::kDen);
        double dv = ud && ud->v < 10    ? ud->v
                    : rest == "firsts"  ? 1
                    : rest == "seconds" ? 2
                                        : 0;
        // "two-thirds", "one-quarter", "one-half": a hyphenated fraction.
        if (t && Eq(t->s, "unit") && t->v >= 1 && t->v < 20 &&
            (last == kStart || (last == kUnit && total == 0 && cur == 0))) {
          const QEntry* o = Word(rest, QRole::kOrd);
          const QEntry* h = Word(rest, QRole::kNum);
          double d = ud                                   ? ud->v
                     : o && o->den && t->v == 1           ? o->v
                     : h && Eq(h->s, "half") && t->v == 1 ? 2
                                                          : 0;
          if (d > t->v && !ud && o && o->v >= 100 && IsWordTok(j + 1) &&
              !Is(j + 1, QWord::kOf)) {
            // "the one-hundredth anniversary": before a noun, an ordinal.
            cur = t->v * o->v;
            n->ordinal = true;
            ++j;
            ++atoms;
            done = true;
            break;
          }
          if (d > t->v) {
            cur = t->v / d;
            n->fraction = true;
            ++j;
            ++atoms;
            done = true;
            break;
          }
        }
        if (t && Eq(t->s, "tens") && dv > 0 && last == kUnit && total == 0 &&
            cur > 0 && cur < 100) {
          cur /= t->v + dv;
          n->fraction = true;
          ++j;
          ++atoms;
          done = true;
          break;
        }
        if (!t || !Eq(t->s, "tens") ||
            (last != kStart && last != kArticle && last != kHundred &&
             last != kScale)) {
          break;
        }
        if (u && Eq(u->s, "unit") && u->v < 10) {
          compound = t->v + u->v;
        } else if (uo && Eq(uo->s, "unit") && uo->v < 10) {
          cur += t->v + uo->v;
          n->ordinal = true;
          ++j;
          ++atoms;
          done = true;
          break;
        } else {
          break;
        }
        cur += compound;
        last = kUnit;
        ++j;
        ++atoms;
        continue;
      }
      num = Get(j, QRole::kNum);
      ord = Get(j, QRole::kOrd);
      if (ord && Eq(ord->s, "from_end")) break;  // Step reads "penultimate"
      const QEntry* den = Get(j, QRole::kDen);
      // "three thousandth", "two hundredth": an ordinal, not a fraction.
      const bool big_ord = ord && !den && last == kUnit && cur != 1 &&
                           (Eq(ord->s, "hundred") || Eq(ord->s, "scale"));
      if (num && Eq(num->s, "article")) {
        if (last != kStart) break;
        last = kArticle;
        ++j;
        continue;
      }
      if (num && Eq(num->s, "zero") && last == kStart) {
        cur = 0;
        last = kUnit;
        ++j;
        ++atoms;
        continue;
      }
      if (num && last == kArticle &&
          (Eq(num->s, "unit") || Eq(num->s, "tens"))) {
        // "a five year plan", "a three billion deal": before a number word
        // below a hundred, the article is a determiner, no part of the
        // number (as it is in "a hundred", "a million", "a third").
        first = j;
        last = kStart;
      }
      if (num && Eq(num->s, "unit")) {
        if (last == kUnit || (last == kTens && num->v >= 10)) break;
        cur += num->v;
        last = kUnit;
      } else if (num && Eq(num->s, "tens")) {
        if (last == kUnit || last == kTens) break;
        cur += num->v;
        last = kTens;
      } else if (num && Eq(num->s, "hundred")) {
        if (cur >= 100) break;
        cur = (cur == 0 ? 1 : cur) * 100;
        last = kHundred;
      } else if (num && Eq(num->s, "scale") && !num->abbr && last == kScale &&
                 cur == 0 && num->v >= last_scale && total > 0) {
        // "three lakh crore": a scale right after a scale multiplies.
        total *= num->v;
        last_scale = num->v;
      } else if (num && Eq(num->s, "scale") &&
                 (!num->abbr ||
                  (!num->attach && cur > 0 &&
                   (last == kUnit || last == kTens || last == kHundred)))) {
        // "one mln", "two bln": a written abbreviation after a number word
        // (not "a mln"; "one m" needs a digit before it).
        if (num->v >= last_scale) break;
        // "twenty-one trillions": a plural scale only after a number.
        if (num->plural && cur == 0) break;
        total += (cur == 0 ? 1 : cur) * num->v;
        cur = 0;
        last_scale = num->v;
        last = kScale;
        if (num->abbr) {  // it ends the number: no "one mln and 14"
          ++j;
          ++atoms;
          break;
        }
      } else if (num && Eq(num->s, "dozen")) {
        if (num->plural && last == kArticle) break;
        cur = (cur == 0 ? 1 : cur) * 12;
        last = kScale;
      } else if ((den || (ord && ord->den) || (num && Eq(num->s, "half"))) &&
                 (last == kUnit || last == kArticle) &&
                 (total + cur > 0 || last == kArticle) && cur < 100 &&
                 !big_ord) {
        // Fraction: "two thirds", "a quarter", "one half".
        double d = num && Eq(num->s, "half") ? 2 : den ? den->v : ord->v;
        bool singular = !den;
        double numer = last == kArticle ? 1 : cur;
        if (singular && numer != 1) break;
        if (ord && !den && !Eq(ord->s, "frac_only") && last == kArticle) {
          // "a third" is a fraction only before "of" or at a boundary.
          if (IsWordTok(j + 1) && !Is(j + 1, QWord::kOf)) break;
        }
        cur = numer / d;
        size_t se;
        const QEntry* sc = Get(j + 1, QRole::kNum, &se);
        if (sc && !sc->abbr && cur < 1 &&
            (Eq(sc->s, "scale") || (Eq(sc->s, "dozen") && !sc->plural))) {
          // "a half dozen" is 6.
          // "three quarters million"
          cur *= sc->v;
          if (Eq(sc->s, "scale")) frac_scale = sc->v;
          j = se - 1;
        } else if (and_after_scale && cur < 1) {
          cur *= last_scale;
        }
        n->fraction = true;
        ++j;
        ++atoms;
        done = true;
        break;
      } else if (den && last != kStart && last != kArticle && total + cur > 0) {
        // "two hundred fifths", "one hundred thirty-two fifths",
        // "a hundred thousand trillionths"; after "and" the fraction is the
        // part after it: "five hundred and three tenths" is 500.3.
        double numer = total + cur;
        cur = before_and >= 0 ? before_and + (numer - before_and) / den->v
                              : numer / den->v;
        total = 0;
        n->fraction = true;
        ++j;
        ++atoms;
        done = true;
        break;
      } else if (ord && !Eq(ord->s, "frac_only") && last != kArticle &&
                 (last != kUnit || big_ord)) {
        // Ordinal ends the number: "first", "one hundred twenty-fifth".
        // "a split second", "wait a second", "a second later": the unit of
        // time, not the ordinal ("a second term" stays an ordinal).
        if (j == i && i > sent_begin_ && Is(j, QWord::kSecond) &&
            (Is(i - 1, QWord::kA) || Is(i - 1, QWord::kSplit))) {
          std::string_view nx = IsWordTok(j + 1) ? norm(j + 1) : "";
          if (nx.empty() || nx == "later" || nx == "earlier" || nx == "ago" ||
              nx == "or" || nx == "and" || nx == "before" || nx == "after" ||
              nx == "longer" || nx == "too" || nx == "per" || nx == "each") {
            break;
          }
        }
        if (Eq(ord->s, "hundred")) {
          cur = (cur == 0 ? 1 : cur) * 100;
        } else if (Eq(ord->s, "scale")) {
          total += (cur == 0 ? 1 : cur) * ord->v;
          cur = 0;
        } else {
          cur += ord->v;
        }
        n->ordinal = true;
        ++j;
        ++atoms;
        done = true;
        break;
      } else if (Is(j, QWord::kAnd) && (last == kHundred || last == kScale) &&
                 (Get(j + 1, QRole::kNum) || IsNumberTok(j + 1) ||
                  (Get(j + 1, QRole::kOrd) &&
                   Get(j + 1, QRole::kOrd)->s != "frac_only") ||
                  (IsWordTok(j + 1) &&
                   Find(norm(j + 1), '-') != std::string_view::npos &&
                   Word(norm(j + 1).substr(0, Find(norm(j + 1), '-')),
                        QRole::kNum))) &&
                 !(Get(j + 1, QRole::kNum) &&
                   Get(j + 1, QRole::kNum)->s == "article")) {
        and_after_scale = last == kScale;
        if (last == kHundred) before_and = total + cur;
        ++j;
        continue;
      } else {
        break;
      }
      ++j;
      ++atoms;
    }
    if (atoms == 0 && last == kStart && InSent(j + 1)) {
      // "half million", "quarter billion": a bare fraction word before a scale.
      // "half a million": the article before the scale is part of it.
      const QEntry* art = Get(j + 1, QRole::kNum);
      const size_t k = art && Eq(art->s, "article") ? j + 2 : j + 1;
      const QEntry* sc = Get(k, QRole::kNum);
      const QEntry* fr = Get(j, QRole::kNum);
      const QEntry* fo = Get(j, QRole::kOrd);
      double f = fr && Eq(fr->s, "half")        ? 0.5
                 : fo && Eq(fo->s, "frac_only") ? 1.0 / fo->v
                                                : 0;
      if (f > 0 && k == j + 2 && fr && Eq(fr->s, "half") && UnitAt(k)) {
        // "half a percentage point", "half a mile", "half an hour": the unit
        // attaches after the article.
        n->b = i;
        n->e = k;
        n->v = f;
        n->spelled = true;
        n->fraction = true;
        n->atoms = 1;
        return true;
      }
      if (f > 0 && sc &&
          (Eq(sc->s, "scale") || (Eq(sc->s, "dozen") && !sc->plural)) &&
          !sc->abbr && InSent(k)) {
        n->b = i;
        n->e = k + 1;
        n->v = f * sc->v;
        if (Eq(sc->s, "scale")) n->scale = sc->v;
        n->spelled = true;
        n->fraction = true;
        n->atoms = 2;
        return true;
      }
      // "Half of the workers", "nearly half the staff": half before "of" or
      // a determiner; not "the second half of", "my other half", "the
      // bottom half of".
      const TokenText nx = norm(j + 1);
      const std::string_view pv =
          i > sent_begin_ && IsWordTok(i - 1) ? norm(i - 1) : "";
      const std::string_view pv2 =
          i > sent_begin_ + 1 && pv.size() > 0 && !Get(i - 1, QRole::kMod)
              ? norm(i - 2)
              : "";
      // A bare "half" of a group before a verb, a preposition or the
      // clause's end: "half said yes", "against half in 2020", "cut by half."
      // Not after a number ("the first 1987/88 half"), "and" ("a year and
      // half"), "own" ("our own half"), nor "in" in a sentence with a
      // quarter ("in quarter and 5.3 mln dlrs in half": the half year).
      const auto bare_half = [&] {
        if (i > sent_begin_ &&
            (IsNumberTok(i - 1) || pv == "and" || pv == "own" ||
             (pv == "in" && QuarterInSentence())))
          return false;
        // A past form after a clause's start: "Of 40 tenants, half signed".
        if ((i == sent_begin_ || Is(i - 1, QWord::kComma)) && nx.size() > 3 &&
            nx.substr(nx.size() - 2) == "ed")
          return true;
        // The words: data/quantities.tsv's q_topic k=after_half, and the
        // finite speech verbs of the cue lexicon.
        return nx == "," || nx == "." || nx == ";" || nx == ":" ||
               (p_.word_class_[WordSlot(j + 1)] &
                (QuantityParser::kSpeechVerb | QuantityParser::kAfterHalf));
      };
      if (fr && Eq(fr->s, "half") &&
          (nx == "of" || nx == "the" || nx == "a" || nx == "an" ||
           nx == "its" || nx == "their" || nx == "his" || nx == "her" ||
           nx == "our" || nx == "all" || nx == "this" || nx == "that" ||
           nx == "these" || nx == "those" || (InSent(j + 1) && bare_half())) &&
          !(i > sent_begin_ &&
            (Get(i - 1, QRole::kOrd) || Get(i - 1, QRole::kNum) ||
             pv == "the" || pv == "other" || pv == "this" || pv == "that" ||
             pv == "each" || pv == "better" || pv == "my" || pv == "his" ||
             pv == "her" || pv == "their" || pv == "its" || pv == "our" ||
             pv == "your" || pv2 == "the" || pv2 == "a" || pv2 == "an" ||
             pv2 == "its" || pv2 == "their" || pv2 == "his" || pv2 == "her"))) {
        n->b = i;
        n->e = j + 1;
        n->v = 0.5;
        n->spelled = true;
        n->fraction = true;
        n->atoms = 1;
        return true;
      }
    }
    if (atoms == 0) return false;
    // Drop a dangling article or "and".
    n->b = first;
    n->e = j;
    n->v = total + cur;
    if (n->fraction && InSent(j)) {
      // "three quarters billion": a fraction of the scale after it.
      size_t se;
      const QEntry* sc = Get(j, QRole::kNum, &se);
      if (sc && Eq(sc->s, "scale") && !sc->abbr && n->v < 1) {
        n->v *= sc->v;
        n->e = j = se;
        frac_scale = sc->v;
      }
    }
    if (last == kScale && cur == 0 && last_scale < 1e300) n->scale = last_scale;
    if (frac_scale > 1) n->scale = frac_scale;
    n->spelled = true;
    n->atoms = atoms;
    // "one and a half", "three and two thirds".
    if (!n->ordinal && !n->fraction && Is(j, QWord::kAnd) && InSent(j + 1))
      AddFractionAfterAnd(j + 1, n);
    // "two hundred point seventy-one", "nine point nought four"
    if (!n->ordinal && !n->fraction && Is(n->e, QWord::kPoint) &&
        IsWordTok(n->e + 1)) {
      std::string digits;
      size_t k = n->e + 1;
      while (IsWordTok(k)) {
        const QEntry* d = Get(k, QRole::kNum);
        if (!d || !(Eq(d->s, "zero") || (Eq(d->s, "unit") && d->v < 10))) break;
        digits += FormatNum(d->v);
        ++k;
      }
      Num f;
      if (digits.size() <= 1 && ParseSpelled(n->e + 1, &f) && !f.ordinal &&
          !f.fraction && f.v >= 0 && f.scale == 1 &&
          f.e > k - (digits.empty() ? 0 : 1)) {
        digits = FormatNum(f.v);
        k = f.e;
      }
      if (!digits.empty()) {
        n->v += ToDouble(absl::StrCat("0.", digits));
        n->e = k;
        // "two point five million"
        size_t se;
        if (const QEntry* sc = Get(k, QRole::kNum, &se);
            sc && Eq(sc->s, "scale") && !sc->abbr && n->scale == 1) {
          n->v *= sc->v;
          n->scale = sc->v;
          n->e = se;
        }
      }
    }
    return true;
  }

  // Number n is followed by "and" and token k: adds a spelled fraction read
  // at k ("one and a half", "five billion and three quarters" is 5.75
  // billion, "one billion and a half million"). A fraction of a scale after
  // a whole number below the scale is a fraction of that scale too: "two and
  // a half million" is 2.5 million, "one and a quarter billion".
  void AddFractionAfterAnd(size_t k, Num* n) const {
    Num f;
    if (!ParseSpelled(k, &f) || !f.fraction) return;
    if (f.v < 1) {
      n->v += f.v * n->scale;
    } else if (f.v < n->scale) {
      n->v += f.v;
    } else if (n->scale == 1 && f.scale > 1 && f.v < f.scale && n->v >= 1 &&
               n->v < 1000 && n->v == std::floor(n->v)) {
      n->v = n->v * f.scale + f.v;
      n->scale = f.scale;
    } else {
      return;
    }
    n->e = f.e;
    n->fraction = true;
  }

  // What the part of a hyphenated word after a number names ("mile",
  // "year-old", "per-cent", "yen"): the longest leading run of its parts that
  // is a unit, time unit, percent or currency word (one written after the
  // amount). Sets *len to the bytes of `rest` it covers.
  const QEntry* SuffixUnit(std::string_view rest, size_t* len) const {
    size_t end = rest.size();
    while (end >= 2) {
      std::string_view p = rest.substr(0, end);
      for (QRole r : {QRole::kUnit, QRole::kTime, QRole::kPct, QRole::kCur}) {
        const QEntry* q = Word(p, r);
        if (q && !q->attach && (r != QRole::kCur || q->post)) {
          *len = end;
          return q;
        }
      }
      const size_t d = rest.rfind('-', end - 1);
      if (d == std::string_view::npos) break;
      end = d;
    }
    return nullptr;
  }

  // "four-mile", "ten-year-old", "one-and-a-half": a spelled number that
  // begins a hyphenated word token, followed inside the word by what it
  // measures (n->rest, see SuffixUnit) or by "and-a-half". Other hyphenated
  // numbers ("fifty-one", "two-thirds") are ParseSpelled's.
  bool HyphenNumber(size_t i, Num* n) const {
    TokenText w = norm(i);
    const size_t dash = DashAt(i);
    if (dash == std::string_view::npos) return false;
    const QEntry* a = Word(w.substr(0, dash), QRole::kNum);
    if (!a || (!Eq(a->s, "unit") && !Eq(a->s, "tens"))) return false;
    double v = a->v;
    size_t at = dash + 1;
    if (Eq(a->s, "tens")) {  // "twenty-five-year-old"
      const size_t d2 = Find(w, '-', at);
      const size_t len = d2 == std::string_view::npos ? w.size() - at : d2 - at;
      const QEntry* u = Word(w.substr(at, len), QRole::kNum);
      if (u && Eq(u->s, "unit") && u->v < 10) {
        v += u->v;
        at = std::min(w.size(), at + len + 1);
      }
    }
    constexpr std::string_view kHalf = "and-a-half";
    const bool half =
        w.substr(at, kHalf.size()) == kHalf &&
        (at + kHalf.size() == w.size() || w[at + kHalf.size()] == '-');
    if (half) {
      v += 0.5;
      at = std::min(w.size(), at + kHalf.size() + 1);
    }
    std::string_view rest = w.substr(at);
    size_t len;
    if (!half && (rest.empty() || !SuffixUnit(rest, &len))) return false;
    *n = Num();
    n->b = i;
    n->e = i + 1;
    n->v = v;
    n->spelled = true;
    n->fraction = half;
    n->atoms = 1;
    n->rest = rest;
    return true;
  }

  // A number starting at token i: digits (with scale), spelled out, or both,
  // and fractions written "1 over 3" / "two out of five".
  bool ParseNumber(size_t i, Num* n) const {
    if (!ParseNumberCore(i, n)) return false;
    if (n->ordinal || n->fraction || !InSent(n->e)) return true;
    // Only "over", "out" "of", "in" and (after words) "-" read on: a longer
    // next word ends here ("42 people"), and so does any other word.
    if (Unjoined(n->e) || norm(n->e).size() > 4) return true;
    size_t k = 0;
    if (Is(n->e, QWord::kOver)) k = n->e + 1;
    if (Is(n->e, QWord::kOut) && Is(n->e + 1, QWord::kOf)) k = n->e + 2;
    // "one in five adults", "1 in 10", "one in a million": a ratio.
    const bool ratio = Is(n->e, QWord::kIn) && n->scale == 1 && n->v >= 1 &&
                       n->v == std::floor(n->v);
    if (ratio) k = n->e + 1;
    Num d;
    if (n->spelled && Is(n->e, QWord::kHyphen) && InSent(n->e + 1)) {
      // "five - eighths"
      const QEntry* den = Get(n->e + 1, QRole::kDen);
      const QEntry* ord = Get(n->e + 1, QRole::kOrd);
      double dv = den ? den->v : ord && ord->den && n->v == 1 ? ord->v : 0;
      if (dv > 0 && n->v < dv) {
        n->v /= dv;
        n->e += 2;
        n->fraction = true;
      }
      return true;
    }
    if (k == 0 || !InSent(k) || Get(k, QRole::kSign) ||
        !ParseNumberCore(k, &d) || d.ordinal || d.fraction || d.v == 0 ||
        (k == n->e + 2 && n->v > d.v)) {
      return true;
    }
    if (ratio &&
        (d.v <= n->v || d.v != std::floor(d.v) || IsNumberTok(d.e) ||
         (d.plain_int && d.v >= 1800 && d.v <= 2100) ||
         (IsWordTok(d.e) && (Get(d.e, QRole::kTime) ||
                             Get(d.e, QRole::kMonth) || UnitAt(d.e))))) {
      // "12 in six boxes", "two in 2019", "3 in 10 minutes": not ratios.
      return true;
    }
    if (Is(n->e, QWord::kOver)) {
      // "over 3 days" after a number is a span of time, not a fraction.
      if (IsWordTok(d.e) && (Get(d.e, QRole::kTime) || Get(d.e, QRole::kUnit) ||
                             Get(d.e, QRole::kCur) || Get(d.e, QRole::kPct) ||
                             IsPluralNoun(norm(d.e)))) {
        return true;
      }
    }
    n->v /= d.v;
    n->e = d.e;
    n->fraction = true;
    n->plain_int = false;
    return true;
  }

  // Reads "x10^-4", "^23", "e+14" after a decimal number at token *e.
  bool Power(size_t* e, double* v) const {
    size_t k = *e;
    bool times_ten = false;
    if (!InSent(k) || Space(k)) return false;
    if (norm(k) == "x10" || norm(k) == "×10") {
      times_ten = true;
      ++k;
      if (norm(k) != "^" || Space(k)) return false;
      ++k;
    } else if (norm(k) == "^") {
      ++k;
    } else if (norm(k) == "e") {
      times_ten = true;
      ++k;
    } else if (TokenText w = norm(k);
               w.size() >= 2 && w[0] == 'e' &&
               text_[tok(k).span.begin] == 'e' &&
               AllDigits(w.substr(w[1] == '-' || w[1] == '+' ? 2 : 1)) &&
               absl::ascii_isdigit(w.back())) {
      // "1e10", "-12e-1", "127.32e13": the exponent is one token. One
      // digit after a whole number is more likely a name (Boeing's 7e7).
      if (w.size() == 2 && *v == std::floor(*v)) return false;
      double x = ToDouble(w.substr(w[1] == '+' ? 2 : 1));
      *v = x < 0 ? *v / std::pow(10.0, -x) : *v * std::pow(10.0, x);
      *e = k + 1;
      return true;
    } else {
      return false;
    }
    int sign = 1;
    while (InSent(k) && !Space(k) &&
           (Is(k, QWord::kHyphen) || Is(k, QWord::kPlus) ||
            Is(k, QWord::kDoubleHyphen))) {
      if (Is(k, QWord::kHyphen)) sign = -sign;
      ++k;
    }
    double x;
    bool sep, dec;
    if (!IsNumberTok(k) || Space(k) || !PlainValue(k, &x, &sep, &dec))
      return false;
    x *= sign;
    *v = times_ten ? *v * std::pow(10.0, x) : std::pow(*v, x);
    *e = k + 1;
    return true;
  }

  // "the 10,000m", "the 400m hurdles": a glued "m" after a track or pool
  // distance (n, an integer with no scale) is metres, not million
  // (ParseNumberCore leaves it to the unit "m"), unless a currency comes
  // before ("£5000m") or after ("400m euros"), or a counted noun after it
  // ("100m people"; "hurdles" and "heats" are events).
  bool TrackDistance(const Num& n, bool dec) const {
    if (dec || n.scale != 1 || Space(n.e) || n.e != n.b + 1 ||
        text_.substr(tok(n.e).span.begin, tok(n.e).span.size()) != "m")
      return false;
    static constexpr double kDistances[] = {50,  60,   100,  110,  200,  400,
                                            800, 1500, 3000, 5000, 10000};
    if (std::find(std::begin(kDistances), std::end(kDistances), n.v) ==
        std::end(kDistances))
      return false;
    if (n.b > sent_begin_ && Get(n.b - 1, QRole::kCur)) return false;
    const size_t k = n.e + 1;
    if (!InSent(k) || !IsWordTok(k)) return true;
    if (Get(k, QRole::kCur) || Get(k, QRole::kUnit)) return false;
    const TokenText w = norm(k);
    return !IsPluralNoun(w) || w == "hurdles" || w == "heats";
  }
  bool ParseNumberCore(size_t i, Num* n) const {
    if (!InSent(i)) return false;
    *n = Num();
    // Numbers that name something (data/quantities.tsv q_name: "9/11").
    if (Get(i, QRole::kName)) return false;
    // A word glued after "<" opens a bracketed name ("<First Boston Corp>",
    // "<Four Seasons Hotels>": a company's name in wire copy); "<5%" is a
    // bound.
    if (i > sent_begin_ && !Space(i) && toks_[i].kind == TokenKind::kWord &&
        tok(i - 1).span.size() == 1 && text_[tok(i - 1).span.begin] == '<')
      return false;
    // A number word written with a capital inside a sentence, next to
    // another capitalized word, is part of a name ("Credit Suisse First
    // Boston", "the Six Nations", "BBC Two", "Three Gorges Dam"); after a
    // month it may be a day ("May Eight").
    if (toks_[i].kind == TokenKind::kWord && i > sent_begin_ &&
        tok(i).has(kCapitalized) && !tok(i).has(kAllCaps) &&
        tok(i).span.size() > 1 &&  // "CUT A THIRD": an article in capitals
        !tok(i).has(kSentenceInitial) &&
        ((IsWordTok(i + 1) && Space(i + 1) && Capitalized(i + 1)) ||
         (IsWordTok(i - 1) && Capitalized(i - 1) &&
          !tok(i - 1).has(kSentenceInitial) && !Get(i - 1, QRole::kMonth))))
      return false;
    // Sign: "minus five", "-1".
    if (const QEntry* s = Get(i, QRole::kSign)) {
      Num inner;
      if (ParseNumber(i + 1, &inner) && !inner.ordinal) {
        *n = inner;
        n->b = i;
        n->v = s->v * inner.v;
        return true;
      }
      return false;
    }
    if (Is(i, QWord::kHyphen) && IsNumberTok(i + 1) &&
        (!Space(i + 1) || i == sent_begin_) && (i == sent_begin_ || Space(i)) &&
        !(i > sent_begin_ && IsNumberTok(i - 1))) {
      Num inner;
      if (ParseNumber(i + 1, &inner) && inner.digits && !inner.ordinal) {
        *n = inner;
        n->b = i;
        n->v = -inner.v;
        n->plain_int = false;
        return true;
      }
    }
    // ".25": a decimal without its leading zero.
    const bool lead_dot =
        Is(i, QWord::kPeriod) && IsNumberTok(i + 1) && !Space(i + 1) &&
        (i == sent_begin_ || Space(i)) &&
        AllDigits(text_.substr(tok(i + 1).span.begin, tok(i + 1).span.size()));
    if (lead_dot || tok(i).kind == TokenKind::kNumber) {
      std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
      double v;
      bool sep = false, dec = false;
      re2::StringPiece a, b;
      if (lead_dot) {
        n->b = i;
        n->e = i + 2;
        n->v = ToDouble(absl::StrCat(
            "0.",
            Av(text_.substr(tok(i + 1).span.begin, tok(i + 1).span.size()))));
        n->digits = true;
        dec = true;
      } else if (PlainValue(i, &v, &sep, &dec)) {
        n->b = i;
        n->e = i + 1;
        n->v = v;
        n->digits = true;
        n->plain_int = !sep && !dec;
        // "40 000", "1 234 567" with a (thin) space between groups.
        while (!sep && !dec && t.size() <= 3 && IsNumberTok(n->e) &&
               Space(n->e) && tok(n->e).span.size() == 3 &&
               tok(n->e).span.begin - tok(n->e - 1).span.end <= 3 &&
               text_[tok(n->e - 1).span.end] != '\n' &&
               AllDigits(text_.substr(tok(n->e).span.begin, 3)) &&
               !(i > sent_begin_ && IsNumberTok(i - 1))) {
          n->v = n->v * 1000 + ToDouble(text_.substr(tok(n->e).span.begin, 3));
          n->e++;
          n->plain_int = false;
        }
        // "10 1/2"
        std::string_view nt =
            IsNumberTok(n->e)
                ? text_.substr(tok(n->e).span.begin, tok(n->e).span.size())
                : std::string_view();
        int fa, fb;
        if (n->plain_int && !nt.empty() &&
            ShapedMatch(SlashShape(nt), nt, *p_.fraction_, &fa, &fb) &&
            fb != 0 && fa < fb && fb <= 100) {
          n->v += static_cast<double>(fa) / fb;
          n->e++;
          n->fraction = true;
          n->plain_int = false;
        } else if (n->plain_int && n->e == i + 1 && InSent(n->e + 1) &&
                   Is(n->e, QWord::kHyphen) && !Space(n->e) &&
                   IsNumberTok(n->e + 1) && !Space(n->e + 1)) {
          // "7-5/8 pct", "101-3/8": wire copy's mixed number, a whole and
          // eighths, quarters ... of it (a denominator that is a power of
          // two: "20/4-5/5" is two dates).
          nt =
              text_.substr(tok(n->e + 1).span.begin, tok(n->e + 1).span.size());
          if (ShapedMatch(SlashShape(nt), nt, *p_.fraction_, &fa, &fb) &&
              fb >= 2 && fb <= 64 && (fb & (fb - 1)) == 0 && fa > 0 &&
              fa < fb) {
            n->v += static_cast<double>(fa) / fb;
            n->e += 2;
            n->fraction = true;
            n->plain_int = false;
          }
        }
        // Powers: "1.1^23", "12.32e+14", "6.23x10^-4".
        // (Power reads only a token glued to the number.)
        if (InSent(n->e) && !Space(n->e) && Power(&n->e, &n->v))
          n->plain_int = false;
      } else if (DecimalComma(t, &v)) {
        // "2,5", "1,25": a decimal comma (a comma before three digits groups
        // thousands, and PlainValue reads it).
        n->b = i;
        n->e = i + 1;
        n->v = v;
        n->digits = true;
        dec = true;
      } else if (int oa;
                 (OrdinalShape(t) && ReadOrdinalToken(t, &oa)) ||
                 (Find(t, ',') != std::string_view::npos &&
                  RE2::FullMatch(absl::StrReplaceAll(Av(t), {{",", ""}}),
                                 *p_.ordinal_, &oa))) {
        // "21st", "1,000th".
        n->b = i;
        n->e = i + 1;
        n->v = oa;
        n->ordinal = true;
        n->digits = true;
        return true;
      } else if (int fa, fb;
                 ShapedMatch(SlashShape(t), t, *p_.fraction_, &fa, &fb) &&
                 fa > 0 && fa < fb && fb < 1000 && t[0] != '0' &&
                 t[Find(t, '/') + 1] != '0') {
        // "2/3", "5/15". Not fractions: seasons and fiscal years (2005/06),
        // dates (06/05), betting odds (5/1, 9/4); names such as 9/11 are
        // q_name entries in data/quantities.tsv.
        n->b = i;
        n->e = i + 1;
        n->v = static_cast<double>(fa) / fb;
        n->fraction = true;
        n->digits = true;
        return true;
      } else if (const QEntry* q = Get(i, QRole::kNum); q && Eq(q->s, "frac")) {
        n->b = i;
        n->e = i + 1;
        n->v = q->v;
        n->fraction = true;
        n->digits = true;
        return true;
      } else {
        return false;
      }
      // Scales: "2.5 million", "4bn", "40k", "3 dozen".
      for (;;) {
        size_t end;
        const QEntry* s = Get(n->e, QRole::kNum, &end);
        if (!s || end != n->e + 1) break;
        // "2.33 k": a one-letter scale after a space only closes a number
        // with a decimal or separators, and never as "m" (metres).
        const bool spaced_abbr =
            s->attach && Space(n->e) && (dec || sep) && !IsWordTok(n->e + 1) &&
            text_.substr(tok(n->e).span.begin, tok(n->e).span.size()) != "m";
        if (Eq(s->s, "scale") && s->v > 1 &&
            (!s->attach || !Space(n->e) || spaced_abbr) &&
            !TrackDistance(*n, dec)) {
          if (n->scale > 1 && s->v >= n->scale) break;
          if (s->attach && IsWordTok(n->e + 1) && !Space(n->e + 1)) break;
          // "200,000 b/d": a unit written from the letter on.
          if (size_t ue;
              s->attach && Get(n->e, QRole::kUnit, &ue) && ue > n->e + 1)
            break;
          n->v = ScaleValue(n->v, s->v);
          n->scale = n->scale > 1 ? n->scale * s->v : s->v;
          n->plain_int = false;
          n->e++;
        } else if (Eq(s->s, "dozen")) {
          n->v *= 12;
          n->plain_int = false;
          n->e++;
        } else if (Eq(s->s, "hundred")) {
          n->v *= 100;
          n->plain_int = false;
          n->e++;
          // "3 hundred and one", "3 hundred and 21"
          Num rest;
          if (Is(n->e, QWord::kAnd) && InSent(n->e + 1) &&
              !Get(n->e + 1, QRole::kSign) &&
              ParseNumberCore(n->e + 1, &rest) && !rest.ordinal &&
              !rest.fraction && rest.v < 100 && rest.v >= 1 &&
              rest.scale == 1) {
            n->v += rest.v;
            n->e = rest.e;
            break;
          }
        } else {
          break;
        }
      }
      // "4 thousand 3 hundred and 21"
      if (n->scale >= 1000 && (IsNumberTok(n->e) || Get(n->e, QRole::kNum)) &&
          Space(n->e)) {
        Num rest;
        if (ParseNumber(n->e, &rest) && !rest.ordinal && rest.v < n->scale &&
            rest.e > n->e + 1) {
          n->v += rest.v;
          n->e = rest.e;
        }
      }
      // "one and a half", "2 and a half", "2 and a half million"
      if (!n->fraction && Is(n->e, QWord::kAnd))
        AddFractionAfterAnd(n->e + 1, n);
      return true;
    }
    if (!IsWordTok(i)) return false;
    if (HyphenNumber(i, n)) return true;
    if (!ParseSpelled(i, n)) return false;
    // A spelled number followed by a scale abbreviation is not ours ("one m").
    return true;
  }

  // ---- exclusions ----

  bool Excluded(size_t i) {
    if (!IsNumberTok(i)) return false;
    std::string_view rest = text_.substr(tok(i).span.begin);
    size_t b = i;
    if (i > sent_begin_ &&
        (Is(i - 1, QWord::kPlus) || Is(i - 1, QWord::kOpenParen)) &&
        !Space(i)) {
      rest = text_.substr(tok(i - 1).span.begin);
      b = i - 1;
    }
    // A phone number has at least eight digits among the characters it can
    // be written with; most numbers fail this before the regex runs.
    re2::StringPiece whole;
    if (PhoneDigits(rest) >= 8 &&
        RE2::PartialMatch(Rp(rest.substr(0, std::min<size_t>(rest.size(), 40))),
                          *p_.phone_, &whole)) {
      size_t end_byte = tok(b).span.begin + whole.size();
      size_t e = b;
      while (e < ts_.size() && tok(e).span.begin < end_byte) ++e;
      Skip(b, e);
      return true;
    }
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    // Versions have two dots ("3.1.4"); check that before the regex.
    if ((t.size() >= 5 && std::count(t.begin(), t.end(), '.') >= 2 &&
         ShapedMatch(VersionShape(t), t, *p_.version_)) ||
        Find(t, ':') != std::string_view::npos) {
      Skip(i, i + 1);
      return true;
    }
    // Labels: "Boeing 737", "Route 66", "version 2".
    size_t lb;
    bool label = EndingAt(i, QRole::kLabel, &lb) != nullptr;
    if (!label && i > sent_begin_ && IsWordTok(i - 1) && Capitalized(i - 1) &&
        !tok(i - 1).has(kSentenceInitial) &&
        tok(i - 1).kind == TokenKind::kWord) {
      // A capitalized name right before a bare integer names a thing.
      size_t e;
      double v;
      bool sep, dec;
      bool known = Get(i - 1, QRole::kMonth, &e) || Get(i - 1, QRole::kCur) ||
                   Get(i - 1, QRole::kMod) || Get(i - 1, QRole::kWeekday) ||
                   Get(i - 1, QRole::kDatemod) ||
                   Get(i - 1, QRole::kYearprep) || Get(i - 1, QRole::kStop) ||
                   MillionCode(i - 1) ||
                   p_.IsIsoCode(text_.substr(tok(i - 1).span.begin,
                                             tok(i - 1).span.size()));
      if (!known && PlainValue(i, &v, &sep, &dec) && !sep && !dec &&
          !(IsNumberTok(i + 1) || Get(i + 1, QRole::kNum))) {
        size_t month_end;
        if (!(v >= 1800 && v <= 2100) && !Get(i + 1, QRole::kMonth, &month_end))
          label = true;
      }
    }
    if (label) {
      // A dash and an integer glued on are the label's too: "Boeing
      // 747-400", and a score after a team, "Arsenal 2-1" (not the 1 alone);
      // not after an all-caps headline word ("SURPLUS 3-5 YEARS").
      size_t e = i + 1;
      const bool dashed = !tok(i - 1).has(kAllCaps);
      while (InSent(e) && !Space(e) &&
             (tok(e).kind != TokenKind::kPunctuation ||
              (dashed && Is(e, QWord::kHyphen) && IsNumberTok(e + 1) &&
               !Space(e + 1) &&
               AllDigits(text_.substr(tok(e + 1).span.begin,
                                      tok(e + 1).span.size())))))
        ++e;
      Skip(i, e);
      return true;
    }
    // Clock times: "5 p.m.", "10 GMT" ("hrs." only after four digits, as
    // in ClockAt).
    if (Get(i + 1, QRole::kClock) &&
        (tok(i).span.size() == 4 || !Get(i + 1, QRole::kTime))) {
      size_t e;
      Get(i + 1, QRole::kClock, &e);
      Skip(i, e);
      return true;
    }
    // Addresses: "10 Downing Street".
    for (size_t j = i + 1; j <= i + 3 && IsWordTok(j) && Capitalized(j); ++j) {
      if (j > i + 1 && Get(j, QRole::kStreet)) {
        Skip(i, j + 1);
        return true;
      }
    }
    return false;
  }

  // ---- dates ----

  bool YearToken(size_t i, int* y) const {
    if (!IsNumberTok(i)) return false;
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    if (t.size() != 4 || !AllDigits(t)) return false;
    *y = ToInt(t);  // four digits: the same value as ToDouble
    return *y >= 1000 && *y <= 2200;
  }
  bool DayToken(size_t i, int* d) const {
    if (!IsNumberTok(i)) return false;
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    int v = 0;
    if (t.size() <= 2 && AllDigits(t) && !t.empty()) {
      v = ToInt(t);  // what SimpleAtoi reads (an ordinal has 3+ bytes)
    } else if (!(OrdinalShape(t) && ReadOrdinalToken(t, &v)) &&
               !(t.size() <= 2 && absl::SimpleAtoi(Av(t), &v))) {
      return false;
    }
    *d = v;
    return v >= 1 && v <= 31;
  }

  // The weekday [i, e) after "the" opens a title: a paper's or a show's,
  // "the Sunday Times", "The Saturday Post". A capitalized word follows that
  // names no time (not "the Sunday Night broadcast", "the Monday March 3
  // meeting"), and no "on" comes before "the" ("on the Monday Parliament
  // met" is a day).
  bool WeekdayOpensTitle(size_t i, size_t e) const {
    if (i <= sent_begin_ || !Is(i - 1, QWord::kThe) || !IsWordTok(e) ||
        !Capitalized(e) || !Capitalized(i))
      return false;
    constexpr uint64_t kTimeRoles =
        RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) | RoleBit(QRole::kMonth) |
        RoleBit(QRole::kWeekday) | RoleBit(QRole::kDaypart) |
        RoleBit(QRole::kDayword) | RoleBit(QRole::kTime) |
        RoleBit(QRole::kShift) | RoleBit(QRole::kHoliday) |
        RoleBit(QRole::kSeason);
    if (roles_[e] & kTimeRoles) return false;
    size_t b;
    return !(i - 1 > sent_begin_ &&
             (Is(i - 2, QWord::kOn) || EndingAt(i - 1, QRole::kDatemod, &b)));
  }

  // Date modifier before token i ("since", "early", "end of"); sets *b.
  // Modifiers chain: "since late July", "before the end of 2020".
  std::string DateMod(size_t i, size_t* b) const {
    std::string mod;
    *b = i;
    size_t mb = i;
    while (*b > sent_begin_) {
      const QEntry* m = EndingAt(*b, QRole::kDatemod, &mb);
      if (!m) break;
      // A part of the period ("early", "mid", "late", "the end of") is the
      // modifier next to the date: "since late July", but "ran late since
      // 2020" is not late 2020.
      if (!mod.empty() && IsPartOfPeriod(m->s)) break;
      mod = mod.empty() ? m->s : absl::StrCat(m->s, " ", mod);
      *b = mb;
    }
    return mod;
  }

  static bool IsPartOfPeriod(std::string_view mod) {
    return Eq(mod, "early") || Eq(mod, "mid") || Eq(mod, "late") ||
           Eq(mod, "end") || Eq(mod, "start");
  }

  // An ordinal at token i: "21st", "fifth", "twenty-first", "twenty first".
  // Sets *v and *e (end token).
  bool OrdinalAt(size_t i, int* v, size_t* e) const {
    if (!InSent(i)) return false;
    if (IsNumberTok(i)) {
      std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
      if (!OrdinalShape(t) || !ReadOrdinalToken(t, v)) return false;
      *e = i + 1;
      return true;
    }
    if (!IsWordTok(i)) return false;
    // The readings below need an ordinal or number role or a dash.
    if (!(roles_[i] & (RoleBit(QRole::kOrd) | RoleBit(QRole::kNum))) &&
        DashAt(i) == std::string_view::npos)
      return false;
    size_t oe;
    if (const QEntry* o = Get(i, QRole::kOrd, &oe);
        o && (Eq(o->s, "unit") || Eq(o->s, "tens")) && oe == i + 1) {
      *v = static_cast<int>(o->v);
      *e = oe;
      return true;
    }
    const QEntry* tens = nullptr;
    size_t dash = DashAt(i);
    if (dash != std::string_view::npos) {
      const TokenText w = norm(i);
      tens = Word(w.substr(0, dash), QRole::kNum);
      const QEntry* unit = Word(w.substr(dash + 1), QRole::kOrd);
      if (tens && Eq(tens->s, "tens") && unit && Eq(unit->s, "unit") &&
          unit->v < 10) {
        *v = static_cast<int>(tens->v + unit->v);
        *e = i + 1;
        return true;
      }
      return false;
    }
    tens = Get(i, QRole::kNum, &oe);
    if (tens && Eq(tens->s, "tens") && oe == i + 1 && Space(i + 1)) {
      const QEntry* unit = Get(i + 1, QRole::kOrd, &oe);
      if (unit && Eq(unit->s, "unit") && unit->v < 10 && oe == i + 2) {
        *v = static_cast<int>(tens->v + unit->v);
        *e = oe;
        return true;
      }
    }
    return false;
  }

  // A day of the month at token i: "3", "3rd", "third", "twenty-first".
  bool DayAt(size_t i, int* d, size_t* e, bool words) const {
    if (DayToken(i, d)) {
      *e = i + 1;
      return true;
    }
    if (!words || IsNumberTok(i)) return false;
    return OrdinalAt(i, d, e) && *d >= 1 && *d <= 31;
  }

  // A year after "of"/"in"/"," or directly at token k: sets *y, returns end.
  size_t YearAfter(size_t k, int* y) const {
    if (YearToken(k, y)) return k + 1;
    TokenText w = norm(k);
    if ((w == "of" || w == "in" || w == ",") && YearToken(k + 1, y))
      return k + 2;
    if (size_t se = SpelledYear(k, y); se > k) return se;
    *y = 0;
    return k;
  }

  // A year in words right after a month or day: "two thousand and fifteen",
  // "nineteen ninety six", "nineteen seventy-two". Not before a noun ("in
  // March two thousand workers").
  size_t SpelledYear(size_t k, int* y) const {
    if (!IsWordTok(k) || !Get(k, QRole::kNum)) return k;
    Num n;
    // (A spelled number can be any size, "a million trillion ...": only one
    // of a year's size fits the int below.)
    if (!ParseNumber(k, &n) || n.b != k || !n.spelled || n.ordinal ||
        n.fraction || n.v != std::floor(n.v) || !(n.v >= 0 && n.v < 1e4))
      return k;
    int v = static_cast<int>(n.v);
    size_t e = n.e;
    if (v >= 10 && v <= 99) {
      Num n2;  // "nineteen" + "ninety six"
      if (!IsWordTok(e) || !ParseNumber(e, &n2) || n2.b != e || !n2.spelled ||
          n2.ordinal || n2.fraction || n2.v < 10 || n2.v > 99 ||
          n2.v != std::floor(n2.v))
        return k;
      v = v * 100 + static_cast<int>(n2.v);
      e = n2.e;
    }
    if (v < 1000 || v > 2100) return k;
    if (InSent(e) && IsWordTok(e) && !Capitalized(e)) {
      static constexpr std::string_view kAfter[] = {
          "and",  "or", "in",   "on",   "at",     "to",    "for",
          "from", "by", "with", "when", "before", "after", "until"};
      bool ok = false;
      for (std::string_view a : kAfter) ok = ok || norm(e) == a;
      if (!ok) return k;
    }
    *y = v;
    return e;
  }

  int64_t HolidayDays(const QEntry& h, int y) const {
    int64_t d;
    if (h.easter) {
      d = EasterDays(y);
    } else if (h.nth > 0) {
      const int64_t first = DaysFromCivil(y, h.month, 1);
      d = first + (h.wd - IsoWeekday(first) + 7) % 7 + 7 * (h.nth - 1);
    } else if (h.nth < 0) {
      const int64_t last = (h.month == 12 ? DaysFromCivil(y + 1, 1, 1)
                                          : DaysFromCivil(y, h.month + 1, 1)) -
                           1;
      d = last - (IsoWeekday(last) - h.wd + 7) % 7;
    } else {
      d = DaysFromCivil(y, h.month, h.day);
    }
    return d + h.off;
  }
  // The value of a holiday in year y (0: unknown): its ISO date, "XXXX-12-25"
  // for a fixed day in an unknown year, else the text of tokens [b, e).
  std::string HolidayValue(const QEntry& h, int y, size_t b, size_t e) const {
    if (h.month == 0 && !h.easter) return Text(b, e);
    if (y > 0) return IsoDate(HolidayDays(h, y));
    if (h.nth == 0 && !h.easter)
      return absl::StrCat("XXXX-", Pad(h.month, 2), "-", Pad(h.day, 2));
    return Text(b, e);
  }
  // A year reference after a quarter: "2019", "of 2019", "of the year", "of
  // next year". Sets *y (0 when unknown); returns the end token or k.
  size_t YearRef(size_t k, int* y) const {
    *y = 0;
    if (YearToken(k, y)) return k + 1;
    if (!Is(k, QWord::kOf)) return k;
    if (YearToken(k + 1, y)) return k + 2;
    if (Is(k + 1, QWord::kThe) && Is(k + 2, QWord::kYear) && InSent(k + 2)) {
      if (has_date_) *y = year_;
      return k + 3;
    }
    size_t se;
    if (const QEntry* sh = Get(k + 1, QRole::kShift, &se);
        sh && Is(se, QWord::kYear) && InSent(se)) {
      if (has_date_) *y = year_ + static_cast<int>(sh->v);
      return se + 1;
    }
    return k;
  }
  // The year of quarter n written without one ("the fourth quarter", "4TH
  // QTR", "Q2"): 0 without a document date; else the document's year, or
  // the year before when that year's quarter has not begun and last year's
  // ended closer to the document date than this year's begins. Results
  // come after their quarter: "4TH QTR NET" in February is last year's
  // fourth quarter; "in the third quarter" in May is this year's.
  // The year of part n of `months` months (a quarter: 3, a half: 6) named
  // without one: the document's, or the year before when that part ended
  // nearer the document date than the document year's begins.
  int QuarterYear(int n, int months = 3) const {
    if (!has_date_) return 0;
    int y, m, d;
    CivilFromDays(today_, &y, &m, &d);
    const int first = months * (n - 1) + 1;  // the part's first month
    if (m >= first) return y;
    const int ahead = first - m, back = m + 12 - (first + months - 1);
    return back < ahead ? y - 1 : y;
  }
  // Whether a bare "the first half" is a half year: the sentence
  // holds a currency or percent word or a business word ("profit rose 8%
  // in the first half", "sales were higher in the second half") and no sport
  // word ("Rovers had 60% of possession in the first half", "scored twice
  // in the second half": a match's half).
  bool QuarterInSentence() const {
    for (size_t k = sent_begin_; k < sent_end_; ++k)
      if (Is(k, QWord::kQuarter)) return true;
    return false;
  }
  bool HalfYearContext() const {
    constexpr uint64_t kMoney = RoleBit(QRole::kCur) | RoleBit(QRole::kPct);
    bool money = false;
    for (size_t k = sent_begin_; k < sent_end_; ++k) {
      const uint16_t c = p_.word_class_[WordSlot(k)];
      if (c & QuantityParser::kSportTopic) return false;
      money =
          money || (roles_[k] & kMoney) || (c & QuantityParser::kBusinessTopic);
    }
    return money;
  }
  // Whether token k, in the sentence, is a piece of money ("note",
  // "coins": q_topic k=tender); the unit before it is the currency.
  bool TenderAt(size_t k) const {
    return InSent(k) &&
           (p_.word_class_[WordSlot(k)] & QuantityParser::kTenderTopic);
  }
  // The currency unit u at tokens [at, ue) after the number n names, when
  // the word also names one (u.cur: "pounds") and the context says so;
  // empty for the unit itself. "pounds of copper" is the mass unless a
  // money word follows within three words ("pounds of public money"); else
  // a mass word near it ("weighs", "weight") makes it the mass, and a money
  // word ("cost", "worth", "spending"), another currency ("one pound buying
  // $1.90", "1.36 pounds to the dollar") or the currency itself in the
  // sentence ("£") makes it money, as does, in a story that writes the
  // currency elsewhere ("£4m", "sterling"), a scale of a million or more
  // ("300 million pounds"). `vague`: the number is a vague count ("millions
  // of pounds"), money unless a mass word says otherwise. Near: the eight
  // words before the number and the three after the unit, in the sentence.
  std::string_view UnitCurrency(const Num& n, size_t at, size_t ue,
                                const QEntry& u, bool vague) const {
    const auto topic = [&](size_t k) { return p_.word_class_[WordSlot(k)]; };
    if (TenderAt(ue)) return CurrencyOf(u);  // "a ten-pound note"
    if (Is(ue, QWord::kOf) && InSent(ue)) {
      for (size_t k = ue + 1; k < ue + 4 && InSent(k); ++k)
        if (topic(k) & QuantityParser::kMoneyTopic) return CurrencyOf(u);
      return {};
    }
    const size_t b = vague ? at : n.b;
    const size_t lo = b > sent_begin_ + 8 ? b - 8 : sent_begin_;
    const size_t hi = std::min(ue + 3, sent_end_);
    bool money = vague;
    for (size_t k = lo; k < hi; ++k) {
      if (k == b) k = ue;  // the amount itself
      if (k >= hi) break;
      if (topic(k) & QuantityParser::kMassTopic) return {};
      if (topic(k) & QuantityParser::kMoneyTopic) money = true;
      if (roles_[k] & RoleBit(QRole::kCur)) {
        const QEntry* cur = Get(k, QRole::kCur);
        if (cur && !cur->amb && !cur->attach) money = true;
      }
    }
    if (money) return CurrencyOf(u);
    // A one-word name of the currency ("£", "sterling", "stg").
    const auto names_cur = [&](size_t k) {
      if (!(roles_[k] & RoleBit(QRole::kCur))) return false;
      const QEntry* cur = Single(k, QRole::kCur);
      return cur && !cur->attach && cur->s == u.cur;
    };
    for (size_t k = sent_begin_; k < sent_end_; ++k)
      if (names_cur(k)) return u.cur;
    if (n.scale < 1e6) return {};
    for (size_t k = 0; k < n_; ++k)
      if (names_cur(k)) return u.cur;
    return {};
  }
  // The currency a bare "pounds" of money names: that of the story's first
  // currency written with the word ("28 Egyptian pounds": later "7.5
  // pounds" are EGP too), else u.cur (GBP).
  std::string_view CurrencyOf(const QEntry& u) const {
    for (const Hit& h : list_) {  // the story's phrases, in text order
      if (h.q->role != QRole::kCur) continue;
      const QEntry* w = Single(h.end - 1, QRole::kUnit);
      if (w && w->cur == u.cur) return h.q->s;
    }
    return u.cur;
  }
  std::string PartValue(int y, std::string_view part, int n) const {
    return absl::StrCat(y > 0 ? Pad(y, 4) : std::string("XXXX"), "-", Av(part),
                        n);
  }

  // `value` by value (callers move theirs in), `modifier` a view: most
  // dates have none, and a named DateMod result is read, not copied.
  void EmitDate(size_t b, size_t e, std::string value,
                std::string_view modifier) {
    Quantity& q = EmitInPlace(b, e);
    q.type = QuantityType::kDate;
    q.value_text = std::move(value);
    if (!modifier.empty()) q.modifier.assign(modifier);
  }

  // "XXXX-WXX-2": weekday d (1-7) of an unknown week, without StrCat's
  // calls (the commonest date value of news).
  static std::string WeekdayValue(int d) {
    if (d < 0 || d > 9) return absl::StrCat("XXXX-WXX-", d);
    std::string v = "XXXX-WXX-0";
    v.back() = static_cast<char>('0' + d);
    return v;
  }

  std::string MonthValue(int y, int m) const {
    char buf[40];  // Pad(y, 4) or "XXXX", "-", Pad(m, 2)
    char* const end = buf + sizeof buf;
    char* p = PadBefore(end, m, 2);
    *--p = '-';
    if (y > 0) {
      p = PadBefore(p, y, 4);
    } else {
      p -= 4;
      std::memcpy(p, "XXXX", 4);
    }
    return std::string(p, static_cast<size_t>(end - p));
  }

  // A date written without spaces, with a month name or a four-digit year
  // among its parts: "Dec-2018", "dec31", "2019-aug-1", "23/Sep/2020",
  // "2020/23/Sep", "Sep-23-2020", "Q1-2019", and the numeric "12-2015" /
  // "10-1-2018" (dashes; slashes are one token, read below). Tokenization
  // splits these shapes in several ways, so the run of tokens with no space
  // between them is read by bytes: parts are cut at - / . and where letters
  // meet digits. Returns the end token, or i.
  static int ToInt(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
  }
  size_t CompactDate(size_t i) {
    const Token& t0 = tok(i);
    if (!InSent(i) ||
        (t0.kind != TokenKind::kWord && t0.kind != TokenKind::kNumber))
      return i;
    size_t k = i + 1;
    while (InSent(k) && k - i < 12 && !Space(k) && !used_[k]) {
      const char c = text_[tok(k).span.begin];
      if (!absl::ascii_isalnum(c) && c != '-' && c != '/') break;
      ++k;
    }
    if (k == i + 1 && !(t0.kind == TokenKind::kWord && t0.has(kHasDigit)))
      return i;
    struct Part {
      uint32_t b, e;
      char kind;  // 'y' year, 'n' number, 'm' month, 'q' quarter/half, 'x'
      int v;
      char sep;  // separator before the part: '-', '/', '.', or 0
    };
    Part parts[8];
    int n = 0;
    const uint32_t rb = t0.span.begin, re = tok(k - 1).span.end;
    char sep = 0;
    for (uint32_t p = rb; p < re;) {
      const char c = text_[p];
      if (c == '-' || c == '/' || c == '.') {
        if (sep || p == rb) return i;  // "--", a leading dash
        sep = c;
        ++p;
        continue;
      }
      if (!absl::ascii_isalnum(c) || n == 8) return i;
      uint32_t q = p;
      const bool digits = absl::ascii_isdigit(c);
      while (q < re && absl::ascii_isalnum(text_[q]) &&
             absl::ascii_isdigit(text_[q]) == digits)
        ++q;
      Part part{p, q, 'x', 0, n == 0 ? '\0' : sep};
      if (digits) {
        // "04th", "23rd": an ordinal suffix stays with its digits.
        if (q + 2 <= re && absl::ascii_isalpha(text_[q])) {
          const char suf[3] = {absl::ascii_tolower(text_[q]),
                               absl::ascii_tolower(text_[q + 1]), 0};
          const std::string_view sv(suf, 2);
          if ((q + 2 == re || !absl::ascii_isalpha(text_[q + 2])) &&
              (sv == "st" || sv == "nd" || sv == "rd" || sv == "th"))
            part.e = q + 2;
        }
        if (q - p <= 2) {
          part.kind = 'n';
          part.v = ToInt(text_.substr(p, q - p));
        } else if (q - p == 4 && part.e == q) {
          part.kind = 'y';
          part.v = ToInt(text_.substr(p, 4));
          if (part.v < 1000 || part.v > 2200) part.kind = 'x';
        }
      } else if (q - p <= 9) {
        char buf[10];
        for (uint32_t j = p; j < q; ++j)
          buf[j - p] = absl::ascii_tolower(text_[j]);
        const std::string_view w(buf, q - p);
        // One look-up for both roles the letters may have.
        const QuantityParser::FormSlot* form = p_.FindForm(w);
        const uint64_t roles = form ? form->roles : 0;
        if (const QEntry* mo = (roles & RoleBit(QRole::kMonth))
                                   ? FormEntry(*form, QRole::kMonth)
                                   : nullptr) {
          part.kind = 'm';
          part.v = static_cast<int>(mo->v);
        } else if (w == "q" || w == "h") {
          part.kind = 'q';
          part.v = w == "q" ? 4 : 2;
        } else if (roles & RoleBit(QRole::kPeriodAdj)) {
          part.kind = 'a';  // "FY2019", "cy18"
        }
      }
      if (n > 0 && parts[n - 1].kind == 'q' && part.kind == 'n' && sep == 0 &&
          part.v >= 1 && part.v <= parts[n - 1].v) {
        parts[n - 1].kind = 'Q';  // "Q1": quarter number in v
        parts[n - 1].v = part.v;
        parts[n - 1].e = part.e;
      } else {
        parts[n++] = part;
      }
      p = part.e;
      sep = 0;
    }
    if (n < 2) return i;
    // Every pattern below has a month, a year or a period adjective among
    // its parts ("G7", "U2", "3D" have none; a quarter comes with a year).
    bool anchor = false;
    for (int j = 0; j < n; ++j) {
      const char c = parts[j].kind;
      anchor = anchor || c == 'm' || c == 'y' || c == 'a';
    }
    if (!anchor) return i;
    // Longest pattern first: year, month and day in any order where a named
    // month says which number is which; two numbers and a year with dashes
    // read month first unless the first is over 12.
    int y = 0, m = 0, d = 0, used = 0;
    std::string value;
    auto kinds = [&](const char* s) {
      for (int j = 0; s[j]; ++j) {
        if (j >= n) return false;
        const char c = parts[j].kind;
        if (s[j] == 'd' ? c != 'n' : c != s[j]) return false;
      }
      return true;
    };
    auto day_ok = [](int v) { return v >= 1 && v <= 31; };
    if (kinds("mdy") && day_ok(parts[1].v)) {
      m = parts[0].v, d = parts[1].v, y = parts[2].v, used = 3;
    } else if (kinds("ymd") && day_ok(parts[2].v)) {
      y = parts[0].v, m = parts[1].v, d = parts[2].v, used = 3;
    } else if (kinds("ydm") && day_ok(parts[1].v)) {
      y = parts[0].v, d = parts[1].v, m = parts[2].v, used = 3;
    } else if (kinds("dmy") && day_ok(parts[0].v)) {
      d = parts[0].v, m = parts[1].v, y = parts[2].v, used = 3;
    } else if (kinds("ydd") && parts[1].sep == '-' && parts[2].sep == '-' &&
               parts[1].v >= 1 && parts[1].v <= 12 && day_ok(parts[2].v)) {
      y = parts[0].v, m = parts[1].v, d = parts[2].v, used = 3;  // 2018-7-6
    } else if (kinds("ddy") && parts[1].sep == '-' && parts[2].sep == '-') {
      m = parts[0].v, d = parts[1].v, y = parts[2].v, used = 3;
      if (m > 12) std::swap(m, d);
      if (m < 1 || m > 12 || !day_ok(d)) return i;
    } else if (kinds("my") || (kinds("dy") && parts[1].sep != '.' &&
                               parts[0].v >= 1 && parts[0].v <= 12)) {
      m = parts[0].v, y = parts[1].v, used = 2;
    } else if (kinds("Qy") && parts[1].sep != '/') {
      used = 2;
      value = PartValue(
          parts[1].v,
          text_[parts[0].b] == 'q' || text_[parts[0].b] == 'Q' ? "Q" : "H",
          parts[0].v);
    } else if ((kinds("ay") || kinds("an")) && parts[1].sep == 0) {
      used = 2;
      value = Pad(parts[1].kind == 'y' ? parts[1].v : 2000 + parts[1].v, 4);
    } else if (kinds("md") && day_ok(parts[1].v) && parts[1].sep != '.' &&
               (parts[1].sep != 0 || parts[1].e - parts[1].b >= 2 ||
                absl::ascii_islower(text_[parts[0].b]))) {
      // "dec31", "mar4"; not "MAR8" / "Mar8", futures contract months in
      // price tables.
      m = parts[0].v, d = parts[1].v, used = 2;
    } else if (kinds("dm") && day_ok(parts[0].v) &&
               (parts[1].sep == '-' ||
                (parts[1].sep == 0 && parts[0].e > parts[0].b + 2))) {
      // "15-Jun", "4thJan"; not "5-20/September", the end of a day range.
      d = parts[0].v, m = parts[1].v, used = 2;
    } else {
      return i;
    }
    // The date ends at a token end (a month's abbreviation period included);
    // what follows in the run is nothing or a dash before a range's end.
    uint32_t eb = parts[used - 1].e;
    if (parts[used - 1].kind == 'm' && eb < re && text_[eb] == '.') ++eb;
    size_t te = i;
    while (te < k && tok(te).span.end < eb) ++te;
    if (te == k || tok(te).span.end != eb) return i;
    ++te;
    if (te < k &&
        !(used < n && parts[used].sep == '-' && Is(te, QWord::kHyphen)))
      return i;
    size_t end = te;
    if (value.empty()) {
      if (y == 0 && d > 0) {
        if (size_t ye = YearAfter(te, &y); ye > te && !Is(te, QWord::kIn))
          end = ye;
        else
          y = 0;
      }
      if (y == 0 && has_date_) y = year_;
      value = d > 0 ? absl::StrCat(MonthValue(y, m), "-", Pad(d, 2))
                    : MonthValue(y, m);
    }
    size_t b;
    std::string mod = DateMod(i, &b);
    EmitDate(b, end, std::move(value), mod);
    return end;
  }

  // Whether no rule of TryDate can match at number token i: a necessary
  // condition read off each rule's opening tests, so that the plain numbers
  // of news ("42", "1,200", "3.5"), most of the candidates TryDate sees,
  // cost a few tests instead of every rule. False (run the rules) when
  // unsure: another token kind, a folded form, a lexicon role at i, a token
  // glued after it (CompactDate), or a shape other than digits with commas
  // and at most one period (ordinals, slashes, dashes, dotted dates,
  // decades); a day-sized number before a month, "of" or a range word
  // (DayAt, DayRange), a four-digit one before a quarter ("2019 Q1").
  // PlainNumberNoDate's look at a token glued after number token i (none:
  // true): whether CompactDate can read no date from the run.
  bool GluedNoDate(size_t i) const {
    const Token& t = toks_[i];
    if (InSent(i + 1) && !Space(i + 1)) {
      // CompactDate reads the run of glued tokens. After the digits (and a
      // '.' part) of a number, a run of letters is the part every pattern
      // with digits first ("15-Jun", "2019aug1") needs to be a month: "£5m"
      // and "$2bn" are not dates. An ordinal suffix ("5" "th") joins the
      // digits instead.
      const uint32_t b = toks_[i + 1].span.begin;
      const char c = text_[b];
      if (absl::ascii_isdigit(c) || c == '-' || c == '/' ||
          !absl::ascii_isdigit(text_[t.span.end - 1]))
        return false;
      if (absl::ascii_isalpha(c)) {
        char buf[10];
        size_t len = 0;
        const uint32_t e = toks_[i + 1].span.end;
        uint32_t k = b;
        for (; k < e && absl::ascii_isalpha(text_[k]); ++k) {
          if (len == sizeof buf) return false;
          buf[len++] = absl::ascii_tolower(text_[k]);
        }
        if (k == e && InSent(i + 2) && !Space(i + 2) &&
            absl::ascii_isalpha(text_[toks_[i + 2].span.begin]))
          return false;  // the letters may go on in the next token
        const std::string_view w(buf, len);
        if (len >= 2) {  // "st" "nd" "rd" "th", compared as two bytes
          const uint16_t two =
              static_cast<uint16_t>(static_cast<unsigned char>(buf[0]) |
                                    static_cast<unsigned char>(buf[1]) << 8);
          constexpr auto kTwo = [](const char(&s)[3]) {
            return static_cast<uint16_t>(s[0] | s[1] << 8);
          };
          if (two == kTwo("st") || two == kTwo("nd") || two == kTwo("rd") ||
              two == kTwo("th"))
            return false;
        }
        // Letters that fill the token are its form: a month only if its
        // role bits say so (Create checks that the forms and the word ids
        // agree), and no form look-up is needed when they do not.
        if (k == e && p_.forms_have_ids_ &&
            !(roles_[i + 1] & RoleBit(QRole::kMonth)))
          return true;
        if (Word(w, QRole::kMonth)) return false;
      }
    }
    return true;
  }

  // Token j is a word that goes on to a range's other end after a number
  // ("5 to 7", "1990-95", "3 through 9", "between 4 and 6").
  [[gnu::always_inline]] bool RangeWordAt(size_t j) const {
    return IsAny(j, kRangeWords);
  }

  // The words around a number of one or two digits that may make it a day
  // of a date or a clock time. PlainNumberNoDate and NoTimeAt (the gates of
  // TryDate and TryTime) and the fast path that tests both in one pass
  // (PlainNumberPre) all read these, so that a word added here reaches
  // every gate.
  //
  // Token j, after a day number, may take it into a date: a month ("5
  // May"), "of" ("the 5th of May") or a range word ("5 to 7 May").
  [[gnu::always_inline]] bool DayWordAfter(size_t j) const {
    if (Unjoined(j, RoleBit(QRole::kMonth))) return false;
    return (roles_[j] & RoleBit(QRole::kMonth)) || Is(j, QWord::kOf) ||
           RangeWordAt(j);  // roles_[n_] is 0
  }
  // Token i + 1 or i + 2, after hour or minute number i, may take it into a
  // clock time: "past" / "to" ("20 past 6", "5 minutes to 9"), a range word
  // ("7 - 9pm"), "in the morning", "at night".
  [[gnu::always_inline]] bool TimeWordAfter(size_t i) const {
    return (!Unjoined(i + 1) &&
            (IsAny(i + 1, kClockJoins) || RangeWordAt(i + 1))) ||
           Is(i + 2, QWord::kPast) || Is(i + 2, QWord::kTo);
  }
  // The token before number i makes it a bare hour: "at" ("at 6") or a
  // date modifier ("until 5", "since 9").
  [[gnu::always_inline]] bool TimeWordBefore(size_t i) const {
    return i > sent_begin_ && (Is(i - 1, QWord::kAt) ||
                               (roles_[i - 1] & RoleBit(QRole::kDatemod)));
  }

  bool PlainNumberNoDate(size_t i) const {
    if (i >= n_) return false;
    const Token& t = toks_[i];
    if (t.kind != TokenKind::kNumber || roles_[i] != 0 || norm_ref_[i] != 0 ||
        !InSent(i))
      return false;
    if (!GluedNoDate(i)) return false;
    int dots = 0;
    for (uint32_t k = t.span.begin; k < t.span.end; ++k) {
      const char c = text_[k];
      if (c == '.') {
        ++dots;
      } else if (!absl::ascii_isdigit(c) && c != ',') {
        return false;
      }
    }
    if (dots > 1) return false;
    if (t.span.size() <= 2 && DayWordAfter(i + 1)) return false;
    // roles_[n_] is 0
    if (t.span.size() == 4 && (roles_[i + 1] & RoleBit(QRole::kQuarter)))
      return false;
    return true;
  }

  // The same for a word token: no role TryDate reads (a month, a weekday
  // ...; an ordinal only before the words its rules need), no digit, no
  // dash, nothing glued after it (CompactDate),
  // not "week" / "last"; a number word ("two") reads as a date only after
  // "in" / "since" (a spelled year) or before an ordinal ("twenty first").
  bool WordNoDate(size_t i) const {
    if (i >= n_) return false;
    const Token& t = toks_[i];
    constexpr uint64_t kDateRoles =
        RoleBit(QRole::kOrd) | RoleBit(QRole::kMonth) |
        RoleBit(QRole::kHoliday) | RoleBit(QRole::kQuarter) |
        RoleBit(QRole::kSeason) | RoleBit(QRole::kWeekday) |
        RoleBit(QRole::kDayword) | RoleBit(QRole::kShift);
    const uint64_t r = roles_[i];
    uint64_t date_roles = r & kDateRoles;
    if (date_roles == RoleBit(QRole::kOrd)) {
      // An ordinal word ("first", "third") starts a date only as a day
      // before a month or "of" ("first of May") or a range word ("ninth to
      // twelfth of May"), or before a quarter or half word, "century",
      // "week" or "day" (TryDate's day-first, DayRange and ordinal rules;
      // OrdinalAt reads one token here: a two-word ordinal starts at a
      // number word), or before a count ("the first nine months of 1986":
      // EndOfPeriod).
      const size_t j = i + 1;  // roles_[n_] is 0
      if ((roles_[j] & (RoleBit(QRole::kMonth) | RoleBit(QRole::kQuarter))) ||
          (((roles_[j] & RoleBit(QRole::kNum)) ||
            (InSent(j) && IsNumberTok(j))) &&
           PeriodCountAt(j)))
        return false;
      const TokenText nx = norm(j);
      if (Is(j, QWord::kOf) || nx == "century" || nx == "centuries" ||
          Is(j, QWord::kWeek) || Is(j, QWord::kDay) || RangeWordAt(j))
        return false;
      date_roles = 0;
    }
    if (t.kind != TokenKind::kWord || !InSent(i) || t.has(kHasDigit) ||
        date_roles || (InSent(i + 1) && !Space(i + 1)) ||
        DashAt(i) != std::string_view::npos)
      return false;
    if (r & RoleBit(QRole::kNum)) {
      if (roles_[i + 1] & RoleBit(QRole::kOrd)) return false;  // [n_] is 0
      if (i > sent_begin_ &&
          (Is(i - 1, QWord::kIn) || Is(i - 1, QWord::kSince)))
        return false;
    }
    return !Is(i, QWord::kWeek) && !Is(i, QWord::kLast);
  }

  size_t TryDate(size_t i) {
    if (!all_rules_ && (tok(i).kind == TokenKind::kNumber ? PlainNumberNoDate(i)
                                                          : WordNoDate(i)))
      return i;
    // CompactDate reads a run of glued tokens, or a word with a digit.
    if (size_t ce;
        ((InSent(i + 1) && !Space(i + 1)) ||
         (tok(i).kind == TokenKind::kWord && tok(i).has(kHasDigit))) &&
        (ce = CompactDate(i)) > i)
      return ce;
    // "in nineteen ninety six", "since two thousand and fifteen": a year in
    // words after a preposition (SpelledYear: not before a noun).
    if (IsWordTok(i) && i > sent_begin_ &&
        (Is(i - 1, QWord::kIn) || Is(i - 1, QWord::kSince)) && !used_[i - 1] &&
        Get(i, QRole::kNum)) {
      int y = 0;
      if (size_t se = SpelledYear(i, &y); se > i + 1) {
        size_t b;
        std::string mod = DateMod(i, &b);
        EmitDate(b, se, Pad(y, 4), mod);
        return se;
      }
    }
    // "week 10", "week 3 of 2027": an ISO week number (not "week 2 games").
    if (int w = 0; Is(i, QWord::kWeek) && IsNumberTok(i + 1) && !used_[i + 1] &&
                   tok(i + 1).span.size() <= 2 &&
                   absl::SimpleAtoi(Av(norm(i + 1)), &w) && w >= 1 && w <= 53 &&
                   !(InSent(i + 2) && CountsSomething(i + 2))) {
      int y = 0;
      const size_t end = YearRef(i + 2, &y);
      if (y == 0 && has_date_) y = year_;
      size_t b;
      std::string mod = DateMod(i, &b);
      EmitDate(b, end,
               absl::StrCat(y > 0 ? Pad(y, 4) : std::string("XXXX"), "-W",
                            Pad(w, 2)),
               mod);
      return end;
    }
    size_t e;
    // "mid-March", "early-2025"
    if (IsWordTok(i)) {
      size_t dash = DashAt(i);
      if (dash != std::string_view::npos) {
        const TokenText w = norm(i);
        const QEntry* dm = Word(w.substr(0, dash), QRole::kDatemod);
        const QEntry* mo = Word(w.substr(dash + 1), QRole::kMonth);
        // "Jan-Feb 2017", "March-April": a month range written as one token.
        if (const QEntry* m1 = Word(w.substr(0, dash), QRole::kMonth);
            m1 && mo && m1->v != mo->v && Capitalized(i)) {
          int y = 0;
          size_t end = YearAfter(i + 1, &y);
          const int yy = y ? y : (has_date_ ? year_ : 0);
          Quantity q;
          q.type = QuantityType::kRange;
          q.value_text =
              absl::StrCat(MonthValue(m1->v > mo->v && yy > 0 ? yy - 1 : yy,
                                      static_cast<int>(m1->v)),
                           "/", MonthValue(yy, static_cast<int>(mo->v)));
          Emit(i, end, q);
          return end;
        }
        // "first-quarter", "fourth-qtr": a quarter, as "the first quarter".
        if (const QEntry* qu = Word(w.substr(dash + 1), QRole::kQuarter);
            qu && qu->v == 0 && Eq(qu->s, "Q")) {
          if (const QEntry* o = Word(w.substr(0, dash), QRole::kOrd);
              o && Eq(o->s, "unit") && o->v >= 1 && o->v <= 4) {
            const int n = static_cast<int>(o->v);
            int y = 0;
            const size_t end = YearToken(i + 1, &y) ? i + 2 : i + 1;
            size_t b;
            std::string mod = DateMod(i, &b);
            EmitDate(b, end, PartValue(y ? y : QuarterYear(n), "Q", n), mod);
            return end;
          }
        }
        if (dm) {
          // "mid-March", "since mid-2020", "mid-1990s": the modifiers
          // before the word chain with the one inside it ("since mid").
          const std::string_view rest = w.substr(dash + 1);
          std::string value;
          size_t end = i + 1;
          int y = 0, dec = 0;
          if (mo) {
            if (YearToken(i + 1, &y)) ++end;
            value = MonthValue(y ? y : (has_date_ ? year_ : 0),
                               static_cast<int>(mo->v));
          } else if (rest.size() == 4 && AllDigits(rest) &&
                     (y = ToInt(rest)) >= 1000 && y <= 2200) {
            value = Pad(y, 4);
          } else if (ShapedMatch(DecadeShape(rest), rest, *p_.decade_, &dec)) {
            value = absl::StrCat(dec < 100 ? "19" : "", dec, "X");
          }
          if (!value.empty()) {
            size_t b;
            std::string mod = DateMod(i, &b);
            EmitDate(b, end, std::move(value),
                     mod.empty() ? std::string(dm->s)
                                 : absl::StrCat(mod, " ", dm->s));
            return end;
          }
        }
      }
    }
    // Month first: "March 3, 2025", "Feb. 3", "March 2025", "March".
    if (const QEntry* mo = Get(i, QRole::kMonth, &e)) {
      // "with June Okafor", "April Delgado said": a month that is also a
      // given name, in title case, right before a title-case word of letters
      // that no lexicon knows (a surname; not "June Treasury bonds", "June
      // T-bonds"), is a name, unless a determiner, preposition or date
      // modifier comes before it ("the June summit", "in June Parliament").
      // Opening a sentence, where market reports write contract months
      // ("April Brent rose"), only before a comma or a speech verb.
      if (mo->given && tok(i).has(kCapitalized) && !tok(i).has(kAllCaps) &&
          InSent(e) && IsWordTok(e) && tok(e).has(kCapitalized) &&
          !tok(e).has(kAllCaps) && !tok(e).has(kHasDigit) &&
          WordSlot(e) == vocab_ &&
          Find(norm(e), '-') == std::string_view::npos) {
        size_t mb;
        const bool article =
            i > 0 && (Is(i - 1, QWord::kThe) || Is(i - 1, QWord::kA) ||
                      Is(i - 1, QWord::kAn));
        // (A bare short form, "Jan" (abbr=1), stands for a month only
        // before a day or a year: "won by Jan Ullrich" names him.)
        if ((mo->abbr || (!EndingAt(i, QRole::kYearprep, &mb) &&
                          !EndingAt(i, QRole::kDatemod, &mb))) &&
            !article &&
            (!tok(i).has(kSentenceInitial) ||
             (InSent(e + 1) &&
              (Is(e + 1, QWord::kComma) || (p_.word_class_[WordSlot(e + 1)] &
                                            QuantityParser::kSpeechVerb)))))
          return i;
      }
      int m = static_cast<int>(mo->v);
      int d = 0, y = 0;
      size_t end = e;
      size_t de;
      // Ordinal words after a month: "March third", "april ninth" (a full
      // month name is not a common word), "April the ninth".
      if (Is(end, QWord::kThe) && !IsNumberTok(end + 1) && InSent(end + 1) &&
          (Capitalized(i) || !mo->amb) && OrdinalAt(end + 1, &d, &de) &&
          d >= 1 && d <= 31)
        ++end;
      if (DayAt(end, &d, &de,
                (Capitalized(i) || !mo->amb) &&
                    !(mo->amb && tok(i).has(kSentenceInitial))) &&
          !(IsNumberTok(end) && YearToken(end, &y))) {
        end = de;
        size_t k = end;
        if (Is(k, QWord::kComma) || Is(k, QWord::kOf) || Is(k, QWord::kIn)) ++k;
        if (YearToken(k, &y)) {
          end = k + 1;
        } else if (size_t se = k == end ? SpelledYear(k, &y) : k; se > k) {
          end = se;  // "january first two thousand and thirty two"
        } else {
          y = 0;
        }
      } else if (size_t ye = YearAfter(end, &y); ye > end) {
        end = ye;
      } else if (Is(end, QWord::kComma) &&
                 YearToken(end + 1, &y)) {  // "Dec, 2018"
        end += 2;
      } else if (!Capitalized(i) || mo->amb) {
        // "may", "march" or a bare "Jan" need a number next to them, or a
        // preposition before them; "early May", "mid May": a part of the
        // month ("after May" may be Theresa May); "between august and
        // october": a lowercase full month after a preposition.
        size_t mb;
        const QEntry* prep = EndingAt(i, QRole::kYearprep, &mb);
        const QEntry* part = EndingAt(i, QRole::kDatemod, &mb);
        const bool part_of_month = part && IsPartOfPeriod(part->s);
        const TokenText w = norm(i);
        // "in May", "since May.": a capitalized "May" after "in" or a bound
        // ("since", "until", "by") and before no word that could go on a
        // name ("in May's cabinet", "since May took office"): the month.
        const bool may_month =
            w == "may" && Capitalized(i) && !tok(i).has(kSentenceInitial) &&
            (Is(i - 1, QWord::kIn) ||
             (part && (Eq(part->s, "since") || Eq(part->s, "until") ||
                       Eq(part->s, "by")))) &&
            (!InSent(i + 1) || !IsWordTok(i + 1) ||
             IsAny(i + 1, kMayFollowers));
        if (!may_month &&
            !(mo->amb && Capitalized(i) && w != "may" && prep &&
              !tok(i).has(kSentenceInitial)) &&
            !(mo->amb && Capitalized(i) && part_of_month) &&
            !(!mo->amb &&
              (w != "august" || Is(i - 1, QWord::kBetween) ||
               Is(i - 1, QWord::kFrom)) &&
              (prep || part_of_month))) {
          return i;
        }
      }
      size_t b;
      std::string mod = DateMod(i, &b);
      std::string value;
      if (d > 0) {
        value = absl::StrCat(MonthValue(y, m), "-", Pad(d, 2));
        if (y == 0 && has_date_)
          value = absl::StrCat(MonthValue(year_, m), "-", Pad(d, 2));
      } else {
        value = MonthValue(y ? y : (has_date_ ? year_ : 0), m);
      }
      EmitDate(b, end, std::move(value), mod);
      return end;
    }
    // Day first: "3 February 2026", "4th Jan".
    int d = 0;
    size_t de;
    if (DayAt(i, &d, &de, true)) {
      size_t k = de;
      if (Is(k, QWord::kOf)) ++k;
      const QEntry* mo = Get(k, QRole::kMonth, &e);
      if (mo && k == de && !IsNumberTok(i)) mo = nullptr;  // "first March"
      // "$12 December 27": an amount, then the date.
      if (mo && i > sent_begin_ && !Space(i) && Get(i - 1, QRole::kCur))
        mo = nullptr;
      if (mo) {
        int y = 0;
        size_t end = YearAfter(e, &y);
        size_t b;
        std::string mod = DateMod(i, &b);
        if (b == i && i > sent_begin_ && Is(i - 1, QWord::kThe) &&
            !used_[i - 1])
          b = i - 1;
        int yy = y ? y : (has_date_ ? year_ : 0);
        EmitDate(b, end,
                 absl::StrCat(MonthValue(yy, static_cast<int>(mo->v)), "-",
                              Pad(d, 2)),
                 mod);
        return end;
      }
      // "9 to 12 of June", "between 3 and 12 of Sept", "ninth through
      // seventeenth of April": days of one month, a RANGE.
      if (size_t re = DayRange(i, d, de); re > i) return re;
    }
    // "on the 18th", "on 29th": a day of this month, when no noun follows
    // ("on the 18th hole" is not a date).
    if (int dd = 0;
        IsNumberTok(i) && i > sent_begin_ &&
        absl::ascii_isalpha(text_[tok(i).span.end - 1]) &&
        (Is(i - 1, QWord::kOn) || Is(i - 1, QWord::kThe)) && DayToken(i, &dd) &&
        !(InSent(i + 1) && (IsWordTok(i + 1) || IsNumberTok(i + 1)))) {
      size_t b = i;
      if (Is(b - 1, QWord::kThe) && !used_[b - 1] && b - 1 > sent_begin_) --b;
      if (Is(b - 1, QWord::kOn) && !used_[b - 1]) {
        std::string value = absl::StrCat("XXXX-XX-", Pad(dd, 2));
        if (has_date_) {
          int y, mo, md;
          CivilFromDays(today_, &y, &mo, &md);
          value = absl::StrCat(MonthValue(y, mo), "-", Pad(dd, 2));
        }
        EmitDate(b, i + 1, std::move(value), "");
        return i + 1;
      }
    }
    // Holidays: "Christmas", "Easter 2018", "Thanksgiving". Not inside a name
    // ("Chinese New Year", "Easter Island").
    if (const QEntry* ho = Get(i, QRole::kHoliday, &e)) {
      const bool name_before = i > sent_begin_ && IsWordTok(i - 1) &&
                               Capitalized(i - 1) && !used_[i - 1] &&
                               !tok(i - 1).has(kSentenceInitial);
      const bool name_after = IsWordTok(e) && Capitalized(e) &&
                              !Get(e, QRole::kMonth) &&
                              !Get(e, QRole::kWeekday);
      if (!name_before && !name_after) {
        int y = 0;
        size_t end = YearAfter(e, &y);
        if (end == e) end = YearRef(e, &y);  // "of this year", "of 2027"
        size_t b;
        std::string mod = DateMod(i, &b);
        EmitDate(b, end,
                 HolidayValue(*ho, y ? y : (has_date_ ? year_ : 0), i, e), mod);
        return end;
      }
    }
    // Quarters and halves: "Q1", "Q3 2019", "Q1-2019", "H2 2020".
    if (const QEntry* qu = Get(i, QRole::kQuarter, &e); qu && qu->v > 0) {
      size_t k = e;
      if (Is(k, QWord::kHyphen) && !Space(k)) ++k;
      int y = 0;
      size_t end = YearRef(k, &y);
      if (end == k) end = e;
      if (y > 0 || Eq(qu->s, "Q")) {
        size_t b;
        std::string mod = DateMod(i, &b);
        // Without a year, the document's (QuarterYear) or, for a half, as
        // for months.
        const int n = static_cast<int>(qu->v);
        EmitDate(b, end,
                 PartValue(y > 0            ? y
                           : Eq(qu->s, "Q") ? QuarterYear(n)
                           : has_date_      ? year_
                                            : 0,
                           qu->s, n),
                 mod);
        return end;
      }
    }
    // "the first quarter of 2019", "the second half of the year", "the 15th
    // century", "the first week of July".
    if (int n = 0; OrdinalAt(i, &n, &e) || (Is(i, QWord::kLast) && InSent(i))) {
      if (n == 0) e = i + 1;  // "last": the last part
      size_t b;
      std::string mod = DateMod(i, &b);
      if (b == i && i > sent_begin_ && Is(i - 1, QWord::kThe) && !used_[i - 1])
        b = i - 1;
      if (n <= 1) {
        if (const size_t pe = EndOfPeriod(b, e, n == 1, mod); pe > e) return pe;
      }
      TokenText unit = norm(e);
      size_t ue = e + 1;
      if (const QEntry* qu = Get(e, QRole::kQuarter, &ue);
          qu && qu->v == 0 && n <= (Eq(qu->s, "Q") ? 4 : 2) && InSent(e)) {
        int y = 0;
        size_t end = YearRef(ue, &y);
        // Not "the first half hour", "second half April" (of the month).
        const bool half_year =
            end == ue && Eq(qu->s, "H") && n > 0 && !Is(ue, QWord::kOf) &&
            !(InSent(ue) &&
              (roles_[ue] & (RoleBit(QRole::kTime) | RoleBit(QRole::kMonth))) &&
              !Is(ue, QWord::kYear)) &&
            HalfYearContext();
        if (end > ue || (Eq(qu->s, "Q") && n > 0) || half_year) {
          const int part = n > 0 ? n : (Eq(qu->s, "Q") ? 4 : 2);
          EmitDate(b, end,
                   PartValue(y > 0            ? y
                             : Eq(qu->s, "Q") ? QuarterYear(part)
                             : half_year      ? QuarterYear(part, 6)
                             : has_date_      ? year_
                                              : 0,
                             qu->s, part),
                   mod);
          return end;
        }
      } else if ((unit == "century" || unit == "centuries") && n > 0 &&
                 n < 30 && InSent(e)) {
        EmitDate(b, e + 1, Pad(n - 1, 2), mod);
        return e + 1;
      } else if (unit == "week" && n <= 5 && Is(e + 1, QWord::kOf) &&
                 InSent(e + 2)) {
        const size_t before = out_->size();
        const size_t d2 = TryDate(e + 2);
        if (d2 > e + 2 && out_->size() == before + 1 &&
            out_->back().type == QuantityType::kDate) {
          Quantity& q = out_->back();
          q.value_text = absl::StrCat(q.value_text, "-W",
                                      n > 0 ? Pad(n, 2) : std::string("L"));
          q.span.begin = tok(b).span.begin;
          if (!mod.empty()) q.modifier = mod;
          Skip(b, d2);
          return d2;
        }
        out_->resize(before);
        // "the second week of 2021", "the last week of 2019": an ISO week.
        if (int y = 0; YearToken(e + 2, &y) && n <= 5) {
          // The last ISO week holds 28 December.
          const int w =
              n > 0 ? n
                    : static_cast<int>(std::atoi(
                          IsoWeek(DaysFromCivil(y, 12, 28)).c_str() + 6));
          EmitDate(b, e + 3, absl::StrCat(Pad(y, 4), "-W", Pad(w, 2)), mod);
          return e + 3;
        }
      } else if (unit == "day" && n >= 1 && n <= 31 && Is(e + 1, QWord::kOf) &&
                 InSent(e + 2)) {
        // "the 15th day of next month", "the twenty-third day of September":
        // that day of the month named after "of".
        const size_t before = out_->size();
        const size_t d2 = TryDate(e + 2);
        if (d2 > e + 2 && out_->size() == before + 1 &&
            out_->back().type == QuantityType::kDate &&
            out_->back().value_text.size() == 7 &&
            out_->back().value_text[4] == '-') {
          Quantity& q = out_->back();
          q.value_text = absl::StrCat(q.value_text, "-", Pad(n, 2));
          q.span.begin = tok(b).span.begin;
          if (!mod.empty()) q.modifier = mod;
          Skip(b, d2);
          return d2;
        }
        out_->resize(before);
        for (size_t j = e + 2; j < d2 && j < ts_.size(); ++j) used_[j] = false;
      }
    }
    // "summer 2025", "the summer of 2025", "in the spring of 2020".
    if (const QEntry* se = Get(i, QRole::kSeason, &e)) {
      size_t k = e;
      if (Is(k, QWord::kOf)) ++k;
      int y = 0;
      if (YearToken(k, &y)) {
        size_t b;
        std::string mod = DateMod(i, &b);
        if (b == i && i > sent_begin_ && Is(i - 1, QWord::kThe) &&
            !used_[i - 1])
          b = i - 1;
        EmitDate(b, k + 1, absl::StrCat(Pad(y, 4), "-", se->s), mod);
        return k + 1;
      }
    }
    // Weekdays: "on Tuesday"; a date right after one is the same day: "Tuesday,
    // March 7", "Tue May 9", "friday 5/12" (one DATE with the date's value).
    if (const QEntry* wd = Get(i, QRole::kWeekday, &e)) {
      if (WeekdayOpensTitle(i, e)) return i;
      size_t b;
      std::string mod = DateMod(i, &b);
      // "on Fridays", "Thursdays": every such day.
      if (wd->plural) {
        if (!Capitalized(i) && !tok(i).has(kSentenceInitial)) return i;
        EmitDate(b, e, WeekdayValue(static_cast<int>(wd->v)),
                 mod.empty() ? std::string("every") : mod);
        return e;
      }
      // "Tuesday of last week", "Friday of next week": that day of that week.
      if (size_t se; Is(e, QWord::kOf) && !wd->amb &&
                     Get(e + 1, QRole::kShift, &se) && Is(se, QWord::kWeek) &&
                     InSent(se)) {
        const QEntry* sh = Get(e + 1, QRole::kShift);
        std::string value = Text(b, se + 1);
        if (has_date_) {
          int64_t monday = today_ + 7 * static_cast<int64_t>(sh->v) -
                           (IsoWeekday(today_) - 1);
          value = IsoDate(monday + static_cast<int64_t>(wd->v) - 1);
        }
        EmitDate(b, se + 1, std::move(value), mod);
        return se + 1;
      }
      if (size_t d2 = DateAfterWeekday(e, b, mod); d2 > e) return d2;
      // "Sunday 31", "Thu 14th", "Friday the 26th": a weekday and a day of
      // the month (not a count: "Monday 21 ships sailed").
      {
        size_t j = Is(e, QWord::kThe) ? e + 1 : e;
        int dd = 0;
        size_t de;
        if ((Capitalized(i) || !wd->amb) && InSent(j) &&
            DayAt(j, &dd, &de, j > e) &&
            // "Monday 11-4" is a time range.
            !(IsNumberTok(j) &&
              (Is(de, QWord::kHyphen) || Is(de, QWord::kTo)) &&
              IsNumberTok(de + 1)) &&
            (!IsNumberTok(j) ||
             !absl::ascii_isdigit(text_[tok(j).span.end - 1]) || !InSent(de) ||
             (!IsWordTok(de) && !IsNumberTok(de)) || Is(de, QWord::kAt) ||
             Is(de, QWord::kFrom) || Is(de, QWord::kBetween) ||
             Is(de, QWord::kOr) || Is(de, QWord::kAnd))) {
          EmitDate(b, de,
                   absl::StrCat(has_date_ ? MonthValue(year_, 0).substr(0, 4)
                                          : std::string("XXXX"),
                                "-XX-", Pad(dd, 2)),
                   mod);
          return de;
        }
      }
      if (wd->amb) return i;  // "sun", "sat", "wed"
      // "Tuesday next week", "Wednesday evening last week": that day (and
      // part of it) of that week.
      {
        size_t pe = e, se = e;
        const QEntry* dp = Get(e, QRole::kDaypart, &pe);
        if (dp && !absl::ascii_isalpha(dp->s[1])) dp = nullptr;
        const size_t k2 = dp ? pe : e;
        const QEntry* sh = Get(k2, QRole::kShift, &se);
        if (sh && Is(se, QWord::kWeek) && InSent(se)) {
          std::string value = Text(b, se + 1);
          if (has_date_) {
            const int64_t monday = today_ + 7 * static_cast<int64_t>(sh->v) -
                                   (IsoWeekday(today_) - 1);
            value =
                absl::StrCat(IsoDate(monday + static_cast<int64_t>(wd->v) - 1),
                             dp ? dp->s : std::string());
          }
          EmitDate(b, se + 1, std::move(value), mod);
          return se + 1;
        }
      }
      std::string value = WeekdayValue(static_cast<int>(wd->v));
      if (has_date_) {
        int back = (IsoWeekday(today_) - static_cast<int>(wd->v) + 7) % 7;
        value = IsoDate(today_ - back);
      }
      EmitDate(b, e, std::move(value), mod);
      return e;
    }
    if (const QEntry* dw = Get(i, QRole::kDayword, &e)) {
      // "Radio 4's Today programme", "USA Today", "she told Today": a
      // capitalized day word inside a sentence, after a word or a number, is
      // a name (a date there is written in lower case).
      if (e == i + 1 && i > sent_begin_ && Capitalized(i) &&
          !tok(i).has(kAllCaps) && (IsWordTok(i - 1) || IsNumberTok(i - 1)))
        return i;
      size_t b;
      std::string mod = DateMod(i, &b);
      if (Eq(dw->s, "now") || Eq(dw->s, "todate") || Eq(dw->s, "ytd")) {
        // The moment of writing: "right now", "at present", "to date" (until
        // now; not "up to date"), "year to date" (a RANGE from January 1).
        // A bare "now" (amb) is too common a word to be a date on its own:
        // only as one end of a range ("between now and May", "from now
        // until June", "from 2019 to now").
        if (dw->amb && !in_range_end_ &&
            !(i > sent_begin_ &&
              (Is(i - 1, QWord::kBetween) || Is(i - 1, QWord::kFrom)) &&
              InSent(e) &&
              (Is(e, QWord::kAnd) || Is(e, QWord::kUntil) ||
               Is(e, QWord::kTill) || Is(e, QWord::kTo))))
          return i;
        if (Eq(dw->s, "todate") && i > sent_begin_ && Is(i - 1, QWord::kUp))
          return i;
        if (Eq(dw->s, "ytd")) {
          Quantity q;
          q.type = QuantityType::kRange;
          q.value_text = has_date_ ? absl::StrCat(Pad(year_, 4), "-01-01/",
                                                  IsoDate(today_))
                                   : Text(i, e);
          q.modifier = mod;
          Emit(b, e, q);
          return e;
        }
        EmitDate(b, e, has_date_ ? IsoDate(today_) : "PRESENT_REF",
                 Eq(dw->s, "todate") && mod.empty() ? "until" : mod);
        if (dw->amb && !in_range_end_) {
          // The first end: kept only when the range forms.
          if (size_t re = DateRange(e); re > e) return re;
          out_->pop_back();
          for (size_t j = b; j < e; ++j) used_[j] = false;
          return i;
        }
        return e;
      }
      if (Eq(dw->s, "period")) {
        // "by the end of the year", "later in the week", "since the start
        // of the month": the period the document date is in, after a part
        // of the period only ("player of the year" is none). "At the end of
        // the day" is mostly the idiom (in the end).
        size_t pb;
        const QEntry* part = EndingAt(i, QRole::kDatemod, &pb);
        const size_t u = e - 1;  // "year", "week", "quarter" ...
        if (!part || !IsPartOfPeriod(part->s) ||
            (Is(u, QWord::kDay) && Eq(part->s, "end") && pb > sent_begin_ &&
             Is(pb - 1, QWord::kAt)))
          return i;
        std::string value = Text(i, e);
        if (has_date_) {
          int y, m, dd;
          CivilFromDays(today_, &y, &m, &dd);
          if (Is(u, QWord::kQuarter)) {
            value = PartValue(y, "Q", (m - 1) / 3 + 1);
          } else if (const QEntry* tu = Get(u, QRole::kTime); tu) {
            value = Eq(tu->s, "M")   ? MonthValue(y, m)
                    : Eq(tu->s, "W") ? IsoWeek(today_)
                    : Eq(tu->s, "D") ? IsoDate(today_)
                    : tu->v == 10    ? absl::StrCat(y / 10, "X")
                                     : Pad(y, 4);
          }
        }
        EmitDate(b, e, std::move(value), mod);
        return e;
      }
      if (Eq(dw->s, "rel")) {
        // "the day before", "the day after": relative to a day in the story
        // (value = text, as "three days later"); not before a noun phrase
        // ("the day after the vote").
        if (InSent(e) && (IsWordTok(e) || IsNumberTok(e))) return i;
        EmitDate(b, e, Text(i, e), mod);
        return e;
      }
      EmitDate(b, e,
               has_date_
                   ? absl::StrCat(IsoDate(today_ + static_cast<int64_t>(dw->v)),
                                  dw->s)
                   : std::string(
                         text_.substr(tok(i).span.begin, tok(i).span.size())),
               mod);
      return e;
    }
    // "last year", "next week", "this month", "last Tuesday".
    if (const QEntry* sh = Get(i, QRole::kShift, &e)) {
      size_t k = e;
      int s = static_cast<int>(sh->v);
      size_t b;
      std::string mod = DateMod(i, &b);
      // "the last two weeks" is a duration; "the last Easter" a date.
      if (i > sent_begin_ && Is(i - 1, QWord::kThe) && Is(i, QWord::kLast) &&
          !Get(k, QRole::kHoliday))
        return i;
      // "the next day", "the following week": the article is part of it.
      if (b == i && i > sent_begin_ && Is(i - 1, QWord::kThe) &&
          !used_[i - 1] && sh->v > 0 && Is(e, QWord::kDay))
        b = i - 1;
      // "this school year", "next fiscal year", "this working week".
      if (Get(k, QRole::kPeriodAdj) && Get(k + 1, QRole::kTime)) ++k;
      std::string_view unit_text =
          text_.substr(tok(i).span.begin, tok(k).span.end - tok(i).span.begin);
      // "next hour", "this minute": kept as text (the document date has no
      // clock time to count from).
      if (const QEntry* tu = Get(k, QRole::kTime);
          tu && tu->time && tu->v == 1 && !IsPluralNoun(norm(k)) &&
          (Is(k, QWord::kHour) || Is(k, QWord::kMinute)) && s != 0 &&
          !BeforeNoun(k + 1)) {
        EmitDate(b, k + 1, Text(i, k + 1), mod);
        return k + 1;
      }
      if (const QEntry* tu = Get(k, QRole::kTime);
          tu && !tu->time && tu->v == 1 && !IsPluralNoun(norm(k))) {
        // "next year's first quarter", "last year's second half": that part
        // of that year, one date.
        if (int n = 0; Eq(tu->s, "Y") && InSent(k + 2) && !Space(k + 1) &&
                       norm(k + 1) == "'s" && OrdinalAt(k + 2, &n, &e) &&
                       n >= 1) {
          size_t qe;
          if (const QEntry* qu = Get(e, QRole::kQuarter, &qe);
              qu && qu->v == 0 && n <= (Eq(qu->s, "Q") ? 4 : 2)) {
            std::string value = Text(i, qe);
            if (has_date_) {
              int y, m, dd;
              CivilFromDays(today_, &y, &m, &dd);
              value = PartValue(y + s, qu->s, n);
            }
            EmitDate(b, qe, std::move(value), mod);
            return qe;
          }
        }
        std::string value(unit_text);
        if (has_date_) {
          int y, m, dd;
          CivilFromDays(today_, &y, &m, &dd);
          if (Eq(tu->s, "Y")) {
            value = Pad(y + s, 4);
          } else if (Eq(tu->s, "M")) {
            int mm = (y * 12 + (m - 1)) + s;
            value = MonthValue(mm / 12, mm % 12 + 1);
          } else if (Eq(tu->s, "W")) {
            value = IsoWeek(today_ + 7 * s);
          } else if (Eq(tu->s, "WE")) {
            value = IsoWeek(today_ + 7 * s) + "-WE";  // "last weekend"
          } else {
            value = IsoDate(today_ + s);
          }
        }
        // "next week Wednesday", "this week on Monday": that day of that week.
        if (Eq(tu->s, "W")) {
          size_t w = k + 1;
          if (Is(w, QWord::kOn)) ++w;
          size_t we;
          if (const QEntry* wd = Get(w, QRole::kWeekday, &we)) {
            if (has_date_) {
              int64_t monday = today_ + 7 * s - (IsoWeekday(today_) - 1);
              value = IsoDate(monday + static_cast<int64_t>(wd->v) - 1);
            } else {
              value = std::string(text_.substr(
                  tok(i).span.begin, tok(we - 1).span.end - tok(i).span.begin));
            }
            EmitDate(b, we, std::move(value), mod);
            return we;
          }
        }
        EmitDate(b, k + 1, std::move(value), mod);
        return k + 1;
      }
      // "this summer", "last winter": YYYY-SU (ISO 8601-2 style season codes).
      if (const QEntry* se = Get(k, QRole::kSeason, &e)) {
        int y, mo, dd;
        CivilFromDays(today_, &y, &mo, &dd);
        EmitDate(
            b, e,
            has_date_ ? absl::StrCat(Pad(y + s, 4), "-", se->s) : Text(i, e),
            mod);
        return e;
      }
      // "last Christmas", "this Easter".
      if (const QEntry* ho = Get(k, QRole::kHoliday, &e)) {
        EmitDate(b, e, HolidayValue(*ho, has_date_ ? year_ + s : 0, k, e), mod);
        return e;
      }
      // "this quarter", "last quarter", "next quarter".
      if (const QEntry* qu = Get(k, QRole::kQuarter, &e);
          qu && qu->v == 0 && Eq(qu->s, "Q") && e == k + 1) {
        std::string value = Text(i, e);
        if (has_date_) {
          int y, mo, dd;
          CivilFromDays(today_, &y, &mo, &dd);
          int qn = y * 4 + (mo - 1) / 3 + s;
          value = PartValue(qn / 4, "Q", qn % 4 + 1);
        }
        EmitDate(b, e, std::move(value), mod);
        return e;
      }
      // "last night", "this morning": yesterday's night, today's morning.
      // "next evening": tomorrow's ("the next evening" is the story's).
      if (const QEntry* dp = Get(k, QRole::kDaypart, &e);
          dp && s <= 1 && !(s < 0 && !Eq(dp->s, "TNI")) &&
          !(s > 0 && (!Is(i, QWord::kNext) || !absl::ascii_isalpha(dp->s[1]) ||
                      (i > sent_begin_ && Is(i - 1, QWord::kThe))))) {
        std::string value =
            has_date_ ? IsoDate(today_ + s) : std::string(unit_text);
        EmitDate(b, e, has_date_ ? value + dp->s : Text(i, e), mod);
        return e;
      }
      // "this May", "last March", "next April 3": that month of this, last
      // or next year ("this may" is a verb).
      if (const QEntry* mo = Get(k, QRole::kMonth);
          mo && (Capitalized(k) || !mo->amb)) {
        const size_t before = out_->size();
        const size_t d2 = TryDate(k);
        if (d2 > k && out_->size() == before + 1 &&
            out_->back().type == QuantityType::kDate &&
            out_->back().span.begin == tok(k).span.begin) {
          Quantity& q = out_->back();
          int y;
          bool own_year = false;
          for (size_t j = k; j < d2; ++j)
            own_year = own_year || YearToken(j, &y);
          if (!own_year) {
            if (has_date_ && q.value_text.size() >= 7 && q.value_text[4] == '-')
              q.value_text.replace(0, 4, Pad(year_ + s, 4));
            else if (!has_date_)
              q.value_text = Text(i, d2);
          }
          q.span.begin = tok(b).span.begin;
          if (q.modifier.empty()) q.modifier = mod;
          Skip(b, d2);
          return d2;
        }
        out_->resize(before);
        for (size_t j = k; j < d2 && j < ts_.size(); ++j) used_[j] = false;
        if (size_t me; Capitalized(k) && Get(k, QRole::kMonth, &me)) {
          EmitDate(b, me,
                   has_date_ ? MonthValue(year_ + s, static_cast<int>(mo->v))
                             : Text(i, me),
                   mod);
          return me;
        }
      }
      // "last Tuesday", "this Friday", "the following Monday".
      if (const QEntry* wd = Get(k, QRole::kWeekday); wd) {
        std::string value(unit_text);
        if (has_date_) {
          int wdv = static_cast<int>(wd->v), today_wd = IsoWeekday(today_);
          int64_t day = s < 0   ? today_ - ((today_wd - wdv + 7) % 7 == 0
                                                ? 7
                                                : (today_wd - wdv + 7) % 7)
                        : s > 0 ? today_ + ((wdv - today_wd + 7) % 7 == 0
                                                ? 7
                                                : (wdv - today_wd + 7) % 7)
                                : today_ + (wdv - today_wd);
          value = IsoDate(day);
        }
        if (size_t d2 = DateAfterWeekday(k + 1, b, mod); d2 > k + 1) return d2;
        EmitDate(b, k + 1, std::move(value), mod);
        return k + 1;
      }
      // "next 5/19": a month/day after "this" / "next" (SlashDateContext).
      if (IsNumberTok(k)) {
        const size_t before = out_->size();
        if (size_t d2 = TryDate(k); d2 > k) {
          if (out_->size() == before + 1 &&
              out_->back().span.begin == tok(i).span.begin)
            return d2;
          out_->resize(before);
          for (size_t j = k; j < d2; ++j) used_[j] = false;
        }
      }
      return i;
    }
    if (!IsNumberTok(i)) return i;
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    int y, m, dd;
    if (YearToken(i, &y)) {
      size_t k = i + 1;
      if (Is(k, QWord::kHyphen) && !Space(k)) ++k;
      if (const QEntry* qu = Get(k, QRole::kQuarter, &e); qu && qu->v > 0) {
        size_t b;
        std::string mod = DateMod(i, &b);
        EmitDate(b, e, PartValue(y, qu->s, static_cast<int>(qu->v)), mod);
        return e;
      }
    }
    // "2005/06", "the 2020/2021 season": a season or financial year over two
    // calendar years (the second may be written with its last two digits).
    if ((t.size() == 7 || t.size() == 9) && t[4] == '/' &&
        AllDigits(t.substr(0, 4)) && AllDigits(t.substr(5))) {
      y = ToInt(t.substr(0, 4));
      if (y >= 1800 && y <= 2100 &&
          (t.size() == 7 ? (y + 1) % 100 : y + 1) == ToInt(t.substr(5))) {
        size_t b;
        Quantity q;
        q.type = QuantityType::kRange;
        q.value_text = absl::StrCat(y, "/", y + 1);
        q.modifier = DateMod(i, &b);
        Emit(b, i + 1, q);
        return i + 1;
      }
    }
    re2::StringPiece ds;
    if (ShapedMatch(IsoDateShape(t), t, *p_.iso_date_, &y, &m, &ds) && m >= 1 &&
        m <= 12) {
      size_t b;
      std::string mod = DateMod(i, &b);
      EmitDate(b, i + 1, ds.empty() ? MonthValue(y, m) : std::string(t), mod);
      return i + 1;
    }
    re2::StringPiece ys;
    if (ShapedMatch(SlashShape(t), t, *p_.slash_date_, &m, &dd, &ys) &&
        m >= 1 && m <= 12 && dd >= 1 && dd <= 31) {
      y = static_cast<int>(ToDouble(std::string_view(ys.data(), ys.size())));
      if (y < 100) y += 2000;
      size_t b;
      std::string mod = DateMod(i, &b);
      EmitDate(b, i + 1, absl::StrCat(MonthValue(y, m), "-", Pad(dd, 2)), mod);
      return i + 1;
    }
    // "on 5/12", "Friday 7/6", "from 10/1 to 11/7", "2/29-3/1": a month and
    // day without a year, only where the words around say date; elsewhere
    // 5/12 is a fraction and 5/1 betting odds.
    if (t.size() <= 5 && Find(t, '/') != std::string_view::npos &&
        ShapedMatch(SlashShape(t), t, *p_.fraction_, &m, &dd)) {
      if (m > 12 && dd <= 12) std::swap(m, dd);  // "22/04"
      size_t b = i;
      if (m >= 1 && m <= 12 && dd >= 1 && dd <= 31 && SlashDateContext(i, &b)) {
        EmitDate(
            b, i + 1,
            absl::StrCat(MonthValue(has_date_ ? year_ : 0, m), "-", Pad(dd, 2)),
            "");
        return i + 1;
      }
    }
    if (int dy, dm, dd2; DottedDate(t, &dy, &dm, &dd2)) {
      size_t b;
      std::string mod = DateMod(i, &b);
      EmitDate(b, i + 1, absl::StrCat(MonthValue(dy, dm), "-", Pad(dd2, 2)),
               mod);
      return i + 1;
    }
    int dec;
    if (ShapedMatch(DecadeShape(t), t, *p_.decade_, &dec)) {
      size_t b;
      std::string mod = DateMod(i, &b);
      if (b == i && i > sent_begin_ && Is(i - 1, QWord::kThe)) b = i - 1;
      EmitDate(b, i + 1, absl::StrCat(dec < 100 ? "19" : "", dec, "X"), mod);
      return i + 1;
    }
    // "the '80s", "in ’90s": a decade of the 1900s with its century cut off
    // by an apostrophe ("the 80s" may be ages or temperatures).
    if (t.size() == 3 && absl::ascii_isdigit(t[0]) && t[1] == '0' &&
        (t[2] == 's' || t[2] == 'S') && i > sent_begin_ && !Space(i) &&
        tok(i - 1).kind == TokenKind::kQuote) {
      const std::string_view q =
          text_.substr(tok(i - 1).span.begin, tok(i - 1).span.size());
      if (q == "'" || q == "\xE2\x80\x99") {
        size_t b;
        std::string mod = DateMod(i - 1, &b);
        if (b == i - 1 && b > sent_begin_ && Is(b - 1, QWord::kThe)) --b;
        EmitDate(b, i + 1, absl::StrCat("19", Av(t.substr(0, 1)), "X"), mod);
        return i + 1;
      }
    }
    return i;
  }

  // A date right after a weekday names that day: "Tuesday, March 7",
  // "Friday 2018-7-6", "this friday (jun-15)", "this Friday 7.6" (month.day,
  // when no word of a noun phrase follows: "Tuesday 3.5 million" is not).
  // Emits one DATE from token b (modifier `mod`) and returns its end, or e.
  size_t DateAfterWeekday(size_t e, size_t b, const std::string& mod) {
    size_t k = e;
    if (Is(k, QWord::kComma) && InSent(k + 1)) ++k;
    const bool paren = Is(k, QWord::kOpenParen);
    if (paren) ++k;
    if (!InSent(k)) return e;
    const size_t before = out_->size();
    size_t d2 = k;
    if (Get(k, QRole::kMonth) || IsNumberTok(k) ||
        (IsWordTok(k) && tok(k).has(kHasDigit))) {
      d2 = TryDate(k);
      if (d2 > k && !(out_->size() == before + 1 &&
                      out_->back().type == QuantityType::kDate)) {
        out_->resize(before);
        for (size_t j = k; j < d2; ++j) used_[j] = false;
        d2 = k;
      }
    }
    if (d2 == k && IsNumberTok(k) && !used_[k]) {
      std::string_view t = text_.substr(tok(k).span.begin, tok(k).span.size());
      const size_t dot = Find(t, '.');
      int m = 0, d = 0;
      TokenText nx = norm(k + 1);
      if (dot != std::string_view::npos && dot >= 1 && dot <= 2 &&
          t.size() - dot - 1 >= 1 && t.size() - dot - 1 <= 2 &&
          absl::SimpleAtoi(Av(t.substr(0, dot)), &m) &&
          absl::SimpleAtoi(Av(t.substr(dot + 1)), &d) &&
          (!InSent(k + 1) || (!IsWordTok(k + 1) && !IsNumberTok(k + 1)) ||
           nx == "at" || nx == "from" || nx == "with" || nx == "between" ||
           nx == "or" || nx == "and" || nx == "to")) {
        if (m > 12) std::swap(m, d);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
          EmitDate(k, k + 1,
                   absl::StrCat(MonthValue(has_date_ ? year_ : 0, m), "-",
                                Pad(d, 2)),
                   "");
          d2 = k + 1;
        }
      }
    }
    if (d2 == k) return e;
    if (paren) {
      if (!Is(d2, QWord::kCloseParen) || !InSent(d2)) {
        out_->resize(before);
        for (size_t j = k; j < d2; ++j) used_[j] = false;
        return e;
      }
      ++d2;
    }
    Quantity& q = out_->back();
    q.span.begin = tok(b).span.begin;
    q.span.end = std::max(q.span.end, tok(d2 - 1).span.end);
    if (!mod.empty() && q.modifier.empty()) q.modifier = mod;
    Skip(b, d2);
    return d2;
  }

  // "23.04.2022": day, month and year with dots (read before the version
  // exclusion, which would take "1.2.3").
  static bool DottedDate(std::string_view t, int* y, int* m, int* d) {
    // d.m.yyyy to dd.mm.yyyy: 8 to 10 bytes (most numbers have fewer).
    if (t.size() < 8 || t.size() > 10) return false;
    const size_t p1 = Find(t, '.');
    if (p1 == std::string_view::npos || p1 == 0 || p1 > 2) return false;
    const size_t p2 = Find(t, '.', p1 + 1);
    if (p2 == std::string_view::npos || p2 - p1 - 1 == 0 || p2 - p1 - 1 > 2 ||
        t.size() - p2 - 1 != 4)
      return false;
    if (!absl::SimpleAtoi(Av(t.substr(0, p1)), d) ||
        !absl::SimpleAtoi(Av(t.substr(p1 + 1, p2 - p1 - 1)), m) ||
        !absl::SimpleAtoi(Av(t.substr(p2 + 1)), y))
      return false;
    return *d >= 1 && *d <= 31 && *m >= 1 && *m <= 12 && *y >= 1000 &&
           *y <= 2200;
  }

  // A month/day token at i reads as a date: after a date preposition or a
  // weekday ("on 5/12", "Friday 5/12", "next 5/12"; *b moves to "this" /
  // "next"), as the second end of a date range, or before "-" and another
  // month/day ("2/29-3/1").
  bool SlashDateContext(size_t i, size_t* b) const {
    // A fraction of a measure: "by 1/2 point", "1/4 pct", "7-5/8 pct"
    // (a whole number glued before it by a dash).
    if (InSent(i + 1) && ((roles_[i + 1] & RoleBit(QRole::kPct)) ||
                          Is(i + 1, QWord::kPoint) || norm(i + 1) == "points"))
      return false;
    if (i >= sent_begin_ + 2 && Is(i - 1, QWord::kHyphen) && !Space(i) &&
        !Space(i - 1) && IsNumberTok(i - 2) &&
        AllDigits(text_.substr(tok(i - 2).span.begin, tok(i - 2).span.size())))
      return false;
    if (i > sent_begin_ && !used_[i - 1]) {
      TokenText p = norm(i - 1);
      if (p == "this" || p == "next") {
        *b = i - 1;
        return true;
      }
      // Not "from": "slashed from 4/6 to 1/2" is betting odds.
      if (p == "on" || p == "by" || p == "until" || p == "till" ||
          p == "since" || p == "before" || p == "after" ||
          Get(i - 1, QRole::kWeekday))
        return true;
    }
    if (i > sent_begin_ + 1 && !out_->empty() &&
        out_->back().type == QuantityType::kDate &&
        out_->back().span.end == tok(i - 2).span.end) {
      TokenText p = norm(i - 1);
      if (p == "-" || p == "to" || p == "through" || p == "and" ||
          p == "until" || p == "till")
        return true;
    }
    int m2, d2;
    re2::StringPiece y2;
    if (InSent(i + 2) && Is(i + 1, QWord::kHyphen) && !Space(i + 1) &&
        !Space(i + 2) && IsNumberTok(i + 2)) {
      std::string_view t2 =
          text_.substr(tok(i + 2).span.begin, tok(i + 2).span.size());
      return ShapedMatch(SlashShape(t2), t2, *p_.fraction_, &m2, &d2) ||
             ShapedMatch(SlashShape(t2), t2, *p_.slash_date_, &m2, &d2, &y2);
    }
    return false;
  }

  // ---- measures ----

  // Word(w.substr(Find(w, '-') + 1), kDen) for word token j, w = norm(j):
  // a fraction word after the dash ("two-thirds"). Without a dash that is
  // the whole form, and CountedNoun's role test has found it already
  // (Get(j, kDen)) whenever the form table and the word ids agree, as
  // Create checks: the look-up (a hash of the form) runs on dashed words.
  bool DenAfterDash(size_t j, std::string_view w) const {
    const size_t dash = DashAt(j);
    if (dash == std::string_view::npos && p_.forms_have_ids_ && !all_rules_)
      return false;
    // DashAt found the dash already when the token's dash bit is set.
    const size_t at = dash != std::string_view::npos ? dash : Find(w, '-');
    return Word(w.substr(at + 1), QRole::kDen) != nullptr;
  }

  // Counted noun after token e: "40 detainees", "1,500 striking workers".
  // A currency word that is also a common word ("won", amb=1): after a
  // bare spelled number it is that word, neither money nor a counted noun.
  bool AmbiguousCurrency(size_t j) const {
    const QEntry* c = Get(j, QRole::kCur);
    return c && c->amb;
  }

  bool CountedNoun(size_t e, double v, size_t* noun_end) const {
    size_t j = e;
    size_t head = 0;
    for (; j < e + 3 && IsWordTok(j) && Space(j); ++j) {
      TokenText w = norm(j);
      // One test of the role bits answers the seven look-ups below for
      // most words (Get finds nothing where its bit is clear).
      constexpr uint64_t kEndRoles =
          RoleBit(QRole::kStop) | RoleBit(QRole::kTime) |
          RoleBit(QRole::kMonth) | RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
          RoleBit(QRole::kClock) | RoleBit(QRole::kDen) | RoleBit(QRole::kCur);
      if (((all_rules_ || (roles_[j] & kEndRoles)) &&
           (Get(j, QRole::kStop) || Get(j, QRole::kTime) ||
            Get(j, QRole::kMonth) || Get(j, QRole::kNum) ||
            Get(j, QRole::kOrd) || Get(j, QRole::kClock) ||
            Get(j, QRole::kDen) || AmbiguousCurrency(j))) ||
          DenAfterDash(j, w) ||
          // A name word only after an adjective: "two senior Treasury
          // officials".
          (Capitalized(j) && !IsPluralNoun(w) &&
           !(j > e && Get(j - 1, QRole::kAdj)))) {
        break;
      }
      if (IsPluralNoun(w) || Get(j, QRole::kPlural)) {
        head = j + 1;
        break;
      }
      if (w.size() > 2 && w.substr(w.size() - 2) == "ly") break;
    }
    if (head == 0 && v == 1 && IsWordTok(e) && Space(e) &&
        !Get(e, QRole::kStop) && !Capitalized(e) && !Get(e, QRole::kTime) &&
        !AmbiguousCurrency(e)) {
      head = e + 1;
      // "one senior official", "one common share": after adjectives
      // (q_adj) the singular noun is the counted one. "one senior said"
      // keeps "senior" (a noun there).
      size_t a = e;
      while (a < e + 2 && IsWordTok(a) && Space(a) && Get(a, QRole::kAdj)) ++a;
      // "one senior Treasury official", "one former Labour minister": a
      // name word or two between the adjectives and the noun.
      if (a > e) {
        size_t c = a;
        while (c < a + 2 && IsWordTok(c) && Space(c) && Capitalized(c) &&
               !Get(c, QRole::kStop) && !Get(c, QRole::kMonth) &&
               !Get(c, QRole::kWeekday) && !Get(c, QRole::kHoliday))
          ++c;
        if (c > a && IsWordTok(c) && Space(c) && !Capitalized(c)) a = c;
      }
      if (a > e && IsWordTok(a) && Space(a) && !Capitalized(a) &&
          !Get(a, QRole::kStop) && !Get(a, QRole::kTime) &&
          !Get(a, QRole::kNum) && !Get(a, QRole::kOrd) &&
          !Get(a, QRole::kMonth) && !Get(a, QRole::kClock) &&
          !Get(a, QRole::kPct) && !Get(a, QRole::kUnit) &&
          !Get(a, QRole::kCur) && !Get(a, QRole::kPeriodAdj)) {
        TokenText w = norm(a);
        if (!(w.size() > 2 && w.substr(w.size() - 2) == "ly")) head = a + 1;
      }
    }
    if (head == 0) return false;
    *noun_end = head;
    return true;
  }

  // After a vague count ("thousands of"), a plural noun within three words
  // that CountedNoun does not reach: past capitalized words and adjectives
  // ("Spanish farmers", "TV viewers", "other tremor sufferers"). Not past
  // a function word or a time, unit or currency word.
  [[gnu::noinline]] bool VagueNoun(size_t e, size_t* noun_end) const {
    for (size_t j = e; j < e + 3 && IsWordTok(j) && Space(j); ++j) {
      const TokenText w = norm(j);
      if ((Get(j, QRole::kStop) &&
           !(w == "other" || w == "old" || w == "such")) ||
          Get(j, QRole::kTime) || Get(j, QRole::kUnit) || Get(j, QRole::kCur) ||
          Get(j, QRole::kPct) || Get(j, QRole::kNum))
        return false;
      if (IsPluralNoun(w) || Get(j, QRole::kPlural)) {
        *noun_end = j + 1;
        return true;
      }
    }
    return false;
  }

  std::string Text(size_t b, size_t e) const {
    return std::string(text_.substr(tok(b).span.begin,
                                    tok(e - 1).span.end - tok(b).span.begin));
  }

  // Token k (k < n_) is an ISO 4217 code ("USD"). Every code of three
  // letters A-Z is an all-caps word (the tokenizer's kAllCaps): the flag
  // answers the other tokens, unless ICU listed codes of another shape.
  [[gnu::always_inline]] bool IsoCodeAt(size_t k) const {
    if (!toks_[k].has(kAllCaps) && p_.iso_other_.empty()) return false;
    return p_.IsIsoCode(
        text_.substr(toks_[k].span.begin, toks_[k].span.size()));
  }

  // No unit, sign, currency, ISO code, time word or age ("yo") can follow
  // number `n` at token e (its tests below all fail): nothing of the number
  // goes on in its word ("four-mile"), token e has none of the roles they
  // read and is none of the rule words they read there, is no all-caps
  // word (ISO codes, "MUSD"; ICU lists no code of another shape) and, when
  // its bytes are its form, does not start with 'y'.
  [[gnu::always_inline]] bool PlainAfterNumber(const Num& n, size_t e) const {
    constexpr uint64_t kTested = RoleBit(QRole::kPct) | RoleBit(QRole::kCur) |
                                 RoleBit(QRole::kUnit) | RoleBit(QRole::kTime);
    // The rule words the tests read at token e: "-" (a unit joined by a
    // hyphen, "10-percent"), "of" after a fraction ("two-thirds of a
    // percentage point") and kBusinessDayWords, the list the unit rule
    // reads; no other join word ("5 to 7", "one of them"). Off where
    // Neutral is (the tests' all-rules run).
    if (!n.rest.empty() || !neutral_ok_ || (roles_[e] & kTested) ||
        Is(e, QWord::kHyphen) || (n.fraction && Is(e, QWord::kOf)) ||
        IsAny(e, kBusinessDayWords) || !p_.iso_other_.empty())
      return false;
    if (e >= n_) return true;
    const Token& t = toks_[e];
    return !t.has(kAllCaps) && norm_ref_[e] == 0 && text_[t.span.begin] != 'y';
  }

  // No currency can come before a number at token b (ParseMeasure's
  // prefix tests all fail): no phrase ends at b, and token b - 1, if in
  // the sentence, has no currency role and is no all-caps word (an ISO
  // code, "MAUD"; ICU lists no code of another shape).
  [[gnu::always_inline]] bool PlainBeforeNumber(size_t b) const {
    if (PhraseEndsAt(b) || !p_.iso_other_.empty()) return false;
    if (b <= sent_begin_) return true;
    return !(roles_[b - 1] & RoleBit(QRole::kCur)) &&
           !toks_[b - 1].has(kAllCaps);
  }

  // "MEUR", "MUSD": millions of an ISO currency. Inline: ParseMeasure asks
  // it of the tokens on both sides of every number, and the first byte
  // answers almost all.
  [[gnu::always_inline]] bool MillionCode(size_t i) const {
    if (!IsWordTok(i)) return false;
    const Span& s = toks_[i].span;  // i < n_: IsWordTok
    return s.size() == 4 && text_[s.begin] == 'M' &&
           p_.IsIsoCode(text_.substr(s.begin + 1, 3));
  }

  // After "13 dollars" / "75 USD": a scale ("75 USD million") or the
  // sub-units ("and forty-five cents", "15 dollars 50").
  void MoneyTail(Measure* m) const {
    size_t k = m->e, se;
    if (const QEntry* sc = Get(k, QRole::kNum, &se); sc && Eq(sc->s, "scale") &&
                                                     !sc->abbr && se == k + 1 &&
                                                     m->n.scale == 1) {
      m->n.v *= sc->v;
      m->n.scale = sc->v;
      m->e = se;
      return;
    }
    if (m->n.fraction || m->n.scale > 1) return;
    if (Is(k, QWord::kAnd)) ++k;
    Num c;
    if (!InSent(k) || !ParseNumberCore(k, &c) || c.ordinal || c.fraction ||
        c.scale > 1 || c.v >= 100 || c.v != std::floor(c.v)) {
      return;
    }
    size_t ce;
    const QEntry* sub = Get(c.e, QRole::kCur, &ce);
    if (sub && sub->factor < 1 && sub->post) {
      m->n.v += c.v * sub->factor;
      m->e = ce;
    } else if (k == m->e && !IsNumberTok(c.e) && !Get(c.e, QRole::kCur) &&
               !(InSent(c.e) &&
                 (Is(c.e, QWord::kPercentSign) || Is(c.e, QWord::kHyphen))) &&
               !(IsWordTok(c.e) &&
                 (IsPluralNoun(norm(c.e)) || Get(c.e, QRole::kUnit) ||
                  Get(c.e, QRole::kTime) || Get(c.e, QRole::kPct) ||
                  Get(c.e, QRole::kPlural) || Get(c.e, QRole::kNum)))) {
      m->n.v += c.v / 100;
      m->e = c.e;
    }
  }

  // "5 ft 2 in", "6ft 4in", "7lb 4oz", "5 feet and 2 inches": a smaller unit
  // after a measure adds to it. The unit's entry names it (sub=, its symbol)
  // and its size in the larger unit (factor=).
  void SubUnit(const QEntry& u, Measure* m) const {
    size_t k = m->e;
    if (Is(k, QWord::kAnd) || Is(k, QWord::kComma)) ++k;
    Num c;
    if (!InSent(k) || (!IsNumberTok(k) && !IsWordTok(k)) ||
        !ParseNumberCore(k, &c) || c.ordinal || !c.rest.empty() ||
        c.scale > 1 || c.v <= 0 || c.v * u.factor >= 1) {
      return;
    }
    size_t se = 0;
    const QEntry* s = Get(c.e, QRole::kUnit, &se);
    if (!s || s->s != u.sub) {
      // The symbol itself: "2in" or a final "2 in".
      if (!IsWordTok(c.e) || norm(c.e) != u.sub ||
          (Space(c.e) && IsWordTok(c.e + 1)))
        return;
      se = c.e + 1;
    }
    m->n.v += c.v * u.factor;
    m->e = se;
  }

  // A rate after the unit of quantity *m, which ends at m->e: "per" or a
  // glued "/" and a unit or a time unit ("tonnes per hectare", "mg/m3",
  // "barrels per day"). The unit becomes "t/ha", "bbl/d". "500 barrels a
  // day" stays 500 bbl (the convention of the Recognizers-Text specs, which
  // compose units only with "per"), and so does "40 kg a week ago".
  void RateTail(Measure* m) const {
    const size_t k = m->e;
    if (!InSent(k + 1) || Find(m->unit, '/') != std::string_view::npos) return;
    if (!Is(k, QWord::kPer) &&
        !(Is(k, QWord::kSlash) && !Space(k) && !Space(k + 1)))
      return;
    size_t e;
    std::string_view sym;
    if (const QEntry* tu = Get(k + 1, QRole::kTime, &e);
        tu && tu->v == 0.001 && Eq(tu->s, "S") && !IsPluralNoun(norm(k + 1))) {
      sym = "ms";  // "metres per millisecond"
    } else if (tu && tu->v == 1 && !IsPluralNoun(norm(k + 1))) {
      sym = Eq(tu->s, "Y")   ? "yr"
            : Eq(tu->s, "W") ? "wk"
            : Eq(tu->s, "D") ? "d"
            : Eq(tu->s, "H") ? "h"
            : Eq(tu->s, "S") ? "s"
            : Eq(tu->s, "M") ? (tu->time ? "min" : "mo")
                             : "";
    } else if (const QEntry* u = Get(k + 1, QRole::kUnit, &e);
               u && u->sub.empty() && !u->attach) {
      sym = u->s;
    }
    if (sym.empty()) return;
    m->unit = absl::StrCat(m->unit, "/", Av(sym));
    m->e = e;
  }

  // A number with what is attached to it; *m covers modifier .. unit. *m
  // must be a default Measure (every caller declares one just before: no
  // reset here, which cost more than the rest of a short number's reading).
  bool ParseMeasure(size_t i, Measure* m, bool allow_prefix) const {
    // The number is read into *m in place (no copy); below, `n` is read
    // only for what the unit rules leave alone (its tokens and shape), and
    // the rules scale m->n.v.
    if (!ParseNumber(i, &m->n)) return false;
    const Num& n = m->n;
    m->b = n.b;
    m->e = n.e;
    size_t e = n.e;
    // Prefix currency: "$", "US$", "C $", "USD 200".
    size_t cb = 0;
    if (allow_prefix && !PlainBeforeNumber(n.b)) {
      const QEntry* c = EndingAt(n.b, QRole::kCur, &cb);
      if (c && cb + 1 < n.b) {
        // "s $ 500", "a $5 fee": a symbol written in pieces only counts
        // without spaces when its first piece is "s" (what is left of a
        // possessive "'s") or the article "a" (not A$); "c $ 500" is a
        // Canadian dollar.
        bool spaced = false;
        for (size_t k = cb + 1; k < n.b; ++k) spaced = spaced || Space(k);
        const QEntry* art = Get(cb, QRole::kNum);
        spaced =
            spaced && (Is(cb, QWord::kS) || (art && Eq(art->s, "article")));
        if (spaced) {
          size_t ce = 0;
          c = Get(n.b - 1, QRole::kCur, &ce);
          if (ce != n.b) c = nullptr;
          cb = n.b - 1;
        }
      }
      double mscale = 1;
      if (n.b > sent_begin_ && !used_[n.b - 1] && !n.ordinal && n.digits &&
          MillionCode(n.b - 1)) {
        // "MAUD 60": an ISO code after "M" counts in millions.
        m->type = QuantityType::kMoney;
        m->unit = Text(n.b - 1, n.b).substr(1);
        m->b = n.b - 1;
        mscale = 1e6;
        m->n.v *= mscale;
      }
      if (mscale > 1) {
      } else if (c && c->pre && !n.ordinal) {
        m->type = QuantityType::kMoney;
        m->unit =
            c->s.empty() ? absl::AsciiStrToLower(Av(Text(cb, n.b))) : c->s;
        m->b = cb;
      } else if (n.b > sent_begin_ && !used_[n.b - 1] && !n.ordinal &&
                 IsoCodeAt(n.b - 1)) {
        m->type = QuantityType::kMoney;
        m->unit = Text(n.b - 1, n.b);
        m->b = n.b - 1;
      }
    }
    if (n.ordinal) {
      m->type = QuantityType::kOrdinal;
    } else if (m->type != QuantityType::kMoney && !PlainAfterNumber(n, e)) {
      size_t ue;
      std::string_view ucur;  // a unit word that names a currency here
      bool dash =
          Is(e, QWord::kHyphen) && !Space(e) && InSent(e + 1) && !Space(e + 1);
      size_t at = dash ? e + 1 : e;
      // "10-percent rise", "5pc": a hyphen may join the number and the sign.
      const QEntry* pc = Get(at, QRole::kPct, &ue);
      if (pc && pc->attach && Space(at)) pc = nullptr;
      if (!pc && m->n.fraction && m->n.spelled && m->n.v < 1 &&
          Is(e, QWord::kOf) &&
          (Is(e + 1, QWord::kA) || Is(e + 1, QWord::kAn) ||
           Is(e + 1, QWord::kOne)) &&
          InSent(e + 2) && UnitAt(e + 2)) {
        // "two-thirds of a percentage point", "a third of a mile", "a
        // quarter of an hour": a fraction of the unit.
        dash = false;
        at = e + 2;
        pc = Get(at, QRole::kPct, &ue);
      }
      // What a hyphenated word names after the number: "four-mile",
      // "10-year-old" (tokens 10 - year-old), "12-cent-a-share".
      std::string_view rest = n.rest;
      size_t rest_tok = n.e - 1;
      if (rest.empty() && dash && n.digits && !n.fraction && IsWordTok(e + 1) &&
          Find(norm(e + 1), '-') != std::string_view::npos) {
        rest = norm(e + 1);
        rest_tok = e + 1;
      }
      size_t rlen = 0;
      const QEntry* su = rest.empty() ? nullptr : SuffixUnit(rest, &rlen);
      if (su) {
        size_t used = rlen;
        if (su->role == QRole::kUnit && !su->cur.empty() &&
            TenderAt(rest_tok + 1)) {
          m->type = QuantityType::kMoney;  // "a two-pound coin"
          m->unit = CurrencyOf(*su);
        } else if (su->role == QRole::kUnit) {
          m->type = QuantityType::kQuantity;
          m->unit = su->s;
        } else if (su->role == QRole::kPct) {
          m->type = QuantityType::kPercent;
          m->unit = su->s;
        } else if (su->role == QRole::kCur) {
          m->type = QuantityType::kMoney;
          m->unit = su->s;
          if (su->factor != 1 && !su->sub.empty()) {
            m->unit = absl::StrCat(m->unit, " ", su->sub);
          } else {
            m->n.v *= su->factor;
          }
        } else {
          m->type = QuantityType::kDuration;
          m->value_text = absl::StrCat(su->time ? "PT" : "P",
                                       FormatNum(m->n.v * su->v), su->s);
          std::string_view after = rest.substr(rlen);
          const bool olds = after == "-olds";
          if (!su->time &&
              (olds || after == "-old" || after.substr(0, 5) == "-old-")) {
            m->unit = "age";  // "ten-year-old", "16-year-olds"
            used += olds ? 5 : 4;
          }
        }
        m->e = rest_tok + 1;
        TokenText whole = norm(rest_tok);
        if (whole.size() == tok(rest_tok).span.size()) {
          m->end_byte =
              tok(rest_tok).span.begin +
              static_cast<uint32_t>(rest.data() - whole.data() + used);
        }
      } else if (pc) {
        if (!(Is(ue, QWord::kOf) && Eq(pc->s, "%") && false)) {
          m->type = QuantityType::kPercent;
          m->unit = pc->s;
          m->e = ue;
        }
      } else if (const QEntry* c = Get(at, QRole::kCur, &ue);
                 c && c->post && (!c->attach || !Space(at)) &&
                 // "won" is also a verb ("no one won", "two won medals"):
                 // such a currency word follows digits or a scale only.
                 (!c->amb || n.digits || n.scale > 1)) {
        m->type = QuantityType::kMoney;
        m->unit = c->s.empty() ? absl::AsciiStrToLower(Av(Text(at, ue))) : c->s;
        if (c->factor != 1 && !c->sub.empty()) {
          // "470 pence": a standalone sub-unit amount keeps its sub-unit.
          m->unit = absl::StrCat(m->unit, " ", c->sub);
        } else {
          m->n.v *= c->factor;
        }
        m->e = ue;
        if (c->factor == 1) MoneyTail(m);
      } else if (InSent(e) && IsoCodeAt(e)) {
        m->type = QuantityType::kMoney;
        m->unit = Text(e, e + 1);
        m->e = e + 1;
        MoneyTail(m);
      } else if (InSent(e) && MillionCode(e)) {
        m->type = QuantityType::kMoney;
        m->unit = Text(e, e + 1).substr(1);
        m->n.v *= 1e6;
        m->e = e + 1;
      } else if (const QEntry* u = Get(at, QRole::kUnit, &ue);
                 u && !u->cur.empty() && (!dash || TenderAt(ue)) &&
                 !(ucur = UnitCurrency(m->n, at, ue, *u, false)).empty()) {
        // "a trillion pounds in value", "one pound buying $1.90", "a
        // 10-pound note": money.
        m->type = QuantityType::kMoney;
        m->unit = ucur;
        m->e = ue;
        MoneyTail(m);
      } else if (u && (!u->attach || !Space(at)) &&
                 !(u->lead && InSent(ue) && IsNumberTok(ue))) {
        m->type = QuantityType::kQuantity;
        m->unit = u->s;
        m->e = ue;
        if (!u->sub.empty()) {
          SubUnit(*u, m);
        } else {
          RateTail(m);
        }
      } else if (!n.ordinal && !n.fraction && InSent(at + 1) &&
                 IsAny(at, kBusinessDayWords) &&
                 (Is(at + 1, QWord::kDays) || Is(at + 1, QWord::kDay))) {
        // "the next 4 business days": ISO 8601-2 style "P4BD".
        m->type = QuantityType::kDuration;
        m->value_text = NumText("P", m->n.v, "BD");
        m->e = at + 2;
      } else if (const QEntry* tu = Get(at, QRole::kTime, &ue);
                 tu &&
                 // "30ms": a unit written glued to the number (attach=1),
                 // or spaced in lower case ("45 ms"; a spaced "Ms" is a
                 // title).
                 (tu->attach ? (!Space(at) ||
                                absl::ascii_islower(text_[tok(at).span.begin]))
                             : (Space(at) || dash || Eq(tu->s, "H") ||
                                Eq(tu->s, "M"))) &&
                 // "the 1986 year": a year before the singular "year" is
                 // the year, no count of years.
                 !(Is(at, QWord::kYear) && Space(at) && m->n.plain_int &&
                   m->n.e == m->n.b + 1 && m->n.v >= 1800 && m->n.v <= 2100 &&
                   tok(m->n.b).span.size() == 4) &&
                 // "1986 second half": the ordinal of a part, no seconds.
                 !(Is(at, QWord::kSecond) && InSent(ue) &&
                   Get(ue, QRole::kQuarter))) {
        double count = m->n.v * tu->v;
        size_t ae;
        if (const QEntry* ago = Get(ue, QRole::kAgo, &ae);
            ago && has_date_ && !tu->time && !Eq(ago->s, "rel")) {
          int y, mo, d;
          CivilFromDays(today_, &y, &mo, &d);
          int64_t c = static_cast<int64_t>(ago->v * count);
          std::string value;
          if (Eq(tu->s, "Y"))
            value = Pad(y + static_cast<int>(c), 4);
          else if (Eq(tu->s, "M")) {
            int mm = y * 12 + mo - 1 + static_cast<int>(c);
            value = MonthValue(mm / 12, mm % 12 + 1);
          } else if (Eq(tu->s, "W"))
            value = IsoDate(today_ + 7 * c);
          else
            value = IsoDate(today_ + c);
          m->type = QuantityType::kDate;
          m->value_text = value;
          m->e = ae;
        } else if (Get(ue, QRole::kAgo, &ae)) {
          m->type = QuantityType::kDate;
          m->value_text = Text(m->b, ae);
          m->e = ae;
        } else {
          m->type = QuantityType::kDuration;
          m->value_text = NumText(tu->time ? "PT" : "P", count, tu->s);
          m->e = ue;
          // Ages: "five years old", "a 90-day-old bill", "3 years of age", "87
          // yo".
          if (!tu->time && InSent(ue)) {
            size_t k = ue;
            if (Is(k, QWord::kHyphen) && !Space(k)) ++k;
            if (Is(k, QWord::kOld) || norm(k) == "-old" || norm(k) == "olds" ||
                norm(k) == "-olds" || norm(k) == "yo") {
              m->unit = "age";
              m->e = k + 1;
            } else if (Is(k, QWord::kOf) && norm(k + 1) == "age" &&
                       InSent(k + 1)) {
              m->unit = "age";
              m->e = k + 2;
            }
          }
        }
      } else if (InSent(e) && (norm(e) == "yo" || norm(e) == "y.o.") &&
                 !m->n.fraction) {
        m->type = QuantityType::kDuration;
        m->value_text = NumText("P", m->n.v, "Y");
        m->unit = "age";
        m->e = e + 1;
      }
    }
    // Modifier before: "more than", "about", "~", "an estimated"; before
    // the article of a spelled number ("nearly a three year wait": the
    // article is left out of the number, ParseSpelled).
    size_t mb;
    const QEntry* mod = EndingAt(m->b, QRole::kMod, &mb);
    if (!mod && n.spelled && n.b > i && !used_[i])
      mod = EndingAt(i, QRole::kMod, &mb);
    // "sales were higher than a year ago": a comparison of values before
    // a date compares the figures of the two times; the date has none.
    if (mod && !ArrowAt(mb) &&
        !(mod->value_cmp && m->type == QuantityType::kDate) &&
        !(m->type == QuantityType::kDuration && OverMeansDuring(mb, m->e))) {
      m->modifier = mod->s;
      m->approx = mod->approx;
      m->b = mb;
    }
    // Bound after the number: "50 or more", "less than 5000 or equal".
    size_t pe;
    if (const QEntry* pm = Get(m->e, QRole::kPostmod, &pe);
        pm && m->type != QuantityType::kDate && !m->n.ordinal &&
        !(IsNumberTok(pe) || Get(pe, QRole::kNum) || Get(pe, QRole::kCur)) &&
        !(Is(pe, QWord::kThan) &&
          (IsNumberTok(pe + 1) || Get(pe + 1, QRole::kNum)))) {
      if (!Eq(pm->s, "or_equal")) {
        m->modifier = pm->s;
        m->approx = pm->approx;  // "20 or so"
        m->e = pe;
      } else if (Eq(m->modifier, "more_than") || Eq(m->modifier, "less_than")) {
        m->modifier = Eq(m->modifier, "more_than") ? "at_least" : "up_to";
        m->e = pe;
      }
    }
    if (m->type == QuantityType::kDuration && m->modifier.empty()) {
      if (const QEntry* dm = EndingAt(m->b, QRole::kDurmod, &mb)) {
        m->modifier = dm->s;
        m->b = mb > sent_begin_ && Is(mb - 1, QWord::kThe) && !used_[mb - 1]
                   ? mb - 1
                   : mb;
      }
    }
    return true;
  }

  // "over" at token o before a time span that ends at token e reads
  // "during" ("$10bn over five years", "a rise spread over two years", "Over
  // two years, the town ..."), as the Recognizers specs and PolNeAR's news
  // use it, unless a word before "over" or after the span makes it a bound:
  // "for over a year", "well over two hours", "over a decade ago"
  // (data/quantities.tsv, q_topic k=over_before / k=over_after). e > o.
  bool OverMeansDuring(size_t o, size_t e) const {
    if (!Is(o, QWord::kOver)) return false;
    if (o > sent_begin_ &&
        (p_.word_class_[WordSlot(o - 1)] & QuantityParser::kOverBefore))
      return false;
    // (The span may end in the word: an age, "over two weeks old".)
    return !((p_.word_class_[WordSlot(e - 1)] & QuantityParser::kOverAfter) ||
             (InSent(e) &&
              (p_.word_class_[WordSlot(e)] & QuantityParser::kOverAfter)));
  }

  // "an hour and a half": after a duration ending at token e, adds half a
  // unit to *value ("PT1H" -> "PT1.5H"); returns the new end or e.
  size_t HalfTail(size_t e, std::string* value) const {
    size_t k = e;
    if (!Is(k, QWord::kAnd) || !InSent(k + 1)) return e;
    ++k;
    if (Is(k, QWord::kA) && Is(k + 1, QWord::kHalf) && InSent(k + 1)) ++k;
    if (!Is(k, QWord::kHalf)) return e;
    std::string_view v = *value;
    if (v.size() < 3 || !absl::ascii_isalpha(v.back())) return e;
    size_t digits = v.find_first_of("0123456789");
    if (digits == std::string_view::npos) return e;
    std::string_view count = v.substr(digits, v.size() - 1 - digits);
    if (count.find_first_not_of("0123456789.") != std::string_view::npos)
      return e;
    *value =
        absl::StrCat(Av(v.substr(0, digits)), FormatNum(ToDouble(count) + 0.5),
                     std::string(1, v.back()));
    return k + 1;
  }

  // A duration with no unit word of its own and no modifier: one part of a
  // compound duration.
  static bool IsBareDuration(const Measure& m) {
    return m.type == QuantityType::kDuration && m.unit.empty() &&
           m.modifier.empty();
  }

  // Extends the bare duration *m over the parts after it: "3 hours 30
  // minutes", "2 years and 3 months", "an hour and a half"; a comma joins
  // parts too when `comma` ("2 years, 3 months").
  void ExtendDuration(Measure* m, bool comma) const {
    for (;;) {
      size_t k = m->e;
      if (Is(k, QWord::kAnd) || (comma && Is(k, QWord::kComma))) ++k;
      if (!InSent(k)) break;
      if (size_t he = HalfTail(m->e, &m->value_text); he > m->e) {
        m->e = he;
        break;
      }
      Measure b;
      if (!ParseMeasure(k, &b, false) || b.b != k || !IsBareDuration(b)) break;
      m->value_text = JoinDurations(m->value_text, b.value_text);
      m->e = b.e;
    }
  }

  // Token k names what a number before it counts ("5 people", "3 km").
  bool CountsSomething(size_t k) const {
    if (IsNumberTok(k)) return true;
    if (!IsWordTok(k)) return false;
    return IsPluralNoun(norm(k)) || Get(k, QRole::kPlural) ||
           Get(k, QRole::kTime) || Get(k, QRole::kUnit) ||
           Get(k, QRole::kCur) || Get(k, QRole::kPct);
  }

  // An ordinal quarter or half at token k, after a year: "third quarter",
  // "4TH QTR", "first-quarter", "second half". Returns its end (k when
  // none) and sets *part (1-4, 1-2) and *kind ("Q", "H").
  [[gnu::noinline]] size_t PartAfterYear(size_t k, int* part,
                                         std::string_view* kind) const {
    size_t oe, qe;
    if (int n = 0; OrdinalAt(k, &n, &oe) && n >= 1 && InSent(oe)) {
      if (const QEntry* qu = Get(oe, QRole::kQuarter, &qe);
          qu && qu->v == 0 && n <= (Eq(qu->s, "Q") ? 4 : 2)) {
        *part = n;
        *kind = qu->s;
        return qe;
      }
    }
    if (!IsWordTok(k)) return k;
    const size_t dash = DashAt(k);
    if (dash == std::string_view::npos) return k;
    const TokenText w = norm(k);
    const QEntry* o = Word(w.substr(0, dash), QRole::kOrd);
    const QEntry* qu = Word(w.substr(dash + 1), QRole::kQuarter);
    if (o && qu && Eq(o->s, "unit") && qu->v == 0 && o->v >= 1 &&
        o->v <= (Eq(qu->s, "Q") ? 4 : 2)) {
      *part = static_cast<int>(o->v);
      *kind = qu->s;
      return k + 1;
    }
    return k;
  }

  // "12.8 mln Swiss francs vs 7.5 mln", "4.5 pct vs. 3.2", "38 cts vs loss
  // 30": a bare amount compared with the money or percent just before
  // "vs" ("vs.", "versus"; a "loss" or "profit" may come between) is in
  // its currency or percent. out_ is not empty.
  [[gnu::noinline]] void VersusUnit(Measure* a) const {
    size_t k = a->b;
    if (k < sent_begin_ + 2 || !a->modifier.empty()) return;
    TokenText w = norm(k - 1);
    if (w == "loss" || w == "profit") w = norm(--k - 1);
    if (k < sent_begin_ + 2 || !(w == "vs" || w == "vs." || w == "versus"))
      return;
    const Quantity& p = out_->back();
    if (p.span.end != tok(k - 2).span.end) return;
    a->type = p.type == QuantityType::kMoney ? QuantityType::kMoney
                                             : QuantityType::kPercent;
    a->unit = p.unit;
  }

  // A bare four-digit number that reads as a year (1800-2100).
  // Tokens [k, k + 3) are a dashed pair of small whole numbers, "6-4",
  // "3-6": sets *won when the first is the larger.
  bool ScorePairAt(size_t k, bool* won) const {
    if (k < sent_begin_ || !InSent(k) || !InSent(k + 2) || !IsNumberTok(k) ||
        !IsAny(k + 1, kRangeDashes) || !IsNumberTok(k + 2) || Space(k + 1) ||
        Space(k + 2))
      return false;
    const std::string_view a =
        text_.substr(tok(k).span.begin, tok(k).span.size());
    const std::string_view b =
        text_.substr(tok(k + 2).span.begin, tok(k + 2).span.size());
    if (!AllDigits(a) || !AllDigits(b) || a.size() > 2 || b.size() > 2)
      return false;
    *won = ToInt(a) > ToInt(b);
    return true;
  }
  // A dashed pair at tokens [b, b + 3) in a run of scores, next to one the
  // first side won, past a comma or a tie-break in brackets ("6-4, 3-6,
  // 7-5", "4-6 7-6 (8-6) 6-4": sets), or a tie-break itself ("6-7 (3-7)");
  // not in a list of ranges ("ages 3-6, 7-10").
  bool InScoreList(size_t b) const {
    bool won = false;
    // The tie-break in brackets after a set.
    if (b >= sent_begin_ + 4 && Is(b - 1, QWord::kOpenParen) &&
        ScorePairAt(b - 4, &won) && Is(b + 3, QWord::kCloseParen))
      return true;
    size_t k = b;  // back over a comma and a tie-break
    if (k > sent_begin_ && Is(k - 1, QWord::kComma)) --k;
    if (k >= sent_begin_ + 5 && Is(k - 1, QWord::kCloseParen) &&
        ScorePairAt(k - 4, &won) && Is(k - 5, QWord::kOpenParen))
      k -= 5;
    if (k >= sent_begin_ + 3 && ScorePairAt(k - 3, &won) && won) return true;
    k = b + 3;  // ahead over a comma and a tie-break
    if (Is(k, QWord::kComma)) ++k;
    if (Is(k, QWord::kOpenParen) && ScorePairAt(k + 1, &won) &&
        Is(k + 4, QWord::kCloseParen))
      k += 5;
    return ScorePairAt(k, &won) && won;
  }
  bool YearLike(const Measure& m) const {
    return m.type == QuantityType::kCardinal && m.n.plain_int &&
           m.n.e == m.n.b + 1 && m.modifier.empty() && m.unit.empty() &&
           m.n.v >= 1800 && m.n.v <= 2100 && tok(m.n.b).span.size() == 4;
  }

  void FinishCardinal(Measure* m, std::vector<Measure>* extra) const {
    (void)extra;
    if (m->type != QuantityType::kCardinal) return;
    size_t ne;
    if (CountedNoun(m->e, m->n.v, &ne)) {
      // Lower-cased in place: one string, not three.
      m->unit.assign(text_.data() + tok(m->e).span.begin,
                     tok(ne - 1).span.end - tok(m->e).span.begin);
      absl::AsciiStrToLower(&m->unit);
      m->noun = true;
      m->e = ne;  // the span covers the counted noun ("340 containers")
    }
  }

  // First token of an emitted quantity, by binary search (tokens are in text
  // order): a scan from 0 made every range quadratic in the document.
  size_t FirstTokenOf(const Quantity& q) const {
    size_t lo = 0, hi = ts_.size();
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (tok(mid).span.begin < q.span.begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // "from March to May", "January 12, 2016 - 01/22/2016": after a date that
  // ends at token d, a second date joined by a range word makes one RANGE
  // whose value is the ISO 8601 interval "start/end".
  size_t DateRange(size_t d) {
    // The separator is a join word (to, -, and ...): none at an Unjoined one.
    if (!InSent(d) || out_->empty() || Unjoined(d)) return d;
    const size_t sep = d;  // the separator, compared by word id
    const bool dash = IsAny(sep, kRangeDashes);
    const bool word = IsAny(sep, kRangeTo) || Is(sep, QWord::kAnd);
    if (!dash && !word) return d;
    const size_t first = out_->size() - 1;
    if (out_->back().type == QuantityType::kRange) return d;  // "2005/06"
    Quantity a = out_->back();
    size_t ab = FirstTokenOf(a);
    size_t rb = 0;  // set with rw
    const QEntry* rw =
        ab > sent_begin_ ? EndingAt(ab, QRole::kRangew, &rb) : nullptr;
    const bool from = rw && (Is(rb, QWord::kFrom) || Is(rb, QWord::kBetween));
    if (Is(sep, QWord::kAnd) && !(rw && Is(rb, QWord::kBetween))) return d;
    size_t start = (Is(sep, QWord::kTill) || Is(sep, QWord::kUntil) ||
                    Is(sep, QWord::kThrough))
                       ? d
                       : d + 1;
    in_range_end_ = true;
    size_t e2 = TryDate(start);
    in_range_end_ = false;
    if (e2 <= start) {
      // "from 2007 to the end of 2008", "from April until the end of June",
      // "to the 28th of June".
      out_->resize(first + 1);
      size_t s2 = start == d ? d + 1 : start;
      e2 = RangeEnd(s2);
      if (e2 <= s2 && Is(s2, QWord::kThe) &&
          (IsNumberTok(s2 + 1) || Get(s2 + 1, QRole::kOrd))) {
        out_->resize(first + 1);
        e2 = RangeEnd(s2 + 1);
      }
      if (e2 > start && out_->size() == first + 2) {
        for (size_t k = start; k < e2; ++k) used_[k] = true;
      } else {
        e2 = start;
      }
    }
    if (e2 <= start) out_->resize(first + 1);
    int dd = 0;
    size_t ds = start == d ? d + 1 : start;
    if (Is(ds, QWord::kThe) && InSent(ds + 1)) ++ds;  // "till the seventeenth"
    size_t de = ds;
    if (e2 <= start && a.value_text.size() == 10 && a.value_text[7] == '-' &&
        DayAt(ds, &dd, &de, true) && dd > std::atoi(a.value_text.c_str() + 8) &&
        !IsNumberTok(de) && !CountsSomething(de)) {
      // "June 3-5", "April 9th through 17th": the same month.
      Quantity q = a;
      q.value_text = absl::StrCat(a.value_text.substr(0, 8), Pad(dd, 2));
      q.span = {tok(ds).span.begin, tok(de - 1).span.end};
      out_->push_back(q);
      e2 = de;
      for (size_t k = start; k < de; ++k) used_[k] = true;
    }
    if (e2 <= start || out_->size() != first + 2) return d;
    Quantity b = out_->back();
    out_->pop_back();
    out_->pop_back();
    // "Jan-Feb 2017", "from March to May 2019": the first end takes the
    // year of the second when it has none of its own.
    if (a.value_text.size() >= 7 && b.value_text.size() >= 4 &&
        a.value_text[4] == '-' && b.value_text[4] == '-' &&
        absl::ascii_isdigit(b.value_text[0])) {
      // A year of its own: four digits in a row ("2019", "2010-01-01",
      // "Dec-2018"); "now" (the document date) has none either.
      bool own_year = false;
      int run = 0;
      for (uint32_t p = a.span.begin; p < a.span.end && !own_year; ++p) {
        run = absl::ascii_isdigit(text_[p]) ? run + 1 : 0;
        own_year = run == 4;
      }
      for (size_t k = ab; k < ts_.size() && tok(k).span.end <= a.span.end; ++k)
        own_year = own_year || Get(k, QRole::kDayword);
      if (!own_year) a.value_text.replace(0, 4, b.value_text.substr(0, 4));
    }
    Quantity q;
    q.type = QuantityType::kRange;
    q.value_text = absl::StrCat(a.value_text, "/", b.value_text);
    q.span = {from ? tok(rb).span.begin : a.span.begin, b.span.end};
    for (size_t k = from ? rb : ab; k < e2; ++k) used_[k] = true;
    out_->push_back(std::move(q));
    return e2;
  }

  // "the first nine months of 1986", "the last two weeks of March", "the
  // first 10 days of last year": after "first" (`first`) or "last", ending
  // at token e, a count of days, weeks or months (a year's months), "of" and
  // a year or a month make one RANGE from b, the stretch at that end of the
  // period as an ISO 8601 interval ("1986-01/1986-09", "2026-03-18/
  // 2026-03-31"); its text when the year is unknown. Returns the end token,
  // or 0 (nothing emitted) when the words are not of that shape or the
  // stretch is longer than the period.
  size_t EndOfPeriod(size_t b, size_t e, bool first, const std::string& mod) {
    Num c;
    if (!InSent(e) || !(IsNumberTok(e) || (roles_[e] & RoleBit(QRole::kNum))) ||
        !PeriodCountAt(e) || !ParseNumber(e, &c) || c.b != e || c.ordinal ||
        c.fraction || !c.rest.empty() || !(c.v >= 1 && c.v <= 366) ||
        c.v != std::floor(c.v) || !InSent(c.e))
      return 0;
    size_t ue;
    const QEntry* tu = Get(c.e, QRole::kTime, &ue);
    if (!tu || tu->time || !IsPluralNoun(norm(ue - 1)) || !Is(ue, QWord::kOf) ||
        !InSent(ue + 1))
      return 0;
    const int count = static_cast<int>(c.v);
    int days = 0, months = 0;  // the stretch: days or months
    if (Eq(tu->s, "D")) {
      days = count * static_cast<int>(tu->v);
    } else if (Eq(tu->s, "W")) {
      days = 7 * count;
    } else if (Eq(tu->s, "M")) {
      months = count;
    } else {
      return 0;
    }
    // The period: a year ("of 1986", "of the year", "of last year") or a
    // month ("of March", "of June 2026").
    int y = 0, m = 0;
    size_t end = YearRef(ue, &y);
    if (end == ue) {
      const size_t before = out_->size();
      end = TryDate(ue + 1);
      const bool month = end > ue + 1 && out_->size() == before + 1 &&
                         out_->back().type == QuantityType::kDate &&
                         out_->back().modifier.empty() &&
                         out_->back().value_text.size() == 7 &&
                         MonthValueShape(out_->back().value_text);
      if (month) {
        const std::string& v = out_->back().value_text;
        m = std::atoi(v.c_str() + 5);
        if (absl::ascii_isdigit(v[0])) y = std::atoi(v.c_str());
      }
      out_->resize(before);
      for (size_t j = ue + 1; j < end && j < ts_.size(); ++j) used_[j] = false;
      if (!month || m < 1 || m > 12 || months > 0) return 0;
    }
    Quantity q;
    q.type = QuantityType::kRange;
    if (!mod.empty()) q.modifier = mod;
    if (months > 0) {
      if (months > 12) return 0;
      q.value_text = y > 0
                         ? absl::StrCat(MonthValue(y, first ? 1 : 13 - months),
                                        "/", MonthValue(y, first ? months : 12))
                         : Text(b, end);
    } else {
      const int64_t p0 = DaysFromCivil(y > 0 ? y : 2001, m > 0 ? m : 1, 1);
      const int64_t p1 =
          (m == 0 || m == 12 ? DaysFromCivil((y > 0 ? y : 2001) + 1, 1, 1)
                             : DaysFromCivil(y > 0 ? y : 2001, m + 1, 1)) -
          1;
      if (days > p1 - p0 + 1) return 0;
      q.value_text =
          y > 0 ? first ? absl::StrCat(IsoDate(p0), "/", IsoDate(p0 + days - 1))
                        : absl::StrCat(IsoDate(p1 - days + 1), "/", IsoDate(p1))
                : Text(b, end);
    }
    Emit(b, end, std::move(q));
    return end;
  }

  // Days d1 (tokens [i, de)) to d2 of one month, after the first day was
  // read.
  size_t DayRange(size_t i, int d1, size_t de) {
    int d2 = 0;
    size_t de2, e;
    if (!InSent(de + 1)) return i;
    size_t rb = i;
    const QEntry* rw =
        i > sent_begin_ ? EndingAt(i, QRole::kRangew, &rb) : nullptr;
    const bool between = rw && Is(rb, QWord::kBetween);
    const bool from = rw && Is(rb, QWord::kFrom);
    TokenText sep = norm(de);
    if (!(sep == "to" || sep == "-" || sep == "–" || sep == "through" ||
          sep == "till" || sep == "until" || (sep == "and" && between)))
      return i;
    size_t k2 = de + 1;
    if (Is(k2, QWord::kThe)) ++k2;
    if (!DayAt(k2, &d2, &de2, true) || d2 <= d1) return i;
    size_t k = de2;
    if (Is(k, QWord::kOf)) ++k;
    const QEntry* mo = Get(k, QRole::kMonth, &e);
    // "9 to 12 June" needs digits; "ninth to twelfth of June" needs "of".
    if (!mo || (k == de2 && !IsNumberTok(k2))) return i;
    int y = 0;
    size_t end = YearAfter(e, &y);
    const std::string mv =
        MonthValue(y ? y : (has_date_ ? year_ : 0), static_cast<int>(mo->v));
    Quantity q;
    q.type = QuantityType::kRange;
    q.value_text = absl::StrCat(mv, "-", Pad(d1, 2), "/", mv, "-", Pad(d2, 2));
    Emit(between || from ? rb : i, end, q);
    return end;
  }

  // The second end of a date range at token k: a date, a date after a
  // modifier ("the end of 2008"), or a bare year, which TryDate leaves to
  // the number parser. Returns the end token, or k.
  size_t RangeEnd(size_t k) {
    in_range_end_ = true;
    size_t e = TryDate(k);
    in_range_end_ = false;
    if (e > k) return e;
    size_t me = k;
    if (!Get(k, QRole::kDatemod, &me)) me = k;
    if (me > k) {
      if (size_t e = TryDate(me); e > me) return e;
    }
    int y;
    if (YearToken(me, &y) &&
        !(InSent(me + 1) && IsWordTok(me + 1) && CountsSomething(me + 1))) {
      size_t b;
      std::string mod = DateMod(me, &b);
      EmitDate(b, me + 1, Pad(y, 4), mod);
      return me + 1;
    }
    return k;
  }

  // ---- clock times ----

  // Whether a place's time starts at token k: one to three capitalized
  // words and "time" ("London time", "New York time", "Pacific Daylight
  // Time"); after four digits it marks the 24-hour clock.
  bool NamedZoneAt(size_t k) const {
    for (size_t j = k; j < k + 4 && IsWordTok(j); ++j) {
      // "the 2000 Olympic Time Trials": a name goes on after "Time".
      if (j > k && Is(j, QWord::kTime))
        return !(IsWordTok(j + 1) && Capitalized(j + 1));
      if (!Capitalized(j)) return false;
    }
    return false;
  }
  // A superlative or "first" (q_topic k=superlative) among the few words
  // before token k, with no punctuation between: "the lowest level in 15
  // years", "its first loss in six years" span the time before, not ahead.
  bool SuperlativeBefore(size_t k) const {
    for (size_t j = k; j > sent_begin_ && j + 6 > k;) {
      --j;
      if (!IsWordTok(j)) return false;
      if (p_.word_class_[WordSlot(j)] & QuantityParser::kSuperlativeTopic)
        return true;
    }
    return false;
  }
  // Token k ends in "'s" ("world's", or the token "'s").
  bool Possessive(size_t k) const {
    const TokenText w = norm(k);
    return w.size() >= 2 && w.substr(w.size() - 2) == "'s";
  }
  // Token k is a preposition a clock time follows ("at", "by", "until" ...).
  bool TimePrepAt(size_t k) const {
    const TokenText p = norm(k);
    return p == "at" || p == "by" || p == "from" || p == "until" ||
           p == "till" || p == "before" || p == "after" || p == "around" ||
           p == "since";
  }
  // A time of day at token i: "10:30", "8am", "5 p.m.", "4 o'clock", "9:15 pm",
  // "5 in the morning"; a bare "10:30" only after "at", "from", "by", "until",
  // "between", ... or right after a day ("February 22nd 3:30"). Sets *hh, *mm,
  // and *half ('a', 'p', 'o' or 0 when the text does not say) when given, and
  // returns the end token, or i.
  size_t ClockAt(size_t i, int* hh, int* mm, char* half_out = nullptr) const {
    if (!InSent(i)) return i;
    std::string_view t = text_.substr(tok(i).span.begin, tok(i).span.size());
    std::string_view ms, ap;
    int h = 0;
    // Before a time zone ("1300 GMT", "10 GMT", "0900 local time") a number
    // is a time of the 24-hour clock.
    const QEntry* z = Get(i + 1, QRole::kClock);
    // "hrs." marks the 24-hour clock after four digits only ("1400 hrs.";
    // "3 hrs." counts hours).
    // A place's time ("1000 London time") after four digits too, and after
    // an hour of one or two digits that a time preposition comes before ("at
    // 10 London time", "by 9 New York time").
    const bool zone =
        (z && Eq(z->s, "zone") &&
         (t.size() == 4 || !Get(i + 1, QRole::kTime))) ||
        ((t.size() == 4 || (t.size() <= 2 && AllDigits(t) && i > sent_begin_ &&
                            TimePrepAt(i - 1))) &&
         NamedZoneAt(i + 1));
    if (zone && t.size() == 4 && AllDigits(t)) {
      h = (t[0] - '0') * 10 + (t[1] - '0');
      const int m = (t[2] - '0') * 10 + (t[3] - '0');
      if (h > 23 || m > 59) return i;
      *hh = h;
      *mm = m;
      if (half_out) *half_out = 0;
      return ZoneEnd(i + 1);
    }
    // "11:42:05": a clock time with seconds reads as its hours and minutes
    // here (Step writes the seconds into the value: WithSeconds).
    if (RaceTimeShape(i) && t.size() >= 7 && t[t.size() - 3] == ':' &&
        Digit(t[t.size() - 2]) && Digit(t[t.size() - 1]) &&
        t[t.size() - 2] <= '5')
      t.remove_suffix(3);
    if (!ReadClockToken(t, &h, &ms, &ap)) return i;
    int m = 0;
    if (!ms.empty() && !absl::SimpleAtoi(Av(ms), &m)) return i;
    size_t e = i + 1;
    char half = ap.empty() ? 0 : absl::ascii_tolower(ap[0]);
    if (half == 0 && InSent(e)) {
      TokenText c = norm(e);
      size_t ce;
      if (Get(e, QRole::kClock, &ce)) {
        if (c == "am" || c == "a.m." || c == "a.m")
          half = 'a';
        else if (c == "pm" || c == "p.m." || c == "p.m")
          half = 'p';
        else if (c == "o'clock" || c == "oclock")
          half = 'o';
        if (half) e = ce;
      } else if ((c == "a" || c == "p") && !Space(e) &&
                 Find(t, ':') != std::string_view::npos &&
                 !(InSent(e + 1) && IsWordTok(e + 1) && !Space(e + 1))) {
        half = c[0];  // "8:45a"
        e = e + 1;
      } else if (size_t pe = PartOfDayAfter(e, h, &half); pe > e) {
        e = pe;  // "5 in the morning", "8 at night"
      }
    }
    if (half == 0) {
      // "17.30" reads as a time only after a day ("Thursdays at 17.30");
      // elsewhere it is a number ("closed at 6.45").
      // "17.30" reads as a time after a recurring day ("Thursdays at
      // 17.30") or before a time zone ("at 17.30 GMT", "17.30 local time");
      // "closed on June 12 at 18.25" is a price.
      const bool dotted_after_day =
          Find(t, '.') != std::string_view::npos && Is(i - 1, QWord::kAt) &&
          i - 1 > sent_begin_ && DayEndsAt(i - 2) &&
          (out_->back().modifier == "every" || Get(i + 1, QRole::kClock) ||
           (InSent(i + 2) && Is(i + 2, QWord::kTime)));
      if (!zone || !ap.empty()) {
        if (ms.empty() ||
            (Find(t, ':') == std::string_view::npos && !dotted_after_day) ||
            i == sent_begin_)
          return i;
        TokenText p = norm(i - 1);
        if (!(TimePrepAt(i - 1) || p == "between" || p == "to" ||
              DayEndsAt(i - 1) || dotted_after_day)) {
          return i;
        }
      }
    }
    if (m > 59 || h > 24 || (half && half != 'o' && (h < 1 || h > 12)) ||
        (half == 'o' && (h < 1 || h > 12))) {
      return i;
    }
    if (half == 'p' && h < 12) h += 12;
    if (half == 'a' && h == 12) h = 0;
    *hh = h;
    *mm = m;
    if (half_out) *half_out = half;
    return ZoneEnd(e);
  }
  // The end of a time zone or 24-hour mark at token k ("GMT", "local time",
  // "hrs.", "London time", "Pacific Daylight Time"), or k: a clock time's
  // span takes its zone, so that a day after it joins it ("04:12 GMT on
  // Monday"). The value stays the clock's, with no offset.
  size_t ZoneEnd(size_t k) const {
    if (!InSent(k)) return k;
    size_t ze;
    if (const QEntry* z = Get(k, QRole::kClock, &ze); z && Eq(z->s, "zone"))
      return ze;
    if (!IsWordTok(k) || !Capitalized(k) || !NamedZoneAt(k)) return k;
    size_t j = k + 1;
    while (!Is(j, QWord::kTime)) ++j;  // NamedZoneAt found it
    return j + 1;
  }

  // "in the morning", "in the afternoon", "in the evening", "at night" after
  // an hour h: sets *half ('a' or 'p') and returns the end token, or k.
  size_t PartOfDayAfter(size_t k, int h, char* half) const {
    size_t j = k;
    if (Is(j, QWord::kIn) && Is(j + 1, QWord::kThe)) {
      j += 2;
    } else if (!Is(j, QWord::kAt)) {
      return k;
    } else {
      ++j;
    }
    TokenText w = norm(j);
    if (!InSent(j) || h < 1 || h > 12) return k;
    if (Is(k, QWord::kIn) && w == "morning") {
      *half = 'a';
    } else if (Is(k, QWord::kIn) && (w == "afternoon" || w == "evening")) {
      *half = 'p';
    } else if (Is(k, QWord::kAt) && w == "night") {
      *half = h >= 6 ? 'p' : 'a';
    } else {
      return k;
    }
    return j + 1;
  }

  // A day (no clock time yet) was emitted ending exactly at token j.
  bool DayEndsAt(size_t j) const {
    return !out_->empty() && j >= sent_begin_ && j < ts_.size() &&
           out_->back().span.end == tok(j).span.end &&
           IsDayForClock(out_->back(), j) &&
           IsDayValue(out_->back().value_text);
  }

  // A clock time as a DATE "Thh:mm", joined to a date right before it
  // ("tomorrow 8:00am", "Friday at 9 a.m.") or right after it ("3pm today").
  static std::string TimeValue(int h, int m) {
    return absl::StrCat("T", Pad(h, 2), ":", Pad(m, 2));
  }

  // A clock time joins a day, not a week, month or year ("tomorrow at 8am",
  // not "next month at 6pm"), and not a date that already has a time.
  bool IsDayForClock(const Quantity& d, size_t last_tok) const {
    return d.type == QuantityType::kDate && !Get(last_tok, QRole::kTime) &&
           (Find(d.value_text, 'T') == std::string::npos ||
            !PartOf(d.value_text).empty());
  }
  // A value that names one day ("2026-02-12", "XXXX-WXX-5", "2026-02-12TEV"),
  // not a month or year: bare hours and times without "at" join only these.
  static bool IsDayValue(std::string_view v) {
    return std::count(v.begin(), v.end(), '-') >= 2 || !PartOf(v).empty();
  }
  // The part of the day a date value ends with ("2026-02-12TEV" -> "EV",
  // "TMO" -> "MO"), or empty; a clock time joined to the date replaces it.
  static std::string_view PartOf(std::string_view v) {
    if (v.size() < 3 || v[v.size() - 3] != 'T') return {};
    std::string_view p = v.substr(v.size() - 2);
    if (p == "MO" || p == "AF" || p == "EV" || p == "NI" || p == "DT" ||
        p == "NT")
      return p;
    return {};
  }
  // The value of day `d` at h:m: its part of the day is replaced by the
  // time, and an hour without am/pm is read in that part ("this evening at
  // 7" is 19:00).
  static std::string AtTime(const Quantity& d, int h, int m, char half) {
    std::string_view part = PartOf(d.value_text);
    std::string_view day = d.value_text;
    if (!part.empty()) day.remove_suffix(3);
    if (half == 0 && h < 12 &&
        (part == "AF" || part == "EV" || (part == "NI" && h >= 6)))
      h += 12;
    return absl::StrCat(Av(day), TimeValue(h, m));
  }
  // The day emitted right before token b ("Friday from 9am to 5pm"), or null.
  Quantity* DayEndingBefore(size_t b) {
    if (out_->empty() || b <= sent_begin_) return nullptr;
    Quantity& d = out_->back();
    if (d.span.end != tok(b - 1).span.end || !IsDayForClock(d, b - 1))
      return nullptr;
    return &d;
  }
  // The day right after a clock time ending at token e ("3pm on Monday",
  // "from 2pm to 4pm tomorrow"): moved into *day, its tokens marked used;
  // returns its end token, or e when there is none (nothing is changed).
  size_t DayAfter(size_t e, Quantity* day) {
    size_t k = e;
    if (Is(k, QWord::kOn)) ++k;
    if (!InSent(k) ||
        !(Get(k, QRole::kDayword) || Get(k, QRole::kWeekday) ||
          Get(k, QRole::kShift) || Get(k, QRole::kMonth) || IsNumberTok(k)))
      return e;
    const size_t before = out_->size();
    const size_t d2 = TryDate(k);
    if (d2 > k && out_->size() == before + 1 &&
        IsDayForClock(out_->back(), d2 - 1)) {
      *day = std::move(out_->back());
      out_->pop_back();
      Skip(e, d2);
      return d2;
    }
    // Not a day for the clock ("6pm next week"): undo, so that the main loop
    // finds the date on its own.
    out_->resize(before);
    for (size_t j = k; j < d2 && j < ts_.size(); ++j) used_[j] = false;
    return e;
  }

  // A bare hour 1..12 at token k ("11" in "Monday 11-4").
  bool BareHour(size_t k, int* h) const {
    if (!IsNumberTok(k) || tok(k).span.size() > 2) return false;
    std::string_view t = text_.substr(tok(k).span.begin, tok(k).span.size());
    if (!absl::ascii_isdigit(t[0]) || !absl::ascii_isdigit(t.back()))
      return false;
    *h = t.size() == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
    return *h >= 1 && *h <= 12;
  }
  // "hh:mm" or "hh.mm" without am/pm at token k: the second end of a time
  // range ("between 10:30 and 11:45").
  bool BareClock(size_t k, int* h, int* m) const {
    if (!IsNumberTok(k)) return false;
    std::string_view t = text_.substr(tok(k).span.begin, tok(k).span.size());
    std::string_view ms, ap;
    if (!ReadClockToken(t, h, &ms, &ap) || ms.empty() || !ap.empty() ||
        !absl::SimpleAtoi(Av(ms), m))
      return false;
    return *h <= 24 && *m <= 59;
  }

  // "from 2pm to 4pm", "between 9:30 and 11", "5 to 6pm", "1-3 pm", "Monday
  // 11-4", "this evening from 7 to 7:30": one RANGE "Thh:mm/Thh:mm". A bare
  // hour takes its half of the day from the other end ("5 to 6pm" is
  // 17:00/18:00) or from the day's part ("this evening"); two bare hours
  // need a day right before them ("Monday 11-4" is 11:00/16:00: the second
  // end wraps to the afternoon).
  size_t TryTimeRange(size_t i) {
    // Both ends start with a digit ("9am", "10:30", "5 to 6pm").
    if (!InSent(i) || !absl::ascii_isdigit(text_[tok(i).span.begin])) return i;
    int h1 = 0, m1 = 0, h2 = 0, m2 = 0;
    char a1 = 0, a2 = 0;
    size_t e1 = ClockAt(i, &h1, &m1, &a1);
    clock_ = {i, e1, h1, m1, a1};  // for TryTime when no range forms
    bool bare1 = false, colon1 = false;
    if (e1 == i) {
      if (BareHour(i, &h1)) {
        m1 = 0;
        bare1 = true;
      } else if (BareClock(i, &h1, &m1) &&
                 text_.substr(tok(i).span.begin, tok(i).span.size())
                         .find(':') != std::string_view::npos) {
        colon1 = true;  // "3:00 to 4:00": the second end must be a time too
      } else {
        return i;
      }
      e1 = i + 1;
    }
    if (!InSent(e1)) return i;
    TokenText sep = norm(e1);
    const bool dash = sep == "-" || sep == "–";
    if (!(sep == "to" || dash || sep == "till" || sep == "until" ||
          sep == "and"))
      return i;
    size_t rb = i;
    const QEntry* rw =
        i > sent_begin_ ? EndingAt(i, QRole::kRangew, &rb) : nullptr;
    const bool from = rw && (Is(rb, QWord::kFrom) || Is(rb, QWord::kBetween));
    if (sep == "and" && !(rw && Is(rb, QWord::kBetween))) return i;
    const size_t b = from ? rb : i;
    // The day right before: "Friday from 9am to 5pm", "June 3 at 4-6 pm".
    size_t db = b;
    if (db > sent_begin_ && Is(db - 1, QWord::kAt)) --db;
    Quantity* day = DayEndingBefore(db);
    size_t e2 = ClockAt(e1 + 1, &h2, &m2, &a2);
    bool bare2 = false, colon2 = e2 > e1 + 1 && a2 == 0;
    if (e2 == e1 + 1) {
      if (BareClock(e1 + 1, &h2, &m2) && (from || day)) {
        colon2 = true;  // "between 10:30 and 11:45", "from 7 to 7:30"
      } else if (BareHour(e1 + 1, &h2)) {
        m2 = 0;
        bare2 = true;
      } else {
        return i;
      }
      e2 = e1 + 2;
    }
    if (colon1 && !(colon2 || a2 == 'a' || a2 == 'p')) return i;
    if (bare1 && bare2) {
      // "Monday 11-4", "Wednesday from 10-4": only right after a day, or
      // "between 3 and 8 yesterday", "from 9 to 5 on Friday": before one.
      const size_t dk = Is(e2, QWord::kOn) ? e2 + 1 : e2;
      const bool day_next =
          from && InSent(dk) &&
          (Get(dk, QRole::kDayword) || Get(dk, QRole::kWeekday));
      if (!day_next &&
          (!day || !IsDayValue(day->value_text) || !(dash || from)))
        return i;
    } else if (bare1) {
      // "5 to 6pm", "from 7 to 7:30": the second end says it is a time.
      if (!(a2 == 'a' || a2 == 'p' || a2 == 'o' || (colon2 && (from || day))))
        return i;
    } else if (bare2) {
      if (!from && !day) return i;  // "from 10:30 to 3"
    }
    if (a1 == 0 && a2 == 0) {
      std::string_view part = day ? PartOf(day->value_text) : "";
      if (part == "AF" || part == "EV" || (part == "NI" && h1 >= 6)) {
        if (h1 < 12) h1 += 12;
        if (h2 < 12) h2 += 12;
      } else if (h2 < h1 % 12 && h2 + 12 <= 24) {
        h2 += 12;  // "11-4", "from 10:30 to 3"
      }
    } else if (a1 == 0 && h2 >= 12 && h1 + 12 <= h2) {
      h1 += 12;  // "5 to 6pm"
    } else if (a2 == 0 && h2 < h1 % 12 && h2 + 12 <= 24) {
      h2 += 12;  // "from 8am-3"
    }
    Quantity q;
    q.type = QuantityType::kRange;
    const std::string t1 = TimeValue(h1, m1), t2 = TimeValue(h2, m2);
    q.value_text = absl::StrCat(t1, "/", t2);
    // The day of the range, right before it ("Friday from 9am to 5pm") or
    // after it ("3:00 to 4:00 tomorrow", "from 2pm to 4pm on Monday").
    if (day) {
      Quantity& d = *day;
      d.value_text =
          absl::StrCat(AtTime(d, h1, m1, 'x'), "/", AtTime(d, h2, m2, 'x'));
      d.type = QuantityType::kRange;
      d.span.end = tok(e2 - 1).span.end;
      Skip(db, e2);
      return e2;
    }
    Emit(b, e2, q);
    Quantity d;
    if (size_t d2 = DayAfter(e2, &d); d2 > e2) {
      Quantity& r = out_->back();
      r.value_text =
          absl::StrCat(AtTime(d, h1, m1, a1), "/", AtTime(d, h2, m2, a2));
      r.span.end = d.span.end;
      return d2;
    }
    return e2;
  }

  // "half past seven", "a quarter to nine", "fifteen past eight in the
  // morning", "20 min past eight o'clock": a clock time in words. A number of
  // minutes needs a sign of a clock after the hour (o'clock, am/pm, "in the
  // morning"); "half" and "quarter" do not, but no word may follow the hour
  // ("a quarter to 10 percent").
  size_t PastTime(size_t i) {
    if (!InSent(i + 2)) return i;
    // Cheap first check: "past" (or "to" after "quarter" or a minute word)
    // right after a digit number or a minute word, or within three tokens
    // of a number word.
    auto rel_at = [&](size_t k) __attribute__((always_inline)) {
      if (Unjoined(k)) return false;  // "past" and "to" are join words
      if (Is(k, QWord::kPast)) return true;
      if (!Is(k, QWord::kTo)) return false;
      TokenText p = norm(k - 1);
      return p == "quarter" || p == "minutes" || p == "min" || p == "mins";
    };
    bool rel_near = false;
    if (IsNumberTok(i)) {
      rel_near = tok(i).span.size() <= 2 &&
                 (rel_at(i + 1) || (InSent(i + 2) && rel_at(i + 2)));
    } else if (IsWordTok(i) &&
               // The role bits: a superset of Get's answer (Get also wants
               // a phrase to end in the sentence), and the rest of the rule
               // reads the number again.
               (roles_[i] &
                (RoleBit(QRole::kNum) | RoleBit(QRole::kQuarter)))) {
      for (size_t k = i + 1; k <= i + 3 && InSent(k) && !rel_near; ++k)
        rel_near = rel_at(k);
    }
    if (!rel_near) return i;
    int mins = 0;
    size_t k = i + 1;
    TokenText w = norm(i);
    const bool word_min = w == "half" || w == "quarter" ||
                          (w == "a" && Is(i + 1, QWord::kQuarter));
    if (w == "half") {
      mins = 30;
    } else if (w == "quarter") {
      mins = 15;
    } else if (word_min) {
      mins = 15;
      k = i + 2;
    } else {
      Num n;
      if (!ParseNumber(i, &n) || n.b != i || n.ordinal || n.fraction ||
          n.v < 1 || n.v > 59 || n.v != std::floor(n.v))
        return i;
      mins = static_cast<int>(n.v);
      k = n.e;
      TokenText u = norm(k);
      if (u == "min" || u == "mins" || u == "minute" || u == "minutes") ++k;
    }
    TokenText rel = norm(k);
    // "7 to 10pm" is a range: "to" needs "quarter" or a minute word.
    if (!InSent(k + 1) || (rel != "past" && rel != "to") ||
        (rel == "to" && !word_min && k == i + 1))
      return i;
    int h = 0;
    size_t he = k + 2;
    if (!BareHour(k + 1, &h)) {
      const QEntry* hn = Get(k + 1, QRole::kNum, &he);
      if (!hn || !Eq(hn->s, "unit") || hn->v < 1 || hn->v > 12 || he != k + 2)
        return i;
      h = static_cast<int>(hn->v);
    }
    char half = 0;
    size_t e = he, ce;
    if (Get(he, QRole::kClock, &ce) && InSent(he)) {
      TokenText c = norm(he);
      if (c == "o'clock" || c == "oclock") {
        e = ce;
      } else if (c[0] == 'a' || c[0] == 'p') {
        half = c[0];
        e = ce;
      }
    } else if (size_t pe = PartOfDayAfter(he, h, &half); pe > he) {
      e = pe;
    }
    if (e == he &&
        (!word_min || (InSent(he) && (IsWordTok(he) || IsNumberTok(he)))))
      return i;
    if (rel == "to") {
      h = h == 1 ? 12 : h - 1;
      mins = 60 - mins;
    }
    if (half == 'p' && h < 12) h += 12;
    if (half == 'a' && h == 12) h = 0;
    EmitDate(i, e, TimeValue(h, mins), "");
    return e;
  }

  // "for 3 hours 30 minutes" after a start time or day: sets *dur to the
  // ISO duration and returns the end token, or e.
  size_t ForDuration(size_t e, std::string* dur) const {
    if (!Is(e, QWord::kFor) || !InSent(e + 1)) return e;
    Measure m;
    if (!ParseMeasure(e + 1, &m, false) || m.b != e + 1 || !IsBareDuration(m))
      return e;
    ExtendDuration(&m, /*comma=*/false);
    *dur = m.value_text;
    return m.e;
  }

  // Whether no rule of TryTime can match at token i, a number of one or two
  // digits (read off their opening tests; false when unsure): with no ':' or
  // '.' it is a clock time only with am/pm or a part of the day after it
  // (a q_clock word, "in the morning", "at night"), a range end before a
  // range word, a PastTime hour or minutes near "past" / "to", or a bare
  // hour after "at" or a date modifier (joined to a day before them). A
  // token glued after the digits changes none of this ("£3bn", "42%"):
  // ClockAt reads a glued "a" / "p" only after a ':' in the number.
  bool NoTimeAt(size_t i) const {
    if (!IsNumberTok(i) || norm_ref_[i] != 0) return false;
    const Token& t = toks_[i];
    if (t.span.size() > 2 || !absl::ascii_isdigit(text_[t.span.begin]) ||
        !absl::ascii_isdigit(text_[t.span.end - 1]))
      return false;
    if (InSent(i + 1) && (roles_[i + 1] & RoleBit(QRole::kClock))) return false;
    if (TimeWordAfter(i) || TimeWordBefore(i)) return false;
    return !(i > sent_begin_ && PhraseEndsAt(i));
  }

  // A number token of ReadRaceTime's shape ("2:04:31", "1:52.87"): its
  // first ':' at byte 1 or 2, the test StartsAt makes of every number token
  // that is no clock.
  bool RaceTimeShape(size_t i) const {
    const Span& sp = tok(i).span;
    const char* t = text_.data() + sp.begin;
    return sp.size() >= 6 && (t[1] == ':' || t[2] == ':');
  }
  // The clock time TryTime made of token i, "11:42:05" (ClockAt reads its
  // hours and minutes): its seconds go into the DATE's value
  // ("XXXX-WXX-1T11:42:05"). Not into a race time's DURATION, nor a RANGE.
  void WithSeconds(size_t i) {
    const Span& sp = tok(i).span;
    std::string_view t = text_.substr(sp.begin, sp.size());
    if (out_->empty() || t.size() < 7 || t[t.size() - 3] != ':') return;
    Quantity& q = out_->back();
    if (q.type != QuantityType::kDate || q.span.begin > sp.begin ||
        q.span.end < sp.end)
      return;
    const size_t at = q.value_text.find('T');
    if (at == std::string::npos || at + 6 > q.value_text.size() ||
        q.value_text[at + 3] != ':')
      return;
    q.value_text.insert(at + 6, t.substr(t.size() - 3));
  }
  // A race time, "won in 2:04:31", "swam 1:52.87": a DURATION ("PT2H4M31S",
  // "PT1M52.87S"). After a time preposition or before a time zone, hours,
  // minutes and seconds are a clock time ("at 10:15:30 GMT", ClockAt).
  size_t RaceTime(size_t i) {
    int h, m;
    std::string_view sec;
    if (!RaceTimeShape(i) ||
        !ReadRaceTime(text_.substr(tok(i).span.begin, tok(i).span.size()), &h,
                      &m, &sec))
      return i;
    if (h > 0 || sec.size() == 2) {
      if ((i > sent_begin_ && TimePrepAt(i - 1)) ||
          (InSent(i + 1) &&
           ((roles_[i + 1] & RoleBit(QRole::kClock)) || NamedZoneAt(i + 1))))
        return i;
    }
    std::string v = "PT";
    if (h > 0) absl::StrAppend(&v, h, "H");
    if (m > 0) absl::StrAppend(&v, m, "M");
    absl::StrAppend(&v, FormatNum(DigitsValue(sec)), "S");
    Quantity q;
    q.type = QuantityType::kDuration;
    q.value_text = std::move(v);
    Emit(i, i + 1, std::move(q));
    return i + 1;
  }

  size_t TryTime(size_t i) {
    if (size_t re = RaceTime(i); re > i) return re;
    if (!all_rules_ && NoTimeAt(i)) return i;
    if (size_t p = PastTime(i); p > i) return p;
    clock_.i = kNoClock;
    if (size_t r = TryTimeRange(i); r > i) return r;
    int h = 0, m = 0;
    char half = 0;
    // TryTimeRange read the clock at i (and changed nothing when it
    // returned i); ClockAt writes nothing when it fails.
    size_t e;
    if (clock_.i == i) {
      e = clock_.e;
      h = clock_.h;
      m = clock_.m;
      half = clock_.half;
    } else {
      e = ClockAt(i, &h, &m, &half);
    }
    if (e == i && !BareHour(i, &h)) return i;
    // A preposition between a day and its time: "tomorrow at 8am", "today
    // before 4pm", "Friday around 3".
    size_t b;
    std::string mod = DateMod(i, &b);
    // "about 0200 GMT", "roughly 5pm": an estimate, as "around 5pm".
    if (size_t mb; mod.empty() && i > sent_begin_) {
      if (const QEntry* qm = EndingAt(i, QRole::kMod, &mb); qm && qm->approx) {
        mod = "approx";
        b = mb;
      }
    }
    size_t at = b;
    if (at == i && i > sent_begin_ && Is(i - 1, QWord::kAt)) at = i - 1;
    // "from 10 am for 3 hours", "Feb 14 from 9:30am for 7 hours": a RANGE
    // from that time for that long ("T10:00/PT3H"); "at 2pm for 1 hour" is a
    // time and a duration.
    std::string dur;
    size_t fe = e;
    if (e > i && at == i && i > sent_begin_ && Is(i - 1, QWord::kFrom) &&
        !used_[i - 1]) {
      fe = ForDuration(e, &dur);
      if (fe > e) at = b = i - 1;
    }
    Quantity* day = DayEndingBefore(at);
    if (fe > e) {
      Quantity q;
      if (day) {
        q = *day;
        q.value_text = AtTime(*day, h, m, half);
        out_->pop_back();
        at = b = FirstTokenOf(q);
      } else {
        q.value_text = TimeValue(h, m);
        q.modifier = mod;
      }
      q.type = QuantityType::kRange;
      q.value_text = absl::StrCat(q.value_text, "/", dur);
      Emit(b, fe, q);
      return fe;
    }
    if (e == i) {
      // "Friday at 4", "tonight around 3": a bare hour after a day and a
      // preposition, not before a word ("Friday at 4 sites").
      if (!day || at == i || !IsDayValue(day->value_text) || !BareHour(i, &h) ||
          (InSent(i + 1) && (IsWordTok(i + 1) || IsNumberTok(i + 1))))
        return i;
      m = 0;
      e = i + 1;
    }
    // Joined to a day ("tomorrow at 8am"), not to a week, month or year ("next
    // month at 6pm").
    if (day) {
      Quantity& d = *day;
      d.value_text = AtTime(d, h, m, half);
      if (d.modifier.empty()) d.modifier = mod;
      d.span.end = tok(e - 1).span.end;
      Skip(at, e);
      return e;
    }
    Quantity q;
    q.type = QuantityType::kDate;
    q.value_text = TimeValue(h, m);
    q.modifier = mod;
    Emit(b, e, q);
    Quantity d;
    if (size_t d2 = DayAfter(e, &d); d2 > e) {
      Quantity& tq = out_->back();
      tq.value_text = AtTime(d, h, m, half);
      tq.span.end = d.span.end;
      return d2;
    }
    // "3pm each day", "6am daily": that time every day (as "every Monday"
    // is a DATE with modifier every).
    if (const QEntry* st = Get(e, QRole::kSet);
        st && st->v == 1 && Eq(st->s, "D") && !st->time) {
      const size_t before = out_->size();
      if (size_t se = TrySet(e); se > e) {
        out_->resize(before);
        Quantity& tq = out_->back();
        if (tq.modifier.empty()) tq.modifier = "every";
        tq.span.end = tok(se - 1).span.end;
        return se;
      }
    } else if (size_t ee; Get(e, QRole::kEvery, &ee) && Is(ee, QWord::kDay) &&
                          InSent(ee) && mod.empty()) {
      Quantity& tq = out_->back();
      tq.modifier = "every";
      tq.span.end = tok(ee).span.end;
      Skip(e, ee + 1);
      return ee + 1;
    }
    return e;
  }

  // "Tuesday night", "tomorrow morning", "Friday at noon": a part of the day
  // after a day.
  size_t DayPart(size_t d) {
    // A part of the day at d, or after "at" / "early" / "late" there: none
    // after a Neutral token.
    if (!InSent(d) || out_->empty() || Neutral(d, RoleBit(QRole::kDaypart)))
      return d;
    Quantity& q = out_->back();
    if (q.type != QuantityType::kDate ||
        Find(q.value_text, 'T') != std::string::npos ||
        q.span.end != tok(d - 1).span.end || Get(d - 1, QRole::kTime)) {
      return d;
    }
    size_t k = Is(d, QWord::kAt) ? d + 1 : d;
    // "Sunday late evening", "Friday early morning".
    const bool early = k == d && (Is(k, QWord::kEarly) || Is(k, QWord::kLate));
    if (early) ++k;
    size_t e;
    const QEntry* dp = Get(k, QRole::kDaypart, &e);
    if (!dp || (k > d && !early && dp->s[1] != '1' && dp->s[1] != '0') ||
        (early && !absl::ascii_isalpha(dp->s[1])))
      return d;
    if (early && q.modifier.empty()) q.modifier = std::string(norm(d));
    q.value_text += dp->s;
    q.span.end = tok(e - 1).span.end;
    Skip(d, e);
    return e;
  }

  // Token e is a lowercase word other than a function word, so that a time
  // word before it describes it ("the morning session", "last minute
  // changes").
  bool BeforeNoun(size_t e) const {
    if (!InSent(e) || !IsWordTok(e) || Capitalized(e)) return false;
    static constexpr std::string_view kNext[] = {
        "of",      "and",   "or",    "at",     "on",      "before", "after",
        "when",    "while", "as",    "with",   "to",      "for",    "in",
        "from",    "but",   "until", "till",   "he",      "she",    "they",
        "we",      "i",     "it",    "you",    "so",      "then",   "outside",
        "near",    "there", "here",  "during", "because", "by",     "into",
        "against", "across"};
    for (std::string_view w : kNext) {
      if (norm(e) == w) return false;
    }
    return true;
  }

  // "in the morning", "early in the evening", "later in the afternoon": a
  // part of the day on its own is a DATE "TMO" (modifier early / late).
  size_t PartOfDay(size_t i) {
    size_t e;
    const QEntry* dp = Get(i, QRole::kDaypart, &e);
    if (!dp || dp->s.size() != 3 || !absl::ascii_isalpha(dp->s[1]) ||
        i < sent_begin_ + 2)
      return i;
    size_t b = i - 2;
    if (!Is(b, QWord::kIn) || !Is(b + 1, QWord::kThe) || used_[b] ||
        used_[b + 1])
      return i;
    // Not before a noun it describes ("in the morning session").
    if (BeforeNoun(e)) return i;
    std::string mod;
    if (b > sent_begin_ && !used_[b - 1]) {
      TokenText w = norm(b - 1);
      if (w == "early" || w == "earlier") {
        mod = "early";
      } else if (w == "late" || w == "later") {
        mod = "late";
      }
      if (!mod.empty()) --b;
    }
    EmitDate(b, e, dp->s, mod);
    return e;
  }

  // Token k begins a noun phrase or another date, so that a bound before it
  // ("or before", "and after") is a preposition: a number, "than", a date
  // word, a determiner or a pronoun ("and after my shift").
  bool StartsPhrase(size_t k) const {
    if (IsNumberTok(k)) return true;
    if (!IsWordTok(k)) return false;
    TokenText w = norm(k);
    static constexpr std::string_view kDet[] = {
        "than", "the", "a",    "an",   "my",    "his",   "her",  "their",
        "our",  "its", "this", "that", "these", "those", "your", "we",
        "he",   "she", "they", "it",   "i",     "you",   "next", "last"};
    for (std::string_view d : kDet) {
      if (w == d) return true;
    }
    if (const QEntry* mo = Get(k, QRole::kMonth))
      return !mo->amb || Capitalized(k);
    return Get(k, QRole::kWeekday) || Get(k, QRole::kDayword) ||
           Get(k, QRole::kHoliday);
  }

  // A bound after a date: "2012 or later", "from March onwards".
  size_t DatePost(size_t d) {
    size_t e;
    // (Get(d, kDatepost) below needs the role bit: tested first.)
    if (!InSent(d) || !(roles_[d] & RoleBit(QRole::kDatepost)) ||
        out_->empty() || d == 0)
      return d;
    Quantity& q = out_->back();
    if ((q.type != QuantityType::kDate && q.type != QuantityType::kRange) ||
        q.span.end != tok(d - 1).span.end)
      return d;
    const QEntry* pm = Get(d, QRole::kDatepost, &e);
    if (!pm) return d;
    // "before 2018 or before 2000", "2015 or later than 2020", "in May and
    // after the vote": "or before" / "and after" begins another phrase.
    if (e > d + 1 && InSent(e) && StartsPhrase(e)) return d;
    if (q.modifier.empty()) q.modifier = pm->s;
    q.span.end = tok(e - 1).span.end;
    Skip(d, e);
    return e;
  }

  // "every Monday", "each week", "every two days", "weekly": sets.
  size_t TrySet(size_t i) {
    size_t e;
    if (const QEntry* st = Get(i, QRole::kSet, &e)) {
      if (Capitalized(i) && !tok(i).has(kSentenceInitial)) return i;
      // "everyday" is also an adjective: not before a word it describes.
      if (st->amb && IsWordTok(e)) return i;
      // "quarterly profits", "monthly figures": what a period reports (the
      // profit of a quarter), no set.
      if (InSent(e) &&
          (p_.word_class_[WordSlot(e)] & QuantityParser::kReportTopic))
        return i;
      Quantity q;
      q.type = QuantityType::kDuration;
      q.modifier = "every";
      q.value_text = NumText(st->time ? "PT" : "P", st->v, st->s);
      Emit(i, e, q);
      return e;
    }
    const QEntry* ev = Get(i, QRole::kEvery, &e);
    if (!ev) return i;
    double n = ev->v;
    size_t k = e;
    Num num;
    if (ParseNumber(k, &num) && !num.ordinal && !num.fraction && num.v >= 1 &&
        num.v < 1000) {
      n *= num.v;
      k = num.e;
    }
    Quantity q;
    q.modifier = "every";
    size_t ue;
    if (const QEntry* tu = Get(k, QRole::kTime, &ue)) {
      q.type = QuantityType::kDuration;
      q.value_text = NumText(tu->time ? "PT" : "P", n * tu->v, tu->s);
    } else if (Is(k, QWord::kQuarter) && k == e) {
      q.type = QuantityType::kDuration;  // "each quarter"
      q.value_text = NumText("P", 3 * n, "M");
      ue = k + 1;
    } else if (Is(k, QWord::kWeekend) || Is(k, QWord::kWeekends)) {
      q.type = QuantityType::kDuration;
      q.value_text = NumText("P", n, "WE");
      ue = k + 1;
    } else if (const QEntry* wd = Get(k, QRole::kWeekday, &ue);
               wd && k == e && !wd->amb) {
      q.type = QuantityType::kDate;
      q.value_text = WeekdayValue(static_cast<int>(wd->v));
    } else if (const QEntry* dp = Get(k, QRole::kDaypart, &ue); dp && k == e) {
      q.type = QuantityType::kDate;
      q.value_text = dp->s;
    } else {
      return i;
    }
    Emit(i, ue, q);
    return ue;
  }

  // "a few weeks", "several days", "the next couple of years": DURATIONs
  // with an approximate count.
  size_t TryFewTime(size_t i) {
    size_t e, ue;
    const QEntry* fw = Get(i, QRole::kFewtime, &e);
    if (!fw) return i;
    const QEntry* tu = Get(e, QRole::kTime, &ue);
    if (!tu || !IsPluralNoun(norm(e))) return i;
    Quantity q;
    q.type = QuantityType::kDuration;
    q.approx = true;
    q.value_text = NumText(tu->time ? "PT" : "P", fw->v * tu->v, tu->s);
    size_t b = i, mb = i;
    if (const QEntry* dm = EndingAt(i, QRole::kDurmod, &mb)) {
      q.modifier = dm->s;
      b = mb > sent_begin_ && Is(mb - 1, QWord::kThe) && !used_[mb - 1] ? mb - 1
                                                                        : mb;
    }
    Emit(b, ue, q);
    return ue;
  }

  // Cheap first check: only a number, a token with a q_* lexicon match, a word
  // with a digit or a hyphen ("8am", "USD115", "mid-March", "third-largest")
  // or any token before a number ("week 7", a sign, a decimal point) can
  // start a quantity.
  // Runs on every token: i is inside the current sentence, so the bounds
  // checks of tok() and InSent() reduce to one test for i + 1.
  bool MayStart(size_t i) const {
    static constexpr uint64_t kStartRoles = StartRoles();
    if (all_rules_) return true;
    const Token* toks = ts_.tokens.data();
    const Token& t = toks[i];
    if (t.kind == TokenKind::kNumber || (roles_[i] & kStartRoles)) return true;
    if (i + 1 < sent_end_ && toks[i + 1].kind == TokenKind::kNumber)
      return true;
    if (t.kind != TokenKind::kWord) return false;
    if (t.has(kHasDigit)) return true;
    return HasDash(t.span);
  }
  // Whether bytes [span) hold a '-': eight bytes per step (a word is
  // usually one), cheaper than a call to memchr on every word.
  bool HasDash(Span span) const {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kDashes = kOnes * '-';
    uint32_t k = span.begin;
    for (; k + 8 <= span.end; k += 8) {
      uint64_t x;
      std::memcpy(&x, text_.data() + k, 8);
      x ^= kDashes;  // a '-' byte becomes zero
      if ((x - kOnes) & ~x & (kOnes << 7)) return true;
    }
    if (k == span.end) return false;
    if (k + 8 > text_.size()) {
      return std::memchr(text_.data() + k, '-', span.end - k) != nullptr;
    }
    uint64_t x;
    std::memcpy(&x, text_.data() + k, 8);
    x ^= kDashes;
    // Bytes past the span (the high ones, little-endian) become non-zero; a
    // borrow only runs upward, so a zero among the low bytes is found and
    // no other.
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
    x |= ~uint64_t{0} << (8 * (span.end - k));
    return ((x - kOnes) & ~x & (kOnes << 7)) != 0;
  }

  // Role bits of the one-word entries of `w` (the part of a hyphenated word
  // before its first dash): one hash lookup for all the hyphen rules.
  uint64_t WordRoles(std::string_view w) const {
    const QuantityParser::FormSlot* s = p_.FindForm(w);
    return s ? s->roles : 0;
  }

  // Which rule families of Step can get past their first checks at token i.
  // Each flag is a necessary condition read off the opening tests of the
  // rules it guards (they return before any side effect when it is false),
  // so skipping a family whose flag is false changes no output; it saves
  // running every rule on the many words that can start only one or none.
  // One bit each, in one byte: a struct of bools cost Step a dozen
  // instructions per call to assemble and test.
  struct Starts {
    bool time : 1;        // TryTime: a clock, "half past", a time range
    bool clock : 1;       // more than PastTime: a leading digit
    bool daypart : 1;     // "at noon", "in the morning"
    bool date : 1;        // TryDate (+ DayPart, DateRange, DatePost)
    bool hyphen_ord : 1;  // "third-largest", "magnitude-6.1"
    bool measure : 1;     // ParseMeasure and what follows it in Step
    bool durmod : 1;      // Step's durmod rule: "the past year", "all three
                          // quarters"
    bool fewtime : 1;     // TryFewTime: "a few days", "some weeks"
    Starts()
        : time(true),
          clock(true),
          daypart(true),
          date(true),
          hyphen_ord(true),
          measure(true),
          durmod(true),
          fewtime(true) {}
  };
  [[gnu::always_inline]] Starts StartsAt(size_t i) const {
    Starts s;
    if (all_rules_) return s;
    const Token& t = tok(i);
    const uint64_t r = roles_[i];
    if (t.kind == TokenKind::kNumber) {
      s.hyphen_ord = false;  // a word rule
      s.daypart = r & RoleBit(QRole::kDaypart);
      // TryTime: PastTime reads a number of one or two bytes; the clock and
      // range rules (ClockAt, BareHour, BareClock) all need ReadClockToken
      // to accept the token.
      int h;
      std::string_view ms, half;
      s.time =
          t.span.size() <= 2 ||
          ReadClockToken(text_.substr(t.span.begin, t.span.size()), &h, &ms,
                         &half) ||
          (t.span.size() == 4 &&
           ((roles_[i + 1] & RoleBit(QRole::kClock)) || NamedZoneAt(i + 1))) ||
          RaceTimeShape(i);
      return s;
    }
    const bool word = t.kind == TokenKind::kWord;
    // A hyphenated word starts a rule only through what its first part is
    // (a number, an ordinal, a month, "mid"/"early"...).
    uint64_t pre = 0;
    bool ord_quarter = false;  // "first-quarter": TryDate's quarter rule
    if (word) {
      if (const size_t dash = DashAt(i); dash != std::string_view::npos) {
        pre = WordRoles(norm(i).substr(0, dash));
        ord_quarter =
            (pre & RoleBit(QRole::kOrd)) &&
            (WordRoles(norm(i).substr(dash + 1)) & RoleBit(QRole::kQuarter));
      }
    }
    // An article ("a", "an") reads as a number only before a number word
    // ("a dozen", "a third", "a hundred"): ParseSpelled stops at anything
    // else.
    bool num = r & RoleBit(QRole::kNum);
    if (num) {
      const QEntry* q = Get(i, QRole::kNum);
      if (q && q->article) {
        const size_t j = i + 1;
        num = IsWordTok(j) &&
              ((roles_[j] & (RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
                             RoleBit(QRole::kDen))) ||
               Find(norm(j), '-') != std::string_view::npos);
      }
    }
    const bool digit_first = absl::ascii_isdigit(text_[t.span.begin]);
    // TryTimeRange, ClockAt and BareHour all need a leading digit.
    s.clock = digit_first;
    // TryTime: PastTime needs a number or quarter word ("a quarter to"),
    // the clock rules a token that begins with a digit ("8am").
    s.time = digit_first ||
             (word && (r & (RoleBit(QRole::kNum) | RoleBit(QRole::kQuarter))));
    s.daypart = r & RoleBit(QRole::kDaypart);
    constexpr uint64_t kDateRoles =
        RoleBit(QRole::kOrd) | RoleBit(QRole::kMonth) |
        RoleBit(QRole::kHoliday) | RoleBit(QRole::kQuarter) |
        RoleBit(QRole::kSeason) | RoleBit(QRole::kWeekday) |
        RoleBit(QRole::kDayword) | RoleBit(QRole::kShift);
    uint64_t date_roles = r & kDateRoles;
    // A shift word ("this", "next", "following") with no other date role
    // and no phrase from it: TryDate's earlier rules need another role (as
    // in WordNoDate; the terms below keep the others), and its shift rule
    // makes a date only from what the next token is: a time unit, season,
    // holiday, quarter, part of the day, month, weekday, period adjective
    // ("this school year") or a number.
    if (date_roles == RoleBit(QRole::kShift) && word && ShiftShut(i) &&
        !((phrase_at_[i >> 6] >> (i & 63)) & 1))
      date_roles = 0;
    // A lower-case month that is also a common word ("may", "march") makes a
    // date in TryDate's month rule only with a number after it ("may 5",
    // "may 2019", "march, 2020", "may of 2019") or a year in words; a bare
    // "now" only after "between" / "from" (as the first end of a range).
    if ((date_roles == RoleBit(QRole::kMonth) ||
         date_roles == RoleBit(QRole::kDayword)) &&
        word && !Capitalized(i) && !in_range_end_ &&
        !((phrase_at_[i >> 6] >> (i & 63)) & 1)) {
      if (date_roles == RoleBit(QRole::kMonth)) {
        if (Single(i, QRole::kMonth)->amb && MonthShut(i)) date_roles = 0;
      } else if (NowWord(*Single(i, QRole::kDayword)) && NowShut(i)) {
        date_roles = 0;
      }
    }
    s.date =
        date_roles || num || ord_quarter ||
        (pre & (RoleBit(QRole::kNum) | RoleBit(QRole::kMonth) |
                RoleBit(QRole::kDatemod))) ||
        // CompactDate: a run of tokens without spaces, or digits in a word.
        (word && ((InSent(i + 1) && !Space(i + 1)) || t.has(kHasDigit))) ||
        (IsNumberTok(i + 1) && Is(i, QWord::kWeek)) ||
        // TryDate's "the last quarter" / "the last week of" rule (its other
        // readings need the shift roles above).
        (Is(i, QWord::kLast) && ((roles_[i + 1] & RoleBit(QRole::kQuarter)) ||
                                 Is(i + 1, QWord::kWeek)));
    // (and "magnitude-6.1": a leading unit before the dash)
    s.hyphen_ord = pre & (RoleBit(QRole::kOrd) | RoleBit(QRole::kUnit));
    // The durmod rule makes a quantity only from a number or a time unit
    // at the end of the durmod (DurmodShut); a phrase from i may end later.
    s.durmod = (r & RoleBit(QRole::kDurmod)) &&
               (((phrase_at_[i >> 6] >> (i & 63)) & 1) || !DurmodShut(i + 1));
    // TryFewTime reads a time unit at the end of the q_fewtime match.
    s.fewtime = (r & RoleBit(QRole::kFewtime)) &&
                (((phrase_at_[i >> 6] >> (i & 63)) & 1) || !FewtimeShut(i + 1));
    s.measure = (r & (RoleBit(QRole::kSign) | RoleBit(QRole::kOrd) |
                      RoleBit(QRole::kDen))) ||
                num || (pre & RoleBit(QRole::kNum)) ||
                (IsNumberTok(i + 1) &&
                 (Is(i, QWord::kHyphen) || Is(i, QWord::kPeriod)));
    return s;
  }

  // StartsAt's gates of the date words that make a date only with the
  // right token next to them (word token i, no phrase from it), shared with
  // the constructor's test of the gated words (GatedStartFails).
  //
  // A shift word ("this", "next", "following") with no other date role:
  // TryDate's earlier rules need another role (as in WordNoDate; StartsAt's
  // other terms keep the others), and its shift rule makes a date only from
  // what the next token is: a time unit, season, holiday, quarter, part of
  // the day, month, weekday, period adjective ("this school year") or a
  // number. True when token i + 1 is none of these.
  [[gnu::always_inline]] bool ShiftShut(size_t i) const {
    constexpr uint64_t kShiftTargets =
        RoleBit(QRole::kTime) | RoleBit(QRole::kSeason) |
        RoleBit(QRole::kHoliday) | RoleBit(QRole::kQuarter) |
        RoleBit(QRole::kDaypart) | RoleBit(QRole::kMonth) |
        RoleBit(QRole::kWeekday) | RoleBit(QRole::kPeriodAdj);
    return !(roles_[i + 1] & kShiftTargets) &&  // roles_[n_] is 0
           !(i + 1 < n_ && toks_[i + 1].kind == TokenKind::kNumber) &&
           // "the last two weeks of March" (EndOfPeriod)
           !((roles_[i + 1] & RoleBit(QRole::kNum)) && PeriodCountAt(i + 1));
  }
  // Whether a count at token j may be EndOfPeriod's: a time unit and "of"
  // within the four tokens after it.
  bool PeriodCountAt(size_t j) const {
    for (size_t k = j + 1; k < j + 5 && k < n_; ++k) {
      if ((roles_[k] & RoleBit(QRole::kTime)) && Is(k + 1, QWord::kOf))
        return true;
    }
    return false;
  }
  // A lower-case month that is also a common word ("may"): no number and no
  // number word after it, and no number two tokens on ("may of 2019").
  [[gnu::always_inline]] bool MonthShut(size_t i) const {
    return !(i + 1 < n_ && toks_[i + 1].kind == TokenKind::kNumber) &&
           !(roles_[i + 1] & RoleBit(QRole::kNum)) &&
           !(i + 2 < n_ && toks_[i + 2].kind == TokenKind::kNumber);
  }
  // A lower-case "now" (NowWord): not after "between" or "from".
  [[gnu::always_inline]] bool NowShut(size_t i) const {
    return !(i > sent_begin_ &&
             (Is(i - 1, QWord::kBetween) || Is(i - 1, QWord::kFrom)));
  }

  // Token e, the end of a durmod ("all", "the past"), can begin no number
  // (ParseNumberCore's first tests: a number token, a sign, number,
  // ordinal or denominator word, a dashed word, "-" or "." before digits)
  // and is no time unit: Step's durmod rule makes nothing there.
  [[gnu::always_inline]] bool DurmodShut(size_t e) const {
    constexpr uint64_t kOpen = RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
                               RoleBit(QRole::kDen) | RoleBit(QRole::kSign) |
                               RoleBit(QRole::kTime);
    if (e >= n_) return true;
    return toks_[e].kind != TokenKind::kNumber && !(roles_[e] & kOpen) &&
           DashAt(e) == std::string_view::npos && !Is(e, QWord::kHyphen) &&
           !Is(e, QWord::kPeriod);
  }

  // Token e, the end of a q_fewtime ("some", "a few"), is no time unit:
  // TryFewTime makes nothing there.
  [[gnu::always_inline]] bool FewtimeShut(size_t e) const {
    return !(roles_[e] & RoleBit(QRole::kTime));  // roles_[n_] is 0
  }

  // No rule of Step gets past its first check at token i: no family
  // StartsAt lets in (`starts`), none of the roles the other rules start
  // from, not a number (DottedDate, Excluded, CommaList) and no digit
  // ("USD115"). Most words before a number that are not part of it ("radio
  // 4") end here.
  [[gnu::always_inline]] bool NoRuleStarts(size_t i,
                                           const Starts& starts) const {
    constexpr uint64_t kRuleRoles =
        RoleBit(QRole::kDaypart) | RoleBit(QRole::kSet) |
        RoleBit(QRole::kEvery) | RoleBit(QRole::kVague) | RoleBit(QRole::kNum) |
        RoleBit(QRole::kPct);
    return !(starts.time | starts.daypart | starts.date | starts.measure |
             starts.hyphen_ord | starts.durmod | starts.fewtime) &&
           !(roles_[i] & kRuleRoles) && toks_[i].kind != TokenKind::kNumber &&
           !toks_[i].has(kHasDigit);
  }

  // Token i is a gated word (kGatedBit) that is no article, with no phrase
  // from it and no dash in it: whether Step returns at its first check
  // there (NoRuleStarts). Create gives the bit only to words whose one
  // starting role is a shift, an ambiguous month, "now", a durmod or a
  // q_fewtime, and that are no rule word StartsAt reads ("last", "week",
  // "-", "."): StartsAt lets in no family there but through that role's
  // gate (ShiftShut, MonthShut, NowShut, DurmodShut, FewtimeShut), a glued
  // token after it or a digit (CompactDate). The
  // constructor asks with the whole document as the sentence, since it
  // knows no sentences: each of these tests that a sentence bound can
  // change (a glued token next, "between" before "now") holds at least as
  // often with the wider bound, so a token let go here is one Step would
  // let go in its sentence.
  bool GatedStartFails(size_t i) const {
    const Token& t = toks_[i];
    if (t.kind != TokenKind::kWord || t.has(kHasDigit) ||
        (i + 1 < n_ && !toks_[i + 1].has(kSpaceBefore)))
      return false;
    const uint64_t r = roles_[i];
    if (r & RoleBit(QRole::kShift)) return ShiftShut(i);
    if (r & RoleBit(QRole::kDurmod)) return DurmodShut(i + 1);
    if (r & RoleBit(QRole::kFewtime)) return FewtimeShut(i + 1);
    if (Capitalized(i)) return false;
    return (r & RoleBit(QRole::kMonth)) ? MonthShut(i) : NowShut(i);
  }

  // Word token k holds a '-' (the constructor's dash pass; the phrases'
  // roles are in roles_): whether a rule of Step may get past its first
  // check there, read off StartsAt and that check. Its own starting roles
  // (and q_den, which StartsAt's measure reads), a digit, a glued or number
  // token after it (CompactDate, and the token-before-a-number rules: the
  // numbers' pass leaves dashed words to this one), or a first part with a
  // number, month, date modifier or ordinal role ("one-off", "mid-March",
  // "third-largest"). Most hyphenated words ("high-speed") have none.
  bool DashedWordStarts(size_t k) const {
    constexpr uint64_t kOwn = StartRoleMask() | RoleBit(QRole::kDen);
    const Token& t = toks_[k];
    if ((roles_[k] & kOwn) || t.has(kHasDigit)) return true;
    const size_t j = k + 1;
    if (j < n_ &&
        (!toks_[j].has(kSpaceBefore) || toks_[j].kind == TokenKind::kNumber))
      return true;
    const TokenText w = norm(k);
    const size_t dash = Find(w, '-');
    if (dash == std::string_view::npos) return false;  // StartsAt: no pre
    constexpr uint64_t kPre = RoleBit(QRole::kNum) | RoleBit(QRole::kMonth) |
                              RoleBit(QRole::kDatemod) | RoleBit(QRole::kOrd);
    return (WordRoles(w.substr(0, dash)) & kPre) != 0;
  }

  // Token j, followed by a number token and with no role that starts a
  // quantity, no digit and no '-' (the candidates MayStart admits only for
  // the number after them): whether any rule of Step can get past its first
  // checks there. Read off StartsAt and Step, which for such a token run
  // only CompactDate (a word glued to the number), "week 7", the "-5" /
  // ".5" signs, "last"; a word's folded form (norm_ref != 0: StartsAt reads
  // a word's dash in it) or a leading digit could change what StartsAt
  // sees, so those stay candidates. Other tokens ("£", "€" have folded
  // forms) are read only through their roles and word ids.
  bool StartsBeforeNumber(size_t j) const {
    const Token& t = toks_[j];
    if ((norm_ref_[j] != 0 && t.kind == TokenKind::kWord) ||
        absl::ascii_isdigit(text_[t.span.begin]))
      return true;
    if (t.kind == TokenKind::kWord && !toks_[j + 1].has(kSpaceBefore))
      return true;
    return Is(j, QWord::kHyphen) || Is(j, QWord::kPeriod) ||
           Is(j, QWord::kWeek) || Is(j, QWord::kLast);
  }

  // Find(norm(i), '-'): the first '-' of token i's folded text, or npos. A
  // form that is the token's own bytes (norm_ref 0) has one only if it is a
  // word the constructor's memchr pass marked in dash_, a folded form only
  // if its token is marked there too.
  size_t DashAt(size_t i) const {
    if (i >= n_ || !((dash_[i >> 6] >> (i & 63)) & 1))
      return std::string_view::npos;
    return Find(norm(i), '-');
  }

  // The first token in [i, end) with its may_start_ bit set, or end.
  size_t NextCandidate(size_t i, size_t end) const {
    if (i >= end) return end;
    size_t w = i >> 6;
    uint64_t bits = may_start_[w] & (~uint64_t{0} << (i & 63));
    const size_t last = (end - 1) >> 6;
    while (bits == 0) {
      if (++w > last) return end;
      bits = may_start_[w];
    }
    const size_t k = (w << 6) + static_cast<size_t>(__builtin_ctzll(bits));
    return k < end ? k : end;
  }

  // Token i is an article ("a", "an") with no other role than q_stop, no
  // phrase beginning at it, and not before a number word, a hyphenated word,
  // a time unit, "quarter" or a token glued to it: StartsAt gives only
  // `time` there, and none of the rules of Step gets past its first check
  // (the number words, "a decade", "a quarter past six", CompactDate and the
  // role-keyed rules all need what this excludes). Most articles in news
  // ("a man") are such tokens; the constructor takes them off the
  // candidates (its caller has tested the article, phrase and dash bits of
  // token i). A glued next token counts even past the sentence end (the
  // constructor knows no sentences): such an article stays a candidate.
  bool LoneArticle(size_t i) const {
    constexpr uint64_t kOnly = QuantityParser::kGatedBit |
                               QuantityParser::kStartBit |
                               QuantityParser::kRuleWordBit |
                               RoleBit(QRole::kNum) | RoleBit(QRole::kStop);
    if (roles_[i] & ~kOnly) return false;
    const Token& t = toks_[i];
    if (t.kind != TokenKind::kWord || t.has(kHasDigit) ||
        absl::ascii_isdigit(text_[t.span.begin]))
      return false;
    const size_t j = i + 1;  // roles_[n_] is 0
    if ((roles_[j] & (RoleBit(QRole::kNum) | RoleBit(QRole::kOrd) |
                      RoleBit(QRole::kDen) | RoleBit(QRole::kTime))) ||
        (j < n_ && !toks_[j].has(kSpaceBefore)) ||
        DashAt(j) != std::string_view::npos)
      return false;
    // StartsAt's date words; PastTime's "a quarter past".
    return !Is(i, QWord::kWeek) && !Is(i, QWord::kLast) &&
           !Is(j, QWord::kQuarter);
  }

  // A byte a phone number may hold: a digit, a space or . - ( ) + /.
  static bool PhoneByte(char c) {
    return absl::ascii_isdigit(c) || c == ' ' || c == '.' || c == '-' ||
           c == '(' || c == ')' || c == '+' || c == '/';
  }
  // Phone numbers (Excluded): the digits among the first 40 bytes of
  // `rest` before a byte that is no PhoneByte.
  static int PhoneDigits(std::string_view rest) {
    int digits = 0;
    for (size_t k = 0; k < rest.size() && k < 40 && PhoneByte(rest[k]); ++k)
      digits += absl::ascii_isdigit(rest[k]) ? 1 : 0;
    return digits;
  }

  // Whether PhoneDigits, reaching byte b, may read on past b + 1: byte b,
  // or a space at b and byte b + 1, is one it reads.
  bool PhoneScanGoesOn(uint32_t b) const {
    if (b >= text_.size() || !PhoneByte(text_[b])) return false;
    return text_[b] != ' ' || (b + 1 < text_.size() && PhoneByte(text_[b + 1]));
  }

  // Number token i (Step runs there) where every rule Step tries before
  // ParseMeasure leaves the number alone, read off their opening tests
  // (false when unsure): no role at i (the role-keyed rules, the daypart
  // rules, "percent of"); digits with at most one ',' and one '.' (no
  // DottedDate, version, clock with ':' or CommaList shape); no "10.30"
  // clock shape (TryTime); Excluded: fewer than eight phone digits, no
  // q_label before it, no capitalized name before it, no q_clock word or two
  // capitalized words (an address) after it; and the tests of NoTimeAt (one
  // or two digits) and PlainNumberNoDate (TryDate) on the tokens around it,
  // in one pass.
  bool PlainNumberPre(size_t i) const {
    if (roles_[i] != 0 || norm_ref_[i] != 0) return false;
    const Token& t = toks_[i];
    const char* s = text_.data() + t.span.begin;
    const size_t n = t.span.size();
    if (n == 0 || !Digit(s[0]) || !Digit(s[n - 1])) return false;
    int dots = 0, commas = 0;
    for (size_t k = 1; k + 1 < n; ++k) {
      const char c = s[k];
      if (c == '.') {
        ++dots;
      } else if (c == ',') {
        ++commas;
      } else if (!Digit(c)) {
        return false;
      }
    }
    if (dots > 1 || commas > 1) return false;
    if (dots == 1 && n >= 3 && n <= 5) {
      // "17.30": TryTime reads it as a time only before a q_clock word
      // (tested below), "in the morning" / "at night", or after "at"
      // (ClockAt); else it returns at once (no ':' for a range end).
      int h;
      std::string_view ms, half;
      if (ReadClockToken(std::string_view(s, n), &h, &ms, &half)) {
        const TokenText w1 = norm(i + 1);
        if (w1 == "in" || w1 == "at" || Is(i - 1, QWord::kAt)) return false;
      }
    }
    // Fewer than eight digits in the token, and the scan stops within the
    // next two bytes: no phone number (the common case, without the scan).
    if (n >= 8 || PhoneScanGoesOn(t.span.end)) {
      if (PhoneDigits(text_.substr(t.span.begin)) >= 8) return false;
    }
    // A phrase ending at i: a q_label ("world cup 2018"), or for a small
    // number any phrase (NoTimeAt's test: a date modifier).
    if (size_t lb;
        n <= 2 ? PhraseEndsAt(i) : EndingAt(i, QRole::kLabel, &lb) != nullptr)
      return false;
    if (i > sent_begin_) {
      if (roles_[i - 1] & RoleBit(QRole::kLabel)) return false;
      const Token& p = toks_[i - 1];
      if (p.kind == TokenKind::kWord && Capitalized(i - 1) &&
          !p.has(kSentenceInitial))
        return false;
    }
    const uint64_t next = roles_[i + 1];  // roles_[n_] is 0
    if (InSent(i + 1)) {
      if (next & RoleBit(QRole::kClock)) return false;
      if (IsWordTok(i + 1) && Capitalized(i + 1) &&
          ((IsWordTok(i + 2) && Capitalized(i + 2)) ||
           ((n == 4 || n <= 2) && NamedZoneAt(i + 1))))  // "1000 London time"
        return false;
    }
    if (n <= 2) {
      // PlainNumberNoDate's and NoTimeAt's words around a small number (a
      // day of a month, a time, a range end).
      if (DayWordAfter(i + 1) || TimeWordAfter(i) || TimeWordBefore(i))
        return false;
    } else if (n == 4 && (next & RoleBit(QRole::kQuarter))) {
      return false;
    }
    return !(InSent(i + 1) && !Space(i + 1)) || GluedNoDate(i);
  }

  // Token i passed MayStart. Not inlined into Run: its hundreds of rules
  // would crowd the registers of Run's loop (callgrind: 1.9 M fewer
  // instructions per 1,000 BBC docs this way).
  [[gnu::noinline]] size_t Step(size_t i) {
    // A plain number in a plain place goes straight to the measure: no rule
    // before it can take the number (PlainNumberPre).
    if (all_rules_ || toks_[i].kind != TokenKind::kNumber ||
        !PlainNumberPre(i)) {
      const Starts starts = StartsAt(i);
      if (NoRuleStarts(i, starts)) return i + 1;
      // "penultimate", "second to last": an ordinal counted from the end.
      if (size_t oe; roles_[i] & RoleBit(QRole::kOrd)) {
        // Written in words, not before a time word: "second to last
        // year's winner" is second to someone.
        if (const QEntry* o = Get(i, QRole::kOrd, &oe);
            o && Eq(o->s, "from_end") &&
            !(oe > i + 1 && Get(oe, QRole::kTime))) {
          Quantity q;
          q.type = QuantityType::kOrdinal;
          q.value_text = absl::StrCat("end-", FormatNum(o->v));
          Emit(i, oe, q);
          return oe;
        }
      }
      if (size_t te;
          starts.time && (te = starts.clock ? TryTime(i) : PastTime(i)) > i) {
        if (RaceTimeShape(i)) WithSeconds(i);
        return te;
      }
      // "at noon", "by midnight": a named clock time after a time preposition;
      // a day right after it joins it as after any clock time ("until
      // midnight on Friday" -> XXXX-WXX-5T00:00), and makes it a time with
      // no preposition ("a deadline of midnight on Friday").
      if (size_t pe; starts.daypart && Get(i, QRole::kDaypart, &pe)) {
        const QEntry* dp = Get(i, QRole::kDaypart);
        if (dp->s.size() > 2 && absl::ascii_isdigit(dp->s[1])) {
          const bool prep = i > sent_begin_ && TimePrepAt(i - 1);
          Quantity day;
          const size_t before = out_->size();
          EmitDate(i, pe, dp->s, "");
          size_t de = DayAfter(pe, &day);
          if (de > pe) {
            Quantity& tq = (*out_)[before];
            int h = 0, m = 0;
            if (dp->s.size() == 6 && absl::SimpleAtoi(dp->s.substr(1, 2), &h) &&
                absl::SimpleAtoi(dp->s.substr(4, 2), &m))
              tq.value_text = AtTime(day, h, m, 0);
            tq.span.end = day.span.end;
          } else if (!prep) {
            out_->resize(before);
            for (size_t k = i; k < pe; ++k) used_[k] = false;
          }
          if (prep || de > pe) {
            size_t b;
            std::string mod = DateMod(i, &b);
            if (!mod.empty()) {
              (*out_)[before].modifier = mod;
              (*out_)[before].span.begin = tok(b).span.begin;
              Skip(b, i);
            }
            return de;
          }
        }
      }
      if (size_t pe; starts.daypart && (pe = PartOfDay(i)) > i) return pe;
      if (int y, m, d;
          tok(i).kind == TokenKind::kNumber &&
          DottedDate(text_.substr(tok(i).span.begin, tok(i).span.size()), &y,
                     &m, &d)) {
        if (size_t de = TryDate(i); de > i) return DatePost(DateRange(de));
      }
      if (tok(i).kind == TokenKind::kNumber && Excluded(i)) return i + 1;
      if (starts.date) {
        size_t d = TryDate(i);
        if (d > i) d = DayPart(d);
        if (d > i) return DatePost(DateRange(d));
      }
      // TrySet and TryFewTime start with these roles (i is in the sentence).
      if (size_t se;
          (roles_[i] & (RoleBit(QRole::kSet) | RoleBit(QRole::kEvery))) &&
          (se = TrySet(i)) > i)
        return se;
      if (size_t fe; starts.fewtime && (fe = TryFewTime(i)) > i) return fe;
      size_t e;
      // "dozens of villages"
      if (const QEntry* vg = Get(i, QRole::kVague, &e)) {
        Quantity q;
        q.type = QuantityType::kCardinal;
        q.value = vg->v;
        q.approx = true;
        q.modifier = vg->s;
        size_t ne;
        std::string_view ucur;
        if (const QEntry* c = Get(e, QRole::kCur, &ne);
            c && c->post && !c->attach && InSent(e)) {
          // "billions of dollars", "millions of euros": money.
          q.type = QuantityType::kMoney;
          q.unit = c->s.empty() ? absl::AsciiStrToLower(Av(Text(e, ne))) : c->s;
          if (c->factor != 1 && !c->sub.empty())
            q.unit = absl::StrCat(q.unit, " ", c->sub);
          e = ne;
        } else if (const QEntry* u = Get(e, QRole::kUnit, &ne);
                   u && !u->cur.empty() && InSent(e) &&
                   !(ucur = UnitCurrency(Num(), e, ne, *u, true)).empty()) {
          // "millions of pounds": money ("millions of pounds of grain" is
          // the mass, a count of pounds).
          q.type = QuantityType::kMoney;
          q.unit = ucur;
          e = ne;
        } else if (u && !u->attach && !u->dim.empty() && InSent(e)) {
          // "millions of tonnes", "thousands of acres": a measure.
          q.type = QuantityType::kQuantity;
          q.unit = u->s;
          e = ne;
        } else if (CountedNoun(e, 2, &ne) || VagueNoun(e, &ne)) {
          q.unit = absl::AsciiStrToLower(Av(Text(e, ne)));
          e = ne;
        } else if (e > i + 1 && Is(e - 1, QWord::kOf)) {
          --e;  // "thousands of the poorest": the count, without "of"
        }
        Emit(i, e, q);
        return e;
      }
      // A bare durmod + time unit: "the past year", "a decade".
      if (const QEntry* num = Get(i, QRole::kNum);
          num && Eq(num->s, "article")) {
        const QEntry* tu = Get(i + 1, QRole::kTime, &e);
        // After a quantity "a year" is mostly a rate ("$5 a year"), but "a
        // year earlier" / "a week ago" is a date of its own.
        if (tu && (!tu->time || !Is(i + 1, QWord::kSecond)) &&
            !IsPluralNoun(norm(i + 1)) &&
            !(i > sent_begin_ &&
              (Is(i - 1, QWord::kOnce) || Is(i - 1, QWord::kTwice) ||
               Is(i - 1, QWord::kTimes) || IsNumberTok(i - 1) ||
               (used_[i - 1] && !Is(i - 1, QWord::kThe) &&
                !Get(e, QRole::kAgo))))) {
          size_t ae;
          Quantity q;
          size_t b = i;
          size_t mb;
          if (const QEntry* mod = EndingAt(i, QRole::kMod, &mb);
              mod && !(mod->value_cmp && Get(e, QRole::kAgo))) {
            q.modifier = mod->s;
            q.approx = mod->approx;
            b = mb;
          }
          if (const QEntry* ago = Get(e, QRole::kAgo, &ae)) {
            q.type = QuantityType::kDate;
            q.value_text = Text(i, ae);
            if (has_date_ && Eq(tu->s, "Y") && !Eq(ago->s, "rel")) {
              int y, mo, dd;
              CivilFromDays(today_, &y, &mo, &dd);
              q.value_text = Pad(
                  y + static_cast<int>(ago->v) * static_cast<int>(tu->v), 4);
            }
            Emit(b, ae, q);
            return ae;
          }
          q.type = QuantityType::kDuration;
          q.value_text = NumText(tu->time ? "PT" : "P", tu->v, tu->s);
          e = HalfTail(e, &q.value_text);
          Emit(b, e, q);
          return e;
        }
      }
      if (const QEntry* dm =
              starts.durmod ? Get(i, QRole::kDurmod, &e) : nullptr) {
        // "the last two quarters", "the next 3 quarters": the number parser
        // reads "two quarters" as a fraction; after a period word it counts
        // quarters of a year.
        if (Num qn; ParseNumber(e, &qn) && qn.b == e && InSent(qn.e - 1)) {
          double count = 0;
          if (qn.fraction && Is(qn.e - 1, QWord::kQuarters)) {
            count = qn.v * 4;
          } else if (!qn.fraction && !qn.ordinal &&
                     (Is(qn.e, QWord::kQuarters) ||
                      Is(qn.e, QWord::kQuarter)) &&
                     InSent(qn.e)) {
            count = qn.v;
            qn.e += 1;
          }
          if (count >= 1 && count < 100 && count == std::floor(count)) {
            size_t b =
                i > sent_begin_ && Is(i - 1, QWord::kThe) && !used_[i - 1]
                    ? i - 1
                    : i;
            Quantity q;
            q.type = QuantityType::kDuration;
            q.value_text = NumText("P", 3 * count, "M");
            q.modifier = dm->s;
            Emit(b, qn.e, q);
            return qn.e;
          }
        }
        const QEntry* tu = Get(e, QRole::kTime);
        if (tu && !tu->time && !IsPluralNoun(norm(e)) && !Is(i, QWord::kLast) &&
            !Is(i, QWord::kNext)) {
          size_t b = i > sent_begin_ && Is(i - 1, QWord::kThe) && !used_[i - 1]
                         ? i - 1
                         : i;
          Quantity q;
          q.type = QuantityType::kDuration;
          q.value_text = NumText("P", tu->v, tu->s);
          q.modifier = dm->s;
          Emit(b, e + 1, q);
          return e + 1;
        }
        if (tu && !tu->time && !IsPluralNoun(norm(e)) && i > sent_begin_ &&
            Is(i - 1, QWord::kThe)) {
          Quantity q;
          q.type = QuantityType::kDuration;
          q.value_text = NumText("P", tu->v, tu->s);
          q.modifier = dm->s;
          Emit(i - 1, e + 1, q);
          return e + 1;
        }
      }
      // "third-largest": an ordinal word joined to an adjective.
      if (size_t dash;
          starts.hyphen_ord && (dash = DashAt(i)) != std::string_view::npos) {
        TokenText w = norm(i);
        // "a magnitude-6.1 quake": a leading unit (q_unit lead=1) joined to
        // its number, which the tokenizer splits at the decimal point
        // ("magnitude-6" "." "1"), as "magnitude 6.1" is read.
        if (const QEntry* lu = Word(w.substr(0, dash), QRole::kUnit);
            lu && lu->lead) {
          std::string_view num = w.substr(dash + 1);
          size_t e = i + 1;
          if (!num.empty() && num.size() <= 2 &&
              std::all_of(num.begin(), num.end(), absl::ascii_isdigit)) {
            std::string digits(num);
            if (InSent(i + 2) && Is(i + 1, QWord::kPeriod) && !Space(i + 1) &&
                !Space(i + 2) && IsNumberTok(i + 2)) {
              std::string_view frac =
                  text_.substr(tok(i + 2).span.begin, tok(i + 2).span.size());
              if (std::all_of(frac.begin(), frac.end(), absl::ascii_isdigit)) {
                digits.append(".").append(frac);
                e = i + 3;
              }
            }
            double v = 0;
            if (absl::SimpleAtod(digits, &v) && v > 0 && v < 10) {
              Quantity q;
              q.type = QuantityType::kQuantity;
              q.value = v;
              q.unit = lu->s;
              Emit(i, e, q);
              return e;
            }
          }
        }
        const QEntry* ord = Word(w.substr(0, dash), QRole::kOrd);
        if (ord && !Eq(ord->s, "frac_only") &&
            !Word(w.substr(dash + 1), QRole::kNum)) {
          Quantity q;
          q.type = QuantityType::kOrdinal;
          q.value = ord->v;
          Emit(i, i + 1, q);
          return i + 1;
        }
      }
      // "USD115": an ISO code glued to the amount.
      if (IsWordTok(i) && tok(i).span.size() >= 4 &&
          absl::ascii_isalpha(text_[tok(i).span.begin]) &&
          absl::ascii_isdigit(text_[tok(i).span.begin + 3]) &&
          // The code the pattern reads (its first three letters) is one,
          // tested before RE2 runs ("ITV1", "MP3": not).
          p_.IsIsoCode(text_.substr(tok(i).span.begin, 3))) {
        std::string_view t =
            text_.substr(tok(i).span.begin, tok(i).span.size());
        re2::StringPiece code;
        double v = 0;
        if (RE2::FullMatch(Rp(t), *p_.code_num_, &code, &v) &&
            p_.IsIsoCode(std::string_view(code.data(), code.size()))) {
          Quantity q;
          q.type = QuantityType::kMoney;
          q.value = v;
          q.unit = std::string(code.data(), code.size());
          Emit(i, i + 1, q);
          return i + 1;
        }
      }
      if (IsNumberTok(i) && CommaList(i)) return i + 1;
      // "percent of 10" is 10%; "the % of increase" a percent with no value.
      if (const QEntry* pc = Get(i, QRole::kPct, &e);
          pc && Eq(pc->s, "%") && Is(e, QWord::kOf) && InSent(e + 1)) {
        Num v;
        Quantity q;
        q.type = QuantityType::kPercent;
        q.unit = "%";
        if (!Is(i, QWord::kPercentage) && ParseNumberCore(e + 1, &v) &&
            !v.ordinal && v.rest.empty() && !CountsSomething(v.e) &&
            !Is(v.e, QWord::kHyphen)) {
          q.value = v.v;
          Emit(i, v.e, q);
          return v.e;
        }
        if (Is(i, QWord::kPercentSign)) {
          Emit(i, e, q);
          return e;
        }
      }
      if (!starts.measure) return i + 1;
    }
    Measure a;  // three strings: built only where a number may start
    if (!ParseMeasure(i, &a, true)) return i + 1;
    if (a.type == QuantityType::kDuration && a.modifier.empty() &&
        a.unit.empty() && a.b > sent_begin_ && Is(a.b - 1, QWord::kIn) &&
        !used_[a.b - 1] && a.value_text.size() > 1 && a.value_text[1] != 'T' &&
        !SuperlativeBefore(a.b - 1)) {
      // "in 2 weeks": the date that far ahead of the document date.
      Quantity q;
      q.type = QuantityType::kDate;
      q.modifier = "in";
      q.value_text = Text(a.b - 1, a.e);
      double count = ToDouble(
          std::string_view(a.value_text).substr(1, a.value_text.size() - 2));
      char u = a.value_text.back();
      if (has_date_ && count == std::floor(count)) {
        int y, mo, dd;
        CivilFromDays(today_, &y, &mo, &dd);
        int64_t c = static_cast<int64_t>(count);
        if (u == 'Y') {
          q.value_text = Pad(y + static_cast<int>(c), 4);
        } else if (u == 'M') {
          int64_t mm = y * 12 + mo - 1 + c;
          q.value_text = MonthValue(static_cast<int>(mm / 12),
                                    static_cast<int>(mm % 12) + 1);
        } else if (u == 'W') {
          q.value_text = IsoDate(today_ + 7 * c);
        } else if (u == 'D') {
          q.value_text = IsoDate(today_ + c);
        }
      }
      Emit(a.b - 1, a.e, q);
      return a.e;
    }
    // ("age" is no word of the default lexicon: compared as text, after a
    // look at the first byte when the token's bytes are its form.)
    if (a.type == QuantityType::kCardinal && a.b > sent_begin_ &&
        (norm_ref_[a.b - 1] != 0 || text_[toks_[a.b - 1].span.begin] == 'a') &&
        norm(a.b - 1) == "age" && !used_[a.b - 1] && a.n.v >= 0 &&
        a.n.v < 130 && !a.n.ordinal &&
        !(IsWordTok(a.e) &&
          (Get(a.e, QRole::kTime) || IsPluralNoun(norm(a.e))))) {
      Quantity q;
      q.type = QuantityType::kDuration;
      q.value_text = NumText("P", a.n.v, "Y");
      q.unit = "age";
      Emit(a.b - 1, a.e, q);
      return a.e;
    }
    // "a magnitude 7.1 earthquake": a unit that leads its number (q_unit
    // lead=1), a quake's size on the magnitude scale.
    if (const QEntry * lu;
        a.type == QuantityType::kCardinal && a.b > sent_begin_ && a.n.digits &&
        !a.n.ordinal && !a.n.fraction && a.n.v > 0 && a.n.v < 10 &&
        a.unit.empty() && a.modifier.empty() && !used_[a.b - 1] &&
        (lu = Get(a.b - 1, QRole::kUnit)) && lu->lead) {
      Quantity q;
      q.type = QuantityType::kQuantity;
      q.value = a.n.v;
      q.unit = lu->s;
      Emit(a.b - 1, a.n.e, q);
      return a.n.e;
    }
    // "the number three automaker", "the world's number two economy": a
    // rank, the ordinal of the number (a lower-case "number" after "the" or
    // a possessive; "Number 10" is a name).
    if (a.n.spelled && !a.n.ordinal && !a.n.fraction && a.n.v >= 1 &&
        a.n.v <= 20 && a.type == QuantityType::kCardinal &&
        a.modifier.empty() && a.b >= sent_begin_ + 2 && !used_[a.b - 1] &&
        norm(a.b - 1) == "number" && !Capitalized(a.b - 1) &&
        (Is(a.b - 2, QWord::kThe) || Possessive(a.b - 2))) {
      Quantity q;
      q.type = QuantityType::kOrdinal;
      q.value = a.n.v;
      Emit(a.b - 1, a.n.e, q);
      return a.n.e;
    }
    // A lone "one" is a pronoun ("that one", "one of them") unless a unit
    // follows, or "or" and another count ("one or two players": a range,
    // below).
    if (a.n.spelled && a.n.atoms == 1 && a.n.v == 1 && !a.n.ordinal &&
        !a.n.fraction && a.type == QuantityType::kCardinal &&
        a.modifier.empty()) {
      size_t ne;
      Measure next;
      const bool or_count = IsAny(a.e, kAltJoins) && InSent(a.e + 1) &&
                            ParseMeasure(a.e + 1, &next, true) &&
                            next.b == a.e + 1 && !next.n.ordinal &&
                            next.type != QuantityType::kDate;
      if (!or_count && !CountedNoun(a.e, 1, &ne)) return a.e;
    }
    // Ranges: "between 10 and 20", "10-20", "10 to 20", "$1.2 billion to $1.4
    // billion"; two bounds. All need a range or bound word after the
    // number (and, but, to, -, ...): none after an Unjoined token.
    if (InSent(a.e) && !Unjoined(a.e)) {
      size_t rb = a.b;
      size_t between_b = 0;  // set with rangew
      const bool rangew = EndingAt(a.b, QRole::kRangew, &between_b) != nullptr;
      bool between = rangew && Is(between_b, QWord::kBetween);
      bool from = rangew && Is(between_b, QWord::kFrom);
      // The word after the number, by id: a range or bound separator.
      const size_t sep = a.e;
      bool dash = IsAny(sep, kRangeDashes);
      // "till" / "until" only after "from".
      bool to = IsAny(sep, kRangeTo) &&
                (from || !(Is(sep, QWord::kTill) || Is(sep, QWord::kUntil)));
      bool change = false;
      size_t cb;
      if (EndingAt(from ? between_b : a.b, QRole::kChange, &cb)) change = true;
      // "fell 2 to 3 per cent": right after a change word, a bare number
      // and a percent of like size are a range (checked below), where
      // "rose from 2 to 3 pct" and "rose 0.2 to 5.4 pct" are changes.
      const bool change_range = change && to && !from &&
                                a.type == QuantityType::kCardinal &&
                                a.unit.empty() && !a.n.ordinal && a.n.v > 0;
      // "cut by 3 mln tonnes to 26 mln tonnes": "by" and a first bound
      // with its own scale or unit, far below the second, give the change
      // and the level reached ("rise by 0.6 to 0.8 pct" stays a range).
      const bool by_to = to && !from && a.b > sent_begin_ &&
                         (a.type != QuantityType::kCardinal || a.n.scale > 1) &&
                         norm(a.b - 1) == "by";
      if (change) from = false;
      if (from && (to || dash)) between = true;
      // "more than 10 and less than 40", "over 30 but under 50": two bounds
      // make a range.
      if (IsAny(sep, kBoundJoins) && a.type == QuantityType::kCardinal &&
          !a.modifier.empty() && InSent(a.e + 1)) {
        const bool a_low =
            Eq(a.modifier, "more_than") || Eq(a.modifier, "at_least");
        const bool a_high =
            Eq(a.modifier, "less_than") || Eq(a.modifier, "up_to");
        Measure b;
        size_t nb = a.e + 1;
        Get(nb, QRole::kMod, &nb);
        if ((a_low || a_high) && ParseMeasure(nb, &b, true) &&
            b.type == QuantityType::kCardinal && b.b == a.e + 1 &&
            !b.n.ordinal) {
          const bool b_low =
              Eq(b.modifier, "more_than") || Eq(b.modifier, "at_least");
          const bool b_high =
              Eq(b.modifier, "less_than") || Eq(b.modifier, "up_to");
          double lo = a_low ? a.n.v : b.n.v, hi = a_low ? b.n.v : a.n.v;
          if (((a_low && b_high) || (a_high && b_low)) && lo < hi) {
            FinishCardinal(&b, nullptr);
            Quantity q;
            q.type = QuantityType::kRange;
            q.low = lo;
            q.high = hi;
            q.unit = b.unit;
            Emit(a.b, b.e, q);
            return b.e;
          }
        }
      }
      // "two or three years", "5 or 6 percent", "20 or 30 people": two
      // counts that hedge one quantity (the second larger, of like size;
      // not years: "in 2015 or 2016" are alternatives).
      const bool or_range =
          IsAny(sep, kAltJoins) && a.type == QuantityType::kCardinal &&
          a.unit.empty() && !a.n.fraction && a.n.v >= 1 && !YearLike(a);
      if (((between && Is(sep, QWord::kAnd)) || (dash && a.n.digits) ||
           (to && !change) || change_range || or_range) &&
          !a.n.ordinal && a.type != QuantityType::kDate && InSent(a.e + 1)) {
        Measure b;
        size_t bstart = a.e + 1, ce;
        if (const QEntry* c = Get(bstart, QRole::kCur, &ce); c && c->pre)
          bstart = ce;
        const bool parsed = ParseMeasure(bstart, &b, true);
        if (parsed && dash && b.b < bstart && Eq(b.modifier, "about")) {
          // "30~40": the tilde is the separator, not "about 40".
          b.modifier = {};
          b.approx = false;
          b.b = bstart;
        }
        if (parsed && !b.n.ordinal && b.type != QuantityType::kDate &&
            b.modifier.empty() && (!dash || b.n.digits) &&
            (!(change && to) || (b.type == QuantityType::kPercent &&
                                 a.n.v < b.n.v && b.n.v <= 3 * a.n.v)) &&
            !(by_to && b.n.v > 3 * a.n.v) &&
            // (Nor a day before a month, "16 or 17 March", a clock time,
            // "2000 or 2100 EST", a phone number, "505 or 0800 555 111".)
            !(or_range &&
              (b.n.v <= a.n.v || b.n.v > 10 * a.n.v || b.n.fraction ||
               b.n.scale != a.n.scale || (a.n.scale == 1 && b.n.v >= 1000) ||
               Text(b.n.b, b.n.b + 1).substr(0, 1) == "0" ||
               (InSent(b.e) &&
                (roles_[b.e] &
                 (RoleBit(QRole::kMonth) | RoleBit(QRole::kClock) |
                  RoleBit(QRole::kTime))) != 0))) &&
            // "up from 1.2 mln in 1986 to 900 mln dlrs": a year is no bound
            // of an amount with a unit, a scale or a separator.
            !(YearLike(a) && b.type != QuantityType::kDuration &&
              (b.type != QuantityType::kCardinal || !b.n.plain_int ||
               b.n.v > 9999)) &&
            (a.type == QuantityType::kCardinal ||
             (a.type == b.type && a.unit == b.unit) ||
             // "$10-25m", "£5-6 a week": the first bound's currency (and
             // the second's scale) is the other's too.
             // The currency is written before the first ("$", "£") or
             // "between" opens the range: "dipped 13p to 879" is a change.
             (a.type == QuantityType::kMoney &&
              b.type == QuantityType::kCardinal && a.n.scale == 1 &&
              a.n.v < b.n.v / b.n.scale && !b.n.ordinal &&
              (between ||
               (a.n.b > a.b && (roles_[a.n.b - 1] & RoleBit(QRole::kCur)))) &&
              (b.n.scale > 1 ||
               (b.n.v <= 10 * a.n.v && !CountedNoun(b.e, b.n.v, &ce)))) ||
             // "$5m-7m", "£3bn-4bn": both bounds with one scale, the
             // currency written before the first only.
             (a.type == QuantityType::kMoney &&
              b.type == QuantityType::kCardinal && a.n.scale > 1 &&
              b.n.scale == a.n.scale && a.n.v < b.n.v && (dash || between) &&
              (between ||
               (a.n.b > a.b && (roles_[a.n.b - 1] & RoleBit(QRole::kCur)))))) &&
            !(to && a.type == QuantityType::kCardinal &&
              b.type == QuantityType::kDuration && !a.n.spelled &&
              !Eq(b.unit, "age"))) {
          double lo = a.n.v, hi = b.n.v;
          if (a.n.scale == 1 && b.n.scale > 1 && lo < b.n.v / b.n.scale &&
              (a.type != QuantityType::kMoney ||
               b.type == QuantityType::kCardinal)) {
            lo *= b.n.scale;
          }
          if (dash && YearLike(a) && !Space(sep) && !Space(sep + 1) &&
              b.type == QuantityType::kCardinal && b.n.plain_int &&
              b.e == b.n.e && b.n.e == b.n.b + 1 &&
              (tok(b.n.b).span.size() == 2 ||
               (tok(b.n.b).span.size() == 1 &&
                static_cast<int>(lo) % 10 + 1 == static_cast<int>(hi)))) {
            // "the 2004-05 season", "in 1990-95": the second year written
            // with its last two digits (the next century's when they are
            // lower: "1999-00"), or one ("the 2005-6 budget": the next
            // year only). Consecutive years (a season, a financial year),
            // or any after a preposition: "2015-32" alone may be anything,
            // "1995-01" a month.
            const int unit = tok(b.n.b).span.size() == 2 ? 100 : 10;
            int y2 = static_cast<int>(lo) / unit * unit + static_cast<int>(hi);
            if (y2 <= lo) y2 += unit;
            size_t pb;
            if (y2 != lo + 1 && !rangew &&
                !EndingAt(a.b, QRole::kYearprep, &pb) &&
                !EndingAt(a.b, QRole::kDatemod, &pb)) {
              Skip(a.b, b.e);  // as a score below
              return b.e;
            }
            if (between) rb = between_b;
            Quantity q;
            q.type = QuantityType::kRange;
            q.value_text = absl::StrCat(FormatNum(lo), "/", y2);
            Emit(rb, b.e, q);
            return DatePost(b.e);
          }
          if (dash && a.n.digits &&
              (lo >= hi || (b.e == a.e + 2 && InScoreList(a.b)))) {
            // "2-1", "1-1", "a 50-50 chance": a score or odds, not a range;
            // "3-6" too among sets ("6-4, 3-6, 7-5").
            Skip(a.b, b.e);
            return b.e;
          }
          if (lo < hi && YearLike(a) && YearLike(b) && b.e == b.n.e) {
            size_t ne;
            if (!CountedNoun(b.e, hi, &ne)) {
              // "2014-2018", "from 2010 to 2015": a span of years.
              if (between) rb = between_b;
              Quantity q;
              q.type = QuantityType::kRange;
              q.value_text = absl::StrCat(FormatNum(lo), "/", FormatNum(hi));
              Emit(rb, b.e, q);
              return DatePost(b.e);
            }
          }
          if (lo <= hi) {
            if (between) rb = between_b;
            Quantity q;
            q.type = QuantityType::kRange;
            q.low = lo;
            q.high = hi;
            q.unit = b.unit.empty() ? a.unit : b.unit;
            if (b.type == QuantityType::kCardinal && a.type == b.type) {
              size_t ne;
              if (CountedNoun(b.e, hi, &ne)) {
                q.unit = absl::AsciiStrToLower(Av(Text(b.e, ne)));
                b.e = ne;
              }
            }
            // "11 to 14-year-olds": a range of ages (unit "age").
            if (b.type == QuantityType::kDuration && !Eq(b.unit, "age"))
              q.value_text = b.value_text;
            q.modifier = a.modifier;
            q.approx = a.approx;
            Emit(rb, b.e, q);
            if (b.end_byte > 0) out_->back().span.end = b.end_byte;
            return b.e;
          }
        }
      }
    }
    // Years: a bare four-digit number 1800-2100 is a date unless it counts
    // something.
    if (a.type == QuantityType::kCardinal && a.n.plain_int &&
        a.n.b == a.b + 0 && a.n.v >= 1800 && a.n.v <= 2100 &&
        a.n.e == a.n.b + 1 &&
        text_.substr(tok(a.n.b).span.begin, tok(a.n.b).span.size()).size() ==
            4) {
      size_t ne, pb;
      bool prep = EndingAt(a.n.b, QRole::kYearprep, &pb) != nullptr;
      // "the 1986 results", "1987 capital expenditures": the year of a
      // noun a year qualifies (q_yearnoun, the head of the counted noun);
      // "2000 pieces" counts.
      if (prep || !CountedNoun(a.e, a.n.v, &ne) ||
          Get(ne - 1, QRole::kYearNoun)) {
        size_t b;
        std::string mod = DateMod(a.n.b, &b);
        if (mod.empty() && !a.modifier.empty() &&
            !Eq(a.modifier, "more_than")) {
          b = a.b;
          mod = a.modifier;
        }
        // "fiscal 2019", "FY 2020": a kind of year before the number.
        if (b == a.n.b && b > sent_begin_ && !used_[b - 1] &&
            Get(b - 1, QRole::kPeriodAdj)) {
          b = b - 1;
          std::string mod2 = DateMod(b, &b);
          if (!mod2.empty()) mod = mod2;
        }
        if (b == a.n.b && b > sent_begin_ && Is(b - 1, QWord::kYear) &&
            !used_[b - 1]) {
          // "the year 2011", "year 2012 or later", "school year 2008"
          b = b - 1;
          if (b > sent_begin_ && Get(b - 1, QRole::kPeriodAdj) &&
              !used_[b - 1]) {
            --b;
          } else if (b > sent_begin_ && Is(b - 1, QWord::kThe) &&
                     !used_[b - 1]) {
            --b;
          }
          std::string mod2 = DateMod(b, &b);
          if (!mod2.empty()) mod = mod2;
        }
        // "the 1986 third quarter", "1986 4TH QTR", "1987 first-quarter":
        // that quarter (or half) of the year.
        // Only an ordinal word, a number ("4TH") or a dashed word there can
        // start one.
        if (int part = 0;
            InSent(a.n.e) &&
            ((roles_[a.n.e] & RoleBit(QRole::kOrd)) || IsNumberTok(a.n.e) ||
             ((dash_[a.n.e >> 6] >> (a.n.e & 63)) & 1))) {
          std::string_view kind;
          size_t pe = PartAfterYear(a.n.e, &part, &kind);
          if (pe > a.n.e) {
            EmitDate(b, pe, PartValue(static_cast<int>(a.n.v), kind, part),
                     mod);
            return DatePost(DateRange(pe));
          }
        }
        // The value is the token's four digits (FormatNum's text of them).
        EmitDate(b, a.n.e, std::string(text_.substr(tok(a.n.b).span.begin, 4)),
                 mod);
        return DatePost(DateRange(a.n.e));
      }
    }
    if (a.type == QuantityType::kDuration && a.unit.empty()) {
      ExtendDuration(&a, /*comma=*/true);
      // "for 2 hours from 2pm", "for 3 days, from today": a RANGE from that
      // time or day for that long ("T14:00/PT2H"), as "from 2pm for 2 hours".
      if (a.modifier.empty() && a.b > sent_begin_ && Is(a.b - 1, QWord::kFor) &&
          !used_[a.b - 1]) {
        size_t k = a.e;
        if (Is(k, QWord::kComma)) ++k;
        if (Is(k, QWord::kFrom) && InSent(k + 1)) {
          const size_t before = out_->size();
          size_t s2 = TryTime(k + 1);
          int h = 0;
          if (s2 == k + 1 && BareHour(k + 1, &h) &&
              !(InSent(k + 2) && (IsWordTok(k + 2) || IsNumberTok(k + 2)))) {
            EmitDate(k + 1, k + 2, TimeValue(h, 0), "");  // "from 9"
            s2 = k + 2;
          }
          if (s2 == k + 1) s2 = TryDate(k + 1);
          if (int y;
              s2 == k + 1 && YearToken(k + 1, &y) &&
              !(InSent(k + 2) && IsWordTok(k + 2) && CountsSomething(k + 2))) {
            EmitDate(k + 1, k + 2, Pad(y, 4), "");  // "from 2010"
            s2 = k + 2;
          }
          // Not "for five years from 1996 to 2001": that range says more.
          const TokenText nx = norm(s2);
          const bool range_follows =
              InSent(s2) && (nx == "to" || nx == "until" || nx == "till" ||
                             nx == "through" || nx == "-" || nx == "–");
          if (s2 > k + 1 && out_->size() == before + 1 && !range_follows &&
              out_->back().type == QuantityType::kDate &&
              out_->back().modifier.empty()) {
            Quantity& q = out_->back();
            q.type = QuantityType::kRange;
            q.value_text = absl::StrCat(q.value_text, "/", a.value_text);
            q.span.begin = tok(a.b - 1).span.begin;
            Skip(a.b - 1, s2);
            return s2;
          }
          out_->resize(before);
          for (size_t j = k + 1; j < s2 && j < ts_.size(); ++j)
            used_[j] = false;
        }
      }
      // "two weeks before Christmas", "3 days from Tuesday", "4 months after
      // the election": a date that far from another date.
      TokenText rel = norm(a.e);
      if ((rel == "before" || rel == "after" || rel == "from") &&
          InSent(a.e + 1) &&
          (a.modifier.empty() || Eq(a.modifier, "more_than") ||
           Eq(a.modifier, "less_than"))) {
        const size_t before = out_->size();
        const size_t d2 = TryDate(a.e + 1);
        if (d2 > a.e + 1 && out_->size() == before + 1 &&
            out_->back().type == QuantityType::kDate &&
            (out_->back().modifier.empty() ||
             out_->back().span.begin == tok(a.e).span.begin)) {
          Quantity& q = out_->back();
          q.modifier = a.modifier;  // "more than 2 weeks before today"
          q.value_text =
              absl::StrCat(a.value_text, " ", Av(rel), " ", q.value_text);
          q.span.begin = tok(a.b).span.begin;
          Skip(a.b, d2);
          return d2;
        }
        out_->resize(before);
      }
      // "for two weeks starting May 20", "3 days beginning on Monday": a
      // RANGE from that day for that long ("2026-05-20/P2W").
      if ((rel == "starting" || rel == "beginning") && InSent(a.e + 1) &&
          a.modifier.empty()) {
        size_t k = a.e + 1;
        if (Is(k, QWord::kOn) || Is(k, QWord::kFrom)) ++k;
        const size_t before = out_->size();
        const size_t d2 = TryDate(k);
        if (d2 > k && out_->size() == before + 1 &&
            out_->back().type == QuantityType::kDate &&
            IsDayValue(out_->back().value_text)) {
          Quantity& q = out_->back();
          q.type = QuantityType::kRange;
          q.modifier.clear();
          q.value_text = absl::StrCat(q.value_text, "/", a.value_text);
          q.span.begin = tok(a.b).span.begin;
          Skip(a.b, d2);
          return d2;
        }
        out_->resize(before);
        for (size_t j = k; j < d2 && j < ts_.size(); ++j) used_[j] = false;
      }
    }
    FinishCardinal(&a, nullptr);
    if (a.type == QuantityType::kCardinal && a.unit.empty() && !out_->empty() &&
        (out_->back().type == QuantityType::kMoney ||
         out_->back().type == QuantityType::kPercent))
      VersusUnit(&a);
    Quantity& q = EmitInPlace(a.b, a.e);
    q.type = a.type;
    if (a.type == QuantityType::kDate || a.type == QuantityType::kDuration) {
      q.value_text = std::move(a.value_text);
    } else {
      q.value = a.n.v;
    }
    if (!a.unit.empty()) q.unit = std::move(a.unit);  // q's strings are empty
    if (!a.modifier.empty()) q.modifier = a.modifier;
    q.approx = a.approx;
    // An abbreviation's period stays in the span at the end of a sentence
    // too ("40 ft.", "2 hrs.", "in Aug.", "5 p.m."): it is the abbreviation's
    // stop, which also ends the sentence; a full stop of its own after a
    // word ("40 kg.") is a token of its own and never in the span.
    if (a.end_byte > 0) q.span.end = a.end_byte;
    return a.e;
  }

  const QuantityParser& p_;
  std::string_view text_;
  const TokenStream& ts_;
  const Token* toks_;                  // ts_.tokens
  size_t n_;                           // ts_.size()
  const uint32_t* norm_ref_;           // ts_.norm_ref
  const char* ts_text_;                // ts_.text (norm)
  const TokenStream::Folded* folded_;  // ts_.folded (norm)
  const char* norm_text_;              // ts_.norm_text (norm)
  const uint32_t* ids_;                // word id per token
  const uint32_t* rule_ids_;           // ids_, or scratch->rule_ids (see QWord)
  uint32_t rule_words_[static_cast<size_t>(QWord::kCount)];
  uint32_t vocab_;  // index of kNoWord in the per-word tables
  // The parser's per-word tables (QuantityParser::word_single_ ...), read
  // by Single and EndingAt through their data.
  const uint32_t* word_single_;
  const QRole* single_role_;
  const QEntry* const* single_;
  std::vector<Quantity>* out_;
  std::vector<uint8_t>& used_buf_;
  QuantityScratch::Filled<uint64_t>& roles_buf_;
  QuantityScratch::Filled<uint64_t>& phrase_at_buf_;
  std::vector<Hit>& list_;
  QuantityScratch::Filled<uint64_t>&
      phrase_end_buf_;  // bit per token j: a phrase ends at j
  QuantityScratch::Filled<uint64_t>& may_start_buf_;
  QuantityScratch::Filled<uint64_t>&
      dash_buf_;  // word tokens whose bytes hold a '-',
                  // tokens whose folded form does
  QuantityScratch::Filled<uint64_t>& gated_;  // tokens whose word has kGatedBit
  // The data of used_buf_, roles_buf_ and the bit words, set once they have
  // their size: the rules read them through these (one load less than
  // through the vectors).
  uint8_t* used_ = nullptr;
  uint64_t* roles_ = nullptr;
  uint64_t* phrase_at_ = nullptr;
  uint64_t* phrase_end_ = nullptr;
  uint64_t* may_start_ = nullptr;
  uint64_t* dash_ = nullptr;
  const bool all_rules_;     // QuantityScratch::all_rules (tests)
  bool neutral_ok_ = false;  // Neutral may answer (see there)
  size_t sent_begin_ = 0, sent_end_ = 0;
  size_t sent_len_ = 0;  // sent_end_ - sent_begin_, for InSent
  bool has_date_ = false;
  int64_t today_ = 0;
  int year_ = 0;
  bool in_range_end_ = false;  // TryDate reads the second end of a range
  // ClockAt(i) as TryTimeRange found it (i == kNoClock: none).
  static constexpr size_t kNoClock = ~size_t{0};
  struct Clock {
    size_t i, e;
    int h, m;
    char half;
  } clock_ = {kNoClock, 0, 0, 0, 0};
};

void QuantityParser::Parse(std::string_view text, const TokenStream& tokens,
                           const std::vector<Sentence>& sentences,
                           const std::vector<uint32_t>& word_ids,
                           const std::vector<LexiconMatch>& phrases,
                           std::string_view date, QuantityScratch* scratch,
                           std::vector<Quantity>* out) const {
  if (tokens.size() == 0) return;
  QuantityRun run(*this, text, tokens, word_ids, phrases, date, scratch, out);
  run.Run(sentences);
}

}  // namespace claimx::internal
