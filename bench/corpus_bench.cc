// corpus_bench: throughput of each stage over a corpus, with ICU's word
// BreakIterator over the same documents in the same run as the baseline.
//
//   corpus_bench [--repeat N] [--threads N] [--group N]
//                [--input auto|jsonl|text] [--only PART[,PART...]]
//                [--synthetic-mb N] [--peers [--peers-mb N]
//                [--compromise-mb N]] [--digest] [PATH...]
//
// --group N sets the documents per group of the stage rows (default 16, as
// ExtractEach; 1 runs every stage of a document before the next document).
//
// --digest prints one hash per stage over every stage's output (tokens,
// sentences, lexicon matches, quantities, entities, claims; bench/digest.h)
// and exits: a speed change must print the same line before and after. The
// Documents come from ExtractBatch (in groups, as corpus jobs run them); the
// same documents through Extract one at a time must digest the same, or it
// says so and exits with 1.
//
// --peers also runs the JavaScript peers of bench/peers/ (wink-nlp,
// compromise; node + npm ci on first use) on the same documents and prints
// their MB/s beside claimx's on the same documents: see peers/run_peers.h.
// --peers-mb caps wink-nlp's share (default: all), --compromise-mb
// compromise's (default 1 MB: it runs at about 0.1 MB/s).
//
// PATH is a file, a directory (walked recursively, sorted) or a JSONL file
// (one {"id","text"} object a line; by extension .jsonl/.ndjson with
// --input auto). Without paths, a synthetic corpus generated from the
// project's own sentence templates is used (--synthetic-mb, default 20).
//
// Stages are timed one core at a time. Each stage of Extract (tokenize,
// split, lexicon match = map tokens to word ids + trie walk, quantities,
// entities, claims, and "document": Extract's own checks, Document fields,
// the token copy and freeing the Documents) is timed inside the pipeline
// through a stage observer, over the same groups of documents as ExtractEach
// runs (internal::ExtractGroup, each stage over a whole group), so the rows
// add up to "sum of stages"; then tokenize+split as one loop, the full
// extraction end to end as a corpus job runs it (ExtractEach in chunks of 512
// documents: documents in groups, stage by stage; --threads N workers), the
// same documents through Extract one at a time and through ExtractInto with
// one reused Document (both on one thread), and ICU. Each figure is the
// median of --repeat runs, in thread CPU time (so that other processes on a
// shared machine do not skew one-core figures) with the wall clock beside
// it. Peak RSS comes from getrusage. --only runs some parts (comma-separated:
// `--only extract,single` alternates the two in every repeat, a same-run
// comparison), for profiling.
#include <sys/resource.h>
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/extractor.h"
#include "digest.h"
#include "peers/run_peers.h"
#include "stages.h"
#include "synthetic_news.h"
#include "text/jsonl.h"

namespace claimx::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::string> ids;
  std::vector<std::string> dates;  // JSONL "date", else empty
  size_t bytes = 0;
  size_t files = 0;
  size_t bad_lines = 0;
};

struct Flags {
  int repeat = 3;
  int threads = 1;
  // Stage rows: documents per group (1: one document at a time, every
  // stage before the next document, as before groups).
  int group = static_cast<int>(internal::kGroupDocuments);
  std::string input = "auto";
  double synthetic_mb = 20;
  std::string only;     // run only these parts: ",extract,single," (empty: all)
  bool digest = false;  // print a digest of every stage's output, then exit
  bool peers = false;   // also run bench/peers/ on the same documents
  double peers_mb = 0;  // wink-nlp peers: first N MB (0 = all)
  double compromise_mb = 1;  // compromise peer: first N MB (0 = all)
  std::vector<std::string> paths;
};

