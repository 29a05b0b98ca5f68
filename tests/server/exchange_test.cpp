// The message exchange against the real PostgreSQL: queued documents become <MsgId>.xml files
// and are marked sent only after the rename (a crash in between rewrites the same MsgId),
// AppRecs and GP replies in the incoming folder reach their message and patient, unreadable
// files are moved aside with the reason, and one pass runs at a time (advisory lock).
#include "server_fixture.h"

#include "core/common/uuid.h"
#include "core/plo/apprec.h"
#include "core/plo/gp_reply.h"
#include "core/plo/reader.h"
#include "core/server/migrate.h"
#include "core/server/plo_exchange.h"
#include "core/server/plo_outbox.h"
#include "core/time/civil_time.h"

#include <chrono>
#include <set>
#include <thread>

using namespace server_test;
using namespace varde;
using namespace varde::server;
namespace fs = std::filesystem;

namespace
{

const std::string serviceId = "0b7f3f8e-5555-4c4c-8c8c-cccccccccccc";
const std::string patientId = "0b7f3f8e-6666-4d4d-8d8d-dddddddddddd";
const std::string nationalId = "13116900216"; // the sample's patient
const std::string sampleMsgId = "298ba670-05a9-11e8-8f1a-0800200c9a66";

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeAll(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The official HELSEOPPLYSNINGER_LEGE sample (sender: our service, HER-id 5078) with a new MsgId.
std::string ourMessage(const std::string &msgId)
{
    auto xml = readAll(fs::path(VARDE_SOURCE_DIR)
        / "tests/data/plo/samples/Helseopplysninger_til_lege_v1-6_Ny.xml");
    const auto at = xml.find(sampleMsgId);
    REQUIRE(at != std::string::npos);
    xml.replace(at, sampleMsgId.size(), msgId);
    REQUIRE(xml.find(sampleMsgId) == std::string::npos);
    return xml;
}

std::set<std::string> namesIn(const fs::path &folder)
{
    std::set<std::string> names;
    for (const auto &entry : fs::directory_iterator(folder))
        if (entry.is_regular_file())
            names.insert(entry.path().filename().string());
    return names;
}

struct Exchange {
    TestDatabase database;
    PgConnection db = database.connect();
    fs::path root = fs::temp_directory_path() / ("varde-exchange-" + newUuid());
    ExchangeFolders folders { root / "out", root / "in", {} };
    plo::SchemaSet schemas { plo::sourceTreeSchemaDirectory() };

    Exchange()
    {
        REQUIRE(migrate(db));
        REQUIRE(db.exec("INSERT INTO follow_up_service(id, name, her_id) VALUES ($1, "
                        "'Hjemmeoppfølging', '5078')",
            { serviceId }));
        REQUIRE(db.exec("INSERT INTO patient(id, service_id, national_id, given_name, "
                        "family_name) VALUES ($1, $2, $3, 'Line', 'Danser')",
            { patientId, serviceId, nationalId }));
        fs::create_directories(folders.outgoing);
        fs::create_directories(folders.incoming);
    }
    ~Exchange()
    {
        std::error_code ec;
        fs::remove_all(root, ec);
    }

    // Queues our message as the mutation does (inside a transaction); returns its row id.
    std::string queue(const std::string &msgId, const std::string &id = newUuid())
    {
        auto tx = PgTransaction::begin(db);
        REQUIRE(tx);
        auto ok = queueOutgoingDocument(
            db, { id, serviceId, patientId, "HELSEOPPLYSNINGER_LEGE", msgId, ourMessage(msgId) });
        INFO((ok ? "" : ok.error().detail));
        REQUIRE(ok);
        REQUIRE(tx->commit());
        return id;
    }

    ExchangeReport pass(PgConnection &connection)
    {
        auto report = runExchangeOnce(connection, folders, schemas, time::now());
        INFO((report ? "" : report.error().detail));
        REQUIRE(report);
        return *report;
    }
    ExchangeReport pass() { return pass(db); }

    std::string value(const std::string &sql, const std::vector<PgParam> &params = {})
    {
        auto row = db.exec(sql, params);
        INFO(sql << (row ? "" : ": " + row.error().detail));
        REQUIRE(row);
        REQUIRE(row->rows() == 1);
        return row->isNull(0, 0) ? "<null>" : row->text(0, 0);
    }
    std::string stateOf(const std::string &id)
    {
        return value("SELECT state FROM plo_message WHERE id = $1", { id });
    }
    std::string changes(const std::string &id)
    {
        return value("SELECT count(*) FROM change_log WHERE entity = 'plo_message' AND "
                     "entity_id = $1 AND service_id = $2",
            { id, serviceId });
    }
};

} // namespace

TEST_CASE("exchange: a queued document is written as <MsgId>.xml and then marked sent",
    "[server][exchange]")
{
    Exchange x;
    const auto msgId = newUuid();
    const auto id = x.queue(msgId);
    CHECK(x.stateOf(id) == "queued");
    CHECK(x.changes(id) == "1");

    SECTION("a retry of the same id is stored once; another id with the same MsgId is refused")
    {
        x.queue(msgId, id);
        CHECK(x.value("SELECT count(*) FROM plo_message") == "1");
        CHECK(x.changes(id) == "1");
        auto tx = PgTransaction::begin(x.db);
        REQUIRE(tx);
        CHECK_FALSE(queueOutgoingDocument(
            x.db, { newUuid(), serviceId, patientId, "HELSEOPPLYSNINGER_LEGE", msgId, "<x/>" }));
        CHECK_FALSE(queueOutgoingDocument(x.db,
            { newUuid(), serviceId, patientId, "HELSEOPPLYSNINGER_LEGE", "../evil", "<x/>" }));
    }

    const auto report = x.pass();
    CHECK(report.ran);
    CHECK(report.written == 1);
    CHECK(namesIn(x.folders.outgoing) == std::set<std::string> { msgId + ".xml" });
    CHECK(readAll(x.folders.outgoing / (msgId + ".xml")) == ourMessage(msgId));
    CHECK(x.stateOf(id) == "sent");
    CHECK(x.value("SELECT sent_at IS NOT NULL FROM plo_message WHERE id = $1", { id }) == "t");
    CHECK(x.changes(id) == "2");

    // Sent documents are not written again.
    CHECK(x.pass().written == 0);
}

TEST_CASE("exchange: a crash between the rename and marking sent rewrites the same MsgId",
    "[server][exchange]")
{
    Exchange x;
    const auto msgId = newUuid();
    const auto id = x.queue(msgId);

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // A process of its own with its own connection, killed by the hook after the rename.
        ::setenv("VARDE_TEST_EXCHANGE_CRASH_AFTER_RENAME", "1", 1);
        auto db = PgConnection::connect(x.database.url());
        if (!db)
            ::_exit(2);
        plo::SchemaSet schemas(plo::sourceTreeSchemaDirectory());
        (void)runExchangeOnce(*db, x.folders, schemas, time::now());
        ::_exit(3); // the hook did not fire
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    // The file is there, the row still queued.
    CHECK(namesIn(x.folders.outgoing) == std::set<std::string> { msgId + ".xml" });
    CHECK(x.stateOf(id) == "queued");

    // The dead session's lock goes with its connection; the next pass writes the same name.
    ExchangeReport report;
    for (int i = 0; i < 100 && !report.ran; ++i) {
        report = x.pass();
        if (!report.ran)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(report.ran);
    CHECK(report.written == 1);
    CHECK(namesIn(x.folders.outgoing) == std::set<std::string> { msgId + ".xml" });
    CHECK(readAll(x.folders.outgoing / (msgId + ".xml")) == ourMessage(msgId));
    CHECK(x.stateOf(id) == "sent");
}

TEST_CASE("exchange: an AppRec in the incoming folder sets the receipt of its message",
    "[server][exchange]")
{
    Exchange x;
    const auto firstMsgId = newUuid(), secondMsgId = newUuid();
    const auto first = x.queue(firstMsgId);
    const auto second = x.queue(secondMsgId);
    REQUIRE(x.pass().written == 2);

    // The GP's system answers the second one.
    auto original = plo::readDocument(ourMessage(secondMsgId));
    REQUIRE(original);
    plo::AppRecAnswer answer;
    answer.genDate = time::now();
    auto apprec = plo::composeAppRec(*original, original->kind.schema, answer);
    INFO((apprec ? "" : apprec.error().detail));
    REQUIRE(apprec);
    writeAll(x.folders.incoming / "kvittering.xml", *apprec);

    const auto report = x.pass();
    CHECK(report.receipts == 1);
    CHECK(report.refused == 0);
    CHECK(x.value("SELECT receipt_status FROM plo_message WHERE id = $1", { second }) == "ok");
    CHECK(x.value("SELECT receipt_status FROM plo_message WHERE id = $1", { first }).empty());
    CHECK(x.changes(second) == "3"); // queued, sent, receipt
    CHECK(fs::exists(x.folders.incoming / "done" / "kvittering.xml"));
    CHECK_FALSE(fs::exists(x.folders.incoming / "kvittering.xml"));
    // The receipt is kept beside the message, and never answered.
    CHECK(x.value("SELECT count(*) FROM plo_message WHERE direction = 'in' AND type = 'APPREC' "
                  "AND state = 'received' AND parent_msg_id = $1 AND patient_id = $2",
              { secondMsgId, patientId })
        == "1");
    CHECK(x.value("SELECT count(*) FROM plo_message WHERE direction = 'out' AND type = 'APPREC'")
        == "0");

    SECTION("an AppRec for a message we never sent is refused")
    {
        auto other = plo::readDocument(ourMessage(newUuid()));
        REQUIRE(other);
        answer.msgId = "";
        writeAll(x.folders.incoming / "ukjent.xml",
            *plo::composeAppRec(*other, other->kind.schema, answer));
        CHECK(x.pass().refused == 1);
        CHECK(fs::exists(x.folders.incoming / "refused" / "ukjent.xml"));
        CHECK(readAll(x.folders.incoming / "refused" / "ukjent.xml.reason.txt")
                  .find("ikke er sendt herfra")
            != std::string::npos);
    }
}

TEST_CASE("exchange: a GP reply is attached to its patient and answered with an AppRec OK",
    "[server][exchange]")
{
    Exchange x;
    const auto ourMsgId = newUuid();
    x.queue(ourMsgId);
    REQUIRE(x.pass().written == 1);

    const auto replyMsgId = newUuid();
    auto reply = plo::composeGpReply(
        ourMessage(ourMsgId), { "Start prednisolon 30 mg i 5 dager.", replyMsgId, time::now() });
    INFO((reply ? "" : reply.error().detail));
    REQUIRE(reply);
    writeAll(x.folders.incoming / "svar.xml", *reply);

    SECTION("filed, in the service's change feed, answered in the same pass")
    {
        const auto report = x.pass();
        CHECK(report.received == 1);
        CHECK(report.refused == 0);
        CHECK(fs::exists(x.folders.incoming / "done" / "svar.xml"));
        const auto received = x.value("SELECT id FROM plo_message WHERE direction = 'in' AND "
                                      "msg_id = $1 AND state = 'received' AND patient_id = $2",
            { replyMsgId, patientId });
        CHECK(x.value("SELECT parent_msg_id FROM plo_message WHERE id = $1", { received })
            == ourMsgId);
        CHECK(x.value("SELECT document FROM plo_message WHERE id = $1", { received }) == *reply);
        CHECK(x.changes(received) == "2"); // filed, then what we answered
        CHECK(x.value("SELECT payload::json->>'patient_id' FROM change_log WHERE entity_id = $1 "
                      "ORDER BY seq DESC LIMIT 1",
                  { received })
            == patientId);

        // Our AppRec OK: queued and written (sent) in the same pass, named by its MsgId.
        const auto apprecMsgId = x.value("SELECT msg_id FROM plo_message WHERE direction = "
                                         "'out' AND type = 'APPREC' AND state = 'sent'");
        const auto file = x.folders.outgoing / (apprecMsgId + ".xml");
        REQUIRE(fs::exists(file));
        auto ours = plo::readDocument(readAll(file));
        REQUIRE(ours);
        REQUIRE(ours->appRec);
        CHECK(ours->appRec->originalMsgId == replyMsgId);
        CHECK(ours->appRec->status == "1");
        CHECK(report.written == 1);

        // The same reply again (the transport sending twice): moved, not filed twice.
        writeAll(x.folders.incoming / "svar.xml", *reply);
        const auto again = x.pass();
        CHECK(again.duplicates == 1);
        CHECK(again.received == 0);
        CHECK(fs::exists(x.folders.incoming / "done" / "svar.xml.1"));
        CHECK(x.value("SELECT count(*) FROM plo_message WHERE direction = 'in'") == "1");
        CHECK(x.value("SELECT count(*) FROM plo_message WHERE type = 'APPREC'") == "1");
    }

    SECTION("a patient the service does not follow: refused with a reason and an AppRec E35")
    {
        REQUIRE(x.db.exec("UPDATE patient SET national_id = '01010112345'"));
        const auto report = x.pass();
        CHECK(report.received == 0);
        CHECK(report.refused == 1);
        CHECK(fs::exists(x.folders.incoming / "refused" / "svar.xml"));
        const auto reason = readAll(x.folders.incoming / "refused" / "svar.xml.reason.txt");
        CHECK(reason.find("finnes ikke") != std::string::npos);
        CHECK(reason.find(nationalId) == std::string::npos);
        CHECK(reason.find("Danser") == std::string::npos);
        CHECK(x.value("SELECT state || ' ' || coalesce(patient_id::text, '-') FROM plo_message "
                      "WHERE direction = 'in'")
            == "refused -");
        auto rejected = plo::readDocument(x.value(
            "SELECT document FROM plo_message WHERE direction = 'out' AND type = 'APPREC'"));
        REQUIRE(rejected);
        REQUIRE(rejected->appRec);
        REQUIRE(rejected->appRec->errors.size() == 1);
        CHECK(rejected->appRec->errors[0].code == "E35");
    }
}

TEST_CASE("exchange: an unreadable file is moved to refused/ with its reason", "[server][exchange]")
{
    Exchange x;
    writeAll(x.folders.incoming / "skadet.xml", "<MsgHead><MsgInfo>Line Danser 13116900216");
    writeAll(x.folders.incoming / ".skrives.xml", "<half"); // the adapter's, not ours yet
    const auto report = x.pass();
    CHECK(report.refused == 1);
    CHECK_FALSE(fs::exists(x.folders.incoming / "skadet.xml"));
    CHECK(readAll(x.folders.incoming / "refused" / "skadet.xml")
        == "<MsgHead><MsgInfo>Line Danser 13116900216");
    const auto reason = readAll(x.folders.incoming / "refused" / "skadet.xml.reason.txt");
    CHECK(reason.find("kan ikke leses") != std::string::npos);
    CHECK(reason.find("13116900216") == std::string::npos);
    CHECK(reason.find("Danser") == std::string::npos);
    CHECK(fs::exists(x.folders.incoming / ".skrives.xml"));
    CHECK(x.value("SELECT count(*) FROM plo_message") == "0");

    // Refused names are never overwritten.
    writeAll(x.folders.incoming / "skadet.xml", "igjen");
    CHECK(x.pass().refused == 1);
    CHECK(readAll(x.folders.incoming / "refused" / "skadet.xml.1") == "igjen");
    CHECK(fs::exists(x.folders.incoming / "refused" / "skadet.xml.1.reason.txt"));
}

TEST_CASE("exchange: two passes at once, only one runs", "[server][exchange]")
{
    Exchange x;
    const auto msgId = newUuid();
    const auto id = x.queue(msgId);
    auto other = x.database.connect();
    std::optional<ExchangeReport> inner;
    x.folders.afterLock = [&] { inner = x.pass(other); };
    const auto outer = x.pass();
    REQUIRE(inner);
    CHECK_FALSE(inner->ran);
    CHECK(inner->written == 0);
    CHECK(outer.ran);
    CHECK(outer.written == 1);
    CHECK(namesIn(x.folders.outgoing) == std::set<std::string> { msgId + ".xml" });
    CHECK(x.changes(id) == "2");

    // Released at the end of the pass: the other connection runs the next one.
    x.folders.afterLock = {};
    CHECK(x.pass(other).ran);
}

TEST_CASE("exchange: varde-server runs the exchange when both folders are configured",
    "[server][exchange]")
{
    Exchange x;
    const auto msgId = newUuid();
    const auto id = x.queue(msgId);
    ServerProcess server(x.database,
        { { "outgoing-folder", x.folders.outgoing.string() },
            { "incoming-folder", x.folders.incoming.string() } });
    const auto file = x.folders.outgoing / (msgId + ".xml");
    for (int i = 0; i < 200 && x.stateOf(id) != "sent"; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(x.stateOf(id) == "sent");
    CHECK(fs::exists(file));
}
