#pragma once
// The audit trail: who did what, when, to which patient, from which workstation. One format
// (the data contract), written in the same transaction as what it records, and queued in the
// outbox so it reaches the server like any other mutation. Carries ids, never names or
// national identity numbers.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace varde::store
{

class EncryptedStore;

namespace audit
{
inline constexpr std::string_view storeCreated = "store.create";
inline constexpr std::string_view storeOpened = "store.open";
inline constexpr std::string_view userAdded = "user.add";
inline constexpr std::string_view passwordChanged = "user.password";
inline constexpr std::string_view directoryChanged = "directory.change";
inline constexpr std::string_view patientCreated = "patient.create";
inline constexpr std::string_view patientListed = "patient.list";
inline constexpr std::string_view measurementsImported = "measurement.import";
inline constexpr std::string_view answersImported = "answer.import";
inline constexpr std::string_view scheduleChanged = "schedule.change";
inline constexpr std::string_view planChanged = "plan.change";
inline constexpr std::string_view planDrafted = "plan.draft";
inline constexpr std::string_view planSaved = "plan.save";
inline constexpr std::string_view planSubmitted = "plan.submit";
inline constexpr std::string_view planApproved = "plan.approve";
inline constexpr std::string_view planApprovalRecorded = "plan.record_approval";
inline constexpr std::string_view planRejected = "plan.reject";
inline constexpr std::string_view planActivated = "plan.activate";
inline constexpr std::string_view planSuperseded = "plan.supersede";
// A sync conflict resolved: the version made again from the one in force, or set aside.
inline constexpr std::string_view planRedrafted = "plan.redraft_after_conflict";
inline constexpr std::string_view planSetAside = "plan.set_aside_after_conflict";
inline constexpr std::string_view planHandout = "plan.handout";
inline constexpr std::string_view planPresented = "plan.present";
inline constexpr std::string_view medicalLeadSet = "service.medical_lead";
inline constexpr std::string_view patientEnrolled = "patient.enrol";
inline constexpr std::string_view patientReenrolled = "patient.reenrol";
inline constexpr std::string_view contactChanged = "patient.contact";
inline constexpr std::string_view nurseReassigned = "patient.reassign";
inline constexpr std::string_view followUpEnded = "followup.end";
inline constexpr std::string_view patientPurged = "patient.purge";
inline constexpr std::string_view linkCodeCreated = "linkcode.create";
inline constexpr std::string_view linkCodeSlip = "linkcode.slip";
inline constexpr std::string_view patientOpened = "patient.open";
inline constexpr std::string_view findingAcknowledged = "finding.acknowledge";
inline constexpr std::string_view measurementExcluded = "measurement.exclude";
inline constexpr std::string_view measurementRestored = "measurement.restore";
inline constexpr std::string_view followUpPaused = "followup.pause";
inline constexpr std::string_view messageDrafted = "plo.draft";
inline constexpr std::string_view messageDiscarded = "plo.discard";
inline constexpr std::string_view messageQueued = "plo.queue";
inline constexpr std::string_view messageExported = "plo.export";
inline constexpr std::string_view messageSent = "plo.send";
inline constexpr std::string_view messageReceived = "plo.receive";
inline constexpr std::string_view messageRead = "plo.read";
} // namespace audit

struct Actor {
    std::string userId;
    std::string login;
    std::string role;
    std::string workstation; // the store's client id
};

struct AuditEvent {
    std::string id;
    std::int64_t occurredAtMillis = 0;
    std::string actorUserId;
    std::string actorLogin;
    std::string actorRole;
    std::string action;
    std::string patientId;
    std::string entity;
    std::string entityId;
    std::string workstation;
    std::string detail;
};

Actor actorOf(const EncryptedStore &store);

// Appends the event and its outbox entry. Call inside the caller's transaction.
Result<> appendAudit(Connection &db,
    const Actor &actor,
    std::string_view action,
    std::string_view patientId = {},
    std::string_view entity = {},
    std::string_view entityId = {},
    std::string_view detail = {});

// Newest first.
Result<std::vector<AuditEvent>> recentAudit(Connection &db, int limit);

} // namespace varde::store
