// Reader of delimited edge lists: CSV, TSV and whitespace-separated files (SNAP, Higgs, R-MAT).
//
// Design choice: the whole file is one buffer (TextSource), cut at line breaks into one chunk
// per thread; every chunk is parsed into its own arrays and the arrays are joined in chunk
// order, so the result is the same for any thread count. Ids are first parsed as 64-bit
// integers; only if some id is not an integer (and the caller did not force integer ids) is
// the file parsed again keeping ids as text. Errors carry byte offsets while parsing and are
// turned into exact "path:line:column" only when reported.
//
// Columns: an optional header names them (source/src/from/user/actor, target/dst/to/author,
// weight/w/count/value, time/timestamp/created_at, layer/type; other names are ignored). Without
// a header the first two columns are source and target, a numeric third column is the weight,
// and four columns "a b time LAYER" (the SNAP Higgs activity log) are source, target, time and
// layer. Blank lines and comment lines (#, %, //) are skipped.
//
// Usage:
//   RawFile raw = ReadEdgeList(TextSource::Open("follows.csv"), {});
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "graph/layer.hpp"
#include "graph/node_table.hpp"
#include "io/raw_graph.hpp"
#include "io/text_source.hpp"

namespace ombak {

struct EdgeListOptions {
  char delimiter = 0;               // 0 = detect from the first data line; else ',', '\t' or ' '
  std::optional<IdKind> id_kind{};  // nullopt: integers if every id parses as int64
  bool reverse = false;             // columns are target, source
  std::size_t max_bad_lines = 0;    // malformed rows skipped before an error is raised
  std::optional<Layer> layer{};     // every row goes to this layer (a layer column is ignored)
  std::function<void(double)> progress{};  // fraction of this file parsed
};

// Parses an edge list. Rows are arcs in file order. Throws InputError
// ("path:line:column: expected ..., got '...'") for the first malformed row, or, with
// max_bad_lines = N > 0, for the (N+1)-th. O(file size), parallel when the file is large.
RawFile ReadEdgeList(const TextSource& source, const EdgeListOptions& options = {});

// Header words: true if `name` (any case) names one of the edge-list columns above.
bool IsSourceColumnName(std::string_view name);
bool IsTargetColumnName(std::string_view name);

}  // namespace ombak