[[noreturn]] void Usage(int code) {
  std::fprintf(
      code == 0 ? stdout : stderr,
      "usage: corpus_bench [--repeat N] [--threads N] [--group N] [--input "
      "auto|jsonl|text]\n"
      "                    [--synthetic-mb N] [--only "
      "stages|toksplit|icu|extract|single|into[,...]]\n"
      "                    [--peers [--peers-mb N] [--compromise-mb N]] "
      "[--digest] [PATH...]\n"
      "PATH: a text file (one document), a directory (recursive), or a JSONL "
      "file\n"
      "({\"id\",\"text\"} per line). Without PATH: a synthetic corpus.\n");
  std::exit(code);
}

Flags ParseFlags(int argc, char** argv) {
  Flags f;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> std::string_view {
      size_t eq = a.find('=');
      if (eq != std::string_view::npos) return a.substr(eq + 1);
      if (i + 1 >= argc) Usage(2);
      return argv[++i];
    };
    auto is = [&](std::string_view name) {
      return a == name ||
             (a.size() > name.size() && a.substr(0, name.size()) == name &&
              a[name.size()] == '=');
    };
    if (a == "-h" || a == "--help") Usage(0);
    if (a == "--peers") {
      f.peers = true;
      continue;
    }
    if (is("--peers-mb") || is("--compromise-mb")) {
      double mb = std::atof(std::string(value()).c_str());
      (is("--peers-mb") ? f.peers_mb : f.compromise_mb) = std::max(0.0, mb);
      continue;
    }
    if (a == "--digest") {
      f.digest = true;
      continue;
    }
    if (is("--repeat")) {
      f.repeat = std::max(1, std::atoi(std::string(value()).c_str()));
    } else if (is("--threads")) {
      f.threads = std::max(1, std::atoi(std::string(value()).c_str()));
    } else if (is("--group")) {
      f.group = std::max(1, std::atoi(std::string(value()).c_str()));
    } else if (is("--input")) {
      f.input = std::string(value());
      if (f.input != "auto" && f.input != "jsonl" && f.input != "text")
        Usage(2);
    } else if (is("--only")) {
      // One part, or several separated by commas (run in the usual order,
      // alternating within each repeat: a same-run comparison).
      const std::string parts = "," + std::string(value()) + ",";
      f.only = parts;
      for (std::string_view part :
           {"stages", "toksplit", "icu", "extract", "single", "into"}) {
        std::string p = "," + std::string(part) + ",";
        for (size_t at; (at = f.only.find(p)) != std::string::npos;)
          f.only.erase(at, p.size() - 1);
      }
      if (f.only != ",") Usage(2);
      f.only = parts;
    } else if (is("--synthetic-mb")) {
      f.synthetic_mb = std::atof(std::string(value()).c_str());
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "corpus_bench: unknown option %s\n", argv[i]);
      Usage(2);
    } else {
      f.paths.emplace_back(a);
    }
  }
  return f;
}

bool IsJsonlPath(const fs::path& p, const std::string& input) {
  if (input != "auto") return input == "jsonl";
  std::string ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

bool ReadWhole(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return false;
  in.seekg(0, std::ios::beg);
  out->resize(static_cast<size_t>(size));
  in.read(out->data(), size);
  return static_cast<bool>(in) || in.gcount() == size;
}

void AddFile(const fs::path& p, const std::string& input, Corpus* c) {
  ++c->files;
  if (!IsJsonlPath(p, input)) {
    std::string text;
    if (!ReadWhole(p, &text)) {
      std::fprintf(stderr, "corpus_bench: cannot read %s\n", p.c_str());
      return;
    }
    c->bytes += text.size();
    c->texts.push_back(std::move(text));
    c->ids.push_back(p.string());
    c->dates.emplace_back();
    return;
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "corpus_bench: cannot read %s\n", p.c_str());
    return;
  }
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    absl::StatusOr<internal::JsonlRecord> rec = internal::ParseJsonlLine(line);
    if (!rec.ok()) {
      if (++c->bad_lines <= 5) {
        std::fprintf(stderr, "corpus_bench: %s:%zu: %s\n", p.c_str(), lineno,
                     rec.status().ToString().c_str());
      }
      continue;
    }
    c->bytes += rec->text.size();
    c->ids.push_back(rec->has_id ? rec->id
                                 : p.string() + ":" + std::to_string(lineno));
    c->texts.push_back(std::move(rec->text));
    c->dates.push_back(std::move(rec->date));
  }
}

