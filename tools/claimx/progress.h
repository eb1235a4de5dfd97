// Progress of a corpus run on stderr: documents, MB, MB/s and, when the
// total size is known up front, percent and ETA.
//
// On a terminal the line is redrawn in place (at most 5 times a second);
// elsewhere (forced with --progress into a file or pipe) a plain line is
// written at most every 2 seconds. Finish() writes the final line. One
// thread only.
#ifndef CLAIMX_TOOLS_CLAIMX_PROGRESS_H_
#define CLAIMX_TOOLS_CLAIMX_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace claimx::cli {

// Whether to show progress: "--progress" forces it on, "--quiet" off, and
// otherwise it is on when stderr is a terminal. `mode`: 1 on, 0 off, -1 auto.
bool ProgressWanted(int mode);

// Whether to colour stdout: "always", "never", or "auto" (stdout is a
// terminal, NO_COLOR is unset and TERM is not "dumb").
bool ColorWanted(const std::string& mode);

class Progress {
 public:
  // total_bytes: the input size when known (all inputs are regular files),
  // else 0. out: where to draw (stderr); nullptr disables everything.
  Progress(std::FILE* out, uint64_t total_bytes);

  // Called after each batch with running totals.
  void Update(uint64_t documents, uint64_t bytes, uint64_t failed);
  // Writes the last line (and a newline on a terminal).
  void Finish();

  // The line itself, for tests: "12 docs · 3.4 MB · 5.1 MB/s · 41% · ETA 0:07".
  static std::string Line(uint64_t documents, uint64_t bytes, uint64_t failed,
                          uint64_t total_bytes, double seconds, bool done);

 private:
  void Draw(bool done);

  std::FILE* out_;
  bool tty_;
  uint64_t total_;
  uint64_t documents_ = 0, bytes_ = 0, failed_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace claimx::cli

#endif  // CLAIMX_TOOLS_CLAIMX_PROGRESS_H_
