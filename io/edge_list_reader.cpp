#include "io/edge_list_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/csv_fields.hpp"
#include "io/decimal_scan.hpp"

namespace ombak {
namespace {

constexpr std::size_t kParallelBytes = std::size_t{1} << 22;  // smaller files parse serially
constexpr std::size_t kSkippedShown = 10;  // skipped rows listed by name in warnings

bool NameIn(std::string_view name, std::initializer_list<std::string_view> names) {
  const std::string lower = ToLower(name);
  return std::find(names.begin(), names.end(), lower) != names.end();
}
bool IsWeightName(std::string_view n) { return NameIn(n, {"weight", "w", "count", "value"}); }
bool IsTimeName(std::string_view n) {
  return NameIn(n, {"time", "timestamp", "created_at", "date", "datetime"});
}
bool IsLayerName(std::string_view n) { return NameIn(n, {"layer", "type", "interaction"}); }

// Which field holds what; -1 = absent.
struct ColumnPlan {
  int source = 0;
  int target = 1;
  int weight = -1;
  int time = -1;
  int layer = -1;
  std::size_t needed = 2;  // fields a row must have
  std::size_t data_begin = 0;
};

struct BadRow {
  std::size_t offset;
  std::string message;
};

// The rows of one chunk of the file.
struct Chunk {
  RawIds sources;
  RawIds targets;
  std::vector<Weight> weights;
  std::vector<Timestamp> times;
  std::vector<Layer> layers;
  std::vector<BadRow> bad;
  bool needs_text = false;  // met a non-integer id while parsing integers
};

ColumnPlan PlanColumns(const FieldSplitter& first, std::size_t line_begin, std::size_t next_line) {
  ColumnPlan plan;
  bool header = false;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const std::string_view name = first[i].text;
    if (IsSourceColumnName(name) || IsTargetColumnName(name) || IsWeightName(name) ||
        IsTimeName(name) || IsLayerName(name)) {
      header = true;
    }
  }
  if (header) {
    plan = ColumnPlan{-1, -1, -1, -1, -1, 0, next_line};
    for (std::size_t i = 0; i < first.size(); ++i) {
      const std::string_view name = first[i].text;
      const int index = static_cast<int>(i);
      if (plan.source < 0 && IsSourceColumnName(name)) {
        plan.source = index;
      } else if (plan.target < 0 && IsTargetColumnName(name)) {
        plan.target = index;
      } else if (plan.weight < 0 && IsWeightName(name)) {
        plan.weight = index;
      } else if (plan.time < 0 && IsTimeName(name)) {
        plan.time = index;
      } else if (plan.layer < 0 && IsLayerName(name)) {
        plan.layer = index;
      }
    }
    // Unnamed endpoints take the first columns not claimed by another name.
    for (int* endpoint : {&plan.source, &plan.target}) {
      for (int i = 0; *endpoint < 0 && i < static_cast<int>(first.size()) + 2; ++i) {
        if (i != plan.source && i != plan.target && i != plan.weight && i != plan.time &&
            i != plan.layer) {
          *endpoint = i;
        }
      }
    }
  } else {
    plan.data_begin = line_begin;
    Timestamp time;
    Weight weight;
    if (first.size() >= 4 && ParseLayer(first[3].text) && ParseTimestamp(first[2].text, &time)) {
      plan.time = 2;
      plan.layer = 3;
    } else if (first.size() >= 3 && ParseWeight(first[2].text, &weight)) {
      plan.weight = 2;
    }
  }
  plan.needed = 1 + static_cast<std::size_t>(
                        std::max({plan.source, plan.target, plan.weight, plan.time, plan.layer}));
  return plan;
}

std::string FoundOrEmpty(std::string_view expected, std::string_view found) {
  if (found.empty()) return "expected " + std::string(expected) + ", got an empty field";
  return ExpectedGot(expected, found);
}

const char* ColumnRole(const ColumnPlan& plan, std::size_t index) {
  const int i = static_cast<int>(index);
  if (i == plan.source) return "a source id";
  if (i == plan.target) return "a target id";
  if (i == plan.weight) return "a weight";
  if (i == plan.time) return "a time";
  return "a layer name";
}

class ChunkParser {
 public:
  ChunkParser(std::string_view text, const ColumnPlan& plan, char delimiter, bool integer_ids,
              const EdgeListOptions& options)
      : text_(text),
        text_end_(text.data() + text.size()),
        plan_(plan),
        split_(delimiter),
        integer_ids_(integer_ids),
        options_(options) {}

