// The public API end to end: Create, Extract, ExtractBatch, errors, threads.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "claimx/claimx.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimx {
namespace {

using ::testing::HasSubstr;

const Extractor& Default() {
  static const Extractor* ex = new Extractor(*Extractor::Create());
  return *ex;
}

std::vector<std::string> SentenceTexts(std::string_view text,
                                       const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences)
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

TEST(Extractor, TokensAndSentencesWithByteOffsets) {
  std::string text =
      "Grace Okafor, the port’s director, said 340 containers were stuck. "
      "“It will take weeks,” she told reporters.";
  absl::StatusOr<Document> doc = Default().Extract(text, {"d1", "2026-04-15"});
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->id, "d1");
  EXPECT_EQ(doc->date, "2026-04-15");
  EXPECT_EQ(doc->bytes, text.size());
  EXPECT_THAT(
      SentenceTexts(text, *doc),
      ::testing::ElementsAre(
          "Grace Okafor, the port’s director, said 340 containers were stuck.",
          "“It will take weeks,” she told reporters."));
  for (const Sentence& s : doc->sentences) {
    EXPECT_TRUE(doc->tokens[s.first_token].has(kSentenceInitial));
    EXPECT_EQ(doc->tokens[s.first_token].span.begin, s.span.begin);
    EXPECT_EQ(doc->tokens[s.end_token - 1].span.end, s.span.end);
  }
}

TEST(Extractor, EmptyAndWhitespaceDocuments) {
  for (std::string text :
       {std::string(), std::string(" \n\t "), std::string("\xEF\xBB\xBF")}) {
    absl::StatusOr<Document> doc = Default().Extract(text);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->tokens.empty());
    EXPECT_TRUE(doc->sentences.empty());
  }
}

TEST(Extractor, InvalidUtf8IsRejectedWithTheOffset) {
  absl::StatusOr<Document> doc =
      Default().Extract("Prices rose \xC3\x28 sharply");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("byte 12"));
}

TEST(Extractor, InvalidUtf8CanBeReplaced) {
  Options opt;
  opt.invalid_utf8 = InvalidUtf8::kReplace;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  std::string text = "Prices rose \xC3\x28 sharply. Then fell.";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->sentences.size(), 2u);
  std::string json = ToJson(*doc, text, {.pretty = false, .tokens = true});
  EXPECT_THAT(json, HasSubstr("\\ufffd"));
}

TEST(Extractor, OversizedDocumentIsOutOfRange) {
  Options opt;
  opt.max_document_bytes = 16;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  absl::StatusOr<Document> doc =
      ex->Extract("this text is longer than sixteen bytes");
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_TRUE(ex->Extract("short text").ok());
}

// One Document reused across documents of different sizes gives what a
// fresh Extract gives for each (nothing of a longer earlier document
// survives a shorter later one), and an error empties it.
TEST(Extractor, ExtractIntoReusesOneDocument) {
  const std::vector<std::string> texts = {
      "Mayor Ines Kowal said on Tuesday that 1,200 homes had lost power. "
      "\"We are working through the night,\" she told reporters. Analysts "
      "at Norland Bank expect repairs to cost about $40 million.",
      "Rain.", "",
      "The ministry reported 37 new cases, according to the Harbor Times.",
      "\"It is over,\" Okoro said."};
  Document doc;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < texts.size(); ++i) {
      const DocumentInfo info{"d" + std::to_string(i),
                              "2026-03-0" + std::to_string(i + 1)};
      ASSERT_TRUE(Default().ExtractInto(texts[i], info, &doc).ok()) << i;
      absl::StatusOr<Document> fresh = Default().Extract(texts[i], info);
      ASSERT_TRUE(fresh.ok());
      EXPECT_EQ(ToJson(doc, texts[i], {.pretty = false, .tokens = true}),
                ToJson(*fresh, texts[i], {.pretty = false, .tokens = true}))
          << i;
    }
  }
  ASSERT_TRUE(Default().ExtractInto(texts[0], {}, &doc).ok());
  EXPECT_FALSE(doc.claims.empty());
  absl::Status bad = Default().ExtractInto("broken \xC3 text", {"x", ""}, &doc);
  EXPECT_EQ(bad.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(doc.id, "x");
  EXPECT_EQ(doc.bytes, 0u);
  EXPECT_TRUE(doc.tokens.empty() && doc.sentences.empty() &&
              doc.entities.empty() && doc.quantities.empty() &&
              doc.claims.empty());
}

