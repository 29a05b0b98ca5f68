// The audit trail: who did what, from which workstation; append-only; every event queued in
// the outbox; ids only, never names or national identity numbers.
#include "core/store/audit_log.h"
#include "core/store/measurement_repository.h"
#include "core/store/outbox.h"
#include "core/store/patient_repository.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <string>

using namespace varde;
using namespace varde::store;
using namespace varde::test;

namespace
{

AuditEvent newestEvent(EncryptedStore &store)
{
    const auto events = recentAudit(store.db(), 1);
    VARDE_REQUIRE_OK(events);
    REQUIRE(events->size() == 1);
    return events->front();
}

std::int64_t pending(EncryptedStore &store)
{
    const auto n = pendingMutationCount(store.db());
    VARDE_REQUIRE_OK(n);
    return *n;
}

std::string query(EncryptedStore &store, const std::string &sql)
{
    const auto text = store.db().queryText(sql);
    VARDE_REQUIRE_OK(text);
    return *text;
}

} // namespace

TEST_CASE("creating and opening a store are audited with user and workstation", "[store][audit]")
{
    StoreInFolder s;
    const auto created = newestEvent(*s);
    CHECK(created.action == audit::storeCreated);
    CHECK(created.actorLogin == "kari");
    CHECK(created.actorUserId == s->user().meta.id);
    CHECK(created.workstation == s->clientId());

    s.reopen();
    const auto opened = newestEvent(*s);
    CHECK(opened.action == "store.open");
    CHECK(opened.actorLogin == "kari");
    CHECK(opened.actorUserId == s->user().meta.id);
    CHECK(opened.actorRole == "nurse");
    CHECK(opened.workstation == s->clientId());
    CHECK(opened.patientId.empty());
    CHECK(isUuid(opened.id));
    CHECK(opened.id != created.id);
    CHECK(opened.occurredAtMillis >= created.occurredAtMillis);
}

TEST_CASE("each sign-in is audited under the user who signed in", "[store][audit]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(
        s->addUser({ "ola", "Ola Nordmann", domain::Role::Gp, {} }, "ola-passord-1", testKdf));
    CHECK(newestEvent(*s).action == audit::userAdded);
    CHECK(newestEvent(*s).actorLogin == "kari");

    s.reopen("ola", "ola-passord-1");
    const auto event = newestEvent(*s);
    CHECK(event.action == "store.open");
    CHECK(event.actorLogin == "ola");
    CHECK(event.actorRole == "gp");
    CHECK(event.actorUserId == s->user().meta.id);
    CHECK(event.workstation == s->clientId());
}

TEST_CASE("a failed sign-in writes no audit event", "[store][audit]")
{
    StoreInFolder s;
    const auto before = countRows(*s, "audit_event");
    s.close();
    CHECK_FALSE(EncryptedStore::open(s.folder.path(), "kari", "wrong-password"));
    s.reopen();
    // Only the successful open of this reopen() was added.
    CHECK(countRows(*s, "audit_event") == before + 1);
}

TEST_CASE("inserting a patient writes patient.create with the patient's id", "[store][audit]")
{
    StoreInFolder s;
    const auto p = somePatient();
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    const auto event = newestEvent(*s);
    CHECK(event.action == "patient.create");
    CHECK(event.patientId == p.meta.id);
    CHECK(event.entity == "patient");
    CHECK(event.entityId == p.meta.id);
    CHECK(event.actorLogin == "kari");
    CHECK(event.workstation == s->clientId());
}

TEST_CASE("changing a password is audited", "[store][audit]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(s->changePassword(kariPassword, "kari-nytt-passord", testKdf));
    const auto event = newestEvent(*s);
    CHECK(event.action == audit::passwordChanged);
    CHECK(event.entityId == s->user().meta.id);
}

TEST_CASE("audit events cannot be deleted", "[store][audit]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(somePatient()));
    const auto before = countRows(*s, "audit_event");
    REQUIRE(before >= 2);

    const std::string sql = GENERATE(as<std::string> {}, "DELETE FROM audit_event",
        "DELETE FROM audit_event WHERE action = 'patient.create'");
    CAPTURE(sql);
    CHECK_FALSE(s->db().exec(sql));
    CHECK(countRows(*s, "audit_event") == before);
}

