#include "entities/name_tagger_train.h"

#include <fstream>
#include <numeric>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "model.h"
#include "text/strings.h"

namespace claimx::internal {
namespace {

bool NativeType(std::string_view s, EntityType* t) {
  static constexpr std::pair<std::string_view, EntityType> kTypes[] = {
      {"PERSON", EntityType::kPerson}, {"ORG", EntityType::kOrg},
      {"GPE", EntityType::kGpe},       {"LOC", EntityType::kLoc},
      {"NORP", EntityType::kNorp},     {"FAC", EntityType::kFac},
      {"EVENT", EntityType::kEvent}};
  for (const auto& [name, type] : kTypes) {
    if (s == name) {
      *t = type;
      return true;
    }
  }
  return false;
}

bool ConllType(std::string_view s, EntityType* t) {
  if (s == "PER") {
    *t = EntityType::kPerson;
  } else if (s == "LOC") {
    *t = EntityType::kGpe;
  } else if (s == "MISC") {
    *t = EntityType::kNorp;
  } else {
    return NativeType(s, t);
  }
  return true;
}

std::vector<std::string_view> Lines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t at = 0;
  while (at < s.size()) {
    size_t nl = s.find('\n', at);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(at, nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    at = nl + 1;
  }
  return lines;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
         c == '\f';
}

absl::Status ParseInline(const std::vector<std::string_view>& lines,
                         std::string_view name,
                         std::vector<GoldDocument>* out) {
  std::string id;
  std::vector<std::string_view> body;
  size_t first_line = 0;
  bool open = false;
  auto flush = [&]() -> absl::Status {
    if (!open) return absl::OkStatus();
    std::string raw;
    for (size_t k = 0; k < body.size(); ++k) {
      if (k) raw.push_back('\n');
      raw.append(body[k]);
    }
    size_t b = raw.find_first_not_of('\n');
    raw = b == std::string::npos
              ? std::string()
              : raw.substr(b, raw.find_last_not_of('\n') + 1 - b);
    GoldDocument doc;
    doc.id = id;
    for (size_t i = 0; i < raw.size();) {
      // "[TYPE text]": TYPE capital letters, text with no brackets.
      if (raw[i] == '[') {
        size_t j = i + 1;
        while (j < raw.size() && raw[j] >= 'A' && raw[j] <= 'Z') ++j;
        if (j > i + 1 && j < raw.size() && raw[j] == ' ') {
          size_t k = j + 1;
          while (k < raw.size() && raw[k] != '[' && raw[k] != ']') ++k;
          if (k > j + 1 && k < raw.size() && raw[k] == ']') {
            const std::string_view type(raw.data() + i + 1, j - i - 1);
            GoldSpan span;
            if (!NativeType(type, &span.type)) {
              return absl::InvalidArgumentError(absl::StrCat(
                  Av(name), ": passage ", id, " (line ", first_line,
                  "): unknown entity type '", Av(type), "'"));
            }
            span.begin = static_cast<uint32_t>(doc.text.size());
            doc.text.append(raw, j + 1, k - j - 1);
            span.end = static_cast<uint32_t>(doc.text.size());
            doc.spans.push_back(span);
            i = k + 1;
            continue;
          }
        }
      }
      doc.text.push_back(raw[i++]);
    }
    out->push_back(std::move(doc));
    return absl::OkStatus();
  };
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = lines[n];
    if (line.substr(0, 4) == "### ") {
      if (absl::Status st = flush(); !st.ok()) return st;
      std::string_view v = line.substr(4);
      while (!v.empty() && IsSpace(v.front())) v.remove_prefix(1);
      while (!v.empty() && IsSpace(v.back())) v.remove_suffix(1);
      id = std::string(v);
      body.clear();
      first_line = n + 1;
      open = true;
    } else if (open) {
      body.push_back(line);
    }
  }
  return flush();
}

absl::Status ParseConll(const std::vector<std::string_view>& lines,
                        std::string_view name, std::vector<GoldDocument>* out) {
  struct Tok {
    std::string_view token, tag;
    size_t line;
  };
  std::vector<std::vector<Tok>> sents;
  std::vector<Tok> sent;
  size_t count = 0;
  auto end_sent = [&] {
    if (!sent.empty()) sents.push_back(std::move(sent));
    sent.clear();
  };
  auto end_doc = [&]() -> absl::Status {
    end_sent();
    if (sents.empty()) return absl::OkStatus();
    GoldDocument doc;
    doc.id = absl::StrCat(Av(name), "#", count++);
    for (const std::vector<Tok>& s : sents) {
      if (!doc.text.empty()) doc.text.push_back('\n');
      bool open = false;
      std::string_view prev = "O";
      for (const Tok& t : s) {
        if (!doc.text.empty() && doc.text.back() != '\n')
          doc.text.push_back(' ');
        const uint32_t b = static_cast<uint32_t>(doc.text.size());
        doc.text.append(t.token);
        const std::string_view tag = t.tag;
        const std::string_view kind =
            tag.size() > 2 ? tag.substr(2) : std::string_view();
        const bool inside = tag.substr(0, 2) == "I-";
        const bool begins =
            tag.substr(0, 2) == "B-" ||
            (inside && (prev == "O" ||
                        prev.substr(std::min<size_t>(2, prev.size())) != kind));
        if (open && (tag == "O" || begins)) open = false;
        if (tag != "O") {
          if (!open) {
            GoldSpan span;
            if (!ConllType(kind, &span.type)) {
              return absl::InvalidArgumentError(
                  absl::StrCat(Av(name), ":", t.line, ": unknown entity tag '",
                               Av(tag), "'"));
            }
            span.begin = b;
            doc.spans.push_back(span);
            open = true;
          }
          doc.spans.back().end = static_cast<uint32_t>(doc.text.size());
        }
        prev = tag;
      }
    }
    out->push_back(std::move(doc));
    sents.clear();
    return absl::OkStatus();
  };
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = lines[n];
    if (line.substr(0, 10) == "-DOCSTART-") {
      if (absl::Status st = end_doc(); !st.ok()) return st;
      continue;
    }
    std::vector<std::string_view> cols;
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && IsSpace(line[i])) ++i;
      size_t j = i;
      while (j < line.size() && !IsSpace(line[j])) ++j;
      if (j > i) cols.push_back(line.substr(i, j - i));
      i = j;
    }
    if (cols.empty()) {
      end_sent();
      continue;
    }
    sent.push_back({cols.front(), cols.back(), n + 1});
  }
  return end_doc();
}

