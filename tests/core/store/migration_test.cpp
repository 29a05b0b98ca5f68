// Schema migrations: every earlier version can be brought to the latest and ends with the same
// schema as a new store; a store from a newer program is refused and left alone; migrating
// twice does nothing the second time.
#include "core/crypto/secret_key.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <string>

using namespace varde;
using namespace varde::store;
using namespace varde::test;

namespace
{

// A new SQLCipher database keyed with a random raw key, as EncryptedStore keys its own.
Connection keyedConnection(const std::filesystem::path &path)
{
    auto db = Connection::open(path, true);
    VARDE_REQUIRE_OK(db);
    auto key = crypto::SecretKey::random();
    VARDE_REQUIRE_OK(key);
    std::string pragma = "PRAGMA key = \"" + key->sqlcipherRawKeyLiteral() + "\"";
    VARDE_REQUIRE_OK(db->exec(pragma));
    crypto::wipe(pragma);
    const auto cipher = db->queryText("PRAGMA cipher_version");
    VARDE_REQUIRE_OK(cipher);
    REQUIRE_FALSE(cipher->empty());
    return std::move(*db);
}

// Every table, index and trigger with its SQL, sorted: two databases with the same text have
// the same schema.
std::string schemaText(Connection &db)
{
    const auto text = db.queryText(
        "SELECT group_concat(line, char(10)) FROM (SELECT type || ' ' || name || ': ' || "
        "coalesce(sql, '') AS line FROM sqlite_master ORDER BY type, name)");
    VARDE_REQUIRE_OK(text);
    return *text;
}

std::string migrationRows(Connection &db)
{
    const auto text
        = db.queryText("SELECT group_concat(version || ' ' || applied_at, ',') FROM "
                       "(SELECT version, applied_at FROM schema_migration ORDER BY version)");
    VARDE_REQUIRE_OK(text);
    return *text;
}

bool hasTable(Connection &db, const std::string &name)
{
    const auto n = db.queryText(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'");
    VARDE_REQUIRE_OK(n);
    return *n == "1";
}

} // namespace

TEST_CASE("migrations are numbered 1, 2, 3 … without gaps", "[store][migration]")
{
    const auto all = migrations();
    REQUIRE_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CAPTURE(i);
        CHECK(all[i].version == int(i) + 1);
        CHECK_FALSE(all[i].description.empty());
        CHECK_FALSE(all[i].sql.empty());
    }
    CHECK(latestSchemaVersion() == all.back().version);
}

TEST_CASE("a new database has schema version 0", "[store][migration]")
{
    TempFolder folder("migration");
    auto db = keyedConnection(folder / "varde.db");
    const auto version = schemaVersion(db);
    VARDE_REQUIRE_OK(version);
    CHECK(*version == 0);
}

TEST_CASE("every earlier schema version migrates to the latest schema", "[store][migration]")
{
    TempFolder folder("migration");
    // The reference: straight to the latest version.
    auto reference = keyedConnection(folder / "reference.db");
    VARDE_REQUIRE_OK(migrate(reference));
    const std::string latestSchema = schemaText(reference);

    // Written as a loop so that each new migration is covered without touching this test.
    for (int from = 0; from < latestSchemaVersion(); ++from) {
        CAPTURE(from);
        auto db = keyedConnection(folder / ("from-" + std::to_string(from) + ".db"));
        VARDE_REQUIRE_OK(migrate(db, from));
        const auto atFrom = schemaVersion(db);
        VARDE_REQUIRE_OK(atFrom);
        CHECK(*atFrom == from);

        VARDE_REQUIRE_OK(migrate(db));
        const auto atLatest = schemaVersion(db);
        VARDE_REQUIRE_OK(atLatest);
        CHECK(*atLatest == latestSchemaVersion());
        CHECK(schemaText(db) == latestSchema);
        const auto rows = db.queryText("SELECT count(*) FROM schema_migration");
        VARDE_REQUIRE_OK(rows);
        CHECK(std::stoi(*rows) == int(migrations().size()));
        for (const char *table :
            { "schema_migration", "sync_state", "outbox", "local_user", "follow_up_service",
                "general_practitioner", "patient", "diagnosis", "contact_person",
                "measurement_schedule", "measurement", "questionnaire_answer", "audit_event" }) {
            CAPTURE(table);
            CHECK(hasTable(db, table));
        }
    }
}

