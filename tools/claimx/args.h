// Command-line parsing for the claimx tool, apart from main() so that it can
// be unit-tested and fuzzed (tests/fuzz/cli_args_fuzzer.cc).
//
//   claimx extract [options] [FILE|DIR|-]...
//   claimx stats [options] [FILE|DIR|-]...
//   claimx train-entities --out MODEL [--epochs N] [--lexicon FILE]... FILE...
//   claimx --help | --version
//
// Options are one table (kFlags in args.cc): a new flag is one row there
// (name, value name, help text, how to apply the value) plus, if it needs
// one, a field in CliArgs. The usage text is generated from the same table.
// "--name value" and "--name=value" both work for flags that take a value;
// "--" ends the options. ParseArgs is a pure function: no I/O, no exits.
#ifndef CLAIMX_TOOLS_CLAIMX_ARGS_H_
#define CLAIMX_TOOLS_CLAIMX_ARGS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimx::cli {

// The settings of "claimx extract" and "claimx stats".
struct CliArgs {
  std::string command = "extract";  // extract | stats | train-entities
  std::string format = "json";  // extract: json | jsonl | text | html; stats:
                                // text | json (stats defaults to text)
  std::string input = "text";   // text | jsonl
  std::string date;             // YYYY-MM-DD or empty
  std::string id;               // document id for a single text input
  int threads = 0;              // 0: all cores
  bool replace_invalid = false;
  uint64_t max_bytes = 64ull << 20;
  uint32_t max_token_bytes = 4096;
  uint32_t max_nesting_depth = 16;
  std::vector<std::string> lexicons;
  std::string entity_model;  // --entity-model: Options::entity_model_file
  std::string out;           // train-entities: the model file to write
  int epochs = 10;           // train-entities: training passes
  bool tokens = false;
  std::string color = "auto";  // always | never | auto (stdout is a terminal)
  int progress = -1;  // 1 --progress, 0 --quiet, -1 auto (stderr is a terminal)
  int top = 10;       // stats: sources and cues listed
  bool format_set = false;  // --format was given
  std::vector<std::string>
      paths;  // never empty after a successful parse ("-": stdin)
};

enum class CliAction {
  kExtract,     // run args.command ("extract" or "stats") with ParsedArgs::args
  kHelp,        // print UsageText() on stdout, exit 0
  kVersion,     // print the version on stdout, exit 0
  kBareUsage,   // no arguments: print UsageText() on stderr, exit 2
  kUsageError,  // print ParsedArgs::error on stderr, exit 2
};

struct ParsedArgs {
  CliAction action = CliAction::kUsageError;
  CliArgs args;
  std::string error;  // kUsageError: what is wrong ("unknown option '--x'")
};

// Parses the arguments after the program name.
ParsedArgs ParseArgs(const std::vector<std::string>& argl);

// The full --help text, options generated from the flag table.
std::string UsageText();

// True for a plausible YYYY-MM-DD (month 1-12, day 1-31).
bool ValidDate(std::string_view d);

}  // namespace claimx::cli

#endif  // CLAIMX_TOOLS_CLAIMX_ARGS_H_
