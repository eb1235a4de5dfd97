#include "synthetic_news.h"

#include <iterator>
#include <string_view>

namespace claimx::bench {
namespace {

// SplitMix64: small, fast, deterministic across platforms.
class Rng {
 public:
  // The seed is mixed once, so that seeds 1, 2, 3 ... give unrelated streams
  // (unmixed, seed k + 1 would replay seed k's stream one step later).
  explicit Rng(uint64_t seed)
      : s_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {
    s_ = Next();
  }
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

// Slot fillers. Every name, firm, outlet and sentence here was invented for
// this benchmark.
constexpr std::string_view kFirst[] = {
    "Maria",     "Tomás",    "Aisha",   "Henrik",  "Jean-Luc", "Priya",
    "Oluwaseun", "Keiko",    "Daniel",  "Sophie",  "Rafael",   "Ingrid",
    "Mehmet",    "Lucía",    "Andrew",  "Nadia",   "Colm",     "Zoë",
    "Viktor",    "Amara",    "Bernard", "Chiara",  "Dmitri",   "Elena",
    "John",      "Margaret", "Paul",    "Kenneth", "Susan",    "Hiroshi",
    "Gerhard",   "Francois", "Wei",     "Rosa",    "Tony",     "Gordon"};
constexpr std::string_view kLast[] = {
    "Okafor",     "Lindqvist", "García-Márquez", "Brennan",  "Hashemi",
    "Castellano", "Novak",     "Whitcombe",      "Adeyemi",  "Fujimoto",
    "Delacroix",  "Mbeki",     "Sørensen",       "Petrova",  "O'Donnell",
    "Kowalczyk",  "Reyes",     "Thornbury",      "Al-Masri", "Varga",
    "Esposito",   "Hollis",    "Marchetti",      "Tanaka",   "Stroud",
    "Pemberton",  "Van Dijk",  "McAllister",     "Schultz",  "Bramwell"};
// Invented surnames and place names, built from two parts, so that most
// names in a long text are new to the recognizer, as in real news.
constexpr std::string_view kNameHead[] = {
    "Ash",  "Brom",  "Cal",  "Dun", "Ever", "Fair", "Gold",  "Hal",
    "Ing",  "Kel",   "Lang", "Mor", "Nor",  "Pen",  "Quill", "Ros",
    "Stan", "Thorn", "Wex",  "Yar", "Bel",  "Cor",  "Dray",  "Marl"};
constexpr std::string_view kNameTail[] = {
    "by",    "ford", "ley",   "ton",   "wick", "more", "dale", "field",
    "hurst", "well", "stead", "ridge", "man",  "son",  "ings", "worth"};
constexpr std::string_view kOrgKind[] = {
    "Holdings",  "Motors", "Insurance",  "Group",   "Partners", "Logistics",
    "Institute", "Trust",  "Foundation", "Systems", "Brewery",  "Airways"};
constexpr std::string_view kAcronym[] = {
    "the EU",       "the UN",  "NATO", "OPEC",    "the IMF",  "the WTO",
    "the FTSE 100", "the SEC", "UEFA", "the NHS", "the OECD", "GATT"};
constexpr std::string_view kTitle[] = {"Dr.", "Sen.", "Gov.", "Gen.", "Prof.",
                                       "Mr.", "Ms.",  "Rep.", "Capt."};
// British style: no full stop after the title.
constexpr std::string_view kUkTitle[] = {"Mr",  "Mrs",  "Ms",      "Dr",
                                         "Sir", "Lord", "Baroness"};
constexpr std::string_view kRole[] = {"chief executive",   "finance minister",
                                      "spokeswoman",       "spokesman",
                                      "senior analyst",    "chief economist",
                                      "union leader",      "mayor",
                                      "head of research",  "director",
                                      "chairman",          "treasurer",
                                      "general secretary", "coach",
                                      "manager",           "president"};
constexpr std::string_view kOrg[] = {
    "Northwind Holdings Inc.", "the Meridian Group",
    "Caldera Energy Corp.",    "Bluefield Bank",
    "the National Rail Union", "Harbor & Vale LLP",
    "Stellar Mobile Ltd.",     "the Ministry of Transport",
    "Granite Peak Capital",    "the World Grain Council",
    "Aurora Pharmaceuticals",  "the U.S. Department of Energy",
    "the European Commission", "Kestrel Airlines",
    "Tidewater Foods Co."};
// Wire-style company names: suffixes without full stops, as wires print them.
constexpr std::string_view kCorp[] = {"Ashgrove Industries Inc",
                                      "Pelham Mining Corp",
                                      "Corvale Bancorp",
                                      "Westmarch Steel Co",
                                      "Delmont Chemical Corp",
                                      "Harwick Foods Ltd",
                                      "Ostrava Kabel AG",
                                      "Banco Serrano SA",
                                      "Kiyomizu Electric Co Ltd",
                                      "Lindale Savings and Loan",
                                      "Fenwick Oil Co",
                                      "Tarrant Financial Group Inc",
                                      "Maribel Textiles plc",
                                      "Ruhrwerk Holding AG",
                                      "Coastal Pacific Railroad Co"};
constexpr std::string_view kTicker[] = {"ASHG", "PMC", "CVB", "WMS", "DLC",
                                        "HFD",  "LSL", "FNO", "TFG", "CPR"};
constexpr std::string_view kPlace[] = {
    "Lagos",   "Oslo",      "São Paulo", "Manila",         "Kraków",
    "Nairobi", "Toronto",   "Jakarta",   "Lyon",           "Monterrey",
    "Busan",   "Aberdeen",  "Tbilisi",   "Perth",          "Zürich",
    "Chennai", "the U.K.",  "Brazil",    "northern Italy", "New York",
    "Tokyo",   "Frankfurt", "London",    "Chicago",        "Hong Kong"};
constexpr std::string_view kCountry[] = {
    "Japan",   "West Germany", "Brazil",    "Canada",
    "France",  "Indonesia",    "Argentina", "Britain",
    "Nigeria", "South Korea",  "Mexico",    "Australia"};
constexpr std::string_view kNationality[] = {
    "Japanese", "West German",  "Brazilian", "Canadian",
    "French",   "Indonesian",   "Argentine", "British",
    "Nigerian", "South Korean", "Mexican",   "Australian"};
constexpr std::string_view kOutlet[] = {
    "the Daily Ledger",    "Radio Meridian", "Tribune Online",
    "the Evening Courier", "Channel 9 News", "the Northern Post"};
constexpr std::string_view kMonth[] = {"Jan.",  "Feb.", "March", "April",
                                       "May",   "June", "July",  "Aug.",
                                       "Sept.", "Oct.", "Nov.",  "Dec."};
constexpr std::string_view kMonthFull[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view kDay[] = {"Monday",   "Tuesday", "Wednesday",
                                     "Thursday", "Friday",  "Saturday",
                                     "Sunday"};
constexpr std::string_view kNumberWord[] = {
    "two",  "three", "four",   "five",    "six",     "seven",  "eight",
    "nine", "ten",   "twelve", "a dozen", "fifteen", "twenty", "several"};
constexpr std::string_view kCurrency[] = {
    "dlrs", "yen", "marks", "francs", "stg", "Canadian dlrs", "guilders"};
constexpr std::string_view kUnit[] = {
    "tonnes", "barrels per day", "bushels",      "ounces",   "kilometres",
    "miles",  "hectares",        "cubic metres", "megawatts"};
constexpr std::string_view kCommodity[] = {
    "wheat",    "crude oil", "coffee", "sugar",       "copper",
    "soybeans", "cocoa",     "gold",   "natural gas", "maize"};
constexpr std::string_view kTeam[] = {"Harbridge United", "Castleford Rovers",
                                      "Wexham City",      "Dunmore Athletic",
                                      "the Lions",        "Portavon"};
constexpr std::string_view kEvent[] = {"the World Cup", "the Olympic Games",
                                       "the Six Nations", "Wimbledon",
                                       "the Commonwealth Games"};
constexpr std::string_view kParty[] = {"Labour", "the Conservatives",
                                       "the Liberal Democrats", "the Greens"};
constexpr std::string_view kAnon[] = {"officials",
                                      "analysts",
                                      "traders",
                                      "industry sources",
                                      "one dealer",
                                      "a senior official",
                                      "people familiar with the negotiations",
                                      "banking sources",
                                      "a government spokesman",
                                      "people familiar with the matter",
                                      "diplomats",
                                      "economists polled last week"};
constexpr std::string_view kSaid[] = {"said",
                                      "told reporters",
                                      "said in a statement",
                                      "wrote in a letter to shareholders",
                                      "told the committee",
                                      "said on "
                                      "Twitter",
                                      "added"};
// One-word reporting verbs in the past tense.
constexpr std::string_view kCue[] = {
    "said",         "warned",    "claimed",   "argued",    "insisted",
    "added",        "noted",     "stressed",  "admitted",  "announced",
    "confirmed",    "denied",    "predicted", "estimated", "suggested",
    "acknowledged", "explained", "maintained"};
// Verbs of belief, in the present: hedged attributions.
constexpr std::string_view kBelief[] = {"believes", "expects", "thinks",
                                        "fears",    "hopes",   "estimates",
                                        "reckons",  "says"};
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
    "There is no evidence that the system was compromised",
    "We played well for an hour and then we switched off",
    "I have never said that and I never will",
    "The message from voters could not be clearer",
    "People want to know that their savings are safe",
    "It is a very serious matter and we are looking into it",
    "We think the worst is behind us, but it will be a slow recovery"};
// Content of reported speech: a clause that can follow "said (that)".
constexpr std::string_view kClause[] = {
    "the company would close {n} plants by the end of the year",
    "talks with the union had broken down",
    "inflation was likely to peak in the {ord} quarter",
    "the government had no plans to raise taxes",
    "output would rise by about {dec} pct next year",
    "the deal was worth about {mln} {cur}",
    "the bank could cut interest rates as early as {monthf}",
    "demand for {commodity} had fallen sharply since {monthf}",
    "the new line would open in {year}",
    "he had not been told about the decision",
    "she would stand down at the next election",
    "the figures showed a clear slowdown in consumer spending",
    "prices might fall further if the harvest was good",
    "there was little chance of an agreement before {day}",
    "the plan had the support of most shareholders",
    "they were disappointed by the ruling and would consider an appeal"};
constexpr std::string_view kHeadline[] = {
    "{O} shares jump after surprise profit",
    "Strike threat looms over {C} ports",
    "{P} named to lead {O}",
    "Rain delays harvest across {C}",
    "Inflation eases to {D}% in {M}",
    "Talks on new trade pact stall again",
    "{O} to cut {B} jobs",
    "Regulators open inquiry into {O}",
    "{sur} warns of tough year ahead",
    "{team} sack manager after {n} defeats",
    "Film festival opens with record crowds",
    "Minister defends plan for new airport",
    "Broadband users double in a year",
    "{party} pledge to cut council tax"};

// Sentence templates. Slots: {P} person, {S} surname of the last person,
// {T} title, {R} role, {O} organization, {C} place, {X} outlet, {M} month,
// {W} weekday, {Y} year, {N} small number, {D} decimal, {B} large number
// with separators, {Q} a quotation, {V} speech verb phrase. Named slots
// ({corp}, {anon}, {clause}, ...) are listed in Writer::Slot.
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
    // Reported speech in its many forms.
    "{P} {cue} that {clause}.",
    "{anonC} said {clause}.",
    "{S} {belief} {clause}.",
    "{clauseC}, {P} {cue}.",
    "{clauseC}, according to {O}.",
    "According to {anon}, {clause}.",
    "{P}, who has led {O} since {year}, told {X} {clause}.",
    "{S} said {clause}, adding that {clause}.",
    "A spokesman for {O} {cue} that {clause}, but declined to give details.",
    "{S} said the proposal was \"a step in the right direction\" but that "
    "{clause}.",
    "\"{Q},\" {S} told {X}, adding: \"{Q}.\"",
    "\"{Q}\", {btitle} {S} said.",
    "\"{Q},\" {pron} {cue}.",
    "{pronC} {cue} that {clause}.",
    "It is understood that {clause}.",
    "{S} is reported to have said that {clause}.",
    "In a statement, {O} said {clause} and that {clause}.",
    "{P} could not be reached for comment, but {pron} has previously denied "
    "any wrongdoing.",
    "The claims were rejected by {O}, which said {clause}.",
    "{S} did not say whether {clause}.",
    // Quantities, dates, durations.
    "The project will take {numw} years and cost up to {sym}{dec} billion.",
    "Sales rose {dec} pct to {mln} {cur} in the year to {monthf} {n}, from "
    "{mln} {cur} a year earlier.",
    "Between {n} and {n2} pct of the workforce could lose their jobs over the "
    "next {numw} months.",
    "Exports of {commodity} reached {big} {unit} in {monthf}, against {big} "
    "{unit} in the same month of {year}.",
    "The {numw}-year loan pays {n} basis points above the banks' "
    "overnight lending rate, the lenders said.",
    "Unemployment fell by {big} to {dec} million in the three months to "
    "{monthf}.",
    "The {ord} round of talks is due to begin on {day}, {monthf} {n}.",
    "The firm's market value has roughly halved since {monthf} {year}, to "
    "about {sym}{dec}bn.",
    "Two thirds of those polled said they would vote again, while one in "
    "{numw} said they had not decided.",
    "The bill was approved by {n2} votes to {n}, a majority of {n}.",
    "The temperature reached {n2}C (about {n}0F) in {place} on {day}.",
    "Trading was suspended at {n}:{n2} GMT and resumed {numw} minutes later.",
    "{team} won {n}-{n} at home to {team} on {day}, their {ord} win in a row.",
    "She has won {numw} titles, including {event} in {year}.",
    "The {nat} government bought {big} {unit} of {commodity} last week, "
    "trade sources said.",
    "Profit for the first half of {year} was £{dec}m, up {n}% on the same "
    "period a year before.",
    "Of the {big} staff, about {n} percent work part time.",
    "Rates rose by a quarter of a percentage point, to {dec}%.",
    "{party} said the plan would cost each household about £{n2}0 a year.",
};
// Plain narrative: no figures, no quotations, few names, as most sentences
// of real news are.
constexpr std::string_view kPlain[] = {
    "The decision was welcomed by local residents, who had campaigned against "
    "the scheme for years.",
    "Many of the smaller firms in the sector are struggling to find skilled "
    "staff.",
    "The changes are part of a wider review of how the service is run.",
    "Visitors to the museum will be able to see the collection from next "
    "spring.",
    "The two sides have been at odds over the issue since the election.",
    "Engineers are still trying to work out what caused the fault.",
    "The festival, now in its third decade, attracts musicians from across "
    "{place}.",
    "Campaigners have long argued that the rules are too weak to protect "
    "consumers.",
    "Opposition leaders met on {day} to discuss a joint candidate.",
    "The album was recorded in {name} over the summer and features guest "
    "appearances from {P} and {P}.",
    "{P} and {P} were among those who attended the ceremony in {place}.",
    "Residents of {name} said the flooding was the worst they could remember.",
    "{P}, the {nat} {R}, met {P} of {firm} in {place} before flying on to "
    "{name}.",
    "The talks in {place} are being watched closely by {acro} and by "
    "investors in {country}.",
    "{firm} and {firm} have been in merger talks since the spring.",
    "The game was the first at the new ground, which was built by {firm}.",
    "Most of the new jobs will be in the north of the country, where "
    "unemployment is highest.",
    "The software lets users share photos and music with friends over the "
    "internet.",
    "Players and fans stood for a minute's silence before kick-off.",
    "The government has come under pressure to explain why the report was "
    "delayed.",
    "He was taken to hospital in {name} but was later released.",
    "Both companies have their headquarters in {place}, and both are "
    "controlled by the {name} family."};
constexpr std::string_view kListIntro[] = {
    "Key figures:", "What we know so far:", "The main points of the deal:"};
constexpr std::string_view kListItems[] = {
    "Revenue: ${D}bn",          "Staff: {B}",
    "{N} new routes from {C}",  "Deadline: {M} {N}",
    "Operating margin of {D}%", "Investment of €{D}m over {N} years"};

// Wire briefs: capitalized headlines, short paragraphs, figures in the wire
// abbreviations (mln, dlrs, pct, cts), attributions at the end of sentences.
constexpr std::string_view kWireHeadline[] = {
    "{CORP} <{tick}> SEES HIGHER {YEAR} EARNINGS",
    "{CORP} TO BUY {CORP2} FOR {n} MLN DLRS",
    "{NAT} {COMMODITY} OUTPUT SEEN FALLING",
    "{COUNTRY} CENTRAL BANK CUTS DISCOUNT RATE",
    "{CORP} <{tick}> SETS QUARTERLY DIVIDEND",
    "TRADERS SAY {COMMODITY} PRICES TO STAY FIRM",
    "{COUNTRY} TRADE SURPLUS WIDENS IN {MONTH}",
    "{CORP} UNIT SIGNS SUPPLY PACT"};
constexpr std::string_view kWireSentences[] = {
    "{corp} said it expects earnings for {year} to rise to between {dec} "
    "dlrs and {dec2} dlrs a share from {dec} dlrs in {year2}.",
    "{corp} said it agreed to acquire {corp2} for about {mln} dlrs in cash "
    "and stock.",
    "{corp2} shareholders must still vote on the deal, which the company "
    "hopes to complete in the {qtr} quarter.",
    "{nat} {commodity} output is expected to fall to {big} {unit} in the "
    "current season from {big} {unit} a year earlier, the agriculture "
    "ministry said.",
    "The central bank said it cut its discount rate to {dec} pct from {dec2} "
    "pct, effective {day}.",
    "{corp} declared a quarterly dividend of {n} cts a share, payable "
    "{monthf} {n} to holders of record {monthf} {n2}.",
    "Traders said prices would stay firm as long as supplies remained tight, "
    "but some dealers expected a correction next week.",
    "The trade surplus rose to {dec} billion {cur} in {monthf} from {dec2} "
    "billion in {monthf}, the statistics office said.",
    "The dollar closed at {dec} {cur}, up from {dec2} at the opening.",
    "{P}, {corp}'s chairman, told Reuters the company had no plans to sell "
    "the unit.",
    "The unit will supply {big} {unit} of {commodity} a year over {numw} "
    "years, the company said.",
    "It said the rate rise would not affect its {year} forecast.",
    "A company spokesman said the board would meet on {day} to consider the "
    "offer.",
    "The offer values {corp2} at about {mln} dlrs, or {dec} dlrs a share, a "
    "premium of {n} pct over {day}'s close.",
    "{corp} said {clause}.",
    "Analysts said the move was widely expected and had little effect on the "
    "market.",
    "The ministry did not say how much of the {mln} dlr loan had been "
    "drawn.",
    "U.S. officials said {acro} would take up the issue at its meeting in "
    "{place} next month.",
    "The U.S. Agriculture Department said {country} had bought {big} {unit} "
    "of U.S. {commodity} for delivery this season.",
    "{P}, a U.S. Treasury official, told a House committee that {clause}.",
    "{nat} Finance Minister {P} said after meeting U.S. Treasury Secretary "
    "{P} that {clause}.",
    "The U.S. dollar rose against the yen and the mark in early trading in "
    "{place}.",
    "{corp} shares rose {frac} to {n} {frac} on the New York Stock Exchange.",
    "The EC Commission said it had approved the sale of {big} {unit} of "
    "{commodity} from intervention stocks.",
    "{corp}, a unit of {corp2}, said it filed with the SEC to sell {mln} "
    "dlrs of notes due {year}.",
    "OPEC ministers meet in {place} on {day} to review output quotas, "
    "{anon} said.",
    "{nat} and U.S. negotiators said talks on {commodity} tariffs under GATT "
    "would resume in {monthf}.",
    "Underwriters will share a fee of {frac} pct.",
    "Reuter"};
constexpr std::string_view kResultsHeadline[] = {
    "{CORP} <{tick}> {QTR} QTR NET", "{CORP} <{tick}> YEAR NET",
    "{CORP} <{tick}> NINE MTHS LOSS", "{CORP} {QTR} QTR SHR"};
// Results tables: label, figure, "vs", last year's figure.
constexpr std::string_view kEarningsRows[] = {
    "Shr {dec} dlrs vs {n} cts", "Shr loss {n} cts vs profit {n2} cts",
    "Net {mln} vs {mln2}",       "Net loss {mln} vs profit {mln2}",
    "Revs {mln} vs {mln2}",      "Avg shrs {big} vs {big2}",
    "Sales {mln} vs {mln2}",     "Oper net {dec} mln vs {dec2} mln"};

// Feature articles: title-case headlines, British conventions, quotes that
// run over several sentences, a reporter's voice.
constexpr std::string_view kFeatureSentences[] = {
    "{btitle} {S} told the BBC: \"{Q}. {Q}.\"",
    "{btitle} {S}, who is {n2}, said he was \"delighted\" with the result.",
    "The {nat} star, who missed {numw} games with a knee injury, is expected "
    "to return for the match against {team} on {day}.",
    "\"{Q},\" said {P}, the {R} of {O}.",
    "{party} said the figures showed that {clause}.",
    "But {party} accused ministers of \"ducking the issue\" and said "
    "{clause}.",
    "The film, which took £{dec}m in its first weekend, is the {ord} "
    "biggest opening of the year.",
    "The survey of {big} adults found that {n}% had used the internet to "
    "buy goods in the past year.",
    "Downloads of the software have passed {dec} million since its launch "
    "in {monthf}.",
    "The minister is expected to set out the plans in a speech on {day}.",
    "Critics say {clause}, but the government insists {clause}.",
    "{P} said: \"{Q}.",
    "\"{Q}.\"",
    "The Prime Minister's official spokesman said: \"{Q}.\"",
    "A spokeswoman for the department said it would \"look carefully\" at the "
    "report.",
    "The company, which employs {big} people in the UK, said {clause}.",
    "{S}'s side are {ord} in the table, {n} points behind the leaders.",
    "The case was adjourned until {n} {monthf}.",
    "The firm said sales in the {numw} weeks to {n} {monthf} were up {dec}%."};

class Writer {
 public:
  explicit Writer(Rng* rng) : rng_(*rng) {}

