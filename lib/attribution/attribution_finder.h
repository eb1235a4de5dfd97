// AttributionFinder: who said what. Reads the token stream, the sentences,
// the phrase-lexicon matches and whatever entities and quantities the
// Document already holds, and appends Document::claims.
//
// Cues, source nouns, hedges and the small closed classes the rules need
// (auxiliaries, clause words, adjuncts) are lexicon data (data/cues.tsv,
// data/sources.tsv, data/hedges.tsv). Cue verbs are written as lemmas;
// ExpandCueInflections adds their inflected forms to the entry list before
// the PhraseLexicon is compiled, so every form is matched in the one shared
// lexicon pass.
//
// The rules work clause by clause around each cue: the subject (with
// appositive or relative clause) or a post-posed source is the source, the
// complement clause or the quotation is the content, and a direct quote is
// followed across sentence boundaries to its closing mark. Sentences without
// any cue or figure are skipped. Pronoun and short-name sources are resolved
// to the nearest compatible earlier source or entity.
//
// An AttributionFinder is immutable after Create; Find is const and may be
// called from many threads at once, each with its own Scratch (the per-token
// tables, kept in the per-thread Workspace and reused across documents).
#ifndef CLAIMX_LIB_ATTRIBUTION_ATTRIBUTION_FINDER_H_
#define CLAIMX_LIB_ATTRIBUTION_ATTRIBUTION_FINDER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "lexicon/phrase_lexicon.h"
#include "text/tsv.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

// Appends the inflected forms of every "cue_verb" and "cue_carrier" entry (a
// lemma) right after it: 3rd person, past, past participle and gerund by
// regular English rules, overridden by the attributes s=, past=, pp=, ing=.
// Each generated entry keeps the lemma's attributes plus lemma= and
// form=base|s|past|pp|ing. forms= lists the forms that are cues (forms=past:
// "requested", not "request" or "requests"; past stands for pp too); without it
// every form is. A removal
// ("say<TAB>-") of a lemma also removes its generated forms.
void ExpandCueInflections(std::vector<LexiconEntry>* entries);

// The inflections ExpandCueInflections would generate for one lemma entry
// (exposed for tests): pairs of (form name, text).
std::vector<std::pair<std::string, std::string>> CueInflections(
    const LexiconEntry& lemma);

class AttributionFinder {
 public:
  // Longest match of one role starting at a token.
  struct Hit {
    int end = -1;  // one past the last token, -1 if no match
    uint32_t entry = 0;
  };
  // Per-thread buffers for Find, one entry per token; reused so that the hot
  // path does not allocate per token. The per-token role tables and quote
  // pairs are all-default between calls (Find clears only what it wrote), so
  // a document costs time in its matches, not in tokens x tables; only
  // `flags` is written for every token.
  struct Scratch {
    // (Hedges and comparisons have none: Find lists where they start.)
    std::vector<Hit> verb, prep, chain, adverb, noun, aux, object, src, manner,
        carrier;
    // Closed-class roles (blocker, clause word, content start, adjunct) as
    // bits, written for every token; then the per-phrase exception marks.
    std::vector<uint8_t> flags, exception, covered;
    std::vector<uint8_t> sentence_has_claim;
    std::vector<int> qopen, qclose;
    // What a document wrote into the tables above, for the reset after it:
    // each match with a role (its tokens and the Role it wrote, as a byte),
    // and paired quotation marks.
    struct Touched {
      uint32_t begin = 0, end = 0;
      uint8_t role = 0;
    };
    // touched[0, n_touched): its size only grows (written through a pointer
    // in the per-token loop, with no capacity test per element).
    std::vector<Touched> touched;
    size_t n_touched = 0;
    std::vector<int> quote_marks;
    // The finder's per-document lists (drafts, earlier sources, span
    // indexes), kept here so that their capacity is reused across documents
    // instead of allocated for each one. Defined in the .cc.
    struct DocState;
    struct DocStateDeleter {
      void operator()(DocState* state) const;
    };
    std::unique_ptr<DocState, DocStateDeleter> doc_state;
  };

  // The marks the rules test by identity (":" ";" "(" "’s" ...), as folded
  // forms: PhraseLexicon::Compile's extra words, so that their tokens have
  // word ids though no phrase holds them.
  static std::vector<std::string_view> VocabularyMarks();