Corpus Load(const Flags& f) {
  Corpus c;
  if (f.paths.empty()) {
    c.texts = MakeCorpus(static_cast<size_t>(f.synthetic_mb * 1e6));
    for (size_t i = 0; i < c.texts.size(); ++i) {
      c.ids.push_back("synthetic/" + std::to_string(i));
      c.dates.emplace_back();
      c.bytes += c.texts[i].size();
    }
    return c;
  }
  for (const std::string& path : f.paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (fs::recursive_directory_iterator
               it(path, fs::directory_options::skip_permission_denied, ec),
           end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) AddFile(p, f.input, &c);
    } else {
      AddFile(path, f.input, &c);
    }
  }
  return c;
}

double Seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

// CPU time of the calling thread: on a shared machine it counts only the
// time this thread ran, so one-core figures do not depend on the load.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Wall and CPU seconds of one timed loop.
struct Timer {
  Clock::time_point wall = Clock::now();
  double cpu = ThreadCpuSeconds();
  double WallSeconds() const { return Seconds(Clock::now() - wall); }
  double CpuSeconds() const { return ThreadCpuSeconds() - cpu; }
};

double CurrentRssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_rss = 0;
  statm >> pages_total >> pages_rss;
  return static_cast<double>(pages_rss) *
         static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) * 1024.0 /
         1e6;  // ru_maxrss is in KiB
}

// Seconds per stage for one run, wall clock and thread CPU time.
enum Stage {
  kTokenize,
  kSplit,
  kMatch,
  kQuantities,
  kEntities,
  kClaims,
  kDocument,
  kStageSum,
  kTokSplit,
  kExtract,
  kExtractSingle,
  kExtractInto,
  kIcu,
  kNumStages
};
constexpr const char* kStageNames[kNumStages] = {"tokenize",
                                                 "split sentences",
                                                 "lexicon match",
                                                 "quantities",
                                                 "entities",
                                                 "claims",
                                                 "document",
                                                 "sum of stages",
                                                 "tokenize + split",
                                                 "extract (end to end)",
                                                 "extract, one at a time",
                                                 "extract into one Document",
                                                 "ICU word BreakIterator"};

struct Times {
  double wall[kNumStages] = {};
  double cpu[kNumStages] = {};
  bool ran[kNumStages] = {};
  void Set(Stage s, double w, double c) {
    wall[s] = w;
    cpu[s] = c;
    ran[s] = true;
  }
};

struct Counts {
  size_t tokens = 0, sentences = 0, matches = 0, icu_boundaries = 0;
  size_t entities = 0, quantities = 0, claims = 0, failed = 0;
};

// Each group of documents through internal::ExtractGroup with an observer
// that charges the wall time since its previous report to the stage that
// just ended (steady_clock is a vDSO call, ~20 ns). The loop's CPU time is
// shared among the stages in proportion to their wall time.
class StageClock : public internal::StageObserver {
 public:
  void Start() { last_ = Clock::now(); }
  void StageDone(internal::PipelineStage stage) override {
    Clock::time_point now = Clock::now();
    spent[static_cast<int>(stage)] += now - last_;
    last_ = now;
  }
  Clock::duration spent[static_cast<int>(internal::PipelineStage::kCount)] = {};

 private:
  Clock::time_point last_;
};

