// report/cascade_setup: account names, target groups and costs, model flags, the model
// dispatch and the seed-method dispatch, on tiny networks drawn below.
#include "report/cascade_setup.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "graph/errors.hpp"
#include "graph/network.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::TempDir;
using testing::WriteFile;

// A star: five leaves listen to the hub (arc leaf -> hub), so the hub's audience is everyone.
//
//        l1  l2
//          \ |
//   l5 --> hub <-- l3
//            ^
//            l4
//
// Accounts have string ids "hub", "l1".."l5"; handles "@hub_h", "@l1_h"...; party D for the
// hub, l1, l2 and R for the rest; followers = 10 * (index + 1).
Network Star(bool weighted = false, float weight = 1.0f) {
  NetworkBuilder b(IdKind::kString);
  const char* names[] = {"hub", "l1", "l2", "l3", "l4", "l5"};
  for (int i = 0; i < 6; ++i) {
    const NodeId v = b.nodes().Intern(names[i]);
    b.nodes().Column("handle", AttributeType::kText).SetText(v, std::string(names[i]) + "_h");
    b.nodes().Column("party", AttributeType::kText).SetText(v, i < 3 ? "D" : "R");
    b.nodes().Column("followers", AttributeType::kInteger).SetInteger(v, 10 * (i + 1));
  }
  for (NodeId leaf = 1; leaf < 6; ++leaf) {
    if (weighted) {
      b.AddArc(Layer::kFollow, leaf, 0, weight);
    } else {
      b.AddArc(Layer::kFollow, leaf, 0);
    }
  }
  return std::move(b).Build();
}

// "@PATH" (a std::string on both sides: GCC 12 warns falsely about "@" + std::string&&).
std::string At(const std::string& path) { return std::string("@").append(path); }

MonteCarloOptions Runs(std::uint64_t runs) {
  MonteCarloOptions mc;
  mc.runs = runs;
  return mc;
}

template <typename F>
std::string MessageOf(F&& f) {
  try {
    f();
  } catch (const InvalidArgument& e) {
    return e.what();
  }
  return "(no InvalidArgument)";
}

TEST(AccountResolver, FindsIdsHandlesAndAtSigns) {
  const Network net = Star();
  const AccountResolver accounts(net.nodes());
  EXPECT_EQ(accounts.Find("hub"), NodeId{0});
  EXPECT_EQ(accounts.Find("l2_h"), NodeId{2});
  EXPECT_EQ(accounts.Find("@l3_h"), NodeId{3});
  EXPECT_EQ(accounts.Find("@l4"), NodeId{4});
  EXPECT_FALSE(accounts.Find("nobody").has_value());
  EXPECT_FALSE(accounts.Find("").has_value());
}

TEST(ParseAccountList, CommaListKeepsFirstOccurrence) {
  const Network net = Star();
  const AccountResolver accounts(net.nodes());
  EXPECT_EQ(ParseAccountList(accounts, "l2, hub_h,l2", "--seeds"), (std::vector<NodeId>{2, 0}));
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, "hub,ghost", "--seeds"); }),
            "--seeds: unknown account 'ghost' (item 2)");
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, " , ", "--seeds"); }),
            "--seeds: no account given");
}

TEST(ParseAccountList, FilesWithAndWithoutHeader) {
  const Network net = Star();
  const AccountResolver accounts(net.nodes());
  TempDir dir;
  WriteFile(dir.File("plain.txt"), "l1\n\n# a comment\n@hub_h\n");
  EXPECT_EQ(ParseAccountList(accounts, At(dir.File("plain.txt")), "--seeds"),
            (std::vector<NodeId>{1, 0}));
  WriteFile(dir.File("list.csv"), "account,score\r\nl5,3\r\n\"l4\",2\r\n");
  EXPECT_EQ(ParseAccountList(accounts, At(dir.File("list.csv")), "--seeds"),
            (std::vector<NodeId>{5, 4}));
  WriteFile(dir.File("handles.txt"), "handle\nl3_h\n");
  EXPECT_EQ(ParseAccountList(accounts, At(dir.File("handles.txt")), "--seeds"),
            (std::vector<NodeId>{3}));
  // A first line that is neither an account nor a header is a typo, not a header.
  WriteFile(dir.File("typo.txt"), "hbu\nl1\n");
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, At(dir.File("typo.txt")), "--seeds"); }),
            "--seeds: unknown account 'hbu' at " + dir.File("typo.txt") + ":1");
  WriteFile(dir.File("bad.txt"), "l1\nl2\nghost\n");
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, At(dir.File("bad.txt")), "--seeds"); }),
            "--seeds: unknown account 'ghost' at " + dir.File("bad.txt") + ":3");
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, "@/nonexistent/s.txt", "--seeds"); }),
            "--seeds: cannot read the account file '/nonexistent/s.txt', and "
            "'@/nonexistent/s.txt' is not an account");
}

