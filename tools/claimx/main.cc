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
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "args.h"
#include "claimx/claimx.h"
#include "progress.h"
#include "stats.h"
#include "text/jsonl.h"

namespace {

struct Doc {
  std::string name;  // for error messages
  claimx::DocumentInfo info;
  std::string text;
  std::string error;  // set when the document could not be read or parsed
  uint64_t input_bytes =
      0;  // input consumed for it (file or JSONL line), for progress
};

bool ReadStream(std::istream& in, std::string* out) {
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = std::move(buf).str();
  return !in.bad();
}

// Expands directories (recursively, sorted) into files.
void ExpandPaths(const std::vector<std::string>& paths,
                 std::vector<std::string>* files,
                 std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(
          p, fs::directory_options::skip_permission_denied, ec),
          end;
      if (ec) {
        errors->push_back(
            absl::StrCat(p, ": cannot read directory: ", ec.message()));
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
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() ||
        std::fflush(stdout) != 0) {
      failed_ = true;
      std::fprintf(stderr, "claimx: cannot write output: %s\n",
                   std::strerror(errno));
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
  claimx::cli::ParsedArgs parsed = claimx::cli::ParseArgs(argl);
  switch (parsed.action) {
    case claimx::cli::CliAction::kBareUsage:
      std::fputs(claimx::cli::UsageText().c_str(), stderr);
      return 2;
    case claimx::cli::CliAction::kHelp:
      std::fputs(claimx::cli::UsageText().c_str(), stdout);
      return 0;
    case claimx::cli::CliAction::kVersion:
      std::printf("claimx %s\n", std::string(claimx::Version()).c_str());
      return 0;
    case claimx::cli::CliAction::kUsageError:
      std::fprintf(stderr, "claimx: %s\n(see claimx --help)\n",
                   parsed.error.c_str());
      return 2;
    case claimx::cli::CliAction::kExtract:
      break;
  }
  const claimx::cli::CliArgs& args = parsed.args;

  claimx::Options options;
  options.threads = args.threads;
  options.max_document_bytes = args.max_bytes;
  options.max_token_bytes = args.max_token_bytes;
  options.max_nesting_depth = args.max_nesting_depth;
  options.lexicon_files = args.lexicons;
  options.invalid_utf8 = args.replace_invalid ? claimx::InvalidUtf8::kReplace
                                              : claimx::InvalidUtf8::kReject;
  absl::StatusOr<claimx::Extractor> extractor =
      claimx::Extractor::Create(options);
  if (!extractor.ok()) {
    std::fprintf(stderr, "claimx: %s\n",
                 std::string(extractor.status().message()).c_str());
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
  claimx::TextOptions text_options;
  text_options.color =
      args.format == "text" && claimx::cli::ColorWanted(args.color);
  const bool stats_only = args.command == "stats";
  claimx::cli::CorpusStats stats;
  claimx::HtmlPageBuilder html;  // --format html: one page for all documents

  // Progress on stderr; the total is known when every input is a file.
  uint64_t total_bytes = 0;
  for (const std::string& f : files) {
    std::error_code ec;
    if (f == "-" || !std::filesystem::is_regular_file(f, ec)) {
      total_bytes = 0;
      break;
    }
    total_bytes += std::filesystem::file_size(f, ec);
  }
  claimx::cli::Progress progress(
      claimx::cli::ProgressWanted(args.progress) ? stderr : nullptr,
      total_bytes);
  uint64_t docs_done = 0, bytes_done = 0;

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
    // JSON and text are formatted by the workers, each document as soon as
    // it is extracted (its Document is freed there too); the output is then
    // written in input order. Stats and HTML need the Documents themselves.
    const bool render_in_workers = !stats_only && args.format != "html";
    std::vector<absl::Status> status(items.size());
    std::vector<std::string> rendered(render_in_workers ? items.size() : 0);
    std::vector<claimx::Document> docs(render_in_workers ? 0 : items.size());
    extractor->ExtractEach(
        items,
        [&](size_t r, absl::StatusOr<claimx::Document> res) {
          if (!res.ok()) {
            status[r] = res.status();
            return;
          }
          if (!render_in_workers) {
            docs[r] = *std::move(res);
            return;
          }
          std::string_view text = batch[index[r]].text;
          std::string s = args.format == "text"
                              ? claimx::ToText(*res, text, text_options)
                              : claimx::ToJson(*res, text, json);
          s.push_back('\n');
          rendered[r] = std::move(s);
        },
        args.threads);
    size_t r = 0;
    for (size_t i = 0; i < batch.size(); ++i) {
      const Doc& d = batch[i];
      ++docs_done;
      bytes_done += d.input_bytes;
      if (!d.error.empty()) {
        std::fprintf(stderr, "claimx: %s: %s\n", d.name.c_str(),
                     d.error.c_str());
        ++failures;
        stats.AddFailure();
        continue;
      }
      const size_t k = r++;
      if (!status[k].ok()) {
        std::fprintf(stderr, "claimx: %s: %s\n", d.name.c_str(),
                     std::string(status[k].message()).c_str());
        ++failures;
        stats.AddFailure();
        continue;
      }
      if (stats_only) {
        stats.Add(docs[k], d.text);
        continue;
      }
      if (args.format == "html") {
        html.Add(docs[k], d.text);
        continue;
      }
      if (!out.Write(rendered[k])) return;
      std::string().swap(rendered[k]);  // free as we go
    }
    batch.clear();
    batch_bytes = 0;
    progress.Update(docs_done, bytes_done, failures);
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
      d.input_bytes = content.size();
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
      d.input_bytes = std::min(pos, content.size()) - line_offset;
      d.name = absl::StrCat(name, ":", line_no);
      absl::StatusOr<claimx::internal::JsonlRecord> rec =
          claimx::internal::ParseJsonlLine(line);
      if (!rec.ok()) {
        d.error = absl::StrCat(rec.status().message(), " (file byte ",
                               line_offset, ")");
        add(std::move(d));
        continue;
      }
      if (rec->has_id) d.name = absl::StrCat(d.name, " (id ", rec->id, ")");
      d.info.id = rec->has_id ? rec->id : absl::StrCat(name, ":", line_no);
      d.info.date = !rec->date.empty() ? rec->date : args.date;
      if (!rec->date.empty() && !claimx::cli::ValidDate(rec->date)) {
        d.error = absl::StrCat("bad \"date\" '", rec->date,
                               "' (expected YYYY-MM-DD)");
      }
      d.text = std::move(rec->text);
      add(std::move(d));
    }
  }
  if (!out.failed()) flush();
  progress.Finish();
  if (!out.failed() && stats_only) {
    out.Write(args.format == "json" ? stats.Json(args.top)
                                    : stats.Text(args.top));
  } else if (!out.failed() && args.format == "html") {
    out.Write(html.Finish());
  }
  if (out.failed()) return 2;
  if (std::fclose(stdout) != 0) {
    std::fprintf(stderr, "claimx: cannot write output: %s\n",
                 std::strerror(errno));
    return 2;
  }
  return failures > 0 ? 1 : 0;
}
