// Which reader a file needs: from the name given by the user, the extension, and the content.
//
// Design choice: content beats names where it is cheap to be sure (a snapshot's magic bytes,
// gzip's magic, a GML `graph [` opening, a node-table header), the extension decides the rest,
// and everything else is read as an edge list whose delimiter the edge-list reader detects.
// Format names: "edgelist", "csv", "tsv", "gml", "ombak", "nodes" (readers added later register
// their own names in io/load.cpp).
#pragma once

#include <string>
#include <string_view>

namespace ombak {

// The format named by the extension (".gz" is looked through): "gml", "ombak", "csv", "tsv",
// "edgelist" (.el, .edges, .edgelist, .txt, .snap), or "" when the extension says nothing.
std::string FormatFromExtension(const std::string& path);

// True when the file starts with the snapshot magic "OMBAK\0" (reads 6 bytes; false if the
// file cannot be read).
bool HasSnapshotMagic(const std::string& path);

// The format of text already read (inflated): "gml" or "nodes" when the content says so, else
// the extension's format, else "edgelist".
std::string DetectTextFormat(const std::string& path, std::string_view text);

}  // namespace ombak