TEST_CASE("migrating again is a no-op", "[store][migration]")
{
    SECTION("on a raw database")
    {
        TempFolder folder("migration");
        auto db = keyedConnection(folder / "varde.db");
        VARDE_REQUIRE_OK(migrate(db));
        const auto schema = schemaText(db);
        const auto rows = migrationRows(db);
        VARDE_REQUIRE_OK(migrate(db));
        VARDE_REQUIRE_OK(migrate(db, latestSchemaVersion()));
        CHECK(schemaText(db) == schema);
        CHECK(migrationRows(db) == rows);
    }
    SECTION("when a store is opened again")
    {
        StoreInFolder s;
        const auto schema = schemaText(s->db());
        const auto rows = migrationRows(s->db());
        s.reopen();
        s.reopen();
        CHECK(schemaText(s->db()) == schema);
        CHECK(migrationRows(s->db()) == rows);
    }
}

TEST_CASE("a database from a newer program is refused and not changed", "[store][migration]")
{
    SECTION("by migrate")
    {
        TempFolder folder("migration");
        auto db = keyedConnection(folder / "varde.db");
        VARDE_REQUIRE_OK(migrate(db));
        const int future = latestSchemaVersion() + 1;
        VARDE_REQUIRE_OK(
            db.exec("INSERT INTO schema_migration(version, description, applied_at) VALUES ("
                + std::to_string(future) + ", 'from a newer Varde', 0)"));
        const auto schema = schemaText(db);
        const auto rows = migrationRows(db);

        const auto migrated = migrate(db);
        REQUIRE_FALSE(migrated);
        CHECK(migrated.error().code == ErrorCode::StoreNewerThanProgram);
        CHECK(schemaText(db) == schema);
        CHECK(migrationRows(db) == rows);
    }
    SECTION("by EncryptedStore::open")
    {
        StoreInFolder s;
        const int future = latestSchemaVersion() + 1;
        VARDE_REQUIRE_OK(
            s->db().exec("INSERT INTO schema_migration(version, description, applied_at) VALUES ("
                + std::to_string(future) + ", 'from a newer Varde', 0)"));
        s.close();
        const auto before = folderSnapshot(s.folder.path());

        const auto opened = store::EncryptedStore::open(s.folder.path(), "kari", kariPassword);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::StoreNewerThanProgram);
        CHECK(folderSnapshot(s.folder.path()) == before);
    }
}

TEST_CASE("a store written at schema version 1 keeps its data when upgraded", "[store][migration]")
{
    TempFolder folder("migration");
    auto db = keyedConnection(folder / "varde.db");
    VARDE_REQUIRE_OK(migrate(db, 1));
    REQUIRE_FALSE(hasTable(db, "plan_version"));
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO sync_state(id, client_id, last_mutation_id, feed_cursor) "
        "VALUES (1, 'client-v1', 7, 'cursor-42');"
        "INSERT INTO patient(id, origin, updated_at, national_id, given_name, family_name, "
        "birth_date, sex, status, enrolled_at) VALUES ('p-old', 'local', 1000, '17054812345', "
        "'Astrid', 'Hansen', '1948-05-17', 'female', 'active', 1767225600000);"
        "INSERT INTO measurement(id, origin, updated_at, patient_id, kind, code, value, unit, "
        "canonical_value, measured_at, received_at, source) VALUES ('m-old', 'local', 1000, "
        "'p-old', 'spo2', '59408-5', 91, '%', 91, 1774851240000, 1774851300000, 'device');"));

    VARDE_REQUIRE_OK(migrate(db));
    const auto version = schemaVersion(db);
    VARDE_REQUIRE_OK(version);
    CHECK(*version == latestSchemaVersion());

    const auto text = [&](const std::string &sql) {
        const auto value = db.queryText(sql);
        VARDE_REQUIRE_OK(value);
        return *value;
    };
    CHECK(text("SELECT client_id || ' ' || last_mutation_id || ' ' || feed_cursor FROM "
               "sync_state")
        == "client-v1 7 cursor-42");
    CHECK(text("SELECT national_id || ' ' || given_name || ' ' || family_name || ' ' || "
               "birth_date || ' ' || status || ' ' || enrolled_at FROM patient WHERE id = 'p-old'")
        == "17054812345 Astrid Hansen 1948-05-17 active 1767225600000");
    CHECK(text("SELECT patient_id || ' ' || kind || ' ' || value || ' ' || measured_at FROM "
               "measurement WHERE id = 'm-old'")
        == "p-old spo2 91.0 1774851240000");
    CHECK(text("SELECT count(*) FROM patient") == "1");
    CHECK(text("SELECT count(*) FROM measurement") == "1");

    // The version-2 tables exist and take rows that refer to the old patient and measurement,
    // with foreign keys enforced as the store enforces them.
    VARDE_REQUIRE_OK(db.exec("PRAGMA foreign_keys = ON"));
    for (const char *table : { "plan_version", "finding", "acknowledgement",
             "measurement_exclusion", "follow_up_pause" }) {
        CAPTURE(table);
        CHECK(hasTable(db, table));
    }
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO plan_version(id, origin, updated_at, patient_id, status, rules_json, "
        "created_by, created_at) VALUES ('plan-1', 'local', 2000, 'p-old', 'active', '[]', "
        "'u', 2000);"
        "INSERT INTO finding(id, origin, updated_at, patient_id, plan_version_id, rule_index, "
        "rule_type, level, trigger_id, found_at, first_seen_at, reason_json) VALUES ('f-1', "
        "'local', 2000, 'p-old', 'plan-1', 0, 'band', 'yellow', 'm-old', 1774851240000, 2000, "
        "'{}');"
        "INSERT INTO acknowledgement(id, origin, updated_at, finding_id, patient_id, "
        "acknowledged_by, acknowledged_at, action) VALUES ('a-1', 'local', 2000, 'f-1', "
        "'p-old', 'u', 2000, 'called_patient');"
        "INSERT INTO measurement_exclusion(id, origin, updated_at, measurement_id, patient_id, "
        "reason, excluded_by, excluded_at) VALUES ('x-1', 'local', 2000, 'm-old', 'p-old', "
        "'kalde fingre', 'u', 2000);"
        "INSERT INTO follow_up_pause(id, origin, updated_at, patient_id, reason, from_at, "
        "until_at, created_by) VALUES ('z-1', 'local', 2000, 'p-old', 'hospital', 2000, 3000, "
        "'u');"));
    for (const char *table : { "plan_version", "finding", "acknowledgement",
             "measurement_exclusion", "follow_up_pause" }) {
        CAPTURE(table);
        CHECK(text(std::string("SELECT count(*) FROM ") + table + " WHERE patient_id = 'p-old'")
            == "1");
    }
    // The references are checked: a pause for a patient who does not exist is refused.
    CHECK_FALSE(db.exec("INSERT INTO follow_up_pause(id, origin, updated_at, patient_id, reason, "
                        "from_at, until_at, created_by) VALUES ('z-2', 'local', 2000, 'nobody', "
                        "'hospital', 2000, 3000, 'u')"));
    CHECK(text("PRAGMA foreign_key_check") == "");
}

