// claimx: the command-line tool.
//
//   claimx extract [options] [FILE|DIR|-]...
//
// Each input is read whole; directories are walked recursively in sorted
// order. A bad document (unreadable, invalid UTF-8, too large, malformed
// JSONL line) is reported on stderr with its name, the byte offset and the
// reason; every other document is still processed and written, and the exit
// status is 1 at the end. Usage errors exit with 2.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "claimx/claimx.h"
#include "text/jsonl.h"

namespace {

constexpr char kUsage[] = R"(usage: claimx extract [options] [FILE|DIR|-]...
       claimx --help | --version

Extracts sentences, entities, quantities and attributed claims from UTF-8
news text. With no input, or with '-', reads standard input. Directories are
read recursively.

options:
  --format json|jsonl|text   output: pretty JSON per document (default),
                             one JSON object per line, or a readable summary
  --input text|jsonl         input: each file is one document (default), or
                             each line is {"id","text","date"?}
  --date YYYY-MM-DD          reference date for relative dates (all documents)
  --id ID                    document id (text input; default: the path)
  --threads N                worker threads (default: all cores)
  --replace-invalid          treat invalid UTF-8 as U+FFFD instead of
                             rejecting the document
  --max-bytes N              reject documents larger than N bytes
                             (default 67108864)
  --lexicon FILE             extra lexicon TSV (repeatable)
  --tokens                   include tokens in JSON output

exit status: 0 all documents processed, 1 some documents failed,
             2 usage error or the output could not be written.
)";

struct Args {
  std::string format = "json";
  std::string input = "text";
  std::string date;
  std::string id;
  int threads = 0;
  bool replace_invalid = false;
  uint64_t max_bytes = 64ull << 20;
  std::vector<std::string> lexicons;
  bool tokens = false;
  std::vector<std::string> paths;
};

struct Doc {
  std::string name;  // for error messages
  claimx::DocumentInfo info;
  std::string text;
  std::string error;  // set when the document could not be read or parsed
};

int Usage(const std::string& why) {
  std::fprintf(stderr, "claimx: %s\n(see claimx --help)\n", why.c_str());
  return 2;
}

bool ValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool ReadStream(std::istream& in, std::string* out) {
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = std::move(buf).str();
  return !in.bad();
}

// Expands directories (recursively, sorted) into files.
void ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>* files,
                 std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec),
          end;
      if (ec) {
        errors->push_back(absl::StrCat(p, ": cannot read directory: ", ec.message()));
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          errors->push_back(absl::StrCat(p, ": ", ec.message()));
          break;
        }
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files->insert(files->end(), found.begin(), found.end());
    } else {
      files->push_back(p);
    }
  }
}

