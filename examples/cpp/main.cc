// Minimal claimx consumer: prints the sentences and claims of a file.
#include <fstream>
#include <iostream>
#include <sstream>

#include "claimx/claimx.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: claimx_example FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();

  absl::StatusOr<claimx::Extractor> extractor = claimx::Extractor::Create();
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  absl::StatusOr<claimx::Document> doc =
      extractor->Extract(text, {.id = argv[1]});
  if (!doc.ok()) {
    std::cerr << argv[1] << ": " << doc.status().message() << "\n";
    return 1;
  }
  std::cout << "claimx " << claimx::Version() << ": " << doc->sentences.size()
            << " sentences, " << doc->claims.size() << " claims\n";
  for (const claimx::Claim& c : doc->claims) {
    std::cout << "- "
              << (c.source
                      ? text.substr(c.source->span.begin, c.source->span.size())
                      : "?")
              << ": " << text.substr(c.span.begin, c.span.size()) << "\n";
  }
  return 0;
}
