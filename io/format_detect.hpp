// Which reader a file needs: from the name given by the user, the extension, and the content.
//
// Design choice: content beats names where it is cheap to be sure (a snapshot's magic bytes,
// gzip's magic, a JSON object for a tweet archive, a `<graphml` element, a GML `graph [`
// opening, a Pajek `*Vertices` line, an activity-log header or Higgs row, a node-table header),
// the extension decides the rest, and everything else is read as an edge list whose delimiter
// the edge-list reader detects. Only the first few kilobytes are looked at.
// Format names: "edgelist", "csv", "tsv", "gml", "ombak", "nodes", "tweets", "activity",
// "graphml", "pajek" (io/load.cpp maps each to its reader; "gexf" is recognised by its
// extension only to say that ombak writes GEXF but does not read it).
#pragma once

#include <string>
#include <string_view>

namespace ombak {

// The format named by the extension (".gz" is looked through): "gml", "ombak", "csv", "tsv",
// "edgelist" (.el, .edges, .edgelist, .txt, .snap), "tweets" (.jsonl, .ndjson), "graphml",
// "pajek" (.net), "gexf", or "" when the extension says nothing.
std::string FormatFromExtension(const std::string& path);

// True when the file starts with the snapshot magic "OMBAK\0" (reads 6 bytes; false if the
// file cannot be read).
bool HasSnapshotMagic(const std::string& path);

// Content rules (each looks at the start of `text` only):
// the first non-space byte is '{' (JSON lines: tweets);
bool LooksLikeTweetJson(std::string_view text);
// a `<graphml` element in the first 4 KB;
bool LooksLikeGraphMl(std::string_view text);
// the first line that is not blank or a '%' comment is `*Vertices` or `*Network` (any case);
bool LooksLikePajek(std::string_view text);
// the first non-blank line is a header naming actor, target, type and time (comma- or
// tab-separated, any order and case), or a Higgs row "userA userB unix_seconds RT|MT|RE|QT".
bool LooksLikeActivityLog(std::string_view text);

// The format of text already read (inflated): by the content rules above in that order (tweets,
// graphml, gml, pajek, activity, nodes), else the extension's format, else "edgelist".
std::string DetectTextFormat(const std::string& path, std::string_view text);

}  // namespace ombak