  void Parse(std::size_t begin, std::size_t end, bool first_chunk, bool report_progress,
             Chunk* chunk) {
    chunk_ = chunk;
    if (!integer_ids_) {
      chunk->sources.MakeText();
      chunk->targets.MakeText();
    } else {
      // The first chunk reserves room (address space only) for the rows of every chunk, so
      // JoinIds appends the others to it without moving it.
      const std::size_t rows = ((first_chunk ? text_.size() : end) - begin) / 8;
      chunk->sources.Reserve(rows);
      chunk->targets.Reserve(rows);
    }
    std::size_t rows = 0;
    std::size_t pos = begin;
    const bool fast = integer_ids_ && split_.delimiter() == ' ' && plan_.source == 0 &&
                      plan_.target == 1 && plan_.time < 0 && plan_.layer < 0 &&
                      (plan_.weight < 0 || plan_.weight == 2) && !options_.reverse;
    while (pos < end) {
      if (fast && FastRow(&pos, end)) {
        if (report_progress && (++rows & 0xfffff) == 0) {
          options_.progress(static_cast<double>(pos - begin) / static_cast<double>(end - begin));
        }
        continue;
      }
      std::size_t content_end;
      const std::size_t next = NextLine(text_, pos, &content_end);
      if (!IsBlankOrComment(text_, pos, content_end)) {
        ParseRow(pos, content_end);
        if (chunk->needs_text || chunk->bad.size() > options_.max_bad_lines) return;
      }
      pos = next;
      if (report_progress && (++rows & 0xfffff) == 0) {
        options_.progress(static_cast<double>(pos - begin) / static_cast<double>(end - begin));
      }
    }
  }

 private:
  // The common case, "123 456[ w]\n" with integer ids, without splitting into fields (the
  // plain "A B\n" first through ScanPairRow). Returns
  // false (leaving *pos alone) for anything else: the general path then reads the line.
  bool FastRow(std::size_t* pos, std::size_t end) {
    const char* p = text_.data() + *pos;
    const char* const stop = text_.data() + end;
    if (plan_.weight < 0 && text_end_ - p >= 16) {
      std::uint64_t source, target;
      // The LF found ends this row, so the row lies inside the chunk.
      if (const char* next = ScanPairRow(p, &source, &target)) {
        chunk_->sources.AddInt(static_cast<std::int64_t>(source));
        chunk_->targets.AddInt(static_cast<std::int64_t>(target));
        *pos = static_cast<std::size_t>(next - text_.data());
        return true;
      }
    }
    std::int64_t ids[2];
    for (std::int64_t& id : ids) {
      while (p < stop && (*p == ' ' || *p == '\t')) ++p;
      const bool negative = p < stop && *p == '-';
      p += negative;
      const char* digits = p;
      std::uint64_t v;
      // Reading up to the end of the text is safe: a chunk ends just after a line break.
      p = ScanDecimal(p, text_end_, 18, &v);
      if (p == digits || (p < stop && *p != ' ' && *p != '\t' && *p != '\n')) return false;
      id = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    }
    Weight weight = 1;
    if (plan_.weight == 2) {
      while (p < stop && (*p == ' ' || *p == '\t')) ++p;
      double w;
      const auto r = std::from_chars(p, stop, w);
      if (r.ec != std::errc() || !IsArcWeight(w)) return false;
      weight = static_cast<Weight>(w);
      p = r.ptr;
    }
    while (p < stop && (*p == ' ' || *p == '\t')) ++p;
    if (p < stop && *p != '\n') return false;  // CR, more fields, junk: the general path
    chunk_->sources.AddInt(ids[0]);
    chunk_->targets.AddInt(ids[1]);
    if (plan_.weight == 2) chunk_->weights.push_back(weight);
    *pos = static_cast<std::size_t>(p - text_.data()) + (p < stop ? 1 : 0);
    return true;
  }

  void Bad(std::size_t offset, std::string message) {
    chunk_->bad.push_back({offset, std::move(message)});
  }

  bool ParseId(const Field& field, const char* role, std::int64_t* out) {
    if (field.text.empty()) {
      Bad(field.offset, FoundOrEmpty(role, field.text));
      return false;
    }
    if (!integer_ids_) return true;
    if (ParseInt64(field.text, out)) return true;
    if (options_.id_kind == IdKind::kInteger) {
      Bad(field.offset, ExpectedGot(std::string("an integer id (--ids integer)"), field.text));
    } else {
      chunk_->needs_text = true;
    }
    return false;
  }