// ExtractInto refills the previous document's claims in place (their lists
// and strings keep their capacity): after any document, claims with and
// without a cue, source, via, quantities, entities, hedges and resolved
// names come out as a fresh Extract gives them.
TEST(Extractor, ExtractIntoRefillsEarlierClaims) {
  const std::vector<std::string> texts = {
      "The Northern Regional Transport Authority said on Monday, citing two "
      "engineers, that the bridge might need $3 million in repairs. It added "
      "that 40 crews were ready.",
      "Prices rose 4% in May. Rents climbed 6% over the year.",
      "Maria Delgado-Fuentes, the port director, spoke on Friday. \"We are "
      "ready,\" she said. \"The cranes work.\"",
      "Sunny skies.",
      "",
      "Officials reportedly expect the fund to reach $2 billion."};
  for (size_t a = 0; a < texts.size(); ++a) {
    for (size_t b = 0; b < texts.size(); ++b) {
      Document doc;
      ASSERT_TRUE(Default().ExtractInto(texts[a], {}, &doc).ok());
      ASSERT_TRUE(Default().ExtractInto(texts[b], {}, &doc).ok());
      absl::StatusOr<Document> fresh = Default().Extract(texts[b]);
      ASSERT_TRUE(fresh.ok());
      EXPECT_EQ(ToJson(doc, texts[b], {.pretty = false}),
                ToJson(*fresh, texts[b], {.pretty = false}))
          << a << " then " << b;
    }
  }
}

// A claim's index lists hold four entries inside the Claim and go to the
// heap past that; a refilled claim keeps the heap list's capacity (clear()
// on an InlinedVector would free it, and the next long list would allocate
// again), and a fresh claim with short lists has its entries inline.
TEST(Extractor, ClaimListsInlineAndKeptAcrossExtractInto) {
  const std::string many =
      "Officials said that France, Germany, Italy, Spain, Poland and Greece "
      "would sign the treaty in Vienna on 3 May with 40 envoys, 12 judges, 7 "
      "clerks, 5 pilots and 2 cooks.";
  const std::string few = "Okoro said the bridge was shut.";
  Document doc;
  ASSERT_TRUE(Default().ExtractInto(many, {}, &doc).ok());
  ASSERT_EQ(doc.claims.size(), 1u);
  ASSERT_GT(doc.claims[0].entities.size(), 4u);
  ASSERT_GT(doc.claims[0].quantities.size(), 4u);
  const size_t entity_cap = doc.claims[0].entities.capacity();
  const size_t quantity_cap = doc.claims[0].quantities.capacity();
  ASSERT_TRUE(Default().ExtractInto(few, {}, &doc).ok());
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_TRUE(doc.claims[0].entities.empty());
  EXPECT_EQ(doc.claims[0].entities.capacity(), entity_cap);
  EXPECT_EQ(doc.claims[0].quantities.capacity(), quantity_cap);

  absl::StatusOr<Document> fresh = Default().Extract(few);
  ASSERT_TRUE(fresh.ok());
  ASSERT_EQ(fresh->claims.size(), 1u);
  const Claim& c = fresh->claims[0];
  // Inline storage lies inside the Claim object itself.
  auto inside = [&c](const void* p) {
    const auto at = reinterpret_cast<uintptr_t>(p);
    const auto begin = reinterpret_cast<uintptr_t>(&c);
    return at >= begin && at < begin + sizeof(Claim);
  };
  EXPECT_TRUE(inside(c.pieces.data()));
  EXPECT_TRUE(inside(c.entities.data()));
  EXPECT_TRUE(inside(c.quantities.data()));
  EXPECT_EQ(sizeof(IndexList), sizeof(std::vector<uint32_t>));
  EXPECT_EQ(sizeof(SpanList), sizeof(std::vector<Span>));
}

