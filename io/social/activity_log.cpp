#include "io/social/activity_log.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

#include "graph/errors.hpp"
#include "io/social/twitter_time.hpp"
#include "io/text_source.hpp"

namespace ombak {
namespace {

// A field of a row and the 1-based column where it starts.
struct Field {
  std::string_view text;
  std::uint64_t column;
};

std::vector<Field> Split(std::string_view line, char delimiter) {
  std::vector<Field> fields;
  std::size_t pos = 0;
  if (delimiter == ' ') {  // runs of spaces and tabs
    while (pos < line.size()) {
      while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
      if (pos == line.size()) break;
      const std::size_t start = pos;
      while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
      fields.push_back({line.substr(start, pos - start), start + 1});
    }
    return fields;
  }
  while (true) {
    const std::size_t end = std::min(line.find(delimiter, pos), line.size());
    std::string_view text = line.substr(pos, end - pos);
    while (!text.empty() && (text.front() == ' ' || text.front() == '"')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"')) text.remove_suffix(1);
    fields.push_back({text, pos + 1});
    if (end == line.size()) break;
    pos = end + 1;
  }
  return fields;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A row that cannot be read: where and why.
struct BadRow {
  std::uint64_t column;
  std::string what;
};

class LogReader {
 public:
  LogReader(const std::string& path, NetworkBuilder& builder, const ActivityLogOptions& options,
            ActivityLogReport& report)
      : path_(path), builder_(builder), options_(options), report_(report) {}

  void Run(std::string_view text) {
    std::uint64_t number = 0;
    std::size_t position = 0;
    std::size_t next_progress = std::size_t{16} << 20;
    bool first = true;
    while (position < text.size()) {
      const std::size_t end = std::min(text.find('\n', position), text.size());
      std::string_view line = text.substr(position, end - position);
      position = end + 1;
      ++number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      if (first) {
        first = false;
        if (Lower(line).find("actor") != std::string::npos) {
          Header(line, number);
          continue;
        }
      }
      Row(line, number);
      if (options_.progress && position >= next_progress) {
        options_.progress(static_cast<double>(position) / text.size());
        next_progress += std::size_t{16} << 20;
      }
    }
    if (options_.progress) options_.progress(1.0);
  }

 private:
  void Header(std::string_view line, std::uint64_t number) {
    report_.has_header = true;
    delimiter_ =
        line.find(',') == std::string_view::npos && line.find('\t') != std::string_view::npos ? '\t'
                                                                                              : ',';
    const std::vector<Field> fields = Split(line, delimiter_);
    index_.fill(-1);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const std::string name = Lower(fields[i].text);
      for (std::size_t k = 0; k < kNames.size(); ++k) {
        if (name == kNames[k]) index_[k] = static_cast<int>(i);
      }
    }
    for (std::size_t k = 0; k < 4; ++k) {
      if (index_[k] < 0) {
        throw InputError(path_, number, 1,
                         ExpectedGot("a header with columns actor,target,type,time", line));
      }
    }
  }

  void Row(std::string_view line, std::uint64_t number) {
    try {
      Add(Split(line, delimiter_), line);
    } catch (const BadRow& bad) {
      if (++report_.bad_lines > options_.max_bad_lines) {
        throw InputError(path_, number, bad.column, bad.what);
      }
      if (report_.bad_line_messages.size() < 10) {
        report_.bad_line_messages.push_back(path_ + ":" + std::to_string(number) + ":" +
                                            std::to_string(bad.column) + ": " + bad.what);
      }
    }
  }

  void Add(const std::vector<Field>& fields, std::string_view line) {
    const auto field = [&](int k) -> const Field* {
      const int i = index_[static_cast<std::size_t>(k)];
      return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? &fields[i] : nullptr;
    };
    const int needed = *std::max_element(index_.begin(), index_.begin() + 4) + 1;
    if (fields.size() < static_cast<std::size_t>(needed)) {
      throw BadRow{line.size() + 1,
                   ExpectedGot(std::to_string(needed) + " fields (" +
                                   (report_.has_header ? std::string("actor,target,type,time")
                                                       : std::string("userA userB time TYPE")) +
                                   ")",
                               line)};
    }
    const NodeId actor = Node(*field(0));
    const NodeId target = Node(*field(1));
    const auto layer = ParseLayer(field(2)->text);
    if (!layer) {
      throw BadRow{
          field(2)->column,
          ExpectedGot("an interaction type (RT, MT, RE, QT or a layer name)", field(2)->text)};
    }
    Timestamp time = kNoTime;
    if (!field(3)->text.empty()) {
      const auto parsed = ParseAnyTime(field(3)->text);
      if (!parsed) {
        throw BadRow{field(3)->column,
                     ExpectedGot("a time (Unix seconds or ISO-8601)", field(3)->text)};
      }
      time = *parsed;
    }
    const std::int64_t tweet = OptionalId(field(4));
    const std::int64_t root = OptionalId(field(5));
    builder_.AddArc(*layer, actor, target, Weight{1}, time);
    builder_.events().Add({actor, target, *layer, time, tweet, root});
    ++report_.rows;
    ++report_.arcs[static_cast<int>(*layer)];
  }

  NodeId Node(const Field& field) {
    NodeTable& nodes = builder_.nodes();
    if (field.text.empty()) throw BadRow{field.column, ExpectedGot("an account id", "")};
    if (nodes.id_kind() == IdKind::kString) return nodes.Intern(field.text);
    std::int64_t id = 0;
    const auto [end, error] =
        std::from_chars(field.text.data(), field.text.data() + field.text.size(), id);
    if (error != std::errc() || end != field.text.data() + field.text.size()) {
      throw BadRow{field.column, ExpectedGot("an integer account id", field.text)};
    }
    return nodes.Intern(id);
  }

  static std::int64_t OptionalId(const Field* field) {
    if (field == nullptr || field->text.empty()) return kNoTweet;
    std::int64_t id = 0;
    const auto [end, error] =
        std::from_chars(field->text.data(), field->text.data() + field->text.size(), id);
    if (error != std::errc() || end != field->text.data() + field->text.size()) {
      throw BadRow{field->column, ExpectedGot("an integer tweet id", field->text)};
    }
    return id;
  }

  static constexpr std::array<std::string_view, 6> kNames = {"actor", "target",   "type",
                                                             "time",  "tweet_id", "root_id"};
  const std::string& path_;
  NetworkBuilder& builder_;
  const ActivityLogOptions& options_;
  ActivityLogReport& report_;
  char delimiter_ = ' ';
  std::array<int, 6> index_ = {0, 1, 3, 2, -1, -1};  // Higgs: userA userB time TYPE
};

}  // namespace

void ReadActivityLogText(const std::string& path, std::string_view text, NetworkBuilder& builder,
                         const ActivityLogOptions& options, ActivityLogReport* report) {
  ActivityLogReport local;
  LogReader(path, builder, options, report != nullptr ? *report : local).Run(text);
}

void ReadActivityLog(const std::string& path, NetworkBuilder& builder,
                     const ActivityLogOptions& options, ActivityLogReport* report) {
  const TextSource source = TextSource::Open(path);
  ReadActivityLogText(path, source.text(), builder, options, report);
}

}  // namespace ombak