class Output {
 public:
  // Writes one document's output whole; false when stdout failed.
  bool Write(const std::string& s) {
    if (failed_) return false;
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fflush(stdout) != 0) {
      failed_ = true;
      std::fprintf(stderr, "claimx: cannot write output: %s\n", std::strerror(errno));
      return false;
    }
    return true;
  }
  bool failed() const { return failed_; }

 private:
  bool failed_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_DFL);  // "claimx ... | head" ends quietly
  std::vector<std::string> argl(argv + 1, argv + argc);
  if (argl.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (argl[0] == "--help" || argl[0] == "-h" || argl[0] == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (argl[0] == "--version") {
    std::printf("claimx %s\n", std::string(claimx::Version()).c_str());
    return 0;
  }
  if (argl[0] != "extract") return Usage(absl::StrCat("unknown command '", argl[0], "'"));

  Args args;
  bool only_paths = false;
  for (size_t i = 1; i < argl.size(); ++i) {
    std::string a = argl[i];
    std::optional<std::string> inline_value;
    if (!only_paths && a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      inline_value = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
    }
    auto value = [&](std::string* out) -> bool {
      if (inline_value) {
        *out = *inline_value;
        return true;
      }
      if (i + 1 >= argl.size()) return false;
      *out = argl[++i];
      return true;
    };
    if (only_paths || a == "-" || a.empty() || a[0] != '-') {
      args.paths.push_back(argl[i]);
    } else if (a == "--") {
      only_paths = true;
    } else if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--format") {
      if (!value(&args.format)) return Usage("--format needs a value");
      if (args.format != "json" && args.format != "jsonl" && args.format != "text") {
        return Usage(absl::StrCat("unknown format '", args.format, "'"));
      }
    } else if (a == "--input") {
      if (!value(&args.input)) return Usage("--input needs a value");
      if (args.input != "text" && args.input != "jsonl") {
        return Usage(absl::StrCat("unknown input '", args.input, "'"));
      }
    } else if (a == "--date") {
      if (!value(&args.date)) return Usage("--date needs a value");
      if (!ValidDate(args.date)) return Usage("--date must be YYYY-MM-DD");
    } else if (a == "--id") {
      if (!value(&args.id)) return Usage("--id needs a value");
    } else if (a == "--threads") {
      std::string v;
      if (!value(&v) || !absl::SimpleAtoi(v, &args.threads) || args.threads < 0 ||
          args.threads > 1024) {
        return Usage("--threads needs a number between 0 and 1024");
      }
    } else if (a == "--max-bytes") {
      std::string v;
      if (!value(&v) || !absl::SimpleAtoi(v, &args.max_bytes) || args.max_bytes == 0 ||
          args.max_bytes > 0xFFFFFFFFull) {
        return Usage("--max-bytes needs a number between 1 and 4294967295");
      }
    } else if (a == "--lexicon") {
      std::string v;
      if (!value(&v)) return Usage("--lexicon needs a file");
      args.lexicons.push_back(v);
    } else if (a == "--replace-invalid" && !inline_value) {
      args.replace_invalid = true;
    } else if (a == "--tokens" && !inline_value) {
      args.tokens = true;
    } else {
      return Usage(absl::StrCat("unknown option '", argl[i], "'"));
    }
  }
  if (args.paths.empty()) args.paths.push_back("-");

  claimx::Options options;
  options.threads = args.threads;
  options.max_document_bytes = args.max_bytes;
  options.lexicon_files = args.lexicons;
  options.invalid_utf8 =
      args.replace_invalid ? claimx::InvalidUtf8::kReplace : claimx::InvalidUtf8::kReject;
  absl::StatusOr<claimx::Extractor> extractor = claimx::Extractor::Create(options);
  if (!extractor.ok()) {
    std::fprintf(stderr, "claimx: %s\n", std::string(extractor.status().message()).c_str());
    return 2;
  }

  std::vector<std::string> files, errors;
  ExpandPaths(args.paths, &files, &errors);
  int failures = 0;
  for (const std::string& e : errors) {
    std::fprintf(stderr, "claimx: %s\n", e.c_str());
    ++failures;
  }

  Output out;
  claimx::JsonOptions json;
  json.pretty = args.format == "json";
  json.tokens = args.tokens;

  // Documents are processed in batches so that memory stays bounded on
  // corpora of any size while the thread pool stays busy.
  std::vector<Doc> batch;
  size_t batch_bytes = 0;
  auto flush = [&]() {
    std::vector<claimx::BatchItem> items;
    std::vector<size_t> index;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!batch[i].error.empty()) continue;
      items.push_back(claimx::BatchItem{batch[i].text, batch[i].info});
      index.push_back(i);
    }
    std::vector<absl::StatusOr<claimx::Document>> results =
        extractor->ExtractBatch(items, args.threads);
    size_t r = 0;
    for (size_t i = 0; i < batch.size(); ++i) {
      const Doc& d = batch[i];
      if (!d.error.empty()) {
        std::fprintf(stderr, "claimx: %s: %s\n", d.name.c_str(), d.error.c_str());
        ++failures;
        continue;
      }
      const absl::StatusOr<claimx::Document>& res = results[r++];
      if (!res.ok()) {
        std::fprintf(stderr, "claimx: %s: %s\n", d.name.c_str(),
                     std::string(res.status().message()).c_str());
        ++failures;
        continue;
      }
      std::string s;
      if (args.format == "text") {
        s = claimx::ToText(*res, d.text);
      } else {
        s = claimx::ToJson(*res, d.text, json);
      }
      s.push_back('\n');
      if (!out.Write(s)) return;
    }
    (void)index;
    batch.clear();
    batch_bytes = 0;
  };
  auto add = [&](Doc d) {
    batch_bytes += d.text.size();
    batch.push_back(std::move(d));
    if (batch.size() >= 512 || batch_bytes >= (32u << 20)) flush();
  };

  bool single = files.size() == 1;
  for (const std::string& path : files) {
    if (out.failed()) break;
    std::string content;
    std::string name = path == "-" ? "<stdin>" : path;
    bool ok;
    std::string read_error;
    if (path == "-") {
      ok = ReadStream(std::cin, &content);
      if (!ok) read_error = "read error";
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        ok = false;
        read_error = absl::StrCat("cannot open: ", std::strerror(errno));
      } else {
        ok = ReadStream(in, &content);
        if (!ok) read_error = "read error";
      }
    }
    if (!ok) {
      Doc d;
      d.name = name;
      d.error = read_error;
      add(std::move(d));
      continue;
    }
    if (args.input == "text") {
      Doc d;
      d.name = name;
      d.info.id = (single && !args.id.empty()) ? args.id : name;
      d.info.date = args.date;
      d.text = std::move(content);
      add(std::move(d));
      continue;
    }
    // JSONL: one document per non-blank line.
    size_t line_no = 0, pos = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string::npos) nl = content.size();
      std::string_view line(content.data() + pos, nl - pos);
      size_t line_offset = pos;
      pos = nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      Doc d;
      d.name = absl::StrCat(name, ":", line_no);
      absl::StatusOr<claimx::internal::JsonlRecord> rec = claimx::internal::ParseJsonlLine(line);
      if (!rec.ok()) {
        d.error = absl::StrCat(rec.status().message(), " (file byte ", line_offset, ")");
        add(std::move(d));
        continue;
      }
      if (rec->has_id) d.name = absl::StrCat(d.name, " (id ", rec->id, ")");
      d.info.id = rec->has_id ? rec->id : absl::StrCat(name, ":", line_no);
      d.info.date = !rec->date.empty() ? rec->date : args.date;
      if (!rec->date.empty() && !ValidDate(rec->date)) {
        d.error = absl::StrCat("bad \"date\" '", rec->date, "' (expected YYYY-MM-DD)");
      }
      d.text = std::move(rec->text);
      add(std::move(d));
    }
  }
  if (!out.failed()) flush();
  if (out.failed()) return 2;
  if (std::fclose(stdout) != 0) {
    std::fprintf(stderr, "claimx: cannot write output: %s\n", std::strerror(errno));
    return 2;
  }
  return failures > 0 ? 1 : 0;
}
