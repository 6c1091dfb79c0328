// A progress bar on stderr for long work, drawn only when stderr is a terminal and --quiet is
// off; silent otherwise (CI logs and pipes stay clean). The library reports progress through
// std::function<void(double)> callbacks; Callback() adapts a bar to that signature.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace ombak::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, bool enabled);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // fraction in [0, 1]; redraws at most every 100 ms.
  void Update(double fraction);
  void Finish();
  std::function<void(double)> Callback();

  static bool StderrIsTerminal();

 private:
  void Draw(double fraction);
  std::string label_;
  bool enabled_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace ombak::cli