TEST_CASE("a store written at schema version 2 keeps its plans when upgraded", "[store][migration]")
{
    TempFolder folder("migration-v2");
    auto db = keyedConnection(folder / "varde.db");
    VARDE_REQUIRE_OK(migrate(db, 2));
    REQUIRE_FALSE(hasTable(db, "enrolment"));
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO follow_up_service(id, origin, updated_at, name) VALUES ('s-1', 'local', "
        "1000, 'Digital hjemmeoppfølging');"
        "INSERT INTO patient(id, origin, updated_at, national_id, given_name, family_name, "
        "birth_date, sex, status, enrolled_at, service_id) VALUES ('p-old', 'local', 1000, "
        "'17054812345', 'Astrid', 'Hansen', '1948-05-17', 'female', 'trial', 1767225600000, "
        "'s-1');"
        "INSERT INTO plan_version(id, origin, updated_at, patient_id, status, rules_json, "
        "created_by, created_at, approved_by, approved_by_name, approved_at) VALUES ('plan-v2', "
        "'local', 2000, 'p-old', 'active', '[]', 'u', 2000, 'gp-1', 'Turid Moe (fastlege)', "
        "3000);"));

    VARDE_REQUIRE_OK(migrate(db));
    const auto text = [&](const std::string &sql) {
        const auto value = db.queryText(sql);
        VARDE_REQUIRE_OK(value);
        return *value;
    };
    CHECK(
        text("SELECT max(version) FROM schema_migration") == std::to_string(latestSchemaVersion()));
    // The plan keeps its approval; the columns of version 3 read as "not given".
    CHECK(text("SELECT status || ' ' || approved_by_name || ' ' || approved_at || ' ' || "
               "coalesce(approval_method, 'none') || ' [' || approval_reference || '] [' || "
               "created_by_name || ']' FROM plan_version WHERE id = 'plan-v2'")
        == "active Turid Moe (fastlege) 3000 none [] []");
    // Version 4: the service has the default retention period; the patient has no recorded
    // enrolment period yet (the worklist then counts the trial from enrolled_at).
    CHECK(text("SELECT retention_days || ' ' || phone || '|' || coalesce(medical_lead_user_id, "
               "'none') FROM follow_up_service WHERE id = 's-1'")
        == "180 |none");
    CHECK(text("SELECT count(*) FROM enrolment") == "0");
    VARDE_REQUIRE_OK(db.exec("PRAGMA foreign_keys = ON"));
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO enrolment(id, origin, updated_at, patient_id, referral_source, "
        "referral_date, started_at, trial_weeks, created_by) VALUES ('e-1', 'local', 4000, "
        "'p-old', 'gp', '2026-01-01', 1767225600000, 3, 'u');"
        "INSERT INTO patient_change(id, origin, updated_at, patient_id, field, old_value, "
        "new_value, changed_by, changed_at) VALUES ('c-1', 'local', 4000, 'p-old', 'address', "
        "'', 'Storgata 1', 'u', 4000);"));
    CHECK_FALSE(db.exec("INSERT INTO enrolment(id, origin, updated_at, patient_id, "
                        "referral_source, referral_date, started_at, trial_weeks, created_by) "
                        "VALUES ('e-2', 'local', 4000, 'p-none', 'gp', '2026-01-01', 1, 3, 'u')"));
}