uint64_t SplitMix(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Example {
  std::vector<NameTagger::Features> features;
  std::vector<uint8_t> rule, gold;
};

}  // namespace

absl::Status ParseGold(std::string_view content, std::string_view name,
                       std::vector<GoldDocument>* out) {
  const std::vector<std::string_view> lines = Lines(content);
  for (std::string_view line : lines) {
    if (line.substr(0, 4) == "### ") return ParseInline(lines, name, out);
  }
  return ParseConll(lines, name, out);
}

absl::Status ReadGoldFile(const std::string& path,
                          std::vector<GoldDocument>* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::ostringstream s;
  s << f.rdbuf();
  return ParseGold(s.str(), path, out);
}

absl::StatusOr<std::shared_ptr<const NameTagger>> TrainNameTagger(
    const Options& options, const std::vector<GoldDocument>& docs,
    const TrainConfig& config, std::string* log) {
  if (docs.empty()) return absl::InvalidArgumentError("no training documents");
  if (config.epochs < 1) {
    return absl::InvalidArgumentError("epochs must be at least 1");
  }
  Options opt = options;
  opt.entity_model_file.clear();
  opt.claims = false;
  opt.entities = true;
  absl::StatusOr<std::shared_ptr<Model>> model = BuildModel(opt);
  if (!model.ok()) return model.status();
  // The rules' output and facts of each document, through the entity
  // stage's tagger hook.
  std::vector<Example> examples(docs.size());
  const GoldDocument* doc = nullptr;
  Example* ex = nullptr;
  (*model)->entities.SetTagger(NameTagger::ForRecording(
      [&](const TokenStream& ts, const std::vector<TaggerToken>& facts) {
        NameTagger::ExtractFeatures(ts, facts, &ex->features);
        ex->rule.resize(facts.size());
        for (size_t i = 0; i < facts.size(); ++i) ex->rule[i] = facts[i].rule;
        ex->gold.assign(facts.size(), 0);
        size_t t = 0;
        for (const GoldSpan& g : doc->spans) {
          while (t < ts.size() && ts.tokens[t].span.begin < g.begin) ++t;
          for (size_t k = t; k < ts.size() && ts.tokens[k].span.begin < g.end;
               ++k) {
            ex->gold[k] =
                k == t ? NameTagger::Begin(g.type) : NameTagger::Inside(g.type);
          }
        }
      }));
  for (size_t d = 0; d < docs.size(); ++d) {
    doc = &docs[d];
    ex = &examples[d];
    absl::StatusOr<Document> out = ExtractDocument(
        **model, docs[d].text, DocumentInfo{docs[d].id, ""}, nullptr);
    if (!out.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(docs[d].id, ": ", out.status().message()));
    }
  }
  (*model)->entities.SetTagger(nullptr);

  std::shared_ptr<NameTagger> tagger = NameTagger::Empty();
  tagger->AddRulePrior(config.rule_prior);
  std::vector<float>& w = tagger->weights();
  std::vector<double> sums(w.size(), 0.0);  // for the average
  double step = 1;
  constexpr size_t L = NameTagger::kStride;
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  uint64_t rng = config.seed;
  uint32_t prev_rows[NameTagger::kPrevFeatures];
  for (int epoch = 0; epoch < config.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[SplitMix(&rng) % i]);
    }
    size_t tokens = 0, errors = 0;
    for (size_t d : order) {
      const Example& e = examples[d];
      int prev = 0, prev2 = 0;
      for (size_t i = 0; i < e.features.size(); ++i) {
        const NameTagger::Features& f = e.features[i];
        if (f.empty()) {  // a token the model does not label (O)
          prev2 = prev;
          prev = 0;
          continue;
        }
        const int best = tagger->Best(f, prev, prev2, e.rule[i], prev_rows);
        const int gold = e.gold[i];
        if (best != gold) {
          ++errors;
          auto update = [&](uint32_t row) {
            const size_t at = row * L;
            w[at + gold] += 1;
            w[at + best] -= 1;
            sums[at + gold] += step;
            sums[at + best] -= step;
          };
          for (uint32_t row : f) update(row);
          for (uint32_t row : prev_rows) update(row);
        }
        ++tokens;
        step += 1;
        prev2 = prev;
        prev = best;
      }
    }
    if (log != nullptr) {
      absl::StrAppend(log, "epoch ", epoch + 1, ": ", errors,
                      " token errors of ", tokens, "\n");
    }
  }
  for (size_t k = 0; k < w.size(); ++k) {
    w[k] = static_cast<float>(w[k] - sums[k] / step);
  }
  return std::shared_ptr<const NameTagger>(std::move(tagger));
}

}  // namespace claimx::internal
