#include "entities/name_tagger.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "text/strings.h"

namespace claimx::internal {
namespace {

constexpr char kMagic[8] = {'C', 'L', 'A', 'I', 'M', 'X', 'N', 'T'};
constexpr size_t kHeaderBytes =
    8 + 4 * 4;  // magic, version, bits, labels, rows
constexpr size_t kRowBytes = 4 + 4 * NameTagger::kLabels;

uint64_t Fnv1a(std::string_view bytes, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Feature templates (the first byte hashed with each feature's value).
enum Template : uint8_t {
  kBias = 1,
  kWord,
  kWordPrev,
  kWordNext,
  kWordPrev2,
  kWordNext2,
  kShape,
  kShapePrev,
  kShapeNext,
  kPrefix,
  kSuffix,
  kFlags,
  kBit,
  kTitle,
  kGazetteer,
  kHead,
  kKnown,
  kRule,
  kRulePrev,
  kRuleNext,
  kRuleShape,
  kRuleWord,
  kGazPrev,
  kGazNext,
  kBigramPrev,
  kBigramNext,
  kPrevLabel,
  kPrevLabels,
  kPrevLabelWord,
  kPrevLabelRule,
  kTitlePrev,
  kKind,
};

uint32_t Row(uint64_t h) {
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h) & (NameTagger::kRows - 1);
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

// A feature's row: its template and one or two values (a string's FNV-1a
// hash, a label, a bit), mixed.
uint32_t Feature(Template t, uint64_t a, uint64_t b = 0) {
  return Row(Mix(Mix(uint64_t{t} * 0x9E3779B97F4A7C15ull, a), b));
}

uint32_t Feature(Template t, std::string_view value) {
  return Feature(t, Fnv1a(value));
}

// "Xxxx" -> "Xx", "U.S." -> "X.X.", "12,500" -> "d,d": character classes
// with runs collapsed, at most 8.
std::string Shape(std::string_view s) {
  std::string out;
  char last = 0;
  for (size_t i = 0; i < s.size() && out.size() < 8; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte
      k = 'u';
    } else {
      k = static_cast<char>(c);
    }
    if (k != last) out.push_back(k);
    last = k;
  }
  return out;
}

}  // namespace

std::shared_ptr<NameTagger> NameTagger::Empty() {
  auto t = std::make_shared<NameTagger>();
  t->weights_.assign(size_t{kRows} * kStride, 0.0f);
  return t;
}

std::shared_ptr<const NameTagger> NameTagger::ForRecording(Recorder recorder) {
  auto t = std::make_shared<NameTagger>();
  t->recorder_ = std::move(recorder);
  return t;
}

void NameTagger::ExtractFeatures(const TokenStream& ts,
                                 const std::vector<TaggerToken>& facts,
                                 std::vector<Features>* out) {
  const size_t n = ts.size();
  out->resize(n);
  // Each token's word and shape hashes, computed when first asked.
  thread_local std::vector<uint64_t> word_hash, shape_hash;
  word_hash.assign(n, 0);
  shape_hash.assign(n, 0);
  constexpr uint64_t kEdge = 0x5EDCE0ull;  // beyond the document's ends
  auto word = [&](size_t i, int d) -> uint64_t {
    const long j = static_cast<long>(i) + d;
    if (j < 0 || j >= static_cast<long>(n)) return kEdge;
    uint64_t& h = word_hash[static_cast<size_t>(j)];
    if (h == 0) h = Fnv1a(ts.norm(static_cast<size_t>(j))) | 1;
    return h;
  };
  auto shape = [&](size_t i, int d) -> uint64_t {
    const long j = static_cast<long>(i) + d;
    if (j < 0 || j >= static_cast<long>(n)) return kEdge;
    uint64_t& h = shape_hash[static_cast<size_t>(j)];
    if (h == 0) {
      const Span& sp = ts.tokens[static_cast<size_t>(j)].span;
      h = Fnv1a(Shape(ts.text.substr(sp.begin, sp.end - sp.begin))) | 1;
    }
    return h;
  };
  auto fact = [&](size_t i, int d) -> const TaggerToken* {
    const long j = static_cast<long>(i) + d;
    if (j < 0 || j >= static_cast<long>(n)) return nullptr;
    return &facts[static_cast<size_t>(j)];
  };
  // A token the model may label: cased (capitalized or all caps), with a
  // digit, labelled by the rules or a gazetteer entry, or right after such
  // a token (a connector inside a name: "Bank of England"). The others,
  // most lower-case words, get no features: they are O.
  auto open = [&](size_t i) {
    return (ts.tokens[i].flags & (kCapitalized | kAllCaps | kHasDigit)) != 0 ||
           facts[i].rule != 0 || facts[i].gazetteer != 0;
  };
  bool open_before = false;
  for (size_t i = 0; i < n; ++i) {
    Features& f = (*out)[i];
    f.clear();
    const bool here = open(i);
    const bool scored = here || open_before;
    open_before = here;
    if (!scored) continue;
    const uint64_t w = word(i, 0);
    f.push_back(Feature(kWord, w));  // f[0]: the word (Best reads it)
    f.push_back(Feature(kBias, 0));
    f.push_back(Feature(kWordPrev, word(i, -1)));
    f.push_back(Feature(kWordNext, word(i, 1)));
    f.push_back(Feature(kWordPrev2, word(i, -2)));
    f.push_back(Feature(kWordNext2, word(i, 2)));
    f.push_back(Feature(kShape, shape(i, 0)));
    f.push_back(Feature(kShapePrev, shape(i, -1)));
    f.push_back(Feature(kShapeNext, shape(i, 1)));
    const std::string_view form = ts.norm(i);
    for (size_t k = 1; k <= 3 && k <= form.size(); ++k) {
      f.push_back(Feature(kPrefix, form.substr(0, k)));
      f.push_back(Feature(kSuffix, form.substr(form.size() - k)));
    }
    const Token& t = ts.tokens[i];
    f.push_back(Feature(kFlags, t.flags & (kCapitalized | kAllCaps |
                                           kSentenceInitial | kLineStart)));
    f.push_back(Feature(kKind, static_cast<uint64_t>(t.kind)));
    const TaggerToken& x = facts[i];
    for (uint32_t b = 0; b < 32; ++b) {
      if ((x.bits >> b) & 1u) f.push_back(Feature(kBit, b));
    }
    f.push_back(Feature(kTitle, x.title));
    f.push_back(Feature(kGazetteer, x.gazetteer));
    f.push_back(Feature(kHead, x.head));
    f.push_back(Feature(kKnown, x.known));
    f.push_back(Feature(kRule, x.rule));
    f.push_back(Feature(kRuleShape, x.rule, shape(i, 0)));
    f.push_back(Feature(kRuleWord, x.rule, w));
    const TaggerToken* p = fact(i, -1);
    const TaggerToken* q = fact(i, 1);
    f.push_back(Feature(kRulePrev, p ? p->rule : 255));
    f.push_back(Feature(kRuleNext, q ? q->rule : 255));
    f.push_back(Feature(kGazPrev, p ? p->gazetteer : 255));
    f.push_back(Feature(kGazNext, q ? q->gazetteer : 255));
    f.push_back(Feature(kTitlePrev, p ? p->title : 255));
    f.push_back(Feature(kBigramPrev, word(i, -1), w));
    f.push_back(Feature(kBigramNext, w, word(i, 1)));
  }
}

void NameTagger::PrevFeatures(const Features& f, int prev, int prev2,
                              uint8_t rule, uint32_t* rows) {
  rows[0] = Feature(kPrevLabel, static_cast<uint64_t>(prev));
  rows[1] = Feature(kPrevLabels, static_cast<uint64_t>(prev),
                    static_cast<uint64_t>(prev2));
  rows[2] = Feature(kPrevLabelWord, static_cast<uint64_t>(prev), f[0]);
  rows[3] = Feature(kPrevLabelRule, static_cast<uint64_t>(prev), rule);
}

bool NameTagger::Allowed(int prev, int label) {
  // I-type only continues B-type or I-type.
  return label == 0 || (label & 1) != 0 || prev == label || prev == label - 1;
}

void NameTagger::AddRulePrior(float weight) {
  for (int l = 0; l < kLabels; ++l) {
    weights_[size_t{Feature(kRule, static_cast<uint64_t>(l))} * kStride + l] +=
        weight;
  }
}

int NameTagger::Best(const Features& f, int prev, int prev2, uint8_t rule,
                     uint32_t* prev_rows) const {
  // (kStride, not kLabels, floats a row: a fixed 16 that GCC vectorizes.)
  float score[kStride] = {};
  auto add = [&](uint32_t row) {
    const float* w = weights_.data() + size_t{row} * kStride;
    for (uint32_t l = 0; l < kStride; ++l) score[l] += w[l];
  };
  for (uint32_t row : f) add(row);
  PrevFeatures(f, prev, prev2, rule, prev_rows);
  for (int k = 0; k < kPrevFeatures; ++k) add(prev_rows[k]);
  int best = 0;
  for (int l = 1; l < kLabels; ++l) {
    if (Allowed(prev, l) && score[l] > score[best]) best = l;
  }
  return best;
}

void LabelsToSpans(const std::vector<uint8_t>& labels,
                   std::vector<TaggerSpan>* spans) {
  spans->clear();
  const uint32_t n = static_cast<uint32_t>(labels.size());
  for (uint32_t i = 0; i < n;) {
    const uint8_t l = labels[i];
    if (l == 0) {
      ++i;
      continue;
    }
    const int type = (l - 1) / 2;
    uint32_t e = i + 1;
    while (e < n && labels[e] == 2 + 2 * type) ++e;
    spans->push_back({i, e, static_cast<EntityType>(type)});
    i = e;
  }
}

void NameTagger::Tag(const TokenStream& tokens,
                     const std::vector<TaggerToken>& facts,
                     std::vector<TaggerSpan>* spans) const {
  thread_local std::vector<Features> feats;  // (capacities kept)
  thread_local std::vector<uint8_t> labels;
  ExtractFeatures(tokens, facts, &feats);
  labels.assign(feats.size(), 0);
  int prev = 0, prev2 = 0;
  uint32_t rows[kPrevFeatures];
  for (size_t i = 0; i < feats.size(); ++i) {
    const int l =
        feats[i].empty() ? 0 : Best(feats[i], prev, prev2, facts[i].rule, rows);
    labels[i] = static_cast<uint8_t>(l);
    prev2 = prev;
    prev = l;
  }
  LabelsToSpans(labels, spans);
}

std::string NameTagger::Serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  auto put32 = [&out](uint32_t v) {
    char b[4];
    for (int k = 0; k < 4; ++k) b[k] = static_cast<char>((v >> (8 * k)) & 0xFF);
    out.append(b, 4);
  };
  std::vector<uint32_t> rows;
  for (uint32_t r = 0; r < kRows; ++r) {
    const float* w = weights_.data() + size_t{r} * kStride;
    for (int l = 0; l < kLabels; ++l) {
      if (w[l] != 0.0f) {
        rows.push_back(r);
        break;
      }
    }
  }
  put32(kVersion);
  put32(kHashBits);
  put32(kLabels);
  put32(static_cast<uint32_t>(rows.size()));
  for (uint32_t r : rows) {
    put32(r);
    const float* w = weights_.data() + size_t{r} * kStride;
    for (int l = 0; l < kLabels; ++l) {
      uint32_t bits;
      std::memcpy(&bits, &w[l], 4);
      put32(bits);
    }
  }
  const uint64_t sum = Fnv1a(out);
  put32(static_cast<uint32_t>(sum));
  put32(static_cast<uint32_t>(sum >> 32));
  return out;
}

absl::Status NameTagger::Save(const std::string& path) const {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  const std::string bytes = Serialize();
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot write the entity model"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const NameTagger>> NameTagger::Load(
    const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot open the entity model file"));
  }
  std::ostringstream s;
  s << f.rdbuf();
  if (f.bad()) {
    return absl::DataLossError(
        absl::StrCat(path, ": cannot read the entity model file"));
  }
  return Parse(s.str(), path);
}

