// Reader of node-attribute tables: one row per account, first column the external id.
//
// Design choice: the table is a CSV/TSV file with a header (id,label,followers_count,party,...).
// The first column is the external id; every other column becomes an attribute column typed by
// inference over all its cells (all integers -> integer, all numbers -> real, else text; empty
// cells are missing values). Nodes listed here exist in the network even without any edge.
//
// Usage:
//   RawFile raw = ReadNodeAttributes(TextSource::Open("accounts.csv"), {});
#pragma once

#include <optional>

#include "graph/node_table.hpp"
#include "io/raw_graph.hpp"
#include "io/text_source.hpp"

namespace ombak {

struct NodeAttributeOptions {
  char delimiter = 0;               // 0 = detect from the header line
  std::optional<IdKind> id_kind{};  // nullopt: integers if every id parses as int64
};

// Parses a node table. Throws InputError for a missing header, an empty id, a repeated id, a
// row with more cells than the header has columns, or a bad quoted field. O(file size).
RawFile ReadNodeAttributes(const TextSource& source, const NodeAttributeOptions& options = {});

// True when the first data line is a header whose first column names an id (id, node, handle,
// account, user_id, name) and no column names an edge target: the file is a node table.
bool LooksLikeNodeTable(std::string_view text);

}  // namespace ombak
