// Copyright claimx authors. Internal: threads kept alive across
// Extractor::ExtractBatch calls.
#ifndef CLAIMX_LIB_WORKER_POOL_H_
#define CLAIMX_LIB_WORKER_POOL_H_

#include <unistd.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace claimx::internal {

// A batch used to start and join its own threads. Corpus jobs call
// ExtractBatch once per few hundred documents, so each call paid for thread
// start-up and for a cold per-thread Workspace (every buffer grown again).
// The pool keeps its threads (and their thread-local workspaces) for the
// lifetime of the Extractor's model. Run() is safe to call from several
// threads at once: the caller always works too, so a call makes progress
// even while the pool is busy with another call's tasks. A child process
// forked from the one that built the pool (Python multiprocessing) inherits
// the object but not its threads, and its mutex and condition variable may
// be in any state: there Run() starts and joins threads of its own per call
// and never touches the inherited state.
class WorkerPool {
 public:
  WorkerPool() = default;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  ~WorkerPool() {
    if (!Owned()) {
      // The parent's threads: never joined nor destroyed here (a joinable
      // std::thread terminates the process), so left allocated on purpose.
      (void)new std::vector<std::thread>(std::move(threads_));
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // Runs `fn` on the calling thread and on `helpers` pool threads at once;
  // returns when every copy has returned. `fn` must share its work out itself
  // (an atomic index), so copies that start late find nothing left to do.
  void Run(int helpers, const std::function<void()>& fn) {
    if (helpers <= 0) {
      fn();
      return;
    }
    if (!Owned()) {
      std::vector<std::thread> own;
      own.reserve(helpers);
      for (int i = 0; i < helpers; ++i) own.emplace_back(fn);
      fn();
      for (std::thread& t : own) t.join();
      return;
    }
    std::mutex done_mu;
    std::condition_variable done_cv;
    int left = helpers;
    {
      std::lock_guard<std::mutex> lock(mu_);
      while (threads_.size() < static_cast<size_t>(helpers)) {
        threads_.emplace_back([this] { Loop(); });
      }
      for (int i = 0; i < helpers; ++i) {
        tasks_.emplace_back([&] {
          fn();
          std::lock_guard<std::mutex> done_lock(done_mu);
          if (--left == 0) done_cv.notify_one();
        });
      }
    }
    cv_.notify_all();
    fn();
    std::unique_lock<std::mutex> done_lock(done_mu);
    done_cv.wait(done_lock, [&] { return left == 0; });
  }

 private:
  bool Owned() const { return owner_ == getpid(); }

  void Loop() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stop_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stop_ and nothing left
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
  const pid_t owner_ = getpid();  // the process that built the pool
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_WORKER_POOL_H_
