#include "core/plo/outgoing_json.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace varde::plo
{
namespace
{

using Poco::JSON::Object;

const char *kindKey(OutgoingKind kind)
{
    switch (kind) {
    case OutgoingKind::HelseopplysningerLege:
        return "helseopplysninger";
    case OutgoingKind::DialogForesporsel:
        return "foresporsel";
    case OutgoingKind::HelsefagligDialog:
        return "helsefaglig";
    }
    return "foresporsel";
}

std::string text(const Object::Ptr &object, const std::string &key)
{
    return object && object->has(key) ? object->getValue<std::string>(key) : std::string();
}

} // namespace

std::string outgoingToJson(const OutgoingMessage &m)
{
    Object sender, receiver, patient, content, root;
    sender.set("organisation_name", m.sender.organisationName);
    sender.set("organisation_her_id", m.sender.organisationHerId);
    sender.set("service_name", m.sender.serviceName);
    sender.set("service_her_id", m.sender.serviceHerId);
    sender.set("nurse_name", m.sender.nurseName);
    sender.set("nurse_phone", m.sender.nursePhone);
    receiver.set("practice_name", m.receiver.practiceName);
    receiver.set("practice_her_id", m.receiver.practiceHerId);
    receiver.set("gp_name", m.receiver.gpName);
    receiver.set("gp_her_id", m.receiver.gpHerId);
    patient.set("given_name", m.patient.givenName);
    patient.set("family_name", m.patient.familyName);
    patient.set("national_id", m.patient.nationalId);
    content.set("problem", m.content.problem);
    content.set("measurements", m.content.measurements);
    content.set("plan", m.content.plan);
    content.set("actions_taken", m.content.actionsTaken);
    content.set("medication", m.content.medication);
    content.set("question", m.content.question);
    root.set("kind", std::string(kindKey(m.kind)));
    root.set("sender", sender);
    root.set("receiver", receiver);
    root.set("patient", patient);
    root.set("content", content);
    std::ostringstream out;
    root.stringify(out);
    return out.str();
}

Result<OutgoingMessage> outgoingFromJson(std::string_view json)
{
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(std::string(json)).extract<Object::Ptr>();
        if (!root)
            return fail(ErrorCode::InvalidArgument, "draft: not a JSON object");
        OutgoingMessage m;
        const auto kind = text(root, "kind");
        if (kind == "helseopplysninger")
            m.kind = OutgoingKind::HelseopplysningerLege;
        else if (kind == "helsefaglig")
            m.kind = OutgoingKind::HelsefagligDialog;
        else if (kind == "foresporsel")
            m.kind = OutgoingKind::DialogForesporsel;
        else
            return fail(ErrorCode::InvalidArgument, "draft.kind: unknown");
        const auto sender = root->getObject("sender");
        m.sender.organisationName = text(sender, "organisation_name");
        m.sender.organisationHerId = text(sender, "organisation_her_id");
        m.sender.serviceName = text(sender, "service_name");
        m.sender.serviceHerId = text(sender, "service_her_id");
        m.sender.nurseName = text(sender, "nurse_name");
        m.sender.nursePhone = text(sender, "nurse_phone");
        const auto receiver = root->getObject("receiver");
        m.receiver.practiceName = text(receiver, "practice_name");
        m.receiver.practiceHerId = text(receiver, "practice_her_id");
        m.receiver.gpName = text(receiver, "gp_name");
        m.receiver.gpHerId = text(receiver, "gp_her_id");
        const auto patient = root->getObject("patient");
        m.patient.givenName = text(patient, "given_name");
        m.patient.familyName = text(patient, "family_name");
        m.patient.nationalId = text(patient, "national_id");
        const auto content = root->getObject("content");
        m.content.problem = text(content, "problem");
        m.content.measurements = text(content, "measurements");
        m.content.plan = text(content, "plan");
        m.content.actionsTaken = text(content, "actions_taken");
        m.content.medication = text(content, "medication");
        m.content.question = text(content, "question");
        return m;
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "draft: " + e.message());
    }
}

} // namespace varde::plo