  void ParseRow(std::size_t begin, std::size_t end) {
    FieldError error;
    if (!split_.Split(text_, begin, end, &error)) return Bad(error.offset, error.message);
    if (split_.size() < plan_.needed) {
      return Bad(end, ExpectedGot(std::string(ColumnRole(plan_, split_.size())) + " (column " +
                                      std::to_string(split_.size() + 1) + ")",
                                  ""));
    }
    const Field* source = &split_[static_cast<std::size_t>(plan_.source)];
    const Field* target = &split_[static_cast<std::size_t>(plan_.target)];
    if (options_.reverse) std::swap(source, target);
    std::int64_t s = 0, t = 0;
    if (!ParseId(*source, "a source id", &s)) return;
    if (!ParseId(*target, "a target id", &t)) return;
    Weight weight = 1;
    if (plan_.weight >= 0) {
      const Field& f = split_[static_cast<std::size_t>(plan_.weight)];
      double w = 0;
      if (!ParseDouble(f.text, &w)) return Bad(f.offset, FoundOrEmpty("a number (weight)", f.text));
      if (!IsArcWeight(w)) return Bad(f.offset, ExpectedGot(kArcWeightExpected, f.text));
      weight = static_cast<Weight>(w);
    }
    Timestamp time = kNoTime;
    if (plan_.time >= 0) {
      const Field& f = split_[static_cast<std::size_t>(plan_.time)];
      if (!f.text.empty() && !ParseTimestamp(f.text, &time)) {
        return Bad(f.offset, ExpectedGot("a time (integer seconds or ISO-8601 UTC)", f.text));
      }
    }
    Layer layer = Layer::kFollow;
    if (plan_.layer >= 0 && !options_.layer) {
      const Field& f = split_[static_cast<std::size_t>(plan_.layer)];
      const auto parsed = ParseLayer(f.text);
      if (!parsed) {
        return Bad(f.offset, FoundOrEmpty("a layer name (follow, retweet, quote, reply, mention, "
                                          "interaction, RT, QT, RE, MT)",
                                          f.text));
      }
      layer = *parsed;
    }
    if (integer_ids_) {
      chunk_->sources.AddInt(s);
      chunk_->targets.AddInt(t);
    } else {
      chunk_->sources.AddText(source->text);
      chunk_->targets.AddText(target->text);
    }
    if (plan_.weight >= 0) chunk_->weights.push_back(weight);
    if (plan_.time >= 0) chunk_->times.push_back(time);
    if (plan_.layer >= 0 && !options_.layer) chunk_->layers.push_back(layer);
  }

  std::string_view text_;
  const char* text_end_;
  const ColumnPlan& plan_;
  FieldSplitter split_;
  bool integer_ids_;
  const EdgeListOptions& options_;
  Chunk* chunk_ = nullptr;
};

// Chunk boundaries at line starts: [bounds[i], bounds[i+1]).
std::vector<std::size_t> ChunkBounds(std::string_view text, std::size_t begin, int chunks) {
  std::vector<std::size_t> bounds{begin};
  const std::size_t size = text.size() - begin;
  for (int i = 1; i < chunks; ++i) {
    std::size_t b = std::max(bounds.back(), begin + BlockRange(size, chunks, i).first);
    while (b < text.size() && b > begin &&
           !(text[b - 1] == '\n' || (text[b - 1] == '\r' && text[b] != '\n'))) {
      ++b;
    }
    bounds.push_back(b);
  }
  bounds.push_back(text.size());
  return bounds;
}

std::vector<Chunk> ParseChunks(std::string_view text, const ColumnPlan& plan, char delimiter,
                               bool integer_ids, const EdgeListOptions& options) {
  const std::size_t bytes = text.size() - plan.data_begin;
  const int chunks = bytes >= kParallelBytes ? std::max(1, MaxThreads()) : 1;
  const std::vector<std::size_t> bounds = ChunkBounds(text, plan.data_begin, chunks);
  std::vector<Chunk> out(static_cast<std::size_t>(chunks));
#pragma omp parallel for schedule(static, 1) num_threads(chunks) if (chunks > 1)
  for (int c = 0; c < chunks; ++c) {
    ChunkParser parser(text, plan, delimiter, integer_ids, options);
    parser.Parse(bounds[c], bounds[c + 1], c == 0, c == 0 && options.progress != nullptr,
                 &out[static_cast<std::size_t>(c)]);
  }
  return out;
}

template <typename T>
void Concatenate(std::vector<Chunk>& chunks, std::vector<T> Chunk::*member, std::vector<T>* out) {
  if (chunks.size() == 1) {
    *out = std::move(chunks[0].*member);
    return;
  }
  std::size_t total = 0;
  for (const Chunk& c : chunks) total += (c.*member).size();
  out->reserve(total);
  for (Chunk& c : chunks) {
    out->insert(out->end(), (c.*member).begin(), (c.*member).end());
    std::vector<T>().swap(c.*member);
  }
}

void JoinIds(std::vector<Chunk>& chunks, RawIds Chunk::*member, RawIds* out) {
  *out = std::move(chunks[0].*member);
  if (out->integer()) {
    std::size_t total = 0;
    for (const Chunk& c : chunks) total += (c.*member).size();
    out->ints().reserve(total);
  }
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    out->Append(chunks[i].*member);
    chunks[i].*member = RawIds();
  }
}

}  // namespace