void RunStages(const Stages& st, const Corpus& c, size_t group_size,
               bool count_matches, Times* t, Counts* counts) {
  StageClock clock;
  Counts k;
  // The documents in groups, as ExtractEach runs them (each stage over the
  // whole group before the next), each group's Documents freed after it.
  std::vector<size_t> sizes;
  for (const std::string& text : c.texts) sizes.push_back(text.size());
  const std::vector<size_t> ends = internal::GroupEnds(sizes, group_size);
  std::vector<Document> docs(group_size);
  std::vector<internal::GroupDocument> group;
  const DocumentInfo info;
  Timer loop;
  for (size_t g = 0; g < ends.size(); ++g) {
    clock.Start();
    group.clear();
    for (size_t i = g == 0 ? 0 : ends[g - 1]; i < ends[g]; ++i) {
      group.push_back(
          internal::GroupDocument{c.texts[i], &info, &docs[group.size()], {}});
    }
    internal::ExtractGroup(*st.model, group.data(), group.size(), &clock);
    for (internal::GroupDocument& d : group) {
      if (d.status.ok()) {
        k.tokens += d.out->tokens.size();
        k.sentences += d.out->sentences.size();
      } else {
        ++k.failed;
      }
      *d.out = Document();  // freed, as a corpus job's sink frees it
    }
    clock.StageDone(internal::PipelineStage::kDocument);  // freeing them
  }
  double scale = loop.CpuSeconds() / std::max(1e-9, loop.WallSeconds());
  using P = internal::PipelineStage;
  const std::pair<Stage, P> rows[] = {
      {kTokenize, P::kTokenize}, {kSplit, P::kSplit},
      {kMatch, P::kMatch},       {kQuantities, P::kQuantities},
      {kEntities, P::kEntities}, {kClaims, P::kClaims},
      {kDocument, P::kDocument}};
  double sum = 0;
  for (const auto& [row, stage] : rows) {
    double w = Seconds(clock.spent[static_cast<int>(stage)]);
    sum += w;
    t->Set(row, w, w * scale);
  }
  t->Set(kStageSum, sum, sum * scale);
  counts->tokens = k.tokens;
  counts->sentences = k.sentences;
  // Matches are counted outside the timed loop (ExtractDocument keeps them
  // in its workspace), once.
  if (count_matches) {
    internal::TokenStream ts;
    std::vector<uint32_t> ids;
    std::vector<internal::LexiconMatch> phrases;
    size_t n = 0;
    // Every match: each word's one-word entries plus the phrases (the
    // pipeline never lists the one-word matches one by one).
    for (const std::string& text : c.texts) {
      st.tokenizer.Tokenize(text, {}, &ts);
      phrases.clear();
      st.lexicon.MapTokens(ts, &ids);
      st.lexicon.MatchPhrases(ids, &phrases);
      n += phrases.size();
      for (uint32_t w : ids) {
        const internal::PhraseLexicon::EntryList one =
            st.lexicon.SingleEntries(w);
        n += static_cast<size_t>(one.end() - one.begin());
      }
    }
    counts->matches = n;
  }
}

// Tokenize + split as one loop under one clock: the target figure.
void RunTokSplit(const Stages& st, const Corpus& c, Times* t) {
  internal::TokenStream ts;
  std::vector<Sentence> sentences;
  Timer loop;
  for (const std::string& text : c.texts) {
    st.tokenizer.Tokenize(text, {}, &ts);
    sentences.clear();
    st.splitter.Split(text, &ts, &sentences);
  }
  t->Set(kTokSplit, loop.WallSeconds(), loop.CpuSeconds());
}

// ICU's word BreakIterator over a UText reading the UTF-8 bytes in place,
// visiting every boundary (no rule status): its cheapest use.
void RunIcu(const Corpus& c, Times* t, Counts* counts) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(
      icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "corpus_bench: ICU createWordInstance failed: %s\n",
                 u_errorName(status));
    std::exit(1);
  }
  UText* ut = nullptr;
  size_t boundaries = 0;
  Timer loop;
  for (const std::string& text : c.texts) {
    status = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, text.data(), static_cast<int64_t>(text.size()),
                        &status);
    bi->setText(ut, status);
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next())
      ++boundaries;
  }
  t->Set(kIcu, loop.WallSeconds(), loop.CpuSeconds());
  bi->setText(icu::UnicodeString());
  utext_close(ut);
  counts->icu_boundaries = boundaries;
}