TEST(ParseAccountList, AtNamesAreHandlesWhenNoSuchFileExists) {
  const Network net = Star();
  const AccountResolver accounts(net.nodes());
  EXPECT_EQ(ParseAccountList(accounts, "@l3_h", "--seeds"), (std::vector<NodeId>{3}));
  EXPECT_EQ(ParseAccountList(accounts, "@hub,@l1_h", "--seeds"), (std::vector<NodeId>{0, 1}));
  EXPECT_EQ(MessageOf([&] { ParseAccountList(accounts, "@hub,@ghost", "--seeds"); }),
            "--seeds: unknown account '@ghost' (item 2)");
  // A file of that name wins: "@FILE" is the documented syntax.
  TempDir dir;
  WriteFile(dir.File("hub"), "l5\n");
  EXPECT_EQ(ParseAccountList(accounts, At(dir.File("hub")), "--seeds"), (std::vector<NodeId>{5}));
}

TEST(ParseTarget, AttributeValueOrFile) {
  const Network net = Star();
  const AccountResolver accounts(net.nodes());
  EXPECT_EQ(ParseTarget(accounts, "party=R"), (std::vector<NodeId>{3, 4, 5}));
  TempDir dir;
  WriteFile(dir.File("t.txt"), "l2\nl1\n");
  EXPECT_EQ(ParseTarget(accounts, dir.File("t.txt")), (std::vector<NodeId>{2, 1}));
  EXPECT_EQ(MessageOf([&] { ParseTarget(accounts, "party=X"); }),
            "--target: no account has party=X");
  EXPECT_EQ(MessageOf([&] { ParseTarget(accounts, "colour=red"); }),
            "--target: 'colour=red' is neither ATTRIBUTE=VALUE for a node attribute (the input "
            "has: handle, party, followers) nor a readable file");
}

TEST(AccountCosts, NumericPositiveAndComplete) {
  Network net = Star();
  EXPECT_EQ(AccountCosts(net.nodes(), "followers"), (std::vector<double>{10, 20, 30, 40, 50, 60}));
  EXPECT_EQ(MessageOf([&] { AccountCosts(net.nodes(), "party"); }),
            "--cost: attribute 'party' is not numeric");
  EXPECT_EQ(MessageOf([&] { AccountCosts(net.nodes(), "size"); }),
            "--cost: no node attribute 'size' (the input has: handle, party, followers)");
  net.mutable_nodes().FindColumn("followers")->SetInteger(2, 0);
  EXPECT_EQ(MessageOf([&] { AccountCosts(net.nodes(), "followers"); }),
            "--cost followers: account 'l2_h' has cost 0; costs must be > 0");
  net.mutable_nodes().FindColumn("followers")->Clear(4);
  net.mutable_nodes().FindColumn("followers")->SetInteger(2, 5);
  EXPECT_EQ(MessageOf([&] { AccountCosts(net.nodes(), "followers"); }),
            "--cost followers: account 'l4_h' has no value");
}

