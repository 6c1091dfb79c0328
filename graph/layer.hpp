// The layers of the multiplex model. Every layer's arcs point the way attention goes
// (DESIGN.md): follower -> followee, retweeter -> author, quoter -> author,
// replier -> replied-to, mentioner -> mentioned. The sixth layer, interaction, holds engagement
// whose kind the data does not tell apart (the SNAP Congress network merges retweets, quotes,
// replies and mentions): engager -> author.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ombak {

enum class Layer : std::uint8_t { kFollow, kRetweet, kQuote, kReply, kMention, kInteraction };
inline constexpr int kNumLayers = 6;
inline constexpr std::array<Layer, kNumLayers> kAllLayers = {Layer::kFollow,  Layer::kRetweet,
                                                             Layer::kQuote,   Layer::kReply,
                                                             Layer::kMention, Layer::kInteraction};

// "follow", "retweet", "quote", "reply", "mention", "interaction".
std::string_view LayerName(Layer layer);
// Accepts the names above, their plurals and the Higgs/SNAP codes RT, QT, RE, MT
// (case-insensitive); nullopt for anything else.
std::optional<Layer> ParseLayer(std::string_view text);

}  // namespace ombak
