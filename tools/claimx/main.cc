// claimx: the command-line tool.
//
//   claimx extract [options] [FILE|DIR|-]...
//
// Inputs are streamed: a text file is one document (a file over --max-bytes
// is rejected unread), a JSONL file is read line by line, so memory follows
// the batch at hand, not the size of the file. Directories are walked
// recursively in sorted order. A bad document (unreadable, invalid UTF-8, too
// large, malformed JSONL line) is reported on stderr with its name, the byte
// offset and the reason; every other document is still processed and written,
// and the exit status is 1 at the end. Usage errors exit with 2.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "args.h"
#include "claimx/claimx.h"
#include "progress.h"
#include "stats.h"
#include "text/jsonl.h"
#include "train.h"

namespace {

struct Doc {
  std::string name;  // for error messages
  claimx::DocumentInfo info;
  std::string text;
  std::string error;  // set when the document could not be read or parsed
  uint64_t input_bytes =
      0;  // input consumed for it (file or JSONL line), for progress
};

// One input: a file or standard input, read in chunks so that memory stays
// bounded by the document (text input) or the line (JSONL input) at hand, not
// by the size of the file.
class InputFile {
 public:
  InputFile() = default;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile() {
    if (f_ != nullptr && f_ != stdin) std::fclose(f_);
  }

  // "-" is standard input. False (with error()) when it cannot be opened.
  bool Open(const std::string& path) {
    if (path == "-") {
      f_ = stdin;
      return true;
    }
    f_ = std::fopen(path.c_str(), "rb");
    if (f_ == nullptr) {
      error_ = absl::StrCat("cannot open: ", std::strerror(errno));
      return false;
    }
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
      size_hint_ = std::filesystem::file_size(path, ec);
      if (ec) size_hint_ = 0;
    }
    return true;
  }
  const std::string& error() const { return error_; }

  // Text input: the whole input as one document. A regular file larger than
  // `limit` is rejected without being read; a stream is read to its end but
  // only `limit` bytes are kept. False with error() on a read error or when
  // the input is over the limit; *total is the input's size either way.
  bool ReadAll(uint64_t limit, std::string* out, uint64_t* total) {
    out->clear();
    *total = 0;
    if (size_hint_ > limit) {
      *total = size_hint_;
      error_ = TooLarge(size_hint_, limit);
      return false;
    }
    if (size_hint_ > 0) out->reserve(size_hint_);
    char chunk[1 << 16];
    for (;;) {
      size_t n = std::fread(chunk, 1, sizeof chunk, f_);
      if (n == 0) break;
      *total += n;
      if (out->size() < limit) {
        out->append(chunk, std::min<uint64_t>(n, limit - out->size() + 1));
      }
    }
    if (std::ferror(f_)) {
      error_ = absl::StrCat("read error: ", std::strerror(errno));
      return false;
    }
    if (*total > limit) {
      error_ = TooLarge(*total, limit);
      std::string().swap(*out);
      return false;
    }
    return true;
  }

  // JSONL input: the next line, without its '\n', valid until the next call.
  // *offset is the line's first byte in the file and *consumed the bytes it
  // took (with the '\n'). A line longer than `cap` is read past without
  // being kept: *too_long is set and *line is empty. False at the end of the
  // input or on a read error (then error() is set).
  bool NextLine(uint64_t cap, std::string_view* line, uint64_t* offset,
                uint64_t* consumed, bool* too_long) {
    *too_long = false;
    *offset = file_pos_;
    uint64_t skipped = 0;  // bytes of a too-long line already discarded
    size_t scan = begin_;
    for (;;) {
      const char* nl = end_ > scan ? static_cast<const char*>(std::memchr(
                                         buf_.data() + scan, '\n', end_ - scan))
                                   : nullptr;
      if (nl != nullptr || (eof_ && (begin_ < end_ || skipped > 0))) {
        const size_t stop = nl != nullptr ? nl - buf_.data() : end_;
        const size_t next = nl != nullptr ? stop + 1 : end_;
        *consumed = skipped + (next - begin_);
        if (skipped > 0 || stop - begin_ > cap) {
          *too_long = true;
          *line = std::string_view();
        } else {
          *line = std::string_view(buf_.data() + begin_, stop - begin_);
        }
        file_pos_ += *consumed;
        begin_ = next;
        return true;
      }
      if (eof_) return false;
      if (end_ - begin_ > cap) {
        // Too long to keep: drop what is buffered, keep looking for its end.
        skipped += end_ - begin_;
        begin_ = end_ = 0;
      } else if (begin_ > 0) {
        std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
      }
      if (buf_.size() - end_ < kChunk)
        buf_.resize(std::max(2 * buf_.size(), end_ + kChunk));
      scan = end_;
      size_t n = std::fread(buf_.data() + end_, 1, buf_.size() - end_, f_);
      end_ += n;
      if (n == 0) {
        if (std::ferror(f_)) {
          error_ = absl::StrCat("read error: ", std::strerror(errno));
          return false;
        }
        eof_ = true;
      }
    }
  }

