#include "stats.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "output/json_writer.h"
#include "output/view_util.h"
#include "text/strings.h"

namespace claimx::cli {
namespace {

using internal::Av;

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

constexpr ClaimKind kKinds[] = {ClaimKind::kDirectQuote, ClaimKind::kIndirect,
                                ClaimKind::kAccordingTo, ClaimKind::kMixed,
                                ClaimKind::kUnattributed};
constexpr SourceType kSourceTypes[] = {
    SourceType::kPerson,     SourceType::kOrg,       SourceType::kOutlet,
    SourceType::kGovernment, SourceType::kAnonymous, SourceType::kDocument,
    SourceType::kPronoun,    SourceType::kNone};

double Share(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0.0 : double(part) / whole;
}

}  // namespace

void CorpusStats::Add(const Document& doc, std::string_view text) {
  ++documents_;
  bytes_ += doc.bytes;
  sentences_ += doc.sentences.size();
  entities_ += doc.entities.size();
  quantities_ += doc.quantities.size();
  claims_ += doc.claims.size();
  if (!doc.claims.empty()) ++documents_with_claims_;
  for (const Claim& c : doc.claims) {
    ++by_kind_[std::string(ToString(c.kind))];
    ++by_source_type_[std::string(
        ToString(c.source ? c.source->type : SourceType::kNone))];
    if (c.hedged) ++hedged_;
    if (!c.quantities.empty()) ++with_quantities_;
    std::string name = internal::SourceName(c, text);
    // "I", "she", "they" without an antecedent name nobody: one bucket.
    if (c.source && c.source->type == SourceType::kPronoun &&
        c.source->resolved.empty()) {
      name = "(unresolved pronoun)";
    }
    if (!name.empty()) {
      Count& n = sources_[Fold(name)];
      if (n.n++ == 0) n.display = name;
    }
    if (c.cue && !c.cue->lemma.empty()) {
      Count& n = cues_[c.cue->lemma];
      if (n.n++ == 0) n.display = c.cue->lemma;
    }
  }
}

std::vector<std::pair<std::string, uint64_t>> CorpusStats::Top(
    const absl::flat_hash_map<std::string, Count>& counts, size_t top) const {
  std::vector<std::pair<std::string, uint64_t>> all;
  all.reserve(counts.size());
  for (const auto& [key, c] : counts) all.emplace_back(c.display, c.n);
  // Most frequent first; ties alphabetically so the output is stable.
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first < b.first;
  });
  if (all.size() > top) all.resize(top);
  return all;
}

std::string CorpusStats::Text(size_t top) const {
  std::string out;
  absl::StrAppend(&out, "documents        ", documents_);
  if (failed_ > 0) absl::StrAppend(&out, " (", failed_, " failed)");
  absl::StrAppend(
      &out, "\n",
      absl::StrFormat("bytes            %d (%.1f MB)\n", bytes_, bytes_ / 1e6));
  absl::StrAppend(&out, "sentences        ", sentences_, "\nentities         ",
                  entities_, "\nquantities       ", quantities_, "\n");
  absl::StrAppend(
      &out, "claims           ", claims_,
      absl::StrFormat(" (%.2f per document; %d documents with claims)\n",
                      documents_ == 0 ? 0.0 : double(claims_) / documents_,
                      documents_with_claims_));
  absl::StrAppend(&out,
                  absl::StrFormat("  hedged         %d (%.1f%%)\n", hedged_,
                                  100 * Share(hedged_, claims_)));
  absl::StrAppend(
      &out, absl::StrFormat("  with quantities %d (%.1f%%)\n", with_quantities_,
                            100 * Share(with_quantities_, claims_)));
  out.append("\nclaims by kind\n");
  for (ClaimKind k : kKinds) {
    std::string name(ToString(k));
    auto it = by_kind_.find(name);
    uint64_t n = it == by_kind_.end() ? 0 : it->second;
    absl::StrAppend(&out, absl::StrFormat("  %-14s %8d  %5.1f%%\n", name, n,
                                          100 * Share(n, claims_)));
  }
  out.append("\nclaims by source type\n");
  for (SourceType t : kSourceTypes) {
    std::string name(ToString(t));
    auto it = by_source_type_.find(name);
    uint64_t n = it == by_source_type_.end() ? 0 : it->second;
    absl::StrAppend(&out, absl::StrFormat("  %-14s %8d  %5.1f%%\n", name, n,
                                          100 * Share(n, claims_)));
  }
  absl::StrAppend(&out, "\ntop sources (", std::min(top, sources_.size()),
                  " of ", sources_.size(), ")\n");
  for (const auto& [name, n] : Top(sources_, top)) {
    absl::StrAppend(&out, absl::StrFormat("  %8d  %s\n", n, name));
  }
  absl::StrAppend(&out, "\ntop cues (", std::min(top, cues_.size()), " of ",
                  cues_.size(), ")\n");
  for (const auto& [name, n] : Top(cues_, top)) {
    absl::StrAppend(&out, absl::StrFormat("  %8d  %s\n", n, name));
  }
  return out;
}

std::string CorpusStats::Json(size_t top) const {
  std::string out;
  internal::JsonWriter w(&out, true);
  w.BeginObject();
  w.Key("documents");
  w.Int(documents_);
  w.Key("failed");
  w.Int(failed_);
  w.Key("bytes");
  w.Int(bytes_);
  w.Key("sentences");
  w.Int(sentences_);
  w.Key("entities");
  w.Int(entities_);
  w.Key("quantities");
  w.Int(quantities_);
  w.Key("claims");
  w.Int(claims_);
  w.Key("documents_with_claims");
  w.Int(documents_with_claims_);
  w.Key("hedged");
  w.Int(hedged_);
  w.Key("claims_with_quantities");
  w.Int(with_quantities_);
  w.Key("share_with_quantities");
  w.Number(Share(with_quantities_, claims_));
  w.Key("by_kind");
  w.BeginObject(true);
  for (ClaimKind k : kKinds) {
    std::string name(ToString(k));
    auto it = by_kind_.find(name);
    w.Key(name);
    w.Int(it == by_kind_.end() ? 0 : it->second);
  }
  w.EndObject();
  w.Key("by_source_type");
  w.BeginObject(true);
  for (SourceType t : kSourceTypes) {
    std::string name(ToString(t));
    auto it = by_source_type_.find(name);
    w.Key(name);
    w.Int(it == by_source_type_.end() ? 0 : it->second);
  }
  w.EndObject();
  w.Key("distinct_sources");
  w.Int(sources_.size());
  w.Key("top_sources");
  w.BeginArray();
  for (const auto& [name, n] : Top(sources_, top)) {
    w.BeginObject(true);
    w.Key("name");
    w.String(name);
    w.Key("claims");
    w.Int(n);
    w.EndObject();
  }
  w.EndArray();
  w.Key("distinct_cues");
  w.Int(cues_.size());
  w.Key("top_cues");
  w.BeginArray();
  for (const auto& [lemma, n] : Top(cues_, top)) {
    w.BeginObject(true);
    w.Key("lemma");
    w.String(lemma);
    w.Key("claims");
    w.Int(n);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Finish();
  out.push_back('\n');
  return out;
}

}  // namespace claimx::cli
