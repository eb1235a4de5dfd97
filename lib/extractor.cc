// The pipeline order lives here and nowhere else:
// validate -> tokenize -> sentences -> lexicon matches -> (quantities,
// entities, claims) -> Document.
#include "claimx/extractor.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <iterator>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "embedded_data.h"
#include "entities/icu_regions.h"
#include "model.h"
#include "text/tsv.h"
#include "text/utf8.h"

#ifndef CLAIMX_VERSION
#define CLAIMX_VERSION "0.0.0"
#endif

namespace claimx {

using internal::LexiconEntry;

std::string_view Version() { return CLAIMX_VERSION; }

namespace {
// Replaces invalid UTF-8 in every string field with U+FFFD (fuzzing found
// canonical names and resolved sources carrying raw bytes in replace mode).
// An entity whose canonical name is its span's text (Entity::canonical
// empty) gets the valid form spelled out when that text is invalid.
void MakeStringsValidUtf8(std::string_view text, Document* doc) {
  auto fix = [](std::string* s) {
    if (internal::FindInvalidUtf8(*s) == s->size()) return;
    std::string clean;
    internal::AppendValidUtf8(*s, &clean);
    *s = std::move(clean);
  };
  for (Entity& e : doc->entities) {
    if (e.canonical.empty()) {
      const std::string_view name = CanonicalName(e, text);
      if (internal::FindInvalidUtf8(name) != name.size())
        internal::AppendValidUtf8(name, &e.canonical);
    }
    fix(&e.canonical);
    fix(&e.title);
  }
  for (Quantity& q : doc->quantities) {
    fix(&q.value_text);
    fix(&q.unit);
    fix(&q.modifier);
  }
  for (Claim& c : doc->claims) {
    if (c.source) fix(&c.source->resolved);
    for (Source& v : c.via) fix(&v.resolved);
    if (c.cue) fix(&c.cue->lemma);
  }
}
}  // namespace

Extractor::Extractor(std::shared_ptr<const internal::Model> model)
    : model_(std::move(model)) {}
Extractor::~Extractor() = default;

const Options& Extractor::options() const { return model_->options; }

namespace internal {

absl::StatusOr<std::shared_ptr<Model>> BuildModel(const Options& options) {
  // ICU's region names first: data/*.tsv and user lexicons override them.
  std::vector<LexiconEntry> entries = internal::IcuRegionEntries();
  for (const internal::EmbeddedFile& f : internal::EmbeddedDataFiles()) {
    absl::StatusOr<std::vector<LexiconEntry>> parsed =
        internal::ParseLexiconTsv(f.content, f.name);
    if (!parsed.ok()) return parsed.status();
    entries.insert(entries.end(), std::make_move_iterator(parsed->begin()),
                   std::make_move_iterator(parsed->end()));
  }
  for (const std::string& path : options.lexicon_files) {
    absl::StatusOr<std::vector<LexiconEntry>> parsed =
        internal::ReadLexiconFile(path);
    if (!parsed.ok()) return parsed.status();
    entries.insert(entries.end(), std::make_move_iterator(parsed->begin()),
                   std::make_move_iterator(parsed->end()));
  }
  if (!options.lexicon_text.empty()) {
    absl::StatusOr<std::vector<LexiconEntry>> parsed =
        internal::ParseLexiconTsv(options.lexicon_text,
                                  "<options.lexicon_text>");
    if (!parsed.ok()) return parsed.status();
    entries.insert(entries.end(), std::make_move_iterator(parsed->begin()),
                   std::make_move_iterator(parsed->end()));
  }
  if (options.max_document_bytes == 0 ||
      options.max_document_bytes > 0xFFFFFFFFull) {
    return absl::InvalidArgumentError(
        "Options::max_document_bytes must be between 1 and 4294967295");
  }
  if (options.max_token_bytes < 4) {
    return absl::InvalidArgumentError(absl::StrCat(
        "Options::max_token_bytes must be at least 4 (one UTF-8 character), "
        "got ",
        options.max_token_bytes));
  }
  if (options.max_nesting_depth > kMaxNestingDepthLimit) {
    return absl::InvalidArgumentError(absl::StrCat(
        "Options::max_nesting_depth must be at most ", kMaxNestingDepthLimit,
        ", got ", options.max_nesting_depth));
  }
  // Removals ("phrase<TAB>-") apply to the tokenizer and splitter tables too.
  absl::StatusOr<internal::Tokenizer> tokenizer =
      internal::Tokenizer::Create(entries);
  if (!tokenizer.ok()) return tokenizer.status();
  absl::StatusOr<internal::SentenceSplitter> splitter =
      internal::SentenceSplitter::Create(entries, options.max_nesting_depth);
  if (!splitter.ok()) return splitter.status();
  internal::ExpandCueInflections(
      &entries);  // cue verb lemmas -> inflected forms
  // The attribution rules' marks get word ids without being phrases.
  absl::StatusOr<internal::PhraseLexicon> lexicon =
      internal::PhraseLexicon::Compile(
          std::move(entries), *tokenizer,
          internal::AttributionFinder::VocabularyMarks());
  if (!lexicon.ok()) return lexicon.status();
  auto model = std::make_shared<internal::Model>(
      internal::Model{options, *std::move(tokenizer), *std::move(splitter),
                      *std::move(lexicon)});
  // Later stages are compiled here, each from the lexicon (which took the
  // entries: `entries` is empty from here on).
  absl::StatusOr<internal::QuantityParser> quantities =
      internal::QuantityParser::Create(model->lexicon);
  if (!quantities.ok()) return quantities.status();
  model->quantities = *std::move(quantities);
  absl::StatusOr<internal::EntityRecognizer> entities =
      internal::EntityRecognizer::Create(model->lexicon, model->tokenizer);
  if (!entities.ok()) return entities.status();
  model->entities = *std::move(entities);
  if (!options.entity_model_file.empty()) {
    absl::StatusOr<std::shared_ptr<const internal::NameTagger>> tagger =
        internal::NameTagger::Load(options.entity_model_file);
    if (!tagger.ok()) return tagger.status();
    model->entities.SetTagger(*std::move(tagger));
  }
  absl::StatusOr<internal::AttributionFinder> attribution =
      internal::AttributionFinder::Create(model->lexicon);
  if (!attribution.ok()) return attribution.status();
  model->attribution = *std::move(attribution);
  return model;
}

}  // namespace internal

absl::StatusOr<Extractor> Extractor::Create(const Options& options) {
  absl::StatusOr<std::shared_ptr<internal::Model>> model =
      internal::BuildModel(options);
  if (!model.ok()) return model.status();
  return Extractor(*std::move(model));
}

absl::StatusOr<Document> Extractor::Extract(std::string_view utf8,
                                            const DocumentInfo& info) const {
  return internal::ExtractDocument(*model_, utf8, info, nullptr);
}

absl::Status Extractor::ExtractInto(std::string_view utf8,
                                    const DocumentInfo& info,
                                    Document* doc) const {
  return internal::ExtractInto(*model_, utf8, info, nullptr, doc);
}

namespace internal {

absl::StatusOr<Document> ExtractDocument(const Model& model,
                                         std::string_view utf8,
                                         const DocumentInfo& info,
                                         StageObserver* observer) {
  Document doc;
  absl::Status status = ExtractInto(model, utf8, info, observer, &doc);
  if (!status.ok()) return status;
  return doc;
}

absl::Status ExtractInto(const Model& model, std::string_view utf8,
                         const DocumentInfo& info, StageObserver* observer,
                         Document* out) {
  GroupDocument one{utf8, &info, out, absl::OkStatus()};
  ExtractGroup(model, &one, 1, observer);
  return one.status;
}

namespace {
// The checks before any stage: the document's size and, in reject mode, its
// UTF-8.
absl::Status CheckDocument(const Options& opt, std::string_view utf8) {
  if (utf8.size() > opt.max_document_bytes) {
    return absl::OutOfRangeError(
        absl::StrCat("document is ", utf8.size(), " bytes, over the limit of ",
                     opt.max_document_bytes, " bytes"));
  }
  if (opt.invalid_utf8 == InvalidUtf8::kReject) {
    size_t bad = FindInvalidUtf8(utf8);
    if (bad != utf8.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", bad));
    }
  }
  return absl::OkStatus();
}
}  // namespace

void ExtractGroup(const Model& model, GroupDocument* group, size_t n,
                  StageObserver* observer) {
  auto done = [observer](PipelineStage stage) {
    if (observer != nullptr) observer->StageDone(stage);
  };
  if (n == 0) return;
  const Options& opt = model.options;
  thread_local Workspace ws;
  if (ws.docs.size() < n) ws.docs.resize(n);
  // Each stage below visits the documents that passed the checks, in order.
  auto each = [group, n](auto&& stage) {
    for (size_t k = 0; k < n; ++k) {
      if (group[k].status.ok()) stage(k, group[k], *group[k].out);
    }
  };
  // Emptied first, whatever happens next: a failed document leaves nothing
  // of the previous one behind. clear() keeps each list's capacity, which
  // the stages below fill again.
  for (size_t k = 0; k < n; ++k) {
    GroupDocument& g = group[k];
    Document& doc = *g.out;
    doc.id = g.info->id;
    doc.date = g.info->date;
    doc.bytes = 0;
    doc.tokens.clear();
    doc.sentences.clear();
    doc.entities.clear();
    doc.quantities.clear();
    // Except the claims: the claims stage refills them in place (their
    // lists and strings keep their capacity too); every other way out
    // empties them.
    g.status = CheckDocument(opt, g.text);
    if (!g.status.ok()) {
      doc.claims.clear();
      continue;
    }
    doc.bytes = static_cast<uint32_t>(g.text.size());
  }
  TokenizerConfig tcfg;
  tcfg.max_token_bytes = opt.max_token_bytes;
  tcfg.replace_invalid = opt.invalid_utf8 == InvalidUtf8::kReplace;
  done(PipelineStage::kDocument);

  // The tokenizer looks each token up in the lexicon's word index as it
  // emits it: the word ids of the matching core (tokens.word_ids).
  each([&](size_t k, GroupDocument& g, Document&) {
    model.tokenizer.Tokenize(g.text, tcfg, &ws.docs[k].tokens,
                             &model.lexicon.word_index());
  });
  done(PipelineStage::kTokenize);
  // Split into the workspace (its capacity kept across documents), then one
  // exact-size copy: the Document's list is allocated once, not grown.
  each([&](size_t k, GroupDocument& g, Document& doc) {
    DocumentWorkspace& w = ws.docs[k];
    w.sentences.clear();
    model.splitter.Split(g.text, &w.tokens, &w.sentences);
    doc.sentences.assign(w.sentences.begin(), w.sentences.end());
  });
  done(PipelineStage::kSplit);

  // The matching core, shared by the stages that follow. Word ids (from
  // Tokenize) carry the one-word entries (99% of matches: each stage reads
  // them from per-word tables it built at Create); `phrases` the matches of
  // two or more tokens. No stage needs the full match list.
  each([&](size_t k, GroupDocument&, Document&) {
    DocumentWorkspace& w = ws.docs[k];
    w.phrases.clear();
    model.lexicon.MatchPhrases(w.tokens.word_ids, &w.phrases);
  });
  done(PipelineStage::kMatch);

  // Later stages run here, in data-flow order: quantities, entities, claims.
  // Each reads the document's workspace (tokens, word ids, phrases) and what
  // earlier stages put in its Document.
  if (opt.quantities) {
    each([&](size_t k, GroupDocument& g, Document& doc) {
      const DocumentWorkspace& w = ws.docs[k];
      model.quantities.Parse(g.text, w.tokens, doc.sentences, w.tokens.word_ids,
                             w.phrases, doc.date, &ws.quantities,
                             &doc.quantities);
    });
    done(PipelineStage::kQuantities);
  }
  if (opt.entities) {
    each([&](size_t k, GroupDocument& g, Document& doc) {
      const DocumentWorkspace& w = ws.docs[k];
      model.entities.Recognize(g.text, w.tokens, w.tokens.word_ids, w.phrases,
                               doc.quantities, &doc.entities);
    });
    done(PipelineStage::kEntities);
  }

  // Claims last: they read the entities and quantities found above.
  if (opt.claims) {
    // (Reject mode checked the text above: names are copied as they are.)
    each([&](size_t k, GroupDocument& g, Document& doc) {
      const DocumentWorkspace& w = ws.docs[k];
      model.attribution.Find(g.text, w.tokens, w.tokens.word_ids, w.phrases,
                             &ws.attribution, &doc,
                             opt.invalid_utf8 == InvalidUtf8::kReject);
    });
    done(PipelineStage::kClaims);
  } else {
    each([](size_t, GroupDocument&, Document& doc) { doc.claims.clear(); });
  }

  each([&](size_t k, GroupDocument& g, Document& doc) {
    // Replace mode: names the stages copied out of invalid text must still
    // be valid UTF-8 (Python str, text view), as the byte offsets stay
    // unchanged.
    if (tcfg.replace_invalid && FindInvalidUtf8(g.text) != g.text.size()) {
      MakeStringsValidUtf8(g.text, &doc);
    }
    // The token list moves into the Document instead of being copied (a
    // Token is not trivial, so a copy goes element by element); the
    // workspace takes the Document's old list in exchange. For a fresh
    // Document that is empty and the next Tokenize reserves its size guess
    // (one allocation per document either way); for a reused one
    // (Extractor::ExtractInto) it keeps its capacity, and the two lists
    // take turns.
    doc.tokens.swap(ws.docs[k].tokens.tokens);
  });
  // Memory stays bounded: the first slot keeps the buffers of the largest
  // document the thread has run (as before groups), the others those of a
  // document of at most a quarter of kGroupBytes (a larger one gives its
  // slot's buffers back), so a thread's slots hold about 2 MB at most.
  for (size_t k = 1; k < n; ++k) {
    if (group[k].text.size() > kGroupBytes / 4) {
      ws.docs[k] = DocumentWorkspace();
    }
  }
  done(PipelineStage::kDocument);
}

std::vector<size_t> GroupEnds(const std::vector<size_t>& sizes,
                              size_t max_documents, size_t max_bytes) {
  std::vector<size_t> ends;
  max_documents = std::max<size_t>(max_documents, 1);
  size_t count = 0, bytes = 0;
  for (size_t i = 0; i < sizes.size(); ++i) {
    // Close the open group if this document would take it over a bound
    // (a document over max_bytes closes it, and so does any after it).
    if (count != 0 &&
        (count == max_documents || bytes + sizes[i] > max_bytes)) {
      ends.push_back(i);
      count = 0;
      bytes = 0;
    }
    ++count;
    bytes += sizes[i];
  }
  if (count != 0) ends.push_back(sizes.size());
  return ends;
}

}  // namespace internal

std::vector<absl::StatusOr<Document>> Extractor::ExtractBatch(
    const std::vector<BatchItem>& items, int threads) const {
  std::vector<absl::StatusOr<Document>> results(
      items.size(), absl::UnknownError("not processed"));
  ExtractEach(
      items,
      [&results](size_t i, absl::StatusOr<Document> doc) {
        results[i] = std::move(doc);
      },
      threads);
  return results;
}

void Extractor::ExtractEach(
    const std::vector<BatchItem>& items,
    const std::function<void(size_t, absl::StatusOr<Document>)>& sink,
    int threads) const {
  if (threads <= 0) threads = model_->options.threads;
  if (threads <= 0)
    threads =
        static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = static_cast<int>(
      std::min<size_t>(threads, std::max<size_t>(items.size(), 1)));
  // Consecutive documents run as a group, stage by stage (ExtractGroup);
  // a small batch gets smaller groups, so that every thread has some.
  std::vector<size_t> sizes(items.size());
  for (size_t i = 0; i < items.size(); ++i) sizes[i] = items[i].text.size();
  size_t max_docs =
      std::clamp<size_t>(items.size() / (2 * static_cast<size_t>(threads)), 1,
                         internal::kGroupDocuments);
  const std::vector<size_t> ends = internal::GroupEnds(sizes, max_docs);
  std::atomic<size_t> next{0};
  std::mutex error_mu;
  std::exception_ptr error;
  auto work = [&] {
    std::vector<Document> docs;
    std::vector<internal::GroupDocument> group;
    for (size_t g = next.fetch_add(1); g < ends.size(); g = next.fetch_add(1)) {
      const size_t begin = g == 0 ? 0 : ends[g - 1], end = ends[g];
      try {
        if (docs.size() < end - begin) docs.resize(end - begin);
        group.clear();
        for (size_t i = begin; i < end; ++i) {
          group.push_back(internal::GroupDocument{
              items[i].text, &items[i].info, &docs[i - begin], {}});
        }
        internal::ExtractGroup(*model_, group.data(), group.size(), nullptr);
        for (size_t i = begin; i < end; ++i) {
          internal::GroupDocument& d = group[i - begin];
          if (d.status.ok()) {
            sink(i, std::move(*d.out));
          } else {
            sink(i, std::move(d.status));
          }
        }
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!error) error = std::current_exception();
        next.store(ends.size());  // start no further groups
      }
    }
  };
  // The caller plus threads - 1 pool threads that outlive this call.
  model_->pool->Run(threads - 1, work);
  if (error) std::rethrow_exception(error);
}

}  // namespace claimx
