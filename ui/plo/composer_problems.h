#pragma once
// Core's answers about an outgoing PLO message said in words: each broken rule at its field, and
// why a message could not be drafted or queued.
#include "core/common/error.h"
#include "core/plo/compose.h"

#include <QString>

#include <vector>

namespace varde::ui
{

// A rule broken at the field core names ("sender.nurse_phone"), as a sentence in the ui language.
struct FieldProblem {
    QString field;
    QString text;
};

// Every rule core's check finds broken (plo::messageProblems), in its order.
std::vector<FieldProblem> fieldProblems(const plo::OutgoingMessage &message);

// Why core did not queue the message: a field its check names in words; the schema's own errors
// are not shown (they may quote values) but said to break the standard.
QString queueErrorText(const Error &error);

// Why core could not draft a message for this patient.
QString draftErrorText(const Error &error);

} // namespace varde::ui