absl::StatusOr<std::shared_ptr<const NameTagger>> NameTagger::Parse(
    std::string_view bytes, std::string_view name) {
  auto get32 = [&bytes](size_t at) {
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k)
      v |= uint32_t{static_cast<unsigned char>(bytes[at + k])} << (8 * k);
    return v;
  };
  auto error = [&name](auto make, std::string_view why) {
    return make(absl::StrCat(Av(name), ": ", Av(why)));
  };
  if (bytes.size() < sizeof(kMagic) ||
      std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return error(absl::InvalidArgumentError,
                 "not a claimx entity model (no CLAIMXNT header)");
  }
  if (bytes.size() < kHeaderBytes + 8) {
    return error(absl::DataLossError, "entity model truncated in its header");
  }
  const uint32_t version = get32(8);
  if (version != kVersion) {
    return error(absl::InvalidArgumentError,
                 absl::StrCat("entity model version ", version,
                              ", this build reads version ", kVersion));
  }
  if (get32(12) != kHashBits || get32(16) != kLabels) {
    return error(absl::InvalidArgumentError,
                 absl::StrCat("entity model has ", get32(12), " hash bits and ",
                              get32(16), " labels, this build reads ",
                              kHashBits, " and ", kLabels));
  }
  const uint64_t rows = get32(20);
  if (rows > kRows || bytes.size() != kHeaderBytes + rows * kRowBytes + 8) {
    return error(absl::DataLossError,
                 absl::StrCat("entity model truncated or padded (",
                              bytes.size(), " bytes for ", rows, " rows)"));
  }
  const size_t body = bytes.size() - 8;
  const uint64_t sum = uint64_t{get32(body)} | uint64_t{get32(body + 4)} << 32;
  if (Fnv1a(bytes.substr(0, body)) != sum) {
    return error(absl::DataLossError, "entity model checksum mismatch");
  }
  std::shared_ptr<NameTagger> t = Empty();
  for (uint64_t k = 0; k < rows; ++k) {
    const size_t at = kHeaderBytes + k * kRowBytes;
    const uint32_t r = get32(at);
    if (r >= kRows) {
      return error(absl::DataLossError, "entity model row out of range");
    }
    float* w = t->weights_.data() + size_t{r} * kStride;
    for (int l = 0; l < kLabels; ++l) {
      const uint32_t bits = get32(at + 4 + 4 * static_cast<size_t>(l));
      std::memcpy(&w[l], &bits, 4);
      if (!std::isfinite(w[l])) {
        return error(absl::DataLossError, "entity model weight not finite");
      }
    }
  }
  return std::shared_ptr<const NameTagger>(std::move(t));
}

}  // namespace claimx::internal