TEST(PrepareCascadeModel, ProbabilitiesPerModel) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  // Weighted cascade: each leaf listens to one account, so every arc has probability 1.
  const PreparedCascade ic = PrepareCascadeModel(g, {});
  EXPECT_EQ(ic.kind, CascadeKind::kIndependentCascade);
  for (const float p : ic.probabilities.by_edge()) EXPECT_EQ(p, 1.0f);
  const PreparedCascade uniform = PrepareCascadeModel(g, {.p = 0.25});
  EXPECT_DOUBLE_EQ(uniform.mean_probability, 0.25);
  const PreparedCascade lt = PrepareCascadeModel(g, {.model = "lt"});
  EXPECT_EQ(lt.kind, CascadeKind::kLinearThreshold);
  EXPECT_DOUBLE_EQ(lt.mean_probability, 1.0);
  const PreparedCascade watts = PrepareCascadeModel(g, {.model = "threshold"});
  EXPECT_EQ(watts.threshold.rule, ThresholdRule::kFraction);
  EXPECT_DOUBLE_EQ(watts.threshold.threshold, 0.18);
  const PreparedCascade complex = PrepareCascadeModel(g, {.model = "complex"});
  EXPECT_EQ(complex.threshold.rule, ThresholdRule::kCount);
  EXPECT_DOUBLE_EQ(complex.threshold.threshold, 2);
  const PreparedCascade sis = PrepareCascadeModel(g, {.model = "sis", .recovery = 0.5});
  EXPECT_EQ(sis.epidemic.kind, EpidemicKind::kSis);
  EXPECT_DOUBLE_EQ(sis.epidemic.recovery, 0.5);
  EXPECT_EQ(sis.epidemic.max_steps, 1000u);
}

TEST(PrepareCascadeModel, WeightsMustBeProbabilities) {
  const Network heavy = Star(true, 2.0f);
  EXPECT_NE(MessageOf([&] {
              PrepareCascadeModel(heavy.layer(Layer::kFollow), {.weights = "weight"});
            }).rfind("--weights weight: ", 0),
            std::string::npos);
  const Network light = Star(true, 0.5f);
  const PreparedCascade ic =
      PrepareCascadeModel(light.layer(Layer::kFollow), {.weights = "weight"});
  EXPECT_DOUBLE_EQ(ic.mean_probability, 0.5);
  // The reader's other names of the weight column mean the same arc weights.
  EXPECT_DOUBLE_EQ(
      PrepareCascadeModel(light.layer(Layer::kFollow), {.weights = "count"}).mean_probability, 0.5);
  // LT on a weighted graph normalizes the weights into each receiver (each leaf: 0.5 / 0.5).
  const PreparedCascade lt = PrepareCascadeModel(light.layer(Layer::kFollow), {.model = "lt"});
  EXPECT_DOUBLE_EQ(lt.mean_probability, 1.0);
}

TEST(PrepareCascadeModel, RejectsFlagsOfOtherModels) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "sri"}); }),
            "--model: unknown model 'sri' (expected ic, lt, threshold, complex, sir or sis)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.p = 1.5}); }),
            "--p must be in [0, 1], got 1.5");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.p = 0.1, .weights = "wc"}); }),
            "--p and --weights are exclusive: give one of them");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "lt", .p = 0.1}); }),
            "--p does not apply to --model lt (its weights come from --weights wc|weight)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "lt", .weights = "tri"}); }),
            "--weights: --model lt expects wc or weight, got 'tri'");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.weights = "followers"}); }),
            "--weights: expected wc, tri or the arc-weight column (weight, w, count or value: the "
            "only edge column ombak keeps), got 'followers'");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "complex", .weights = "wc"}); }),
            "--weights does not apply to --model complex (threshold models have no arc "
            "probabilities)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.threshold = 0.3}); }),
            "--threshold does not apply to --model ic (it sets the fractional threshold of "
            "--model threshold)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "threshold", .k_active = 2}); }),
            "--k-active does not apply to --model threshold (it sets the count threshold of "
            "--model complex)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "lt", .recovery = 0.5}); }),
            "--recovery does not apply to --model lt (it is the recovery probability of sir/sis)");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.max_steps = 0u}); }),
            "--max-steps must be >= 1, got 0");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "threshold", .threshold = 1.5}); }),
            "--threshold must be in [0, 1], got 1.5");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "complex", .k_active = 1.5}); }),
            "--k-active must be a whole number >= 1, got 1.5");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "complex", .k_active = 0}); }),
            "--k-active must be a whole number >= 1, got 0");
  EXPECT_EQ(MessageOf([&] { PrepareCascadeModel(g, {.model = "sir", .recovery = 0}); }),
            "--recovery must be in (0, 1], got 0");
  EXPECT_EQ(MessageOf([&] { CheckRuns(0, "--runs"); }), "--runs must be in [1, 100000000], got 0");
  EXPECT_EQ(MessageOf([&] { CheckRuns(kMaxRuns + 1, "--celf-runs"); }),
            "--celf-runs must be in [1, 100000000], got 100000001");
  EXPECT_EQ(MessageOf([&] { CheckRuns(kMaxRuns, "--runs"); }), "(no InvalidArgument)");
}