  // Reads the attribution entry types from the compiled lexicon; keeps no
  // reference to it (entry ids in matches index the finder's own table).
  static absl::StatusOr<AttributionFinder> Create(const PhraseLexicon& lexicon);

  // Sets doc->claims to the claims of `text`. Claims it holds on entry (a
  // reused Document's, from an earlier text) are refilled in place, so that
  // their lists and strings keep their capacity; any left over are removed.
  // `word_ids` and `phrases` are
  // PhraseLexicon::MapTokens and MatchPhrases of `tokens` (one-word entries
  // come from a per-word table built at Create); doc->sentences must be
  // filled; doc->entities and doc->quantities are used when present.
  // Names copied out of the text (resolved sources) are valid UTF-8 even
  // when the text is not; `valid_utf8` says the caller has checked that the
  // text is valid, so they are copied as they are.
  void Find(std::string_view text, const TokenStream& tokens,
            const std::vector<uint32_t>& word_ids,
            const std::vector<LexiconMatch>& phrases, Scratch* scratch,
            Document* doc, bool valid_utf8 = false) const;

  // Per lexicon entry: what it means to this stage.
  enum class Role : uint8_t {
    kNone,
    kVerb,          // cue_verb (any form)
    kPrep,          // cue_prep: according to
    kChain,         // cue_chain: citing, quoting
    kAdverb,        // cue_adverb: reportedly
    kNoun,          // cue_noun: claim, statement
    kAux,           // cue_aux
    kBlocker,       // cue_blocker
    kClause,        // clause_word
    kContentStart,  // content_start
    kAdjunct,       // cue_adjunct
    kObject,        // cue_object
    kSourceNoun,    // source_noun
    kHedge,         // hedge
    kComparison,    // comparison
    kException,     // cue_exception: a phrase whose cue word is not a cue
                    // ("pledged delegates")
    kManner,        // cue_manner: joins the cue after its verb ("said in a
                    // statement")
    kCarrier,       // cue_carrier: puts out a document whose participle is
                    // the cue ("issued a statement Tuesday saying")
    kOpener,        // sentence_opener: a word that opens a sentence before
                    // its clause ("In", "Through", "But"); in= names the
                    // rules that read it (one-word entries only)
    kConnective,    // connective: a phrase that links the sentence to the
                    // one before ("In contrast", "Meanwhile") and is no
                    // part of the subject after it
    kVenue,         // cue_venue: a noun naming where or how a statement
                    // was made ("interview", "tweet", "rally"); after a
                    // preposition it ends an open content ("criticized
                    // the plan in an interview")
  };
  enum class Form : uint8_t { kBase, kS, kPast, kPp, kIng };
  struct EntryInfo {
    Role role = Role::kNone;
    Form form = Form::kBase;
    bool obj = false;    // verb takes an object before the content
    bool hedge = false;  // stance=hedge, or a hedging auxiliary
    bool deny = false;   // stance=deny
    bool be = false;     // auxiliary is a form of "be"
    bool neg = false;    // negation
    bool title = false;  // source noun is a title (Mr., President)
    bool noun =
        false;  // noun=1: base and -s forms are also nouns ("the report")
    bool strict = false;  // strict=1: content must follow at once or the cue is
                          // post-posed
    bool to =
        false;  // to=1: the content is an infinitive ("declined to comment")
    bool raising =
        false;  // raising=1: no source; subject + complement ("X seems to")
    bool naming = false;   // naming=1: "a firm called Arcadia" names the noun
    bool invert = true;    // may stand before its source ("..., said Lee");
                           // not for class=eval|stance or invert=0
    bool finite = false;   // cue_aux finite=1 (or be=1 but no copula=1): a
                           // finite verb ("has", "will") that ends a subject
                           // read leftwards
    bool deontic = false;  // cue_aux deontic=1: "should": what someone ought
                           // to say is no statement
    bool nest = true;   // a claim with this cue inside another claim's content
                        // stays ("X said Y added that ..."); false for
                        // class=cognition|stance|document, raising verbs and
                        // nest=0 ("X said they want ..." is X's claim only)
    bool inner = true;  // false for class=document and inner=0: claims whose
                        // cue lies in this claim's content are dropped ("A
                        // poll showed 60 percent said ..." is the poll's)
    bool inner_relay = false;  // inner=relay: claims whose cue lies in this
                               // claim's reported (not quoted) content are
                               // dropped unless their cue has relay=1
    bool relay = false;  // relay=1: a report of speech ("said", "asked") that
                         // stays inside an inner=relay claim's content
    bool poll = false;   // source noun poll=1: "in the latest poll" is a cue
    // source noun refer=name|any: after "the" the noun refers back to an
    // organization named earlier ("the ministry", "the company"; outlets for
    // an outlet noun): name = only one whose name holds the noun, any = else
    // the one named most often (Run::ResolveDefinite).
    uint8_t refer = 0;  // 0 none, kReferName, kReferAny
    // source noun body=1: a body no firm is named by (court, ministry,
    // party): "the company" does not refer to a name ending with it.
    bool body = false;
    bool gov = false;  // source noun gov=1: a body named with this noun
                       // speaks for the government ("the Ministry of
                       // Finance", "the Commerce Department")
    static constexpr uint8_t kReferName = 1, kReferAny = 2;
    bool adj = false;     // cue_verb adj=1: an adjective of attitude ("critical
                          // of", "confident"), a cue only after a copula; not
                          // inflected
    bool label = false;   // cue_verb label=1 (with adj=1): "is known as"
                          // labels its subject; no source, the subject and
                          // the complement are the content
    bool eval = false;    // cue_verb class=eval: an object and what it is
                          // called or taken for ("called the plan a sham")
    bool np = false;      // cue_verb np=1: the content is the object noun
                          // phrase ("endorsed Ruiz last week and ...")
    bool copula = false;  // cue_aux copula=1: a copula other than "be"
                          // ("remained", "became") that joins only an
                          // adjective's group
    // cue_verb display=noun|noun|...: nouns of an attitude the verb shows;
    // "showed no sign of", "has shown little interest in" take the noun, the
    // words before it and the preposition after it into the cue.
    std::vector<std::string> display;
    // cue_verb unless=word|word|...: one of these words among the six after
    // the verb (before a comma, quotation, "that" or "to") makes it no
    // statement ("charged a $100 fee", "is seeking the nomination").
    std::vector<std::string> unless;
    SourceType kind = SourceType::kNone;  // source nouns
    char agree = 0;                       // pronouns: m f p n s
    std::string lemma;
  };