bool IsSourceColumnName(std::string_view name) {
  return NameIn(name, {"source", "src", "from", "user", "actor", "source_id", "from_id", "follower",
                       "retweeter", "node1"});
}

bool IsTargetColumnName(std::string_view name) {
  return NameIn(
      name, {"target", "dst", "to", "author", "target_id", "to_id", "followee", "friend", "node2"});
}

RawFile ReadEdgeList(const TextSource& source, const EdgeListOptions& options) {
  const std::string_view text = source.text();
  RawFile raw;
  raw.path = source.path();
  raw.layer = options.layer.value_or(Layer::kFollow);
  if (options.id_kind == IdKind::kString) {
    raw.sources.MakeText();
    raw.targets.MakeText();
  }
  // The first data line fixes the delimiter and tells whether there is a header.
  std::size_t pos = 0;
  std::size_t content_end = 0;
  std::size_t next = 0;
  while (pos < text.size()) {
    next = NextLine(text, pos, &content_end);
    if (!IsBlankOrComment(text, pos, content_end)) break;
    pos = next;
  }
  if (pos >= text.size()) return raw;  // no data rows
  const char delimiter = options.delimiter != 0
                             ? options.delimiter
                             : DetectDelimiter(text.substr(pos, content_end - pos));
  FieldSplitter first(delimiter);
  FieldError error;
  if (!first.Split(text, pos, content_end, &error)) {
    const auto [line, column] = LocateOffset(text, error.offset);
    throw InputError(source.path(), line, column, error.message);
  }
  const ColumnPlan plan = PlanColumns(first, pos, next);

  bool integer_ids = options.id_kind != IdKind::kString;
  std::vector<Chunk> chunks = ParseChunks(text, plan, delimiter, integer_ids, options);
  if (integer_ids &&
      std::any_of(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.needs_text; })) {
    integer_ids = false;
    chunks = ParseChunks(text, plan, delimiter, integer_ids, options);
  }

  // Malformed rows, in file order: up to max_bad_lines are skipped, the next one is an error.
  std::size_t bad_seen = 0;
  for (const Chunk& chunk : chunks) {
    for (const BadRow& bad : chunk.bad) {
      const auto [line, column] = LocateOffset(text, bad.offset);
      if (bad_seen == options.max_bad_lines) {
        if (options.max_bad_lines == 0) throw InputError(source.path(), line, column, bad.message);
        throw InputError(source.path(), line, column,
                         "more than " + std::to_string(options.max_bad_lines) +
                             " malformed rows (the --skip-bad-lines cap): " + bad.message);
      }
      ++bad_seen;
      if (raw.skipped.size() < kSkippedShown) {
        raw.skipped.push_back(InputError(source.path(), line, column, bad.message).what());
      }
    }
  }
  raw.skipped_count = bad_seen;

  // The two id columns are joined side by side: each join is one long copy.
#pragma omp parallel for schedule(static, 1) \
    num_threads(std::min(2, MaxThreads())) if (chunks.size() > 1)
  for (int column = 0; column < 2; ++column) {
    if (column == 0) JoinIds(chunks, &Chunk::sources, &raw.sources);
    if (column == 1) JoinIds(chunks, &Chunk::targets, &raw.targets);
  }
  Concatenate(chunks, &Chunk::weights, &raw.weights);
  Concatenate(chunks, &Chunk::times, &raw.times);
  Concatenate(chunks, &Chunk::layers, &raw.layers);
  if (options.progress) options.progress(1.0);
  return raw;
}

}  // namespace ombak