// Exact spreads on the star, where every model is deterministic from the hub.
TEST(SimulateCascade, EveryModelReachesTheWholeStarFromTheHub) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  const std::vector<NodeId> hub = {0};
  for (const std::string model : {"ic", "lt", "threshold", "sir"}) {
    const MonteCarloResult r =
        SimulateCascade(g, PrepareCascadeModel(g, {.model = model}), hub, Runs(20));
    EXPECT_DOUBLE_EQ(r.mean_spread, 6) << model;
    EXPECT_DOUBLE_EQ(r.std_error, 0) << model;
    ASSERT_GE(r.mean_activations_per_step.size(), 2u) << model;
    EXPECT_DOUBLE_EQ(r.mean_activations_per_step[1], 5) << model;
  }
  // Complex contagion needs two active influencers; a leaf listens to one.
  const MonteCarloResult complex =
      SimulateCascade(g, PrepareCascadeModel(g, {.model = "complex"}), hub, Runs(5));
  EXPECT_DOUBLE_EQ(complex.mean_spread, 1);
  // A leaf has no audience: it activates only itself.
  const std::vector<NodeId> leaf = {3};
  EXPECT_DOUBLE_EQ(SimulateCascade(g, PrepareCascadeModel(g, {}), leaf, Runs(5)).mean_spread, 1);
  // --max-steps 1 on IC still reaches the leaves (they activate at step 1).
  EXPECT_DOUBLE_EQ(
      SimulateCascade(g, PrepareCascadeModel(g, {.max_steps = 1u}), hub, Runs(5)).mean_spread, 6);
}

TEST(ChooseSeeds, EveryMethodPicksTheHubFirstOrRandomly) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  const PreparedCascade ic = PrepareCascadeModel(g, {.p = 0.5});
  for (const std::string method :
       {"imm", "celf", "degree-discount", "pagerank", "degree", "kshell", "in_degree"}) {
    const SeedSelection s = ChooseSeeds(g, ic, {.method = method, .k = 2, .runs = 200});
    ASSERT_EQ(s.seeds.size(), 2u) << method;
    EXPECT_EQ(s.seeds[0], 0u) << method;
    const bool estimates = method == "imm" || method == "celf";
    EXPECT_EQ(s.marginal_gain.size(), estimates ? 2u : 0u) << method;
  }
  const SeedSelection a = ChooseSeeds(g, ic, {.method = "random", .k = 3, .seed = 9});
  const SeedSelection b = ChooseSeeds(g, ic, {.method = "random", .k = 3, .seed = 9});
  EXPECT_EQ(a.seeds, b.seeds);
  EXPECT_EQ(std::set<NodeId>(a.seeds.begin(), a.seeds.end()).size(), 3u);
}

TEST(ChooseSeeds, ConstraintsOnHeuristicsFollowTheirOrder) {
  const std::vector<NodeId> order = {0, 1, 2, 3, 4, 5};
  // Budget 40: take 0 (10), skip 1 (would be 70), take 2 (30), skip 3, take 4 (35), skip 5.
  SeedMethodOptions budget{.k = 0, .costs = {10, 60, 20, 40, 5, 60}, .budget = 40};
  EXPECT_EQ(ConstrainedPrefix(order, budget), (std::vector<NodeId>{0, 2, 4}));
  budget.k = 2;
  EXPECT_EQ(ConstrainedPrefix(order, budget), (std::vector<NodeId>{0, 2}));
  SeedMethodOptions quota{.k = 3, .communities = {0, 0, 0, 1, 1, 2}, .per_community = 1};
  EXPECT_EQ(ConstrainedPrefix(order, quota), (std::vector<NodeId>{0, 3, 5}));
  quota.k = 4;
  EXPECT_EQ(ConstrainedPrefix(order, quota), (std::vector<NodeId>{0, 1, 3, 5}));
  quota.k = 2;
  EXPECT_EQ(MessageOf([&] { ConstrainedPrefix(order, quota); }),
            "the community quotas need 3 seeds, more than --k 2");
  quota.budget = 5;
  quota.costs = budget.costs;
  EXPECT_EQ(MessageOf([&] { ConstrainedPrefix(order, quota); }),
            "--budget and --per-community cannot be combined");
}