// An extractor without the claims stage leaves no claims of a Document's
// earlier text behind.
TEST(Extractor, ExtractIntoWithoutClaimsEmptiesThem) {
  Options no_claims;
  no_claims.claims = false;
  absl::StatusOr<Extractor> ex = Extractor::Create(no_claims);
  ASSERT_TRUE(ex.ok()) << ex.status();
  const std::string text = "Mayor Ines Kowal said 1,200 homes had lost power.";
  Document doc;
  ASSERT_TRUE(Default().ExtractInto(text, {}, &doc).ok());
  ASSERT_FALSE(doc.claims.empty());
  ASSERT_TRUE(ex->ExtractInto(text, {}, &doc).ok());
  EXPECT_TRUE(doc.claims.empty());
  EXPECT_FALSE(doc.entities.empty() && doc.quantities.empty());
}

TEST(Extractor, BadOptionsAndLexiconsFailAtCreate) {
  Options zero;
  zero.max_document_bytes = 0;
  EXPECT_EQ(Extractor::Create(zero).status().code(),
            absl::StatusCode::kInvalidArgument);
  Options missing;
  missing.lexicon_files = {"/nonexistent/claimx-user.tsv"};
  EXPECT_EQ(Extractor::Create(missing).status().code(),
            absl::StatusCode::kNotFound);
  Options malformed;
  malformed.lexicon_text = "fine\tcue\nno type here\n";
  absl::Status st = Extractor::Create(malformed).status();
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(st.message()), HasSubstr("<options.lexicon_text>:2"));
}

TEST(Extractor, UserAbbreviationsChangeSentenceSplitting) {
  std::string text = "The report cites Ref. Nine as its source. It was long.";
  absl::StatusOr<Document> before = Default().Extract(text);
  Options opt;
  opt.lexicon_text = "Ref.\tabbrev\tclass=title\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok()) << ex.status();
  absl::StatusOr<Document> after = ex->Extract(text);
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(after->sentences.size(), 2u);
  EXPECT_GE(before->sentences.size(), 2u);
}

TEST(Extractor, UserLexiconFileIsLoaded) {
  // One file per process: several test runs may share the temp directory.
  std::string path = ::testing::TempDir() + "/claimx_user_lexicon." +
                     std::to_string(getpid()) + ".tsv";
  {
    std::ofstream f(path);
    f << "Amb.\tabbrev\tclass=title\nZq.\tabbrev\tclass=title\n";
  }
  Options opt;
  opt.lexicon_files = {path};
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok()) << ex.status();
  std::string text = "They met Zq. Lindqvist at noon.";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences.size(), 1u);
  std::remove(path.c_str());
}

TEST(Extractor, BatchKeepsOrderAndIsolatesBadDocuments) {
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) {
    texts.push_back("Document " + std::to_string(i) +
                    " says hello. It has two sentences.");
  }
  texts[57] = "bad \xFF bytes";
  std::vector<BatchItem> items;
  for (size_t i = 0; i < texts.size(); ++i) {
    items.push_back(
        BatchItem{texts[i], DocumentInfo{"doc" + std::to_string(i), ""}});
  }
  std::vector<absl::StatusOr<Document>> results =
      Default().ExtractBatch(items, 4);
  ASSERT_EQ(results.size(), texts.size());
  for (size_t i = 0; i < results.size(); ++i) {
    if (i == 57) {
      EXPECT_EQ(results[i].status().code(), absl::StatusCode::kInvalidArgument);
      continue;
    }
    ASSERT_TRUE(results[i].ok()) << i;
    EXPECT_EQ(results[i]->id, "doc" + std::to_string(i));
    EXPECT_EQ(results[i]->sentences.size(), 2u);
  }
  EXPECT_TRUE(Default().ExtractBatch({}, 3).empty());
}

