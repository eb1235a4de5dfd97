#include "synthetic_news.h"

#include <string_view>

namespace claimx::bench {
namespace {

// SplitMix64: small, fast, deterministic across platforms.
class Rng {
 public:
  explicit Rng(uint64_t seed)
      : s_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  template <size_t N>
  std::string_view Pick(const std::string_view (&a)[N]) {
    return a[Below(N)];
  }

 private:
  uint64_t s_;
};

// Slot fillers. Names are invented for this benchmark.
constexpr std::string_view kFirst[] = {
    "Maria",     "Tomás", "Aisha",   "Henrik", "Jean-Luc", "Priya",
    "Oluwaseun", "Keiko", "Daniel",  "Sophie", "Rafael",   "Ingrid",
    "Mehmet",    "Lucía", "Andrew",  "Nadia",  "Colm",     "Zoë",
    "Viktor",    "Amara", "Bernard", "Chiara", "Dmitri",   "Elena"};
constexpr std::string_view kLast[] = {
    "Okafor",     "Lindqvist", "García-Márquez", "Brennan",  "Hashemi",
    "Castellano", "Novak",     "Whitcombe",      "Adeyemi",  "Fujimoto",
    "Delacroix",  "Mbeki",     "Sørensen",       "Petrova",  "O'Donnell",
    "Kowalczyk",  "Reyes",     "Thornbury",      "Al-Masri", "Varga",
    "Esposito"};
constexpr std::string_view kTitle[] = {"Dr.", "Sen.", "Gov.", "Gen.", "Prof.",
                                       "Mr.", "Ms.",  "Rep.", "Capt."};
constexpr std::string_view kRole[] = {
    "chief executive",  "finance minister", "spokeswoman",  "spokesman",
    "senior analyst",   "chief economist",  "union leader", "mayor",
    "head of research", "director"};
constexpr std::string_view kOrg[] = {
    "Northwind Holdings Inc.", "the Meridian Group",
    "Caldera Energy Corp.",    "Bluefield Bank",
    "the National Rail Union", "Harbor & Vale LLP",
    "Stellar Mobile Ltd.",     "the Ministry of Transport",
    "Granite Peak Capital",    "the World Grain Council",
    "Aurora Pharmaceuticals",  "the U.S. Department of Energy",
    "the European Commission", "Kestrel Airlines",
    "Tidewater Foods Co."};
constexpr std::string_view kPlace[] = {
    "Lagos",   "Oslo",     "São Paulo", "Manila",         "Kraków",
    "Nairobi", "Toronto",  "Jakarta",   "Lyon",           "Monterrey",
    "Busan",   "Aberdeen", "Tbilisi",   "Perth",          "Zürich",
    "Chennai", "the U.K.", "Brazil",    "northern Italy", "New York"};
constexpr std::string_view kOutlet[] = {"the Daily Ledger", "Radio Meridian",
                                        "Tribune Online", "the Evening Courier",
                                        "Channel 9 News"};
constexpr std::string_view kMonth[] = {"Jan.",  "Feb.", "March", "April",
                                       "May",   "June", "July",  "Aug.",
                                       "Sept.", "Oct.", "Nov.",  "Dec."};
constexpr std::string_view kDay[] = {"Monday",   "Tuesday", "Wednesday",
                                     "Thursday", "Friday",  "Saturday",
                                     "Sunday"};
constexpr std::string_view kSaid[] = {"said",
                                      "told reporters",
                                      "said in a statement",
                                      "wrote in a letter to shareholders",
                                      "told the committee",
                                      "said on "
                                      "Twitter",
                                      "added"};
constexpr std::string_view kQuote[] = {
    "We are not going to cut corners on safety",
    "The numbers speak for themselves",
    "This was a difficult decision, but it was the right one",
    "Nobody expected demand to recover this quickly",
    "We'll keep talking until there's a deal on the table",
    "It's too early to say whether prices have peaked",
    "Our members can't accept another year of frozen wages",
    "The market has already priced in most of the bad news",
    "I don't think anyone in this room wanted it to end like this",
    "We have the capacity, the people and the funding to deliver",
    "Frankly, the forecast was wrong — and we should say so",
    "There is no evidence that the system was compromised"};
constexpr std::string_view kHeadline[] = {
    "{O} shares jump after surprise profit",
    "Strike threat looms over {C} ports",
    "{P} named to lead {O}",
    "Rain delays harvest across {C}",
    "Inflation eases to {D}% in {M}",
    "Talks on new trade pact stall again",
    "{O} to cut {B} jobs",
    "Regulators open inquiry into {O}"};

// Sentence templates. Slots: {P} person, {S} surname of the last person,
// {T} title, {R} role, {O} organization, {C} place, {X} outlet, {M} month,
// {W} weekday, {Y} year, {N} small number, {D} decimal, {B} large number
// with separators, {Q} a quotation, {V} speech verb phrase.
constexpr std::string_view kSentences[] = {
    "\"{Q},\" {P}, {R} of {O}, {V}.",
    "“{Q},” {S} {V} on {W}.",
    "{T} {P} {V} the plan would cost about ${D} billion over {N} years.",
    "According to {O}, revenue rose {D}% to ${B} million in the quarter ended "
    "{M} {N}.",
    "The company, based in {C}, employs {B} people and expects sales of €{D}bn "
    "in {Y}.",
    "{P} said: \"{Q}.\"",
    "Officials in {C} said at least {N} people were injured when the bridge "
    "collapsed at 6:30 a.m. local time.",
    "Shares of {O} fell {D} percent to {D} pence in early trading in {C}.",
    "The agreement, signed on {M} {N}, {Y}, covers roughly {B} tonnes of "
    "wheat.",
    "{S}, {N}, joined {O} in {Y} after a decade at {O}.",
    "In an interview with {X}, {P} said the board had not yet decided on a "
    "successor.",
    "Analysts at {O} had forecast a rise of {D}% — well above the {D}% "
    "reported.",
    "\"{Q},\" said {P}. \"{Q}.\"",
    "The index closed at {B}.{N} points, its highest level since {M} {Y}.",
    "{O} did not respond to a request for comment.",
    "Police in {C} arrested {N} people on {W}, a spokeswoman for the force "
    "said.",
    "The U.S. Federal Reserve is widely expected to hold rates at {D}% when it "
    "meets next month.",
    "Mr. {S} declined to comment on the report, which was first published by "
    "{X}.",
    "About {N},000 workers walked out on {W}, union officials said, halting "
    "production at {N} plants.",
    "The fund, worth £{D}bn, will invest in solar and wind projects across {C} "
    "and {C}.",
    "{P} told {X} that the company's third-quarter results would be published "
    "on {M} {N}.",
    "Prices have risen for {N} consecutive months, data from the statistics "
    "office showed.",
    "The report is available at https://www.example.org/reports/{Y}/q{N}.pdf "
    "and on the ministry's website.",
    "It was the {N}th time this year that the vote had been delayed.",
    "{T} {S}'s lawyers said they would appeal the ruling … a process that "
    "could take months.",
    "Last year the group made a pre-tax profit of ${D}m (£{D}m) on sales of "
    "${B}m.",
    "Turnout was ~{N}%, down from {D}% in {Y}, according to election "
    "officials.",
    "Asked whether more cuts were coming, {S} replied: \"{Q}.\"",
    "The ministry said the new rules would take effect on Jan. 1 and apply to "
    "firms with more than {N} employees.",
    "Some {B} households in {C} were still without power late on {W}, the "
    "utility said.",
};
constexpr std::string_view kListIntro[] = {
    "Key figures:", "What we know so far:", "The main points of the deal:"};
constexpr std::string_view kListItems[] = {
    "Revenue: ${D}bn",          "Staff: {B}",
    "{N} new routes from {C}",  "Deadline: {M} {N}",
    "Operating margin of {D}%", "Investment of €{D}m over {N} years"};

class Writer {
 public:
  explicit Writer(Rng* rng) : rng_(*rng) {}