  void Fill(std::string_view tmpl, std::string* out) {
    for (size_t i = 0; i < tmpl.size(); ++i) {
      size_t close = tmpl[i] == '{' ? tmpl.find('}', i + 1) : tmpl.npos;
      if (close != tmpl.npos && close > i + 1 && close - i < 16) {
        Slot(tmpl.substr(i + 1, close - i - 1), out);
        i = close;
      } else {
        out->push_back(tmpl[i]);
      }
    }
  }

 private:
  void Number(size_t lo, size_t hi, std::string* out) {
    out->append(std::to_string(lo + rng_.Below(hi - lo + 1)));
  }
  void Decimal(std::string* out) {
    Number(1, 99, out);
    out->append(".");
    Number(0, rng_.Below(3) == 0 ? 99 : 9, out);
  }
  void Big(std::string* out) {
    size_t v = 1000 + rng_.Below(998000);
    out->append(std::to_string(v / 1000)).append(",");
    std::string low = std::to_string(v % 1000);
    out->append(3 - low.size(), '0').append(low);
  }
  void Millions(std::string* out) {
    Number(1, 950, out);
    if (rng_.Below(2) == 0)
      out->append(".").append(std::to_string(rng_.Below(10)));
    out->append(rng_.Below(4) == 0 ? " billion" : " mln");
  }
  // Appends `s` in capitals (ASCII letters only).
  static void Upper(std::string_view s, std::string* out) {
    for (char c : s) out->push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  // Appends `s` with its first letter capitalized (sentence-initial slots).
  void Capitalized(std::string_view tmpl, std::string* out) {
    size_t at = out->size();
    Fill(tmpl, out);
    if (at < out->size() && (*out)[at] >= 'a' && (*out)[at] <= 'z')
      (*out)[at] -= 32;
  }

  void Slot(std::string_view slot, std::string* out) {
    if (slot.size() == 1) {
      switch (slot[0]) {
        case 'P':
          out->append(rng_.Pick(kFirst)).append(" ");
          if (rng_.Below(2) == 0) {
            last_ = rng_.Pick(kLast);
            out->append(last_);
          } else {
            size_t at = out->size();
            Invented(out);
            invented_.assign(*out, at);
            last_ = invented_;
          }
          return;
        case 'S':
          out->append(last_.empty() ? rng_.Pick(kLast) : last_);
          return;
        case 'T':
          out->append(rng_.Pick(kTitle));
          return;
        case 'R':
          out->append(rng_.Pick(kRole));
          return;
        case 'O':
          out->append(rng_.Pick(kOrg));
          return;
        case 'C':
          out->append(rng_.Pick(kPlace));
          return;
        case 'X':
          out->append(rng_.Pick(kOutlet));
          return;
        case 'M':
          out->append(rng_.Pick(kMonth));
          return;
        case 'W':
          out->append(rng_.Pick(kDay));
          return;
        case 'Y':
          out->append(std::to_string(1995 + rng_.Below(32)));
          return;
        case 'N':
          out->append(std::to_string(2 + rng_.Below(28)));
          return;
        case 'D':
          out->append(std::to_string(1 + rng_.Below(99)))
              .append(".")
              .append(std::to_string(rng_.Below(10)));
          return;
        case 'B':
          Big(out);
          return;
        case 'Q':
          Fill(rng_.Pick(kQuote), out);
          return;
        case 'V':
          out->append(rng_.Pick(kSaid));
          return;
        default:
          break;
      }
    }
    const std::string_view s = slot;
    if (s == "n" || s == "n2") return Number(2, 29, out);
    if (s == "dec" || s == "dec2") return Decimal(out);
    if (s == "big" || s == "big2") return Big(out);
    if (s == "mln" || s == "mln2") return Millions(out);
    if (s == "year" || s == "year2") return Number(1980, 2026, out);
    if (s == "YEAR") return Number(1980, 2026, out);
    if (s == "yy") return Number(10, 99, out);
    if (s == "ord") {
      constexpr std::string_view kOrd[] = {"first",  "second", "third",
                                           "fourth", "fifth",  "10th",
                                           "2nd",    "3rd",    "21st"};
      out->append(rng_.Pick(kOrd));
      return;
    }
    if (s == "qtr") {
      constexpr std::string_view kQtr[] = {"first", "second", "third",
                                           "fourth"};
      out->append(rng_.Pick(kQtr));
      return;
    }
    if (s == "QTR") {
      constexpr std::string_view kQtr[] = {"1ST", "2ND", "3RD", "4TH"};
      out->append(rng_.Pick(kQtr));
      return;
    }
    if (s == "frac") {
      constexpr std::string_view kFrac[] = {"1/8", "1/4", "3/8", "1/2", "5/8"};
      out->append(rng_.Pick(kFrac));
      return;
    }
    if (s == "numw") return (void)out->append(rng_.Pick(kNumberWord));
    if (s == "name") return Invented(out);
    if (s == "firm") {
      Invented(out);
      out->append(" ").append(rng_.Pick(kOrgKind));
      return;
    }
    if (s == "acro") return (void)out->append(rng_.Pick(kAcronym));
    if (s == "sur") return (void)out->append(rng_.Pick(kLast));
    if (s == "btitle") return (void)out->append(rng_.Pick(kUkTitle));
    if (s == "corp" || s == "corp2") return (void)out->append(rng_.Pick(kCorp));
    if (s == "CORP" || s == "CORP2") return Upper(rng_.Pick(kCorp), out);
    if (s == "tick") return (void)out->append(rng_.Pick(kTicker));
    if (s == "country") return (void)out->append(rng_.Pick(kCountry));
    if (s == "place") return (void)out->append(rng_.Pick(kPlace));
    if (s == "COUNTRY") return Upper(rng_.Pick(kCountry), out);
    if (s == "nat") return (void)out->append(rng_.Pick(kNationality));
    if (s == "NAT") return Upper(rng_.Pick(kNationality), out);
    if (s == "monthf") return (void)out->append(rng_.Pick(kMonthFull));
    if (s == "MONTH") return Upper(rng_.Pick(kMonthFull), out);
    if (s == "day") return (void)out->append(rng_.Pick(kDay));
    if (s == "cur") return (void)out->append(rng_.Pick(kCurrency));
    if (s == "sym") {
      constexpr std::string_view kSym[] = {"$", "£", "€", "US$", "¥"};
      out->append(rng_.Pick(kSym));
      return;
    }
    if (s == "unit") return (void)out->append(rng_.Pick(kUnit));
    if (s == "commodity") return (void)out->append(rng_.Pick(kCommodity));
    if (s == "COMMODITY") return Upper(rng_.Pick(kCommodity), out);
    if (s == "team") return (void)out->append(rng_.Pick(kTeam));
    if (s == "event") return (void)out->append(rng_.Pick(kEvent));
    if (s == "party") return (void)out->append(rng_.Pick(kParty));
    if (s == "anon") return (void)out->append(rng_.Pick(kAnon));
    if (s == "anonC") return Capitalized(rng_.Pick(kAnon), out);
    if (s == "cue") return (void)out->append(rng_.Pick(kCue));
    if (s == "belief") return (void)out->append(rng_.Pick(kBelief));
    if (s == "clause") return Fill(rng_.Pick(kClause), out);
    if (s == "clauseC") return Capitalized(rng_.Pick(kClause), out);
    if (s == "pron" || s == "pronC") {
      constexpr std::string_view kPron[] = {"he", "she", "they"};
      if (s == "pron") return (void)out->append(rng_.Pick(kPron));
      return Capitalized(rng_.Pick(kPron), out);
    }
    out->append(slot);
  }

  void Invented(std::string* out) {
    out->append(rng_.Pick(kNameHead)).append(rng_.Pick(kNameTail));
  }

  Rng& rng_;
  std::string_view last_;
  std::string invented_;  // the last invented surname, which last_ may view
};

// The article kinds of MakeCorpus, in the proportions of a news feed: many
// short wire items, fewer long features.
enum class Kind { kGeneral, kWire, kResults, kFeature };

// Paragraphs of 1 to `max_per_paragraph` sentences from `sentences`, one
// sentence in `plain_one_in` (if not 0) from kPlain instead, until `out` is
// `approx_bytes` long (at least one paragraph).
void AppendParagraphs(Rng* rng, Writer* w, const std::string_view* sentences,
                      size_t count, size_t max_per_paragraph,
                      size_t approx_bytes, size_t plain_one_in,
                      std::string* out) {
  bool first = true;
  while (first || out->size() < approx_bytes) {
    out->append("\n\n");
    first = false;
    for (size_t s = 0, n = 1 + rng->Below(max_per_paragraph); s < n; ++s) {
      if (s > 0) out->push_back(' ');
      if (plain_one_in != 0 && rng->Below(plain_one_in) == 0) {
        w->Fill(rng->Pick(kPlain), out);
      } else {
        w->Fill(sentences[rng->Below(count)], out);
      }
    }
  }
}

std::string MakeKind(Kind kind, uint64_t seed, size_t approx_bytes) {
  Rng rng(seed);
  Writer w(&rng);
  std::string out;
  out.reserve(approx_bytes + 512);
  switch (kind) {
    case Kind::kWire:
      w.Fill(rng.Pick(kWireHeadline), &out);
      AppendParagraphs(&rng, &w, kWireSentences, std::size(kWireSentences) - 1,
                       2, approx_bytes, 4, &out);
      if (rng.Below(3) == 0) out.append("\n\nReuter");
      break;
    case Kind::kResults:
      w.Fill(rng.Pick(kResultsHeadline), &out);
      out.append("\n\n");
      for (size_t k = 0, rows = 3 + rng.Below(5); k < rows; ++k) {
        if (k > 0) out.push_back('\n');
        w.Fill(rng.Pick(kEarningsRows), &out);
      }
      if (rng.Below(2) == 0) {
        out.append("\n\nNOTE: ");
        w.Fill(
            "{qtr} quarter net includes a gain of {mln} dlrs from the sale "
            "of a unit.",
            &out);
      }
      break;
    case Kind::kFeature:
      w.Fill(rng.Pick(kHeadline), &out);
      while (out.size() < approx_bytes) {
        AppendParagraphs(&rng, &w, kFeatureSentences,
                         std::size(kFeatureSentences), 3, 0, 2, &out);
        AppendParagraphs(&rng, &w, kSentences, std::size(kSentences), 3, 0, 2,
                         &out);
      }
      break;
    case Kind::kGeneral:
      w.Fill(rng.Pick(kHeadline), &out);
      while (out.size() < approx_bytes) {
        if (rng.Below(12) == 0) {
          out.append("\n\n").append(rng.Pick(kListIntro));
          for (size_t k = 0, items = 2 + rng.Below(3); k < items; ++k) {
            out.append("\n- ");
            w.Fill(rng.Pick(kListItems), &out);
          }
          continue;
        }
        AppendParagraphs(&rng, &w, kSentences, std::size(kSentences), 4, 0, 3,
                         &out);
      }
      break;
  }
  out.push_back('\n');
  return out;
}

}  // namespace

std::string MakeArticle(uint64_t seed, size_t approx_bytes) {
  return MakeKind(Kind::kGeneral, seed, approx_bytes);
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
    // By documents: 6 in 10 wire briefs, 2 results tables, 1 general
    // article, 1 feature (by bytes about half wire text, as in a news feed).
    size_t roll = sizes.Below(10);
    Kind kind = roll < 6   ? Kind::kWire
                : roll < 8 ? Kind::kResults
                : roll < 9 ? Kind::kGeneral
                           : Kind::kFeature;
    size_t size = kind == Kind::kWire      ? 200 + sizes.Below(1800)
                  : kind == Kind::kResults ? 0
                                           : 1000 + sizes.Below(5000);
    docs.push_back(MakeKind(kind, seed * 1000003 + i, size));
    total += docs.back().size();
  }
  return docs;
}

}  // namespace claimx::bench
