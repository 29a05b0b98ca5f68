#include "core/domain/questionnaire.h"

#include <array>

namespace varde::domain
{
namespace
{

using namespace std::string_view_literals;

constexpr std::array yesNo { "nei"sv, "ja"sv };
constexpr std::array worse { "nei"sv, "ja"sv, "mye verre"sv };
constexpr std::array sputum { "som vanlig"sv, "mer"sv, "gul-grønt"sv };

// Drawn from the KOLS and heart-failure plan templates in ../shared/clinical/CONTEXT.md §1.3.
constexpr std::array<QuestionItem, 7> questions { {
    { "dyspne-verre", "Mer tung i pusten enn vanlig?", worse },
    { "hoste-mer", "Mer hoste enn vanlig?", yesNo },
    { "oppspytt", "Hvordan er oppspyttet?", sputum },
    { "hevelse-bein", "Hovne bein eller ankler?", yesNo },
    { "feber", "Har du feber eller føler deg varm?", yesNo },
    { "slapp", "Mer slapp eller trett enn vanlig?", yesNo },
    { "brystsmerter", "Har du smerter i brystet?", yesNo },
} };

} // namespace

std::span<const QuestionItem> allQuestions() { return questions; }

const QuestionItem *findQuestion(std::string_view id)
{
    for (const auto &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

} // namespace varde::domain
