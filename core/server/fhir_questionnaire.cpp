// QuestionnaireResponse → FhirQuestionnaireResponse: answers checked against Varde's questions.
#include "core/server/fhir_questionnaire.h"

#include "core/domain/questionnaire.h"

namespace varde::server
{
namespace
{

using Poco::JSON::Object;

constexpr std::size_t maxAnswerLength = 2000;

std::string lower(std::string text)
{
    for (auto &c : text)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return text;
}

// The answer as text, and its alternatives (a coding's display) for matching a known question.
std::optional<std::vector<std::string>> answerTexts(const Object::Ptr &answer)
{
    if (const auto coding = objectField(answer, "valueCoding")) {
        std::vector<std::string> texts;
        for (const auto *key : { "code", "display" })
            if (auto text = stringField(coding, key); text && !text->empty())
                texts.push_back(*text);
        if (!texts.empty())
            return texts;
        return std::nullopt;
    }
    const auto boolean = answer->get("valueBoolean");
    if (!boolean.isEmpty() && boolean.type() == typeid(bool))
        return std::vector<std::string> { boolean.extract<bool>() ? "ja" : "nei" };
    for (const auto *key : { "valueString", "valueDate", "valueDateTime", "valueTime", "valueUri" })
        if (auto text = stringField(answer, key))
            return std::vector<std::string> { *text };
    for (const auto *key : { "valueInteger", "valueDecimal" })
        if (auto number = numberField(answer, key))
            return std::vector<std::string> { jsonNumber(*number) };
    return std::nullopt;
}

std::string allowedText(const domain::QuestionItem &question)
{
    std::string out;
    for (const auto answer : question.answers)
        out += (out.empty() ? "" : ", ") + std::string(answer);
    return out;
}

void readAnswer(const Object::Ptr &answer,
    const std::string &linkId,
    const std::string &path,
    std::vector<FhirAnswer> &answers,
    std::vector<OutcomeIssue> &issues)
{
    const auto texts = answerTexts(answer);
    if (!texts) {
        issues.push_back(issue("not-supported", path + ".value[x]",
            "answer for '" + linkId
                + "' has no value Varde reads (valueCoding, valueString, valueBoolean, "
                  "valueInteger or valueDecimal)"));
        return;
    }
    const auto *question = domain::findQuestion(linkId);
    if (!question) {
        if (texts->front().size() > maxAnswerLength) {
            issues.push_back(issue("too-long", path + ".value[x]",
                "answer for '" + linkId + "' is longer than " + std::to_string(maxAnswerLength)
                    + " characters"));
            return;
        }
        answers.push_back({ linkId, texts->front() });
        return;
    }
    for (const auto &text : *texts)
        for (const auto allowed : question->answers)
            if (lower(text) == allowed) {
                answers.push_back({ linkId, std::string(allowed) });
                return;
            }
    issues.push_back(issue("code-invalid", path + ".value[x]",
        "answer for '" + linkId + "' must be one of: " + allowedText(*question)));
}

void readItems(const Poco::JSON::Array::Ptr &items,
    const std::string &path,
    std::vector<FhirAnswer> &answers,
    std::vector<OutcomeIssue> &issues)
{
    for (std::size_t i = 0; items && i < items->size(); ++i) {
        const auto item = objectAt(items, i);
        const auto itemPath = path + ".item[" + std::to_string(i) + "]";
        if (!item)
            continue;
        const auto linkId = stringField(item, "linkId");
        const auto list = arrayField(item, "answer");
        if (list && list->size() > 0 && (!linkId || linkId->empty())) {
            issues.push_back(issue("required", itemPath + ".linkId",
                "item.linkId is missing: an answer needs the id of its question"));
        } else {
            for (std::size_t a = 0; list && a < list->size(); ++a) {
                const auto answer = objectAt(list, a);
                const auto answerPath = itemPath + ".answer[" + std::to_string(a) + "]";
                if (answer) {
                    readAnswer(answer, *linkId, answerPath, answers, issues);
                    readItems(arrayField(answer, "item"), answerPath, answers, issues);
                }
            }
        }
        readItems(arrayField(item, "item"), itemPath, answers, issues);
    }
}

std::string sourceOf(const Object::Ptr &resource)
{
    const auto author = stringField(objectField(resource, "author"), "reference").value_or("");
    if (author.rfind("Device", 0) == 0)
        return "device";
    if (author.rfind("RelatedPerson", 0) == 0)
        return "helper";
    return "patient";
}

} // namespace

QuestionnaireResponseParse parseQuestionnaireResponse(
    const Poco::JSON::Object::Ptr &resource, const std::string &expression, time::Instant now)
{
    QuestionnaireResponseParse out;
    auto &response = out.response;
    auto &issues = out.issues;
    if (stringField(resource, "resourceType").value_or("") != "QuestionnaireResponse") {
        issues.push_back(issue("structure", expression + ".resourceType",
            "resourceType must be QuestionnaireResponse"));
        return out;
    }
    const auto status = stringField(resource, "status");
    if (!status)
        issues.push_back(issue("required", expression + ".status",
            "status is missing: completed or amended answers are stored"));
    else if (*status != "completed" && *status != "amended")
        issues.push_back(issue("business-rule", expression + ".status",
            "status '" + *status + "' is not stored: only completed or amended answers"));

    response.identifier = readIdentifier(resource->get("identifier"));
    response.questionnaire = stringField(resource, "questionnaire").value_or("");
    response.subject
        = readPatientReference(resource->get("subject"), expression + ".subject", issues);
    if (const auto authored = stringField(resource, "authored")) {
        if (auto when = readFhirTime(*authored, now, expression + ".authored", issues))
            response.authored = *when;
    } else {
        issues.push_back(issue("required", expression + ".authored",
            "authored is missing: give when the questions were answered, with a zone offset"));
    }
    const auto before = issues.size();
    readItems(arrayField(resource, "item"), expression, response.answers, issues);
    if (response.answers.empty() && issues.size() == before)
        issues.push_back(
            issue("required", expression + ".item", "item has no answers: nothing to store"));
    response.source = sourceOf(resource);
    return out;
}

} // namespace varde::server