  void Fill(std::string_view tmpl, std::string* out) {
    for (size_t i = 0; i < tmpl.size(); ++i) {
      if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}') {
        Slot(tmpl[i + 1], out);
        i += 2;
      } else {
        out->push_back(tmpl[i]);
      }
    }
  }

 private:
  void Slot(char slot, std::string* out) {
    switch (slot) {
      case 'P':
        last_ = rng_.Pick(kLast);
        out->append(rng_.Pick(kFirst)).append(" ").append(last_);
        break;
      case 'S':
        out->append(last_.empty() ? rng_.Pick(kLast) : last_);
        break;
      case 'T':
        out->append(rng_.Pick(kTitle));
        break;
      case 'R':
        out->append(rng_.Pick(kRole));
        break;
      case 'O':
        out->append(rng_.Pick(kOrg));
        break;
      case 'C':
        out->append(rng_.Pick(kPlace));
        break;
      case 'X':
        out->append(rng_.Pick(kOutlet));
        break;
      case 'M':
        out->append(rng_.Pick(kMonth));
        break;
      case 'W':
        out->append(rng_.Pick(kDay));
        break;
      case 'Y':
        out->append(std::to_string(1995 + rng_.Below(32)));
        break;
      case 'N':
        out->append(std::to_string(2 + rng_.Below(28)));
        break;
      case 'D':
        out->append(std::to_string(1 + rng_.Below(99)))
            .append(".")
            .append(std::to_string(rng_.Below(10)));
        break;
      case 'B': {
        size_t v = 1000 + rng_.Below(998000);
        out->append(std::to_string(v / 1000)).append(",");
        std::string low = std::to_string(v % 1000);
        out->append(3 - low.size(), '0').append(low);
        break;
      }
      case 'Q':
        Fill(rng_.Pick(kQuote), out);
        break;
      case 'V':
        out->append(rng_.Pick(kSaid));
        break;
      default:
        out->push_back(slot);
        break;
    }
  }