 private:
  static constexpr size_t kChunk = 1 << 20;
  static std::string TooLarge(uint64_t size, uint64_t limit) {
    return absl::StrCat("document is ", size, " bytes, over the limit of ",
                        limit, " bytes");
  }

  FILE* f_ = nullptr;
  uint64_t size_hint_ = 0;  // a regular file's size, else 0
  std::string error_;
  std::vector<char> buf_;  // JSONL: buffered bytes [begin_, end_)
  size_t begin_ = 0, end_ = 0;
  uint64_t file_pos_ = 0;  // file offset of buf_[begin_]
  bool eof_ = false;
};

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
  bool Write(std::string_view s) {
    if (failed_) return false;
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) return Fail();
    return true;
  }
  // Called after each batch, so output keeps pace with progress without a
  // system call per document.
  bool Flush() {
    if (failed_) return false;
    if (std::fflush(stdout) != 0) return Fail();
    return true;
  }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    std::fprintf(stderr, "claimx: cannot write output: %s\n",
                 std::strerror(errno));
    return false;
  }
  bool failed_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_DFL);  // "claimx ... | head" ends quietly
  // Into a file or a pipe, write in large blocks (flushed after each batch).
  static char out_buffer[1 << 20];
  if (isatty(STDOUT_FILENO) != 1) {
    std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  }
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
  if (args.command == "train-entities") return claimx::cli::TrainEntities(args);

  claimx::Options options;
  options.threads = args.threads;
  options.max_document_bytes = args.max_bytes;
  options.max_token_bytes = args.max_token_bytes;
  options.max_nesting_depth = args.max_nesting_depth;
  options.lexicon_files = args.lexicons;
  options.entity_model_file = args.entity_model;
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
          // The line's newline is written with it below: appended here it
          // would regrow the exact-size string (a copy into fresh memory).
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
      if (!out.Write(rendered[k]) || !out.Write("\n")) return;
      std::string().swap(rendered[k]);  // free as we go
    }
    out.Flush();
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
  // A JSONL line longer than this cannot hold a document within --max-bytes
  // (JSON escapes take at most 6 bytes per byte of text).
  const uint64_t line_cap = args.max_bytes > (UINT64_MAX >> 4)
                                ? UINT64_MAX
                                : args.max_bytes * 6 + (1u << 20);
  for (const std::string& path : files) {
    if (out.failed()) break;
    std::string name = path == "-" ? "<stdin>" : path;
    InputFile input;
    if (!input.Open(path)) {
      Doc d;
      d.name = name;
      d.error = input.error();
      add(std::move(d));
      continue;
    }
    if (args.input == "text") {
      Doc d;
      d.name = name;
      if (!input.ReadAll(args.max_bytes, &d.text, &d.input_bytes)) {
        d.error = input.error();
      }
      d.info.id = (single && !args.id.empty()) ? args.id : name;
      d.info.date = args.date;
      add(std::move(d));
      continue;
    }
    // JSONL: one document per non-blank line.
    size_t line_no = 0;
    std::string_view line;
    uint64_t line_offset = 0, consumed = 0;
    bool too_long = false;
    while (!out.failed() && input.NextLine(line_cap, &line, &line_offset,
                                           &consumed, &too_long)) {
      ++line_no;
      Doc d;
      d.input_bytes = consumed;
      d.name = absl::StrCat(name, ":", line_no);
      if (too_long) {
        d.error = absl::StrCat("line is ", consumed,
                               " bytes, too long for a document within "
                               "--max-bytes (file byte ",
                               line_offset, ")");
        add(std::move(d));
        continue;
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
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
    if (!input.error().empty()) {
      Doc d;
      d.name = absl::StrCat(name, ":", line_no + 1);
      d.error = input.error();
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
