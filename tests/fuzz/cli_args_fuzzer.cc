// Fuzz target: the claimx CLI's argument parser (tools/claimx/args.h). The
// input is split at NUL bytes into arguments. Whatever the arguments, the
// parser returns one action; an accepted command line holds only valid
// settings, and parsing is deterministic.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "args.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string usage = claimx::cli::UsageText();
  FUZZ_CHECK(usage.find("--format") != std::string::npos);

  std::vector<std::string> argl;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!in.empty()) {
    size_t b = 0;
    while (argl.size() < 256) {
      size_t e = in.find('\0', b);
      argl.emplace_back(in.substr(
          b, e == std::string_view::npos ? std::string_view::npos : e - b));
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
  }
  using claimx::cli::CliAction;
  claimx::cli::ParsedArgs p = claimx::cli::ParseArgs(argl);
  switch (p.action) {
    case CliAction::kBareUsage:
      FUZZ_CHECK(argl.empty());
      break;
    case CliAction::kHelp:
    case CliAction::kVersion:
      break;
    case CliAction::kUsageError:
      FUZZ_CHECK(!p.error.empty());
      break;
    case CliAction::kExtract: {
      const claimx::cli::CliArgs& a = p.args;
      FUZZ_CHECK(!argl.empty() &&
                 argl[0] == a.command);  // "extract" or "stats"
      FUZZ_CHECK(!a.paths.empty());
      if (a.command == "stats") {
        FUZZ_CHECK(a.format == "text" || a.format == "json");
      } else {
        FUZZ_CHECK(a.format == "json" || a.format == "jsonl" ||
                   a.format == "text" || a.format == "html");
      }
      FUZZ_CHECK(a.color == "auto" || a.color == "always" ||
                 a.color == "never");
      FUZZ_CHECK(a.progress >= -1 && a.progress <= 1);
      FUZZ_CHECK(a.top >= 0 && a.top <= 1000000);
      FUZZ_CHECK(a.input == "text" || a.input == "jsonl");
      FUZZ_CHECK(a.date.empty() || claimx::cli::ValidDate(a.date));
      FUZZ_CHECK(a.threads >= 0 && a.threads <= 1024);
      FUZZ_CHECK(a.max_bytes >= 1 && a.max_bytes <= 0xFFFFFFFFull);
      break;
    }
  }
  claimx::cli::ParsedArgs q = claimx::cli::ParseArgs(argl);
  FUZZ_CHECK(q.action == p.action && q.error == p.error &&
             q.args.paths == p.args.paths);
  return 0;
}
