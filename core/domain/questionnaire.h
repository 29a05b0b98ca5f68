#pragma once
// Questionnaire items with stable ids. The ids are part of the data contract: plans and triage
// rules refer to them, so an id is never reused for another question.

#include <span>
#include <string_view>

namespace varde::domain
{

struct QuestionItem {
    std::string_view id;
    std::string_view textNb;
    std::span<const std::string_view> answers; // allowed answers, lower case
};

std::span<const QuestionItem> allQuestions();
const QuestionItem *findQuestion(std::string_view id);

} // namespace varde::domain