// Texts of every shape for the batch tests: reported speech, numbers whose
// value depends on the date, a headline, empty and blank documents.
std::vector<std::string> MixedTexts(size_t n) {
  const std::vector<std::string> shapes = {
      "On Tuesday the Hollin Valley water board said it would raise rates by "
      "6% next year, citing repairs worth $3.1 million.",
      "\u201cWe cannot wait any longer,\u201d said Marta Quell, who chairs the "
      "tenants\u2019 group in Brackford. She added that 40 families had "
      "written to the council since March.",
      "",
      "Shares of Lumet Systems fell 12 cents to $41.20 after analysts at Orrin "
      "Partners cut their forecast, according to a note seen by reporters.",
      "FERRY LINK DELAYED\n\nThe ministry expects the crossing to reopen in "
      "about three weeks, a spokesman said on Friday.",
      " \n ",
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string t = shapes[i % shapes.size()];
    if (i % 7 == 3)
      t += " Officials said " + std::to_string(i) + " more were hired.";
    out.push_back(std::move(t));
  }
  return out;
}

// A batch runs consecutive documents in groups, stage by stage; each result
// must be exactly the document's own, whatever its neighbours: bad documents
// at the start, inside and at the end of groups and a run of bad ones,
// empty documents, a document over a group's byte bound between small ones,
// ids and dates (a date changes the values of relative dates).
TEST(Extractor, BatchGroupsGiveEachDocumentItsOwnResult) {
  std::vector<std::string> texts = MixedTexts(150);
  for (size_t i : {0, 15, 16, 17, 63, 149})
    texts[i] = "bad \xFF byte " + texts[i];
  for (size_t i = 90; i < 110; ++i) texts[i] = "\xC3";  // a whole group bad
  std::string big;
  while (big.size() <= 70 * 1024) big += texts[1] + "\n\n" + texts[3] + " ";
  texts[40] = big;
  texts[41] = big + "\xFF";
  std::vector<BatchItem> items;
  for (size_t i = 0; i < texts.size(); ++i) {
    items.push_back(
        BatchItem{texts[i], DocumentInfo{"doc" + std::to_string(i),
                                         i % 3 == 0 ? "2026-04-10" : ""}});
  }
  std::vector<std::string> expected;
  for (const BatchItem& it : items) {
    absl::StatusOr<Document> doc = Default().Extract(it.text, it.info);
    expected.push_back(
        doc.ok() ? ToJson(*doc, it.text, {.pretty = false, .tokens = true})
                 : doc.status().ToString());
  }
  for (int threads : {1, 2, 3}) {
    std::vector<absl::StatusOr<Document>> got =
        Default().ExtractBatch(items, threads);
    ASSERT_EQ(got.size(), items.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].ok() ? ToJson(*got[i], items[i].text,
                                     {.pretty = false, .tokens = true})
                            : got[i].status().ToString(),
                expected[i])
          << "document " << i << ", " << threads << " threads";
    }
    EXPECT_EQ(got[16].status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(got[100].status().code(), absl::StatusCode::kInvalidArgument);
    ASSERT_TRUE(got[40].ok());
    EXPECT_GT(got[40]->claims.size(), 100u);
    ASSERT_TRUE(got[18].ok());
    EXPECT_EQ(got[18]->id, "doc18");
    EXPECT_TRUE(got[2].ok());  // empty text: an empty document, no error
  }
}

