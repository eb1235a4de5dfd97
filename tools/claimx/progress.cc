#include "progress.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimx::cli {

bool ProgressWanted(int mode) {
  if (mode >= 0) return mode == 1;
  return isatty(STDERR_FILENO) == 1;
}

bool ColorWanted(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) == 1;
}

Progress::Progress(std::FILE* out, uint64_t total_bytes)
    : out_(out),
      tty_(out != nullptr && isatty(fileno(out)) == 1),
      total_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

namespace {

std::string Clock(double seconds) {
  if (seconds < 0) seconds = 0;
  uint64_t s = static_cast<uint64_t>(seconds + 0.5);
  if (s >= 3600)
    return absl::StrFormat("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  return absl::StrFormat("%d:%02d", s / 60, s % 60);
}

}  // namespace

std::string Progress::Line(uint64_t documents, uint64_t bytes, uint64_t failed,
                           uint64_t total_bytes, double seconds, bool done) {
  const double mb = bytes / 1e6;
  std::string line = absl::StrFormat("%d docs · %.1f MB", documents, mb);
  if (total_bytes > 0)
    absl::StrAppend(&line, absl::StrFormat(" of %.1f MB", total_bytes / 1e6));
  double rate = seconds > 0 ? mb / seconds : 0;
  if (seconds > 0)
    absl::StrAppend(&line, absl::StrFormat(" · %.1f MB/s", rate));
  if (total_bytes > 0 && !done) {
    double share = std::min(1.0, static_cast<double>(bytes) / total_bytes);
    absl::StrAppend(&line, absl::StrFormat(" · %.0f%%", share * 100));
    if (bytes > 0 && seconds > 0) {
      double eta =
          seconds * (total_bytes - std::min(bytes, total_bytes)) / bytes;
      absl::StrAppend(&line, " · ETA ", Clock(eta));
    }
  }
  if (failed > 0) absl::StrAppend(&line, " · ", failed, " failed");
  if (done) absl::StrAppend(&line, " · done in ", Clock(seconds));
  return line;
}

void Progress::Update(uint64_t documents, uint64_t bytes, uint64_t failed) {
  documents_ = documents;
  bytes_ = bytes;
  failed_ = failed;
  if (out_ == nullptr) return;
  auto now = std::chrono::steady_clock::now();
  auto min_gap =
      tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(2000);
  if (drawn_ && now - last_ < min_gap) return;
  last_ = now;
  Draw(false);
}

void Progress::Finish() {
  if (out_ == nullptr) return;
  Draw(true);
  out_ = nullptr;
}

void Progress::Draw(bool done) {
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  std::string line = Line(documents_, bytes_, failed_, total_, seconds, done);
  line.insert(0, "claimx: ");
  if (tty_) {
    // Redraw in place and clear what a longer previous line left.
    std::fprintf(out_, "\r%s\x1b[K%s", line.c_str(), done ? "\n" : "");
  } else {
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
  drawn_ = true;
}

}  // namespace claimx::cli