void RunExtract(const Extractor& ex, const Corpus& c, int threads, Times* t,
                Counts* counts) {
  Counts k;
  Timer loop;
  {
    // ExtractEach as a corpus job uses it (documents in groups, stage by
    // stage): each worker counts and frees its own documents (per-document
    // slots, no shared counters), in chunks of a few hundred documents as
    // the CLI reads them.
    constexpr size_t kChunk = 512;
    std::vector<BatchItem> items;
    std::vector<Counts> slot;
    for (size_t b = 0; b < c.texts.size(); b += kChunk) {
      items.clear();
      for (size_t i = b; i < std::min(c.texts.size(), b + kChunk); ++i) {
        items.push_back(BatchItem{c.texts[i], {}});
      }
      slot.assign(items.size(), Counts{});
      ex.ExtractEach(
          items,
          [&slot](size_t i, absl::StatusOr<Document> doc) {
            Counts& s = slot[i];
            if (!doc.ok()) {
              s.failed = 1;
              return;
            }
            s.entities = doc->entities.size();
            s.quantities = doc->quantities.size();
            s.claims = doc->claims.size();
          },
          threads);
      for (const Counts& s : slot) {
        k.failed += s.failed;
        k.entities += s.entities;
        k.quantities += s.quantities;
        k.claims += s.claims;
      }
    }
  }
  double wall = loop.WallSeconds();
  // With several threads the caller's CPU time says nothing: wall only.
  t->Set(kExtract, wall, threads <= 1 ? loop.CpuSeconds() : wall);
  counts->entities = k.entities;
  counts->quantities = k.quantities;
  counts->claims = k.claims;
  counts->failed = k.failed;
}

// The same documents through Extract, one document at a time (each runs
// every stage before the next document starts), on one thread: beside
// "extract", what running documents in groups saves.
void RunExtractSingle(const Extractor& ex, const Corpus& c, Times* t) {
  Timer loop;
  for (const std::string& text : c.texts) {
    ex.Extract(text).IgnoreError();  // counted by RunExtract
  }
  t->Set(kExtractSingle, loop.WallSeconds(), loop.CpuSeconds());
}

// The same documents through ExtractInto on one thread, one Document reused
// as a corpus loop would: beside "extract", the cost of fresh lists.
void RunExtractInto(const Extractor& ex, const Corpus& c, Times* t) {
  Document doc;
  Timer loop;
  for (const std::string& text : c.texts) {
    ex.ExtractInto(text, {}, &doc).IgnoreError();  // counted by RunExtract
  }
  t->Set(kExtractInto, loop.WallSeconds(), loop.CpuSeconds());
}