TEST_CASE("a store written at schema version 4 keeps its patients when upgraded to messages",
    "[store][migration]")
{
    TempFolder folder("migration-v4");
    auto db = keyedConnection(folder / "varde.db");
    VARDE_REQUIRE_OK(migrate(db, 4));
    REQUIRE_FALSE(hasTable(db, "plo_message"));
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO follow_up_service(id, origin, updated_at, name) VALUES ('s-1', 'local', "
        "1000, 'Digital hjemmeoppfølging');"
        "INSERT INTO patient(id, origin, updated_at, national_id, given_name, family_name, "
        "birth_date, sex, status, enrolled_at, service_id) VALUES ('p-old', 'local', 1000, "
        "'17054812345', 'Astrid', 'Hansen', '1948-05-17', 'female', 'active', 1767225600000, "
        "'s-1');"));

    VARDE_REQUIRE_OK(migrate(db));
    const auto text = [&](const std::string &sql) {
        const auto value = db.queryText(sql);
        VARDE_REQUIRE_OK(value);
        return *value;
    };
    CHECK(
        text("SELECT max(version) FROM schema_migration") == std::to_string(latestSchemaVersion()));
    CHECK(text("SELECT given_name || ' ' || status FROM patient WHERE id = 'p-old'")
        == "Astrid active");
    // Version 5: the service flags a message without a receipt after the default 24 hours,
    // and the patient's thread is empty but usable.
    CHECK(text("SELECT plo_receipt_alert_hours FROM follow_up_service WHERE id = 's-1'") == "24");
    CHECK(text("SELECT count(*) FROM plo_message") == "0");
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, state, "
        "created_by, created_at) VALUES ('m-1', 'local', 5000, 'p-old', 'out', 'draft', 'u', "
        "5000)"));
    CHECK_FALSE(db.exec("INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, "
                        "state, created_by, created_at) VALUES ('m-2', 'local', 5000, 'p-old', "
                        "'out', 'lost', 'u', 5000)"));
}

TEST_CASE("a store written at schema version 5 keeps its waiting changes and cursor when "
          "upgraded to sync",
    "[store][migration]")
{
    TempFolder folder("migration-v5");
    auto db = keyedConnection(folder / "varde.db");
    VARDE_REQUIRE_OK(migrate(db, 5));
    REQUIRE_FALSE(hasTable(db, "sync_outcome"));
    VARDE_REQUIRE_OK(db.exec(
        "INSERT INTO sync_state(id, client_id, last_mutation_id, feed_cursor) VALUES (1, 'c-1', "
        "2, 'v1.7.100.3');"
        "INSERT INTO outbox(mutation_id, entity, entity_id, op, payload, created_at) VALUES "
        "(1, 'audit_event', 'a-1', 'append', '{}', 1000), (2, 'audit_event', 'a-2', 'append', "
        "'{}', 2000);"));

    VARDE_REQUIRE_OK(migrate(db));
    const auto text = [&](const std::string &sql) {
        const auto value = db.queryText(sql);
        VARDE_REQUIRE_OK(value);
        return *value;
    };
    CHECK(
        text("SELECT max(version) FROM schema_migration") == std::to_string(latestSchemaVersion()));
    // Nothing waiting is lost, and the feed position stays; version 6's columns read as "never
    // signed in to a server".
    CHECK(text("SELECT count(*) FROM outbox") == "2");
    CHECK(text("SELECT client_id || ' ' || last_mutation_id || ' ' || feed_cursor || ' [' || "
               "coalesce(server_url, '') || '] ' || first_sync_done FROM sync_state")
        == "c-1 2 v1.7.100.3 [] 0");
    CHECK(text("SELECT count(*) FROM sync_outcome") == "0");
    VARDE_REQUIRE_OK(db.exec("INSERT INTO sync_outcome(mutation_id, client_id, entity, entity_id, "
                             "op, status, payload, recorded_at) VALUES (1, 'c-1', 'audit_event', "
                             "'a-1', 'append', 'refused', '{}', 3000)"));
    CHECK_FALSE(db.exec("INSERT INTO sync_outcome(mutation_id, client_id, entity, entity_id, op, "
                        "status, payload, recorded_at) VALUES (2, 'c-1', 'x', 'y', 'append', "
                        "'lost', '{}', 3000)"));
}
