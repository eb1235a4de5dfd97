#include "peers/run_peers.h"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "output/json_writer.h"

#ifndef CLAIMX_PEERS_DIR
#define CLAIMX_PEERS_DIR "bench/peers"
#endif

namespace claimx::bench {
namespace {

namespace fs = std::filesystem;

struct Peer {
  const char* script;    // in the peers folder
  const char* pipeline;  // its --pipeline value
  const char* label;
  const char* target;  // the target for claimx / peer
  bool compromise;     // capped by compromise_mb instead of wink_mb
};

constexpr Peer kPeers[] = {
    {"wink_nlp.js", "default", "wink-nlp default pipeline", ">= 20x", false},
    {"wink_nlp.js", "tokenize", "wink-nlp tokenizer alone", "-", false},
    {"compromise.js", "default", "compromise full parse", ">= 400x", true},
};

std::string ShellQuote(std::string_view s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

// The stdout of `command`, or false if it could not run or exited non-zero.
bool Capture(const std::string& command, std::string* out) {
  out->clear();
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return false;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out->append(buf, n);
  return pclose(p) == 0;
}

// A number after "key": in a one-line JSON object printed by JSON.stringify.
double NumberField(const std::string& json, std::string_view key) {
  std::string k = "\"" + std::string(key) + "\":";
  size_t at = json.find(k);
  if (at == std::string::npos) return -1;
  return std::strtod(json.c_str() + at + k.size(), nullptr);
}

// The raw text of "key":{...} (no nested objects), or "".
std::string ObjectField(const std::string& json, std::string_view key) {
  std::string k = "\"" + std::string(key) + "\":{";
  size_t at = json.find(k);
  if (at == std::string::npos) return "";
  size_t end = json.find('}', at);
  if (end == std::string::npos) return "";
  return json.substr(at + k.size() - 1, end - (at + k.size() - 1) + 1);
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         static_cast<double>(ts.tv_nsec) * 1e-9;
}

// How many leading documents the peers' --max-mb keeps (docs.js: whole
// documents while the total stays within the cap, at least one).
size_t CappedCount(const std::vector<std::string>& texts, double mb,
                   size_t* bytes) {
  const double cap = mb > 0 ? mb * 1e6 : 1e300;
  size_t n = 0;
  *bytes = 0;
  for (; n < texts.size(); ++n) {
    if (n > 0 && static_cast<double>(*bytes + texts[n].size()) > cap) break;
    *bytes += texts[n].size();
  }
  return n;
}

// claimx end to end on the first `n` documents, one thread: MB/s of the
// median thread CPU time of `repeat` passes.
double ClaimxMbPerS(const Extractor& ex, const std::vector<std::string>& texts,
                    size_t n, size_t bytes, int repeat) {
  std::vector<double> cpu;
  for (int r = 0; r < repeat; ++r) {
    double c0 = ThreadCpuSeconds();
    for (size_t i = 0; i < n; ++i) (void)ex.Extract(texts[i]);
    cpu.push_back(ThreadCpuSeconds() - c0);
  }
  std::sort(cpu.begin(), cpu.end());
  double med = cpu.size() % 2
                   ? cpu[cpu.size() / 2]
                   : (cpu[cpu.size() / 2 - 1] + cpu[cpu.size() / 2]) / 2;
  return static_cast<double>(bytes) / 1e6 / std::max(1e-9, med);
}

// Writes the documents as JSONL for the peers; returns the path or "".
std::string WriteTempJsonl(const std::vector<std::string>& texts) {
  const char* tmp = std::getenv("TMPDIR");
  std::string path =
      std::string(tmp && *tmp ? tmp : "/tmp") + "/claimx_peers_XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) return "";
  FILE* f = fdopen(fd, "w");
  if (f == nullptr) {
    close(fd);
    return "";
  }
  std::string line;
  bool ok = true;
  for (size_t i = 0; i < texts.size() && ok; ++i) {
    line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"";
    internal::JsonWriter::Escape(texts[i], &line);
    line += "\"}\n";
    ok = std::fwrite(line.data(), 1, line.size(), f) == line.size();
  }
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(path.c_str());
    return "";
  }
  return path;
}

}  // namespace

bool RunPeers(const Extractor& ex, const std::vector<std::string>& texts,
              const PeerOptions& options) {
  std::fflush(stdout);  // claimx's table first, then messages and peers
  const char* dir_env = std::getenv("CLAIMX_PEERS_DIR");
  const std::string dir = dir_env && *dir_env ? dir_env : CLAIMX_PEERS_DIR;
  const char* node_env = std::getenv("NODE");
  const std::string node = node_env && *node_env ? node_env : "node";
  std::string version;
  if (!Capture(ShellQuote(node) + " --version 2>/dev/null", &version) ||
      version.empty()) {
    std::fprintf(stderr,
                 "corpus_bench: --peers needs Node.js >= 18 and npm, which "
                 "are not installed\n(Debian 12: sudo apt-get install nodejs "
                 "npm; or set NODE=/path/to/node)\n");
    return false;
  }
  while (!version.empty() && (version.back() == '\n' || version.back() == '\r'))
    version.pop_back();
  std::error_code ec;
  if (!fs::is_directory(fs::path(dir) / "node_modules", ec)) {
    std::fprintf(stderr, "corpus_bench: installing the peers: npm ci in %s\n",
                 dir.c_str());
    std::string cmd = "cd " + ShellQuote(dir) +
                      " && npm ci --no-audit --no-fund --loglevel=error 1>&2";
    if (std::system(cmd.c_str()) != 0) {
      std::fprintf(stderr,
                   "corpus_bench: npm ci failed in %s (needs npm and the npm "
                   "registry)\n",
                   dir.c_str());
      return false;
    }
  }

  std::string temp;
  std::string files;
  if (options.jsonl_paths.empty()) {
    temp = WriteTempJsonl(texts);
    if (temp.empty()) {
      std::fprintf(stderr, "corpus_bench: cannot write a temporary JSONL\n");
      return false;
    }
    files = ShellQuote(temp);
  } else {
    for (const std::string& p : options.jsonl_paths)
      files += " " + ShellQuote(p);
  }

  std::printf(
      "\npeers: node %s, %s; MB/s = 10^6 bytes per second of process CPU "
      "time\n(process.cpuUsage), median of %d; claimx end to end on the "
      "same documents,\none thread, same run.\n\n",
      version.c_str(), dir.c_str(), options.repeat);
  std::printf("%-27s %6s %7s %8s %9s %9s %8s  %s\n", "peer", "docs", "MB",
              "MB/s", "claimx", "ratio", "target", "counts");
  std::printf("%-27s %6s %7s %8s %9s %9s %8s  %s\n",
              "---------------------------", "------", "-------", "--------",
              "---------", "---------", "--------", "------");
  bool ok = true;
  size_t claimx_n = 0;
  double claimx_mbps = 0;
  for (const Peer& peer : kPeers) {
    double mb = peer.compromise ? options.compromise_mb : options.wink_mb;
    size_t bytes = 0;
    size_t n = CappedCount(texts, mb, &bytes);
    std::string cmd = ShellQuote(node) + " " +
                      ShellQuote((fs::path(dir) / peer.script).string()) +
                      " --pipeline " + peer.pipeline + " --repeat " +
                      std::to_string(options.repeat) + " --max-mb " +
                      std::to_string(mb) + " " + files;
    std::string out;
    if (!Capture(cmd, &out) || NumberField(out, "cpu_s") <= 0) {
      std::fprintf(stderr, "corpus_bench: peer failed: %s\n", cmd.c_str());
      ok = false;
      continue;
    }
    double peer_docs = NumberField(out, "docs");
    double peer_bytes = NumberField(out, "bytes");
    double peer_mbps = NumberField(out, "mb_per_s");
    if (static_cast<size_t>(peer_docs) != n) {
      std::fprintf(stderr,
                   "corpus_bench: %s read %.0f documents, claimx %zu: the "
                   "ratio compares different text\n",
                   peer.label, peer_docs, n);
    }
    if (n != claimx_n) {  // the wink peers share one figure
      claimx_mbps = ClaimxMbPerS(ex, texts, n, bytes, options.repeat);
      claimx_n = n;
    }
    std::printf("%-27s %6.0f %7.2f %8.2f %9.1f %8.1fx %8s  %s\n", peer.label,
                peer_docs, peer_bytes / 1e6, peer_mbps, claimx_mbps,
                claimx_mbps / peer_mbps, peer.target,
                ObjectField(out, "counts").c_str());
  }
  if (!temp.empty()) std::remove(temp.c_str());
  return ok;
}

}  // namespace claimx::bench
