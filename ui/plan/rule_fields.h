#pragma once
// The editable fields of each kind of triage rule, so that one editor row can show any rule:
// a band rule's four limits, a baseline rule's usual value and deviations, a change rule's
// window and changes, an answer rule's answers, a missing rule's time or interval. Keys are the
// field names core's validation uses ("red_below"), so a problem finds its field.
#include "core/triage/rules.h"

#include <QString>

#include <vector>

namespace varde::ui
{

struct RuleField {
    enum class Type { Number, RequiredNumber, Answers, Clock };
    QString key; // "red_below"
    QString label; // "Red below"
    Type type = Type::Number;
    QString unit; // "%", "kg", "h", or empty
};

std::vector<RuleField> ruleFields(const triage::Rule &rule);
QString ruleFieldLabel(const QString &key);
// What the rule judges and how: "SpO2", "SpO2: deviation from usual value", "Weight: change".
QString ruleTitle(const triage::Rule &rule);
// The measurement code a rule judges; empty for answer rules.
std::string ruleCode(const triage::Rule &rule);

// The field's value as the editor shows it (decimal comma; empty when not set).
QString ruleFieldText(const triage::Rule &rule, const QString &key);
// Sets the field from what was typed: empty text clears a limit. False, and the rule unchanged,
// when the text is not a number (or not a time of day for a clock field).
bool setRuleField(triage::Rule &rule, const QString &key, const QString &text);

// "92,5" or "92.5" → 92.5; nothing when the text is no number.
std::optional<double> parseNumber(const QString &text);
QString numberText(double value);

} // namespace varde::ui
