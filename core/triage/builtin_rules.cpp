#include "core/triage/builtin_rules.h"

namespace varde::triage
{

std::vector<Rule> builtinDefaultRules()
{
    return {
        BandRule { "59408-5", 92.0, 89.0, std::nullopt, std::nullopt },
        BandRule { "8867-4", 50.0, 40.0, 100.0, 120.0 },
        BandRule { "8480-6", 100.0, 90.0, 160.0, 180.0 },
        BandRule { "8462-4", std::nullopt, std::nullopt, 100.0, 110.0 },
        BandRule { "8310-5", std::nullopt, std::nullopt, 38.0, 38.9 },
        BandRule { "15074-8", 4.0, 3.0, 15.0, 20.0 },
        ChangeRule { "29463-7", 72.0, 2.0, 3.5, std::nullopt, std::nullopt },
        AnswerRule { "dyspne-verre", { "ja" }, { "mye verre" } },
        AnswerRule { "oppspytt", { "mer", "gul-grønt" }, {} },
        AnswerRule { "hevelse-bein", { "ja" }, {} },
        AnswerRule { "feber", { "ja" }, {} },
        AnswerRule { "brystsmerter", {}, { "ja" } },
    };
}

RuleSet builtinDefaultRuleSet()
{
    return RuleSet { std::string(builtinRuleSetVersion), true, builtinDefaultRules() };
}

} // namespace varde::triage
