// Pajek .net reader (Batagelj & Mrvar's Pajek; the format networkx and igraph also write).
//
// Sections, case-insensitive, '%' starts a comment line:
//   *Vertices N          then "i \"label\" [x y z ...]" lines (1-based i; label optional)
//   *Arcs  / *Edges      then "i j [weight]" lines (directed / undirected)
//   *Arcslist / *Edgeslist  then "i j k l ..." lines: i -> j, i -> k, ...
// All arcs go to Layer::kFollow, like other files that do not name a layer. A file with only
// undirected sections builds an undirected layer; a file mixing both stores each undirected
// edge as two arcs. Ids: in an integer table the vertex number is the external id and the label
// the "label" column; in a string table the label is the id (the number when a vertex has none).
//
// Usage:
//   NetworkBuilder b(IdKind::kString);
//   ReadPajek("karate.net", b);
#pragma once

#include <string>
#include <string_view>

#include "graph/network.hpp"

namespace ombak {

// Reads `path` (plain or gzip) into `builder`. Throws InputError "path:line:column: expected
// ..., got '...'" for a vertex number outside 1..N, a malformed line, or a section Pajek does not
// define (*Matrix is not supported). O(file size), serial.
void ReadPajek(const std::string& path, NetworkBuilder& builder);

// The same over text held in memory; `path` names it in messages.
void ReadPajekText(const std::string& path, std::string_view text, NetworkBuilder& builder);

}  // namespace ombak
