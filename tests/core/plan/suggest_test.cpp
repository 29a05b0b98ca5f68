// Limits suggested from the trial period, on data whose median and spread are known by hand.
#include "core/plan/suggest.h"
#include "core/triage/case_json.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::plan;

namespace
{

const time::Instant now
    = time::fromOslo(std::chrono::year { 2026 } / 3 / 30, std::chrono::hours { 12 });

// One value a day, at 08:00, on the days before `now`.
std::vector<triage::Observation> daily(
    domain::KindId kind, const std::string &code, const std::vector<double> &values)
{
    std::vector<triage::Observation> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        triage::Observation o;
        o.id = code + std::to_string(i);
        o.code = code;
        o.kind = kind;
        o.value = values[i];
        o.time = now - std::chrono::days { int(values.size() - i) } - std::chrono::hours { 4 };
        out.push_back(o);
    }
    return out;
}

const triage::BandRule &band(const Suggestion &s, std::size_t i)
{
    REQUIRE(i < s.rules.size());
    const auto *rule = std::get_if<triage::BandRule>(&s.rules[i]);
    REQUIRE(rule);
    return *rule;
}

} // namespace

TEST_CASE("SpO2 limits follow a COPD patient's habitual level", "[plan][suggest]")
{
    // 14 days around 91 %: median 91, deviations {0,0,0,0,0,0,1,1,1,1,1,1,2,2} → MAD 1,
    // spread 1.4826: yellow at max(3, 2.97) = 3 below (88), red at max(6, 4.45) = 6 below (85),
    // but the safety limit keeps red at 86.
    const auto values = daily(domain::KindId::OxygenSaturation, "59408-5",
        { 91, 91, 91, 91, 91, 91, 90, 92, 90, 92, 90, 92, 89, 93 });
    const auto s = suggestLimits({ "59408-5" }, values, now);
    REQUIRE(s.basis.size() == 1);
    CHECK(s.basis[0].n == 14);
    CHECK(s.basis[0].days == 14);
    CHECK(s.basis[0].level == 91.0);
    CHECK(*s.basis[0].spread == Approx(1.4826));
    const auto &rule = band(s, 0);
    CHECK(rule.code == "59408-5");
    CHECK(rule.yellowBelow == 88.0);
    CHECK(rule.redBelow == 86.0);
    CHECK_FALSE(rule.yellowAbove);
    CHECK(s.method.find("median") != std::string::npos);
}

TEST_CASE(
    "a steadier patient gets the least distances, a noisier one wider limits", "[plan][suggest]")
{
    std::vector<double> steady(14, 72.0);
    const auto calm
        = suggestLimits({ "8867-4" }, daily(domain::KindId::Pulse, "8867-4", steady), now);
    const auto &c = band(calm, 0);
    CHECK(c.yellowBelow == 52.0); // 72 − 20
    CHECK(c.redBelow == 41.0); // 72 − 40 = 32, held at the safety limit 41
    CHECK(c.yellowAbove == 92.0); // 72 + 20
    CHECK(c.redAbove == 112.0); // 72 + 40

    // Pulse 60–100 evenly: median 80, MAD 10 → spread 14.8: yellow ±29.7, red ±44.5.
    std::vector<double> wide;
    for (int i = 0; i < 15; ++i)
        wide.push_back(60 + i * 40.0 / 14);
    const auto noisy
        = suggestLimits({ "8867-4" }, daily(domain::KindId::Pulse, "8867-4", wide), now);
    const auto &n = band(noisy, 0);
    CHECK(*n.yellowAbove > *c.yellowAbove);
    CHECK(*n.redAbove <= 130.0); // never looser than the safety limit
    CHECK(*n.yellowAbove < *n.redAbove);
}

TEST_CASE("too few measurements give no rule and say why", "[plan][suggest]")
{
    const auto few = daily(domain::KindId::OxygenSaturation, "59408-5", { 94, 95, 93, 94, 95 });
    const auto s = suggestLimits({ "59408-5", "29463-7" }, few, now);
    CHECK(s.rules.empty());
    REQUIRE(s.basis.size() == 2);
    CHECK(s.basis[0].n == 5);
    CHECK_FALSE(s.basis[0].level);
    CHECK(s.basis[0].note == "for få målinger: 5 på 5 dager (trenger minst 10 på 7 dager)");
    CHECK(s.basis[1].n == 0);

    // Ten values on three days are not a habitual level either.
    auto crowded = daily(domain::KindId::OxygenSaturation, "59408-5", std::vector<double>(10, 94));
    for (std::size_t i = 0; i < crowded.size(); ++i)
        crowded[i].time = now - std::chrono::hours { 2 + int(i % 3) * 24 };
    CHECK(suggestLimits({ "59408-5" }, crowded, now).rules.empty());
}

TEST_CASE(
    "blood pressure gives both components; weight the heart-failure change rule", "[plan][suggest]")
{
    auto obs = daily(domain::KindId::Systolic, "8480-6", std::vector<double>(12, 140));
    const auto dia = daily(domain::KindId::Diastolic, "8462-4", std::vector<double>(12, 85));
    obs.insert(obs.end(), dia.begin(), dia.end());
    const auto weight = daily(domain::KindId::Weight, "29463-7", std::vector<double>(12, 81.5));
    obs.insert(obs.end(), weight.begin(), weight.end());
    const auto s = suggestLimits({ "85354-9", "29463-7" }, obs, now);
    REQUIRE(s.rules.size() == 3);
    CHECK(band(s, 0).code == "8480-6");
    CHECK(band(s, 0).yellowAbove == 165.0);
    CHECK(band(s, 0).redAbove == 180.0);
    CHECK(band(s, 1).code == "8462-4");
    CHECK_FALSE(band(s, 1).yellowBelow);
    CHECK(band(s, 1).yellowAbove == 100.0);
    const auto *change = std::get_if<triage::ChangeRule>(&s.rules[2]);
    REQUIRE(change);
    CHECK(change->windowHours == 72.0);
    CHECK(change->yellowRise == 2.0);
    CHECK(change->redRise == 3.0);
    CHECK(s.basis[2].level == 81.5);
}

TEST_CASE("implausible values and values after now are left out", "[plan][suggest]")
{
    auto obs = daily(domain::KindId::OxygenSaturation, "59408-5", std::vector<double>(12, 95));
    obs[3].value = 20; // a slip: outside the plausible range
    auto later = obs[0];
    later.time = now + std::chrono::hours { 1 };
    later.value = 70;
    obs.push_back(later);
    const auto s = suggestLimits({ "59408-5" }, obs, now);
    CHECK(s.basis[0].n == 11);
    CHECK(s.basis[0].level == 95.0);
}
