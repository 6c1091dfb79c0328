// Timestamps as tweet archives and activity logs write them, parsed to Unix seconds (UTC).
//
// Design choice: one small hand-written parser per layout instead of strptime/std::chrono
// parsing, because strptime depends on the C locale and is not thread-safe on every libc, and
// the tweet reader calls this from several threads for every tweet.
//   API v1.1 ("created_at"):        "Wed Oct 10 20:19:24 +0000 2018"
//   API v2 and Gnip ("postedTime"): "2018-10-10T20:19:24.000Z", "2018-10-10T20:19:24+07:00",
//                                   "2018-10-10 20:19:24" (read as UTC)
//   Activity logs:                  integer Unix seconds ("1341100972")
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/types.hpp"

namespace ombak {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t DaysFromCivil(std::int64_t year, unsigned month, unsigned day);

// Parses the v1.1 layout "Www Mmm DD HH:MM:SS +ZZZZ YYYY"; nullopt when `text` is not one.
std::optional<Timestamp> ParseTwitterTime(std::string_view text);

// Parses ISO-8601 "YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|+HH:MM|+HHMM]" (no zone = UTC) or a date
// "YYYY-MM-DD" (midnight UTC); fractions of a second are dropped. nullopt otherwise.
std::optional<Timestamp> ParseIsoTime(std::string_view text);

// Any of the above, or a decimal integer of Unix seconds.
std::optional<Timestamp> ParseAnyTime(std::string_view text);

// Unix seconds as ISO-8601 UTC "YYYY-MM-DDTHH:MM:SSZ" (what `ombak info` prints); ParseIsoTime
// reads it back.
std::string FormatIsoTime(Timestamp t);

}  // namespace ombak
