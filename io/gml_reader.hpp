// Reader of GML (Graph Modelling Language) files, as written by networkx, igraph and Newman's
// data sets (karate, football, polbooks, lesmis).
//
// Design choice: a small recursive-descent parser over the whole buffer that keeps line and
// column as it goes, so every error is "path:line:column". Only the first `graph [...]` is read.
// `directed 0` (also the GML default when the key is absent) makes an undirected graph. Node
// `id` is the external integer id; `label` and every other scalar node key become attribute
// columns typed by their values (all integers -> integer, numbers -> real, else text). An edge's
// `weight` (or `value`) is its weight. Nested lists (graphics, ...) are skipped; `#` starts a
// comment; strings are double-quoted and may use &quot; &amp; &lt; &gt; entities.
//
// Usage:
//   RawFile raw = ReadGml(TextSource::Open("karate.gml"));
#pragma once

#include "io/raw_graph.hpp"
#include "io/text_source.hpp"

namespace ombak {

// Parses a GML file. Throws InputError for a syntax error, a node without an integer id, a
// repeated node id, or an edge whose source or target is not a declared node.
// O(file size).
RawFile ReadGml(const TextSource& source);

// True when the text looks like GML: its first key is `graph`, `Creator` or `Version`.
bool LooksLikeGml(std::string_view text);

}  // namespace ombak
