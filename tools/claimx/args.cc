#include "args.h"

#include <string_view>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "claimx/options.h"

namespace claimx::cli {
namespace {

// One option of "claimx extract". `apply` stores the value (empty for a
// switch) in *args and returns an error message, or "" when it is fine.
struct Flag {
  const char* name;        // "--format"
  const char* value_name;  // "json|jsonl|text"; nullptr for a switch
  const char* help;        // help text; '\n' starts a continuation line
  const char* missing;     // error when the value is absent; nullptr: "<name>
                           // needs a value"
  std::string (*apply)(const std::string& value, CliArgs* args);
};

constexpr char kThreadsError[] = "--threads needs a number between 0 and 1024";
constexpr char kMaxBytesError[] =
    "--max-bytes needs a number between 1 and 4294967295";
constexpr char kMaxTokenError[] =
    "--max-token-bytes needs a number between 4 and 4294967295";
constexpr char kNestingError[] =
    "--max-nesting-depth needs a number between 0 and 256";
constexpr char kTopError[] = "--top needs a number between 0 and 1000000";
constexpr char kEpochsError[] = "--epochs needs a number between 1 and 1000";

// Add new options here (and a field in CliArgs); usage and parsing follow.
const Flag kFlags[] = {
    {"--format", "json|jsonl|text|html",
     "output: pretty JSON per document (default),\n"
     "one JSON object per line, a readable view\n"
     "(SOURCE (type) —cue→ [kind] content), or one\n"
     "self-contained HTML page for all documents;\n"
     "stats: text (default) or json",
     nullptr,
     [](const std::string& v, CliArgs* a) -> std::string {
       if (v != "json" && v != "jsonl" && v != "text" && v != "html") {
         return "unknown format '" + v + "'";
       }
       a->format = v;
       a->format_set = true;
       return "";
     }},
    {"--input", "text|jsonl",
     "input: each file is one document (default), or\n"
     "each line is {\"id\",\"text\",\"date\"?}",
     nullptr,
     [](const std::string& v, CliArgs* a) -> std::string {
       if (v != "text" && v != "jsonl") return "unknown input '" + v + "'";
       a->input = v;
       return "";
     }},
    {"--date", "YYYY-MM-DD",
     "reference date for relative dates (all documents)", nullptr,
     [](const std::string& v, CliArgs* a) -> std::string {
       if (!ValidDate(v)) return "--date must be YYYY-MM-DD";
       a->date = v;
       return "";
     }},
    {"--id", "ID", "document id (text input; default: the path)", nullptr,
     [](const std::string& v, CliArgs* a) -> std::string {
       a->id = v;
       return "";
     }},
    {"--threads", "N", "worker threads (default: all cores)", kThreadsError,
     [](const std::string& v, CliArgs* a) -> std::string {
       int n = 0;
       if (!absl::SimpleAtoi(v, &n) || n < 0 || n > 1024) return kThreadsError;
       a->threads = n;
       return "";
     }},
    {"--replace-invalid", nullptr,
     "treat invalid UTF-8 as U+FFFD instead of\n"
     "rejecting the document",
     nullptr,
     [](const std::string&, CliArgs* a) -> std::string {
       a->replace_invalid = true;
       return "";
     }},
    {"--max-bytes", "N",
     "reject documents larger than N bytes\n"
     "(default 67108864)",
     kMaxBytesError,
     [](const std::string& v, CliArgs* a) -> std::string {
       uint64_t n = 0;
       if (!absl::SimpleAtoi(v, &n) || n == 0 || n > 0xFFFFFFFFull)
         return kMaxBytesError;
       a->max_bytes = n;
       return "";
     }},
    {"--max-token-bytes", "N",
     "cut tokens longer than N bytes (default 4096,\n"
     "at least 4)",
     kMaxTokenError,
     [](const std::string& v, CliArgs* a) -> std::string {
       uint32_t n = 0;
       if (!absl::SimpleAtoi(v, &n) || n < 4) return kMaxTokenError;
       a->max_token_bytes = n;
       return "";
     }},
    {"--max-nesting-depth", "N",
     "pair quotes and brackets up to depth N\n"
     "(default 16, at most 256, 0: no pairing)",
     kNestingError,
     [](const std::string& v, CliArgs* a) -> std::string {
       uint32_t n = 0;
       if (!absl::SimpleAtoi(v, &n) || n > kMaxNestingDepthLimit)
         return kNestingError;
       a->max_nesting_depth = n;
       return "";
     }},
    {"--lexicon", "FILE", "extra lexicon TSV (repeatable)",
     "--lexicon needs a file",
     [](const std::string& v, CliArgs* a) -> std::string {
       a->lexicons.push_back(v);
       return "";
     }},
    {"--entity-model", "FILE",
     "trained entity tagger (claimx train-entities):\n"
     "its names replace the rules'",
     "--entity-model needs a file",
     [](const std::string& v, CliArgs* a) -> std::string {
       a->entity_model = v;
       return "";
     }},
    {"--out", "FILE", "train-entities: the model file to write",
     "--out needs a file",
     [](const std::string& v, CliArgs* a) -> std::string {
       a->out = v;
       return "";
     }},
    {"--epochs", "N", "train-entities: training passes (default 10)",
     kEpochsError,
     [](const std::string& v, CliArgs* a) -> std::string {
       int n = 0;
       if (!absl::SimpleAtoi(v, &n) || n < 1 || n > 1000) return kEpochsError;
       a->epochs = n;
       return "";
     }},
    {"--tokens", nullptr, "include tokens in JSON output", nullptr,
     [](const std::string&, CliArgs* a) -> std::string {
       a->tokens = true;
       return "";
     }},
    {"--color", "auto|always|never",
     "colour the text view (default auto: when\n"
     "stdout is a terminal and NO_COLOR is unset)",
     nullptr,
     [](const std::string& v, CliArgs* a) -> std::string {
       if (v != "auto" && v != "always" && v != "never") {
         return "--color must be auto, always or never";
       }
       a->color = v;
       return "";
     }},
    {"--progress", nullptr,
     "show progress on stderr (documents, MB, MB/s,\n"
     "ETA); default: when stderr is a terminal",
     nullptr,
     [](const std::string&, CliArgs* a) -> std::string {
       a->progress = 1;
       return "";
     }},
    {"--quiet", nullptr, "no progress on stderr", nullptr,
     [](const std::string&, CliArgs* a) -> std::string {
       a->progress = 0;
       return "";
     }},
    {"--top", "N", "stats: how many sources and cues to list (10)", kTopError,
     [](const std::string& v, CliArgs* a) -> std::string {
       int n = 0;
       if (!absl::SimpleAtoi(v, &n) || n < 0 || n > 1000000) return kTopError;
       a->top = n;
       return "";
     }},
};

const Flag* FindFlag(std::string_view name) {
  for (const Flag& f : kFlags) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

ParsedArgs Error(std::string why) {
  ParsedArgs p;
  p.action = CliAction::kUsageError;
  p.error = std::move(why);
  return p;
}

}  // namespace

bool ValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string UsageText() {
  std::string s =
      "usage: claimx extract [options] [FILE|DIR|-]...\n"
      "       claimx stats [options] [FILE|DIR|-]...\n"
      "       claimx train-entities --out MODEL [--epochs N] [--lexicon "
      "FILE]...\n"
      "                             FILE...\n"
      "       claimx --help | --version\n"
      "\n"
      "Extracts sentences, entities, quantities and attributed claims from "
      "UTF-8\n"
      "news text. With no input, or with '-', reads standard input. "
      "Directories are\n"
      "read recursively.\n"
      "train-entities trains an entity tagger on annotated files (CoNLL "
      "columns,\n"
      "token first and IOB tag last, or claimx's inline \"### id\" / "
      "\"[TYPE text]\"\n"
      "format) and the rules' output; use it with --entity-model.\n"
      "\n"
      "options:\n";
  constexpr size_t kHelpColumn = 29;
  const std::string indent(kHelpColumn, ' ');
  for (const Flag& f : kFlags) {
    std::string label = absl::StrCat("  ", f.name);
    if (f.value_name) absl::StrAppend(&label, " ", f.value_name);
    if (label.size() + 1 > kHelpColumn) {
      absl::StrAppend(&s, label, "\n", indent);
    } else {
      absl::StrAppend(&s, label, std::string(kHelpColumn - label.size(), ' '));
    }
    for (const char* h = f.help; *h; ++h) {
      s.push_back(*h);
      if (*h == '\n') s += indent;
    }
    s.push_back('\n');
  }
  s += "\n"
       "exit status: 0 all documents processed, 1 some documents failed,\n"
       "             2 usage error or the output could not be written.\n";
  return s;
}

ParsedArgs ParseArgs(const std::vector<std::string>& argl) {
  ParsedArgs p;
  if (argl.empty()) {
    p.action = CliAction::kBareUsage;
    return p;
  }
  if (argl[0] == "--help" || argl[0] == "-h" || argl[0] == "help") {
    p.action = CliAction::kHelp;
    return p;
  }
  if (argl[0] == "--version") {
    p.action = CliAction::kVersion;
    return p;
  }
  if (argl[0] != "extract" && argl[0] != "stats" &&
      argl[0] != "train-entities") {
    return Error(absl::StrCat("unknown command '", argl[0], "'"));
  }

  CliArgs& args = p.args;
  args.command = argl[0];
  bool only_paths = false;
  for (size_t i = 1; i < argl.size(); ++i) {
    const std::string& arg = argl[i];
    if (only_paths || arg == "-" || arg.empty() || arg[0] != '-') {
      args.paths.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_paths = true;
      continue;
    }
    // "--name=value" carries its value inline.
    std::string name = arg;
    bool has_inline = false;
    std::string value;
    size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_inline = true;
    }
    if (name == "--help" || name == "-h") {
      p.action = CliAction::kHelp;
      return p;
    }
    const Flag* flag = FindFlag(name);
    if (flag == nullptr || (flag->value_name == nullptr && has_inline)) {
      return Error(absl::StrCat("unknown option '", arg, "'"));
    }
    if (flag->value_name != nullptr && !has_inline) {
      if (i + 1 >= argl.size()) {
        return Error(flag->missing
                         ? flag->missing
                         : absl::StrCat(flag->name, " needs a value"));
      }
      value = argl[++i];
    }
    std::string why = flag->apply(value, &args);
    if (!why.empty()) return Error(std::move(why));
  }
  if (args.command == "train-entities") {
    if (args.out.empty())
      return Error("claimx train-entities needs --out FILE");
    if (args.paths.empty()) {
      return Error("claimx train-entities needs annotated files to train on");
    }
  } else if (!args.out.empty()) {
    return Error("--out is an option of train-entities");
  }
  if (args.paths.empty()) args.paths.push_back("-");
  if (args.command == "stats") {
    if (!args.format_set) args.format = "text";
    if (args.format != "text" && args.format != "json") {
      return Error("claimx stats: --format must be text or json");
    }
  }
  p.action = CliAction::kExtract;
  return p;
}

}  // namespace claimx::cli