  Rng& rng_;
  std::string_view last_;
};

}  // namespace

std::string MakeArticle(uint64_t seed, size_t approx_bytes) {
  Rng rng(seed);
  Writer w(&rng);
  std::string out;
  out.reserve(approx_bytes + 512);
  w.Fill(rng.Pick(kHeadline), &out);
  out.append("\n\n");
  bool first = true;
  while (first || out.size() < approx_bytes) {
    if (!first) out.append("\n\n");
    first = false;
    if (rng.Below(12) == 0) {
      out.append(rng.Pick(kListIntro));
      for (size_t k = 0, items = 2 + rng.Below(3); k < items; ++k) {
        out.append("\n- ");
        w.Fill(rng.Pick(kListItems), &out);
      }
      continue;
    }
    for (size_t s = 0, n = 1 + rng.Below(4); s < n; ++s) {
      if (s > 0) out.push_back(' ');
      w.Fill(rng.Pick(kSentences), &out);
    }
  }
  out.push_back('\n');
  return out;
}

std::string MakeNewsText(size_t bytes, uint64_t seed) {
  std::string out;
  out.reserve(bytes + 8192);
  for (uint64_t i = 0; out.size() < bytes; ++i) {
    if (!out.empty()) out.append("\n");
    out.append(MakeArticle(seed * 1000003 + i, 3000));
  }
  return out;
}

std::vector<std::string> MakeCorpus(size_t bytes, uint64_t seed) {
  std::vector<std::string> docs;
  Rng sizes(seed ^ 0x5151);
  size_t total = 0;
  for (uint64_t i = 0; total < bytes; ++i) {
    docs.push_back(MakeArticle(seed * 1000003 + i, 1000 + sizes.Below(7000)));
    total += docs.back().size();
  }
  return docs;
}

}  // namespace claimx::bench
