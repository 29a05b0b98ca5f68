#pragma once
// The real parts for sync tests: a varde-server over loopback TLS on a throwaway PostgreSQL
// (tests/server/server_fixture.h), a follow-up service with a nurse and one patient there, a
// device that posts FHIR Observations for that patient, and a workstation: a real encrypted
// store in a temporary folder that knows the same patient, with a SyncEngine on its own
// connection.
#include "tests/core/store/store_fixture.h"
#include "tests/server/server_fixture.h"

#include "core/server/secrets.h"
#include "core/store/patient_repository.h"
#include "core/sync/sync_engine.h"
#include "core/time/civil_time.h"

#include <netinet/in.h>
#include <sys/socket.h>

namespace sync_test
{

using namespace varde;
using server_test::PgConnection;

inline const std::string serverPassword = "tjener-passord-1";

// A free loopback port, so that a restarted server comes back where the client expects it.
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

struct ServerSide {
    server_test::TestDatabase db;
    int port = freePort();
    server_test::ServerProcess server { db, { { "port", std::to_string(port) } } };
    PgConnection conn = db.connect();
    std::string serviceId = newUuid();
    std::string deviceToken = server::newSecretToken();

    ServerSide()
    {
        REQUIRE(conn.exec(
            "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Oppfølging')", { serviceId }));
        addUser("kari", "{nurse}");
    }

    void addUser(const std::string &login,
        const std::string &roles,
        const std::string &displayName = "Sykepleier")
    {
        static const std::string hash = *server::hashPassword(serverPassword);
        REQUIRE(conn.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                          "service_id) VALUES ($1, $2, $3, $4, $5::text[], $6)",
            { newUuid(), login, displayName, hash, roles, serviceId }));
    }

    // The patient as the server knows them, with a device that posts for them.
    void follow(const domain::Patient &p)
    {
        REQUIRE(conn.exec("INSERT INTO patient(id, service_id, national_id, given_name, "
                          "family_name) VALUES ($1, $2, $3, $4, $5)",
            { p.meta.id, serviceId, p.nationalId, p.givenName, p.familyName }));
        REQUIRE(conn.exec("INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, "
                          "$2, $3)",
            { newUuid(), p.meta.id, server::tokenHash(deviceToken) }));
    }

    sync::ServerAddress address() const
    {
        return { "https://127.0.0.1:" + std::to_string(port),
            server_test::TestTls::get().ca().string() };
    }

    // An oxygen saturation reading from the patient's device, `minutesAgo` before now.
    server_test::Reply postSpo2(const domain::Patient &patient,
        double percent,
        int minutesAgo,
        const std::string &identifier)
    {
        const auto at = time::formatIsoOslo(time::now() - std::chrono::minutes(minutesAgo));
        const std::string body
            = R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":)"
              R"("http://loinc.org","code":"59408-5"}]},"effectiveDateTime":")"
            + at
            + R"(","subject":{"identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":")"
            + patient.nationalId + R"("}},"valueQuantity":{"value":)" + std::to_string(percent)
            + R"(,"unit":"%","system":"http://unitsofmeasure.org","code":"%"},"device":)"
              R"({"display":"oksymeter"},"identifier":[{"system":"urn:oid:1.2.3.4.vendor",)"
              R"("value":")"
            + identifier + "\"}]}";
        return server.request("POST", "/v1/fhir/Observation", body,
            { { "Authorization", "Bearer " + deviceToken } }, "application/fhir+json");
    }

    std::int64_t count(const std::string &sql, const std::vector<server::PgParam> &params = {})
    {
        auto r = conn.exec(sql, params);
        INFO(sql);
        REQUIRE(r);
        return r->int64(0, 0);
    }
};

// A workstation: its encrypted store (user kari, as on the server) with the patient in it.
struct Workstation {
    test::StoreInFolder store;
    domain::Patient patient = test::somePatient();

    Workstation()
    {
        store::PatientRepository patients(*store);
        VARDE_REQUIRE_OK(patients.insert(patient));
    }
    // A second workstation of the same service that already knows `known`.
    explicit Workstation(const domain::Patient &known)
        : patient(known)
    {
        store::PatientRepository patients(*store);
        VARDE_REQUIRE_OK(patients.insert(patient));
    }

    sync::SyncEngine engine(const sync::ServerAddress &address, sync::SyncOptions options = {})
    {
        auto db = store->openAnotherConnection();
        VARDE_REQUIRE_OK(db);
        return sync::SyncEngine(std::move(*db), address, options);
    }

    std::int64_t count(const std::string &sql)
    {
        auto n = store->db().queryText(sql);
        VARDE_REQUIRE_OK(n);
        return std::stoll(*n);
    }
};

} // namespace sync_test