// In replace mode a group's invalid documents are extracted (U+FFFD in
// names, offsets unchanged) exactly as alone.
TEST(Extractor, BatchGroupsInReplaceMode) {
  Options opt;
  opt.invalid_utf8 = InvalidUtf8::kReplace;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  std::vector<std::string> texts = MixedTexts(30);
  texts[4] = "Mayor Ann\xFF Voss said 3 bridges would close.";
  texts[9] = "\xC3";
  std::vector<BatchItem> items;
  for (const std::string& t : texts) items.push_back(BatchItem{t, {}});
  std::vector<absl::StatusOr<Document>> got = ex->ExtractBatch(items, 1);
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_TRUE(got[i].ok()) << i;
    absl::StatusOr<Document> alone = ex->Extract(texts[i]);
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(ToJson(*got[i], texts[i]), ToJson(*alone, texts[i])) << i;
  }
  EXPECT_FALSE(got[4]->claims.empty());
}

// The size limit is checked per document inside a group too.
TEST(Extractor, BatchGroupsRejectOnlyTheDocumentOverTheLimit) {
  Options opt;
  opt.max_document_bytes = 200;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  std::vector<std::string> texts = MixedTexts(40);
  texts[5] = std::string(201, 'a');
  std::vector<BatchItem> items;
  for (const std::string& t : texts) items.push_back(BatchItem{t, {}});
  std::vector<absl::StatusOr<Document>> got = ex->ExtractBatch(items, 1);
  for (size_t i = 0; i < got.size(); ++i) {
    if (i == 5) {
      EXPECT_EQ(got[i].status().code(), absl::StatusCode::kOutOfRange);
      continue;
    }
    ASSERT_TRUE(got[i].ok()) << i;
    absl::StatusOr<Document> alone = ex->Extract(texts[i]);
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(ToJson(*got[i], texts[i]), ToJson(*alone, texts[i])) << i;
  }
}

