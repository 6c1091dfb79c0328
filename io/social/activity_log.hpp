// Reading timestamped interaction logs into the layers and the event log of a NetworkBuilder.
//
// Two layouts, told apart by the first non-blank line:
//   - Higgs/SNAP activity log (higgs-activity_time.txt): "userA userB timestamp TYPE" separated
//     by spaces or tabs, no header, TYPE one of RT (retweet), MT (mention), RE (reply), also QT
//     and any layer name (graph/layer.hpp ParseLayer). SNAP's Higgs data set (De Domenico et al.,
//     Sci. Rep. 3:2980, 2013) states the interaction from userA's side: A retweeted, mentioned or
//     replied to B. That is already ombak's attention direction, so A -> B is stored as is.
//   - Event CSV/TSV with a header naming at least actor,target,type,time (any order, any case)
//     and optionally tweet_id,root_id; comma-separated unless the header has tabs and no commas.
//     Times are Unix seconds or ISO-8601 (io/social/twitter_time.hpp); an empty time, tweet_id or
//     root_id is "unknown".
// Every row becomes one arc (weight 1, its time) in its layer and one event, in file order. Ids
// are interned in the builder's table: integers for an integer table, text otherwise.
//
// Usage:
//   NetworkBuilder builder(IdKind::kInteger);
//   ReadActivityLog("higgs-activity_time.txt.gz", builder);
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/layer.hpp"
#include "graph/network.hpp"

namespace ombak {

struct ActivityLogOptions {
  // Rows that cannot be read are skipped and counted while at most this many; one more is an
  // InputError. 0 = the first bad row is an error.
  std::uint64_t max_bad_lines = 0;
  // Called with the fraction of the file read so far (0..1].
  std::function<void(double fraction)> progress;
};

struct ActivityLogReport {
  bool has_header = false;  // true for the event CSV layout
  std::uint64_t rows = 0;   // events added
  std::uint64_t bad_lines = 0;
  std::vector<std::string> bad_line_messages;  // the first 10
  std::array<std::uint64_t, kNumLayers> arcs{};
};

// Reads `path` (plain or gzip) into `builder` as described above. Throws InputError
// "path:line:column: expected ..., got '...'" for an unreadable file, a header without the
// required columns, or a bad row beyond max_bad_lines. O(file size), serial.
void ReadActivityLog(const std::string& path, NetworkBuilder& builder,
                     const ActivityLogOptions& options = {}, ActivityLogReport* report = nullptr);

// The same over text held in memory; `path` names it in messages.
void ReadActivityLogText(const std::string& path, std::string_view text, NetworkBuilder& builder,
                         const ActivityLogOptions& options = {},
                         ActivityLogReport* report = nullptr);

}  // namespace ombak
