// The comparison a GP reads before approving: which limits and actions changed, in bokmål.
#include "core/plan/compare.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace varde;
using namespace varde::plan;
using triage::BandRule;

namespace
{

PlanVersion version(std::vector<triage::Rule> rules)
{
    PlanVersion v;
    v.rules = std::move(rules);
    v.content = standardContent();
    return v;
}

std::vector<std::string> texts(const std::vector<PlanChange> &changes)
{
    std::vector<std::string> out;
    for (const auto &c : changes)
        out.push_back(c.text);
    return out;
}

} // namespace

TEST_CASE("identical versions have no differences", "[plan][compare]")
{
    const auto v = version({ BandRule { "59408-5", 92.0, 89.0, std::nullopt, std::nullopt } });
    CHECK(comparePlans(v, v).empty());
}

TEST_CASE("changed, new and removed limits read as sentences and need approval", "[plan][compare]")
{
    const auto before = version({ BandRule { "59408-5", 92.0, 89.0, std::nullopt, std::nullopt },
        BandRule { "8310-5", std::nullopt, std::nullopt, 38.0, 38.9 } });
    const auto after = version({ BandRule { "59408-5", 90.0, 86.0, std::nullopt, std::nullopt },
        BandRule { "8867-4", std::nullopt, std::nullopt, 100.0, std::nullopt } });
    const auto changes = comparePlans(before, after);
    const auto lines = texts(changes);
    CAPTURE(lines);
    const auto has = [&](const std::string &line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    CHECK(has("Endret: Oksygenmetning under 89 % → rød ⇒ Oksygenmetning under 86 % → rød"));
    CHECK(has("Endret: Oksygenmetning under 92 % → gul ⇒ Oksygenmetning under 90 % → gul"));
    CHECK(has("Ny: Puls over 100/min → gul"));
    CHECK(has("Fjernet: Temperatur over 38 °C → gul"));
    CHECK(has("Fjernet: Temperatur over 38,9 °C → rød"));
    CHECK(changes.size() == 5);
    for (const auto &c : changes) {
        CHECK(c.area == ChangeArea::Limit);
        CHECK(c.needsApproval);
    }
}

TEST_CASE("medicine measures need approval, goals, actions and schedule do not", "[plan][compare]")
{
    const auto before = version({});
    auto after = before;
    after.content.medicines.push_back({ Zone::Red, "Start prednisolon 30 mg i 5 dager" });
    after.content.goals.push_back({ "Gå på hytta", { "Gå 1 km" } });
    after.content.actions(Zone::Yellow).patient = "Ring oss samme dag.";
    after.content.schedule.push_back({ "weight", domain::everyDay, 10 * 60 });
    after.content.trialWeeks = 4;
    const auto changes = comparePlans(before, after);
    CAPTURE(texts(changes));
    REQUIRE(changes.size() == 5);
    CHECK(changes[0].area == ChangeArea::Medicine);
    CHECK(changes[0].text == "Ny: Medisin ved rød: Start prednisolon 30 mg i 5 dager");
    CHECK(changes[0].needsApproval);
    CHECK(changes[1].area == ChangeArea::ZoneAction);
    CHECK(changes[1].text.rfind("Endret: Pasienten ved gul: ", 0) == 0);
    CHECK(changes[2].text == "Ny: Mål: Gå på hytta; Gå 1 km");
    CHECK(changes[3].text == "Ny: Måling: Vekt hver dag innen kl. 10:00");
    CHECK(changes[4].text == "Endret: Utprøvingsperiode 3 uker ⇒ Utprøvingsperiode 4 uker");
    for (std::size_t i = 1; i < changes.size(); ++i)
        CHECK_FALSE(changes[i].needsApproval);
}