TEST_CASE("audit events cannot be changed", "[store][audit]")
{
    StoreInFolder s;
    const auto p = somePatient();
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    const std::string all
        = "SELECT group_concat(id || actor_login || action || coalesce(patient_id, '') "
          "|| entity_id || workstation || detail || occurred_at, ';') FROM audit_event";
    const auto before = query(*s, all);

    const std::string assignment = GENERATE(as<std::string> {}, "id = 'x'", "occurred_at = 0",
        "actor_user_id = 'x'", "actor_login = 'mallory'", "actor_role = 'admin'",
        "action = 'nothing'", "patient_id = NULL", "entity = 'x'", "entity_id = 'x'",
        "workstation = 'x'", "detail = 'x'", "deleted = 1");
    CAPTURE(assignment);
    CHECK_FALSE(s->db().exec("UPDATE audit_event SET " + assignment));
    CHECK(query(*s, all) == before);
}

TEST_CASE(
    "an audit event's origin, version and update time cannot be changed either", "[store][audit]")
{
    // schema_v1.cpp: "Never deleted, never changed but server_time."
    StoreInFolder s;
    const std::string all
        = "SELECT group_concat(origin || version || updated_at, ';') FROM audit_event";
    const auto before = query(*s, all);
    const std::string assignment = GENERATE(
        as<std::string> {}, "origin = 'server'", "version = version + 1", "updated_at = 0");
    CAPTURE(assignment);
    CHECK_FALSE(s->db().exec("UPDATE audit_event SET " + assignment));
    CHECK(query(*s, all) == before);
}

TEST_CASE("the server's receipt time may be set on an audit event", "[store][audit]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(s->db().exec("UPDATE audit_event SET server_time = 1774850400000"));
    CHECK(query(*s, "SELECT count(*) FROM audit_event WHERE server_time IS NULL") == "0");
}

TEST_CASE("every audit event is queued in the outbox", "[store][audit][outbox]")
{
    StoreInFolder s;
    const auto check = [&] {
        CHECK(pending(*s) == countRows(*s, "audit_event"));
        CHECK(query(*s,
                  "SELECT count(*) FROM audit_event a WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                  "WHERE o.entity = 'audit_event' AND o.entity_id = a.id AND o.op = 'append')")
            == "0");
        // Mutation ids are 1, 2, 3 … without gaps, and sync_state knows the last.
        CHECK(query(*s, "SELECT max(mutation_id) = count(*) AND min(mutation_id) = 1 FROM outbox")
            == "1");
        CHECK(query(*s, "SELECT last_mutation_id FROM sync_state")
            == query(*s, "SELECT max(mutation_id) FROM outbox"));
    };
    check();
    const auto start = pending(*s);
    CHECK(start >= 1);

    const auto p = somePatient();
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    CHECK(pending(*s) == start + 1);
    VARDE_REQUIRE_OK(MeasurementRepository(*s).insert(
        { measurement(p.meta.id, domain::KindId::Pulse, 72, 1'774'850'400'000) }));
    CHECK(pending(*s) == start + 2);
    s.reopen();
    CHECK(pending(*s) == start + 3);
    check();
    // The payload names the event it carries.
    const auto id = newestEvent(*s).id;
    CHECK(contains(query(*s, "SELECT payload FROM outbox ORDER BY mutation_id DESC LIMIT 1"), id));
}

TEST_CASE(
    "the audit trail and outbox carry ids, never names or national ids", "[store][audit][outbox]")
{
    StoreInFolder s;
    auto p = somePatient();
    p.givenName = "Ingeborg";
    p.familyName = "Særmerkesen";
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));
    VARDE_REQUIRE_OK(MeasurementRepository(*s).insert(
        { measurement(p.meta.id, domain::KindId::Pulse, 72, 1'774'850'400'000) }));
    s.reopen();

    const auto audit = query(*s,
        "SELECT group_concat(id || ' ' || actor_login || ' ' || action || ' ' || "
        "coalesce(patient_id, '') || ' ' || entity || ' ' || entity_id || ' ' "
        "|| workstation || ' ' || detail, char(10)) FROM audit_event");
    const auto outbox = query(*s, "SELECT group_concat(payload, char(10)) FROM outbox");
    REQUIRE(contains(audit, p.meta.id));
    REQUIRE(contains(outbox, p.meta.id));
    for (const auto &secret : { p.givenName, p.familyName, p.nationalId }) {
        CAPTURE(secret);
        CHECK_FALSE(contains(audit, secret));
        CHECK_FALSE(contains(outbox, secret));
    }
}