// Every stage's output over the corpus (bench/digest.h): two builds that
// print the same line behave the same on this corpus, which is how a
// performance edit proves its output byte-identical. Documents keep their
// JSONL id and date, as the CLI passes them.
int PrintDigest(const Stages& st, const Extractor& ex, const Corpus& c) {
  // `grouped` and `single` digest the Documents only.
  OutputDigest digest, grouped, single;
  internal::TokenStream ts;
  std::vector<uint32_t> ids;
  std::vector<internal::LexiconMatch> phrases;
  size_t failed = 0;
  for (size_t i = 0; i < c.texts.size(); ++i) {
    const std::string& text = c.texts[i];
    // The word ids as the pipeline makes them (the tokenizer probing the
    // lexicon's word index), checked against MapTokens's second pass.
    st.tokenizer.Tokenize(text, {}, &ts, &st.lexicon.word_index());
    digest.AddTokens(ts);
    st.lexicon.MapTokens(ts, &ids);
    if (ids != ts.word_ids) ++failed;
    phrases.clear();
    st.lexicon.MatchPhrases(ts.word_ids, &phrases);
    digest.AddLexicon(ts.word_ids, phrases,
                      st.lexicon.phrase_vocabulary_size());
  }
  // The Documents as a corpus job gets them (ExtractEach: documents in
  // groups, stage by stage, in chunks as the CLI reads them), and the same
  // documents through Extract one at a time, which must digest the same.
  constexpr size_t kChunk = 512;
  std::vector<BatchItem> items;
  std::vector<absl::StatusOr<Document>> docs;
  for (size_t b = 0; b < c.texts.size(); b += kChunk) {
    items.clear();
    for (size_t i = b; i < std::min(c.texts.size(), b + kChunk); ++i) {
      items.push_back(
          BatchItem{c.texts[i], DocumentInfo{c.ids[i], c.dates[i]}});
    }
    docs = ex.ExtractBatch(items, 1);
    for (size_t k = 0; k < docs.size(); ++k) {
      const std::string& text = c.texts[b + k];
      if (docs[k].ok()) {
        digest.AddDocument(*docs[k], text);
        grouped.AddDocument(*docs[k], text);
      } else {
        ++failed;
      }
      absl::StatusOr<Document> one = ex.Extract(text, items[k].info);
      if (one.ok()) single.AddDocument(*one, text);
    }
  }
  std::printf("%s\n", digest.ToString().c_str());
  if (failed)
    std::fprintf(stderr, "corpus_bench: %zu documents failed\n", failed);
  if (grouped.ToString() != single.ToString()) {
    std::fprintf(stderr,
                 "corpus_bench: ExtractBatch's documents differ from "
                 "Extract's one at a time:\n  %s\n  %s\n",
                 grouped.ToString().c_str(), single.ToString().c_str());
    return 1;
  }
  return failed ? 1 : 0;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int Main(int argc, char** argv) {
  Flags flags = ParseFlags(argc, argv);

  Clock::time_point c0 = Clock::now();
  absl::StatusOr<Extractor> ex = Extractor::Create();
  double create_ms = Seconds(Clock::now() - c0) * 1e3;
  if (!ex.ok()) {
    std::fprintf(stderr, "corpus_bench: %s\n", ex.status().ToString().c_str());
    return 1;
  }
  const Stages& stages = DefaultStages();

  Clock::time_point l0 = Clock::now();
  Corpus corpus = Load(flags);
  double load_s = Seconds(Clock::now() - l0);
  if (corpus.texts.empty()) {
    std::fprintf(stderr, "corpus_bench: no documents\n");
    return 1;
  }
  if (flags.digest) return PrintDigest(stages, *ex, corpus);
  double rss_loaded = CurrentRssMb();
  const double mb = static_cast<double>(corpus.bytes) / 1e6;
  const double docs = static_cast<double>(corpus.texts.size());

  std::vector<double> wall[kNumStages], cpu[kNumStages];
  bool ran[kNumStages] = {};
  Counts counts;
  auto want = [&](const char* part) {
    return flags.only.empty() ||
           flags.only.find("," + std::string(part) + ",") != std::string::npos;
  };
  for (int r = 0; r < flags.repeat; ++r) {
    Times t;
    if (want("stages"))
      RunStages(stages, corpus, flags.group, r == 0, &t, &counts);
    if (want("toksplit")) RunTokSplit(stages, corpus, &t);
    if (want("icu")) RunIcu(corpus, &t, &counts);
    if (want("extract")) RunExtract(*ex, corpus, flags.threads, &t, &counts);
    if (want("single") && flags.threads <= 1) RunExtractSingle(*ex, corpus, &t);
    if (want("into") && flags.threads <= 1) RunExtractInto(*ex, corpus, &t);
    for (int i = 0; i < kNumStages; ++i) {
      if (!t.ran[i]) continue;
      ran[i] = true;
      wall[i].push_back(t.wall[i]);
      cpu[i].push_back(t.cpu[i]);
    }
    std::fprintf(stderr, "run %d/%d:", r + 1, flags.repeat);
    for (int i : {kTokSplit, kIcu, kExtract, kExtractSingle, kExtractInto}) {
      if (t.ran[i])
        std::fprintf(stderr, " %s %.1f MB/s;", kStageNames[i], mb / t.cpu[i]);
    }
    std::fprintf(stderr, "\n");
  }

  std::printf("corpus: %zu documents, %.2f MB of text", corpus.texts.size(),
              mb);
  if (flags.paths.empty()) {
    std::printf(" (synthetic)");
  } else {
    std::printf(" from %zu file(s)", corpus.files);
  }
  if (corpus.bad_lines)
    std::printf(", %zu bad JSONL lines skipped", corpus.bad_lines);
  std::printf("; loaded in %.2f s\n", load_s);
  std::printf(
      "runs: %d, medians; stages on 1 thread, extract on %d thread%s.\n"
      "MB/s = 10^6 bytes of UTF-8 text per second of thread CPU time (wall "
      "clock in "
      "brackets; with threads, wall only)\n\n",
      flags.repeat, flags.threads, flags.threads == 1 ? "" : "s");
  const double icu = ran[kIcu] ? Median(cpu[kIcu]) : 0;
  std::printf("%-24s %9s %9s %9s %8s %11s %8s\n", "stage", "MB/s", "[wall]",
              "[min]", "ms/MB", "docs/s", "x ICU");
  std::printf("%-24s %9s %9s %9s %8s %11s %8s\n", "------------------------",
              "---------", "---------", "---------", "--------", "-----------",
              "--------");
  for (int i = 0; i < kNumStages; ++i) {
    if (!ran[i]) continue;
    double med = Median(cpu[i]);
    double worst = *std::max_element(cpu[i].begin(), cpu[i].end());
    std::printf("%-24s %9.1f %9.1f %9.1f %8.2f %11.0f", kStageNames[i],
                mb / med, mb / Median(wall[i]), mb / worst, med * 1e3 / mb,
                docs / med);
    if (icu > 0) {
      std::printf(" %7.2fx\n", icu / med);
    } else {
      std::printf(" %8s\n", "-");
    }
  }
  std::printf(
      "\nper run: %zu tokens, %zu sentences, %zu lexicon matches, %zu "
      "entities, "
      "%zu quantities, %zu claims, %zu ICU boundaries",
      counts.tokens, counts.sentences, counts.matches, counts.entities,
      counts.quantities, counts.claims, counts.icu_boundaries);
  if (counts.failed) std::printf(", %zu documents failed", counts.failed);
  std::printf("\n");
  if (ran[kExtract]) {
    std::printf("claims/s %.0f (extract)\n",
                static_cast<double>(counts.claims) / Median(cpu[kExtract]));
  }
  std::printf(
      "Extractor::Create %.1f ms; RSS after loading the corpus %.1f MB; peak "
      "RSS %.1f MB\n",
      create_ms, rss_loaded, PeakRssMb());
  if (ran[kIcu] && ran[kTokSplit]) {
    std::printf("tokenize + split vs ICU word BreakIterator, same run: %.2fx\n",
                icu / Median(cpu[kTokSplit]));
  }
  if (flags.peers) {
    PeerOptions peers;
    peers.repeat = flags.repeat;
    peers.wink_mb = flags.peers_mb;
    peers.compromise_mb = flags.compromise_mb;
    bool jsonl = !flags.paths.empty();
    for (const std::string& p : flags.paths)
      jsonl = jsonl && !fs::is_directory(p) && IsJsonlPath(p, flags.input);
    if (jsonl) peers.jsonl_paths = flags.paths;
    if (!RunPeers(*ex, corpus.texts, peers)) return 1;
  }
  return counts.failed ? 1 : 0;
}

}  // namespace
}  // namespace claimx::bench

int main(int argc, char** argv) { return claimx::bench::Main(argc, argv); }