 private:
  std::vector<EntryInfo> info_;  // by lexicon entry id
  std::vector<Role> roles_;      // info_[i].role, packed for the match loop
  // The one-word entries with a role other than the closed-class ones
  // (word_flags_) of each word id, in Match() order, each packed with its
  // role (see PackWordEntry in the .cc): word_slot_[w] is the word's one
  // entry itself, or (kMultiSlot set) the index of its run in
  // word_entries_, whose last element has kLastEntry set. Most words have one
  // entry: one load from one table.
  std::vector<uint32_t> word_slot_;
  std::vector<uint32_t> word_entries_;
  // The auxiliary and source-noun roles (a third and a quarter of all
  // one-word entries in news text) are not in word_slot_: by word id, the
  // word's one-word entry of that role (the last in Match() order), read
  // when a rule asks about a token whose flags say it has one.
  std::vector<uint32_t> word_aux_, word_src_;
  // By word id: whether the word is a cue candidate, a hedge or a
  // comparison (bits), for the tokens Find visits (see word_flags_).
  std::vector<uint8_t> word_scan_;
  // By word id: the rules that read the word as a sentence opener
  // (sentence_opener entries' in= as OpenerBit bits in the .cc).
  std::vector<uint8_t> word_opener_;
  // Per word id w at index w + 1 (index 0 for kNoWord, which wraps to it):
  // the closed-class roles as bits, whether it has a one-word auxiliary or
  // source-noun entry, and whether Find visits its tokens (entries in
  // word_slot_, or a bit of word_scan_). Word ids are below
  // vocabulary_size() or kNoWord.
  std::vector<uint8_t> word_flags_;
  // The word id of each word the rules test by identity (Word in the .cc).
  RuleWordIds rule_words_;
  // Every word and mark that may end an open content (";", and "while",
  // "who" ... after a comma) has kClipBit in word_flags_: false when the
  // lexicon lacks one of them (Find then reads every token).
  bool clip_flags_ = true;
  // The most one-word entries any word has in word_slot_ (a bound for the
  // per-document lists Find fills).
  uint32_t max_word_entries_ = 1;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ATTRIBUTION_ATTRIBUTION_FINDER_H_