TEST(ChooseSeeds, ErrorsNameTheProblem) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  const PreparedCascade ic = PrepareCascadeModel(g, {});
  const std::string unknown = MessageOf([&] { ChooseSeeds(g, ic, {.method = "magic"}); });
  EXPECT_EQ(unknown.rfind("--method: unknown seed method 'magic' (known: imm, celf, "
                          "degree-discount, pagerank, degree, kshell, random, or a measure: ",
                          0),
            0u)
      << unknown;
  EXPECT_EQ(MessageOf([&] { ChooseSeeds(g, ic, {.method = "degree", .k = 2, .targets = {1}}); }),
            "--target needs --method imm (the other methods ignore it), got degree");
  EXPECT_EQ(
      MessageOf([&] {
        ChooseSeeds(g, ic, {.method = "celf", .k = 2, .costs = {1, 1, 1, 1, 1, 1}, .budget = 2});
      }),
      "--budget and --per-community need --method imm");
  EXPECT_EQ(MessageOf([&] { ChooseSeeds(g, ic, {.method = "degree", .k = 7}); }),
            "--k must be <= the 6 accounts, got 7");
  EXPECT_EQ(MessageOf([&] { ChooseSeeds(g, ic, {.method = "imm", .k = 0}); }),
            "--k must be >= 1, got 0");
  EXPECT_EQ(MessageOf([&] { ChooseSeeds(g, ic, {.method = "imm", .k = 2, .epsilon = 1}); }),
            "--epsilon must be in (0, 1), got 1");
  EXPECT_EQ(MessageOf([&] {
              ChooseSeeds(g, ic, {.k = 1, .communities = {0, 0, 1, 1, 2, 2}, .per_community = 1});
            }),
            "the community quotas need 3 seeds, more than --k 1");
  EXPECT_EQ(MessageOf([&] {
              ChooseSeeds(g, ic,
                          {.k = 3,
                           .costs = {1, 1, 1, 1, 1, 1},
                           .budget = 2,
                           .communities = {0, 0, 1, 1, 2, 2},
                           .per_community = 1});
            }),
            "--budget and --per-community cannot be combined");
  const PreparedCascade sir = PrepareCascadeModel(g, {.model = "sir"});
  EXPECT_EQ(MessageOf([&] { ChooseSeeds(g, sir, {}); }),
            "--model: seed selection supports ic and lt, got sir");
}

TEST(ChooseSeeds, ImmHonoursTargetsBudgetAndQuota) {
  const Network net = Star();
  const Digraph& g = net.layer(Layer::kFollow);
  const PreparedCascade ic = PrepareCascadeModel(g, {.p = 0.5});
  // Targeting a leaf: only the leaf itself or the hub can reach it.
  const SeedSelection targeted = ChooseSeeds(g, ic, {.k = 1, .targets = {4}});
  EXPECT_TRUE(targeted.seeds[0] == 0 || targeted.seeds[0] == 4);
  const SeedSelection budgeted =
      ChooseSeeds(g, ic, {.k = 0, .costs = {100, 1, 1, 1, 1, 1}, .budget = 3});
  double spent = 0;
  for (const NodeId v : budgeted.seeds) spent += std::vector<double>{100, 1, 1, 1, 1, 1}[v];
  EXPECT_LE(spent, 3);
  EXPECT_EQ(budgeted.seeds.size(), 3u);
  const SeedSelection quota =
      ChooseSeeds(g, ic, {.k = 2, .communities = {0, 0, 0, 1, 1, 1}, .per_community = 1});
  ASSERT_EQ(quota.seeds.size(), 2u);
  EXPECT_EQ(std::count_if(quota.seeds.begin(), quota.seeds.end(), [](NodeId v) { return v < 3; }),
            1);
}

