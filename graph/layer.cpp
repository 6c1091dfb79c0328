#include "graph/layer.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace ombak {

std::string_view LayerName(Layer layer) {
  switch (layer) {
    case Layer::kFollow:
      return "follow";
    case Layer::kRetweet:
      return "retweet";
    case Layer::kQuote:
      return "quote";
    case Layer::kReply:
      return "reply";
    case Layer::kMention:
      return "mention";
    case Layer::kInteraction:
      return "interaction";
  }
  return "?";
}

std::optional<Layer> ParseLayer(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  struct Alias {
    std::string_view name;
    Layer layer;
  };
  static constexpr Alias kAliases[] = {
      {"follow", Layer::kFollow},
      {"follows", Layer::kFollow},
      {"follower", Layer::kFollow},
      {"followers", Layer::kFollow},
      {"retweet", Layer::kRetweet},
      {"retweets", Layer::kRetweet},
      {"rt", Layer::kRetweet},
      {"quote", Layer::kQuote},
      {"quotes", Layer::kQuote},
      {"qt", Layer::kQuote},
      {"reply", Layer::kReply},
      {"replies", Layer::kReply},
      {"re", Layer::kReply},
      {"mention", Layer::kMention},
      {"mentions", Layer::kMention},
      {"mt", Layer::kMention},
      {"interaction", Layer::kInteraction},
      {"interactions", Layer::kInteraction},
      {"engagement", Layer::kInteraction},
  };
  for (const auto& alias : kAliases) {
    if (alias.name == lower) return alias.layer;
  }
  return std::nullopt;
}

}  // namespace ombak