// Many threads share one Extractor; results equal the single-threaded ones.
// Run under TSan in CI (CLAIMX_SANITIZE=thread).
TEST(Extractor, SharedAcrossThreads) {
  std::string text =
      "Dr. Lena Ortiz said the U.S. plan “won’t work.” 北京的回应很快。 "
      "Officials "
      "disagreed... Then they left.";
  absl::StatusOr<Document> reference = Default().Extract(text);
  ASSERT_TRUE(reference.ok());
  std::string expected =
      ToJson(*reference, text, {.pretty = false, .tokens = true});
  Extractor copy = Default();  // copies share the compiled model
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        absl::StatusOr<Document> doc = (t % 2 ? copy : Default()).Extract(text);
        if (!doc.ok() ||
            ToJson(*doc, text, {.pretty = false, .tokens = true}) != expected) {
          ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// ExtractBatch keeps its worker threads across calls; batches from several
// caller threads at once, with different thread counts, share that pool and
// each gets exactly its own results. Run under TSan in CI.
TEST(Extractor, ConcurrentBatchesShareThePool) {
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    texts.push_back("Mayor Ines Park said " + std::to_string(i * 7) +
                    " buses would run. \"We are ready,\" she added.");
  }
  std::vector<std::string> expected;
  for (const std::string& t : texts) {
    absl::StatusOr<Document> doc = Default().Extract(t);
    ASSERT_TRUE(doc.ok());
    expected.push_back(ToJson(*doc, t, {.pretty = false}));
  }
  std::vector<BatchItem> items;
  for (const std::string& t : texts) items.push_back(BatchItem{t, {}});
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> callers;
  for (int c = 0; c < 4; ++c) {
    callers.emplace_back([&, c] {
      for (int round = 0; round < 5; ++round) {
        std::vector<absl::StatusOr<Document>> got =
            Default().ExtractBatch(items, 1 + (c + round) % 4);
        if (got.size() != texts.size()) {
          ++mismatches[c];
          continue;
        }
        for (size_t i = 0; i < got.size(); ++i) {
          if (!got[i].ok() ||
              ToJson(*got[i], texts[i], {.pretty = false}) != expected[i]) {
            ++mismatches[c];
          }
        }
      }
    });
  }
  for (std::thread& th : callers) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// ExtractEach hands every result to the sink exactly once, on the workers,
// with the same content as Extract; a bad document is its own error.
TEST(Extractor, ExtractEachStreamsEveryResultOnce) {
  std::vector<std::string> texts;
  for (int i = 0; i < 120; ++i) {
    texts.push_back("The council said " + std::to_string(i + 3) +
                    " schools would reopen. Parents welcomed it.");
  }
  texts[31] = "broken \xC3 text";
  std::vector<BatchItem> items;
  for (const std::string& t : texts) items.push_back(BatchItem{t, {}});
  std::vector<std::string> got(texts.size());
  std::vector<int> calls(texts.size(), 0);
  std::mutex mu;
  std::set<std::thread::id> workers;
  Default().ExtractEach(
      items,
      [&](size_t i, absl::StatusOr<Document> doc) {
        ++calls[i];
        {
          std::lock_guard<std::mutex> lock(mu);
          workers.insert(std::this_thread::get_id());
        }
        got[i] = doc.ok() ? ToJson(*doc, texts[i], {.pretty = false})
                          : "error: " + std::string(doc.status().message());
      },
      3);
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(calls[i], 1) << i;
    if (i == 31) {
      EXPECT_THAT(got[i], HasSubstr("UTF-8"));
      continue;
    }
    absl::StatusOr<Document> ref = Default().Extract(texts[i]);
    ASSERT_TRUE(ref.ok());
    EXPECT_EQ(got[i], ToJson(*ref, texts[i], {.pretty = false})) << i;
  }
  EXPECT_GE(workers.size(), 1u);
  EXPECT_LE(workers.size(), 3u);
  int empty_calls = 0;
  Default().ExtractEach(
      {}, [&](size_t, absl::StatusOr<Document>) { ++empty_calls; });
  EXPECT_EQ(empty_calls, 0);
}

// A sink that throws stops the batch: no further items start, the first
// exception reaches the caller after the workers finish, and the Extractor
// keeps working.
TEST(Extractor, ExtractEachRethrowsTheSinksException) {
  std::string text = "Analysts said prices rose 4% in May.";
  std::vector<BatchItem> items(300, BatchItem{text, {}});
  for (int threads : {1, 2}) {
    std::atomic<int> calls{0};
    EXPECT_THROW(Default().ExtractEach(
                     items,
                     [&](size_t i, absl::StatusOr<Document>) {
                       ++calls;
                       if (i == 5) throw std::runtime_error("sink full");
                     },
                     threads),
                 std::runtime_error);
    // One thread takes items in order, so it stops right after item 5.
    if (threads == 1) {
      EXPECT_EQ(calls.load(), 6);
    }
    std::vector<absl::StatusOr<Document>> after =
        Default().ExtractBatch(items, threads);
    ASSERT_EQ(after.size(), items.size());
    for (const auto& doc : after) EXPECT_TRUE(doc.ok());
  }
}

#if !defined(__SANITIZE_THREAD__)  // TSan does not support threads after fork
// A process forked after a batch ran (Python multiprocessing does this)
// inherits the pool object but not its threads; its batches must still
// finish instead of waiting for threads that do not exist.
TEST(Extractor, BatchWorksInAForkedChild) {
  std::string text = "Officials said 12 ferries would sail on Monday.";
  std::vector<BatchItem> items(8, BatchItem{text, {}});
  ASSERT_EQ(Default().ExtractBatch(items, 2).size(), items.size());
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    alarm(30);  // a hang ends the child with SIGALRM
    std::vector<absl::StatusOr<Document>> got =
        Default().ExtractBatch(items, 2);
    bool ok = got.size() == items.size();
    for (const auto& doc : got) ok = ok && doc.ok() && !doc->claims.empty();
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status))
      << "child killed by signal "
      << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}
#endif

TEST(Extractor, VersionIsSemantic) {
  EXPECT_THAT(std::string(Version()),
              ::testing::MatchesRegex("[0-9]+\\.[0-9]+\\.[0-9]+"));
}

}  // namespace
}  // namespace claimx