// The opponent's bridge: o's audience is b and x; b's audience is c1..c4 (arcs point from the
// listener to the account listened to).
//
//   c1 c2 c3 c4
//    \  \ /  /
//        b      x
//         \    /
//           o
Network Bridge() {
  NetworkBuilder b(IdKind::kString);
  for (const char* name : {"o", "b", "x", "c1", "c2", "c3", "c4"}) b.nodes().Intern(name);
  b.AddArc(Layer::kFollow, 1, 0);
  b.AddArc(Layer::kFollow, 2, 0);
  for (NodeId c = 3; c < 7; ++c) b.AddArc(Layer::kFollow, c, 1);
  return std::move(b).Build();
}

TEST(CounterMobilization, RemovingOrSeedingTheBridgeCutsTheOpponent) {
  const Network net = Bridge();
  const Digraph& g = net.layer(Layer::kFollow);
  const PreparedCascade ic = PrepareCascadeModel(g, {.p = 1.0});
  const std::vector<NodeId> opponent = {0};
  const MonteCarloOptions mc = Runs(20);
  EXPECT_DOUBLE_EQ(SimulateAgainst(g, ic, opponent, "block", {}, mc).mean_spread, 7);

  const CounterSelection block =
      ChooseCounterAccounts(g, ic, opponent, {.strategy = "block", .k = 1, .samples = 20});
  ASSERT_EQ(block.accounts, (std::vector<NodeId>{1}));
  EXPECT_DOUBLE_EQ(block.estimated_reduction.at(0), 5);  // b and its four listeners
  EXPECT_DOUBLE_EQ(SimulateAgainst(g, ic, opponent, "block", block.accounts, mc).mean_spread, 2);

  // Our message at b first: b and its audience adopt ours; the opponent keeps o and x.
  const CounterSelection protect =
      ChooseCounterAccounts(g, ic, opponent, {.strategy = "protect", .k = 1, .runs = 20});
  ASSERT_EQ(protect.accounts, (std::vector<NodeId>{1}));
  EXPECT_DOUBLE_EQ(SimulateAgainst(g, ic, opponent, "protect", protect.accounts, mc).mean_spread,
                   2);
  EXPECT_EQ(TopAudienceExcept(g, opponent, 2), (std::vector<NodeId>{1, 2}));
  EXPECT_EQ(TopAudienceExcept(g, std::vector<NodeId>{0, 1}, 10),
            (std::vector<NodeId>{2, 3, 4, 5, 6}));

  // LT blocking works too (x and b each listen to o only: weight 1, so certain).
  const PreparedCascade lt = PrepareCascadeModel(g, {.model = "lt"});
  EXPECT_EQ(ChooseCounterAccounts(g, lt, opponent, {.k = 1, .samples = 20}).accounts,
            (std::vector<NodeId>{1}));
}

TEST(CounterMobilization, ErrorsNameTheProblem) {
  const Network net = Bridge();
  const Digraph& g = net.layer(Layer::kFollow);
  const PreparedCascade ic = PrepareCascadeModel(g, {});
  const std::vector<NodeId> opponent = {0};
  EXPECT_EQ(MessageOf([&] { ChooseCounterAccounts(g, ic, opponent, {.strategy = "jam"}); }),
            "--counter: expected block or protect, got 'jam'");
  EXPECT_EQ(MessageOf([&] { ChooseCounterAccounts(g, ic, opponent, {.k = 7}); }),
            "--k must be in [1, 6] (the accounts outside --opponent), got 7");
  EXPECT_EQ(MessageOf([&] { ChooseCounterAccounts(g, ic, opponent, {.k = 0}); }),
            "--k must be in [1, 6] (the accounts outside --opponent), got 0");
  const PreparedCascade lt = PrepareCascadeModel(g, {.model = "lt"});
  EXPECT_EQ(
      MessageOf([&] { ChooseCounterAccounts(g, lt, opponent, {.strategy = "protect", .k = 1}); }),
      "--counter protect needs --model ic (competing cascades are independent cascades), got lt");
  const PreparedCascade sir = PrepareCascadeModel(g, {.model = "sir"});
  EXPECT_EQ(MessageOf([&] { ChooseCounterAccounts(g, sir, opponent, {.k = 1}); }),
            "--model: seed selection supports ic and lt, got sir");
}

}  // namespace
}  // namespace ombak
