// claimx: attributed claims from news text.
//
// claimx turns UTF-8 news text into tokens, sentences, entities, quantities
// and claims: who said what, with the source, the cue and the content at
// byte-exact offsets into the caller's text.
//
// Quick start:
//
//   #include "claimx/claimx.h"
//
//   absl::StatusOr<claimx::Extractor> ex = claimx::Extractor::Create();
//   absl::StatusOr<claimx::Document> doc = ex->Extract(text);
//   for (const claimx::Sentence& s : doc->sentences)
//     std::cout << text.substr(s.span.begin, s.span.size()) << "\n";
//   std::string json = claimx::ToJson(*doc, text);
//
// Contracts:
//  * Offsets are half-open UTF-8 byte ranges into the text given to Extract.
//  * An Extractor is immutable after Create and safe to share between threads.
//  * Work per document is linear in its size.
//  * No exceptions cross the API; errors are absl::Status values.
#ifndef CLAIMX_CLAIMX_H_
#define CLAIMX_CLAIMX_H_

#include "claimx/extractor.h"
#include "claimx/options.h"
#include "claimx/serialize.h"
#include "claimx/types.h"

#endif  // CLAIMX_CLAIMX_H_
