// Sign-in and scope against the real server over TLS: login with the same answer for a wrong
// password and an unknown login, the throttle in the database (shared by two instances, kept
// across a restart), expired and forged bearer tokens refused, refresh rotation with reuse
// detection, logout, one service's nurse never seeing another's patients, a GP seeing only
// their own, the append-only audit, and vardectl's server subcommands end to end.
#include "server_fixture.h"

#include "core/server/auth_token.h"
#include "core/server/migrate.h"
#include "core/server/scope.h"
#include "core/server/secrets.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/HMACEngine.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/SHA2Engine.h>

#include <chrono>
#include <future>
#include <set>
#include <sstream>

using namespace server_test;
using namespace varde;

namespace
{

// The fixture starts every server with this secret.
const std::string secret = "test-secret-0123456789abcdef";
const std::string password = "korrekt-hest-batteri";

PgConnection migrated(const TestDatabase &db)
{
    auto c = db.connect();
    REQUIRE(server::migrate(c));
    return c;
}

std::string one(
    PgConnection &db, const std::string &sql, const std::vector<server::PgParam> &p = {})
{
    auto r = db.exec(sql, p);
    INFO(sql);
    REQUIRE(r);
    REQUIRE(r->rows() == 1);
    return r->text(0, 0);
}

std::string addService(PgConnection &db, const std::string &name)
{
    const auto id = newUuid();
    REQUIRE(db.exec("INSERT INTO follow_up_service(id, name) VALUES ($1, $2)", { id, name }));
    return id;
}

std::string addGp(PgConnection &db)
{
    const auto id = newUuid();
    REQUIRE(db.exec("INSERT INTO general_practitioner(id, name) VALUES ($1, 'Fastlege')", { id }));
    return id;
}

std::string addPatient(PgConnection &db, const std::string &service, const std::string &gp = {})
{
    const auto id = newUuid();
    REQUIRE(db.exec("INSERT INTO patient(id, service_id, national_id, given_name, family_name, "
                    "gp_id) VALUES ($1, $2, $3, 'Test', 'Pasient', $4)",
        { id, service, id.substr(0, 11),
            gp.empty() ? server::PgParam {} : server::PgParam { gp } }));
    return id;
}

std::string addUser(PgConnection &db,
    const std::string &login,
    const std::string &roles,
    const std::string &service = {},
    const std::string &gp = {})
{
    static const std::string hash = *server::hashPassword(password);
    const auto id = newUuid();
    const auto orNull = [](const std::string &s) {
        return s.empty() ? server::PgParam {} : server::PgParam { s };
    };
    REQUIRE(db.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                    "service_id, gp_id) VALUES ($1, $2, 'Navn Navnesen', $3, $4::text[], $5, $6)",
        { id, login, hash, roles, orNull(service), orNull(gp) }));
    return id;
}

Poco::JSON::Object::Ptr json(const std::string &text)
{
    INFO(text);
    auto parsed = Poco::JSON::Parser().parse(text);
    REQUIRE(parsed.type() == typeid(Poco::JSON::Object::Ptr));
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

std::string quoted(const std::string &s) { return "\"" + s + "\""; }

Reply login(const ServerProcess &server, const std::string &user, const std::string &pw)
{
    return server.request("POST", "/v1/auth/login",
        "{\"login\":" + quoted(user) + ",\"password\":" + quoted(pw) + "}");
}

// The access and refresh tokens of a successful login.
std::pair<std::string, std::string> signIn(const ServerProcess &server, const std::string &user)
{
    const auto reply = login(server, user, password);
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    const auto body = json(reply.body);
    return { body->getValue<std::string>("access_token"),
        body->getValue<std::string>("refresh_token") };
}

std::map<std::string, std::string> bearer(const std::string &token)
{
    return { { "Authorization", "Bearer " + token } };
}

int meStatus(const ServerProcess &server, const std::string &token)
{
    return server.request("GET", "/v1/me", {}, bearer(token)).status;
}

std::string base64Url(const std::string &bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder << bytes;
    encoder.close();
    return out.str();
}

// HMAC-SHA-256 over exactly these bytes, base64url: a genuine HS256 signature under any header.
class Sha256 : public Poco::SHA2Engine
{
public:
    enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
    Sha256()
        : Poco::SHA2Engine(SHA_256)
    {
    }
};

std::string hs256Signature(const std::string &signingInput, const std::string &key)
{
    Poco::HMACEngine<Sha256> hmac(key);
    hmac.update(signingInput);
    const auto &digest = hmac.digest();
    return base64Url(std::string(digest.begin(), digest.end()));
}

// A token with this header and payload, signed as HS256 over them with `key` ("" = no
// signature at all).
std::string handMade(const std::string &header, const std::string &payload, const std::string &key)
{
    const auto input = base64Url(header) + "." + base64Url(payload);
    return input + "." + (key.empty() ? std::string() : hs256Signature(input, key));
}

std::string payloadText(const std::string &jwt)
{
    const auto first = jwt.find('.');
    const auto last = jwt.rfind('.');
    std::istringstream in(jwt.substr(first + 1, last - first - 1));
    Poco::Base64Decoder decoder(in, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    std::string text;
    char c;
    while (decoder.get(c))
        text += c;
    return text;
}

std::set<std::string> patientIds(const Reply &reply)
{
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    std::set<std::string> ids;
    const auto list = json(reply.body)->getArray("patients");
    for (std::size_t i = 0; i < list->size(); ++i)
        ids.insert(list->getObject(unsigned(i))->getValue<std::string>("id"));
    return ids;
}

std::int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Run {
    int code = -1;
    std::string out;
};

Run run(const std::string &command)
{
    Run result;
    FILE *pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    REQUIRE(pipe);
    char buffer[256];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    while (!result.out.empty() && (result.out.back() == '\n' || result.out.back() == ' '))
        result.out.pop_back();
    return result;
}

} // namespace

TEST_CASE("login answers a token pair; a wrong password and an unknown login get the same answer",
    "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto service = addService(conn, "Tjeneste A");
    const auto nurse = addUser(conn, "kari", "{nurse,leader}", service);
    ServerProcess server(db);

    const auto ok = login(server, "kari", password);
    REQUIRE(ok.status == 200);
    CHECK(ok.headers.at("Cache-Control") == "no-store");
    const auto body = json(ok.body);
    CHECK(body->getValue<std::string>("token_type") == "Bearer");
    CHECK(body->getValue<int>("expires_in") == 15 * 60);
    CHECK(body->getValue<int>("refresh_expires_in") == 14 * 86400);
    CHECK(body->getValue<std::string>("refresh_token").size() == 64);
    const auto user = body->getObject("user");
    CHECK(user->getValue<std::string>("id") == nurse);
    CHECK(user->getValue<std::string>("display_name") == "Navn Navnesen");
    CHECK(user->getValue<std::string>("service_id") == service);
    CHECK(user->getArray("roles")->size() == 2);

    const auto access = body->getValue<std::string>("access_token");
    const Poco::JWT::Token token(access);
    CHECK(token.getAlgorithm() == "HS256");
    CHECK(token.getSubject() == nurse);
    CHECK(token.payload().getValue<std::string>("service") == service);
    CHECK(token.payload().getArray("roles")->getElement<std::string>(0) == "nurse");
    const auto me = server.request("GET", "/v1/me", {}, bearer(access));
    REQUIRE(me.status == 200);
    CHECK(json(me.body)->getValue<std::string>("id") == nurse);

    const auto wrongPassword = login(server, "kari", "feil-passord");
    const auto unknownLogin = login(server, "finnes-ikke", password);
    CHECK(wrongPassword.status == 401);
    CHECK(unknownLogin.status == 401);
    CHECK(wrongPassword.body == unknownLogin.body);
    CHECK(login(server, "kari", "").status == 400);
    CHECK(server.request("POST", "/v1/auth/login", "not json").status == 400);

    // Audited by id, never by login or name.
    CHECK(one(conn,
              "SELECT count(*) FROM audit_event WHERE action = 'login.success' AND actor_id = $1 "
              "AND actor_kind = 'user'",
              { nurse })
        == "1");
    CHECK(one(conn,
              "SELECT string_agg(coalesce(actor_id::text, '-') || ':' || detail, ' ' ORDER BY id) "
              "FROM audit_event WHERE action = 'login.failure'")
        == nurse + ":wrong_password -:unknown_login");
    CHECK(one(conn,
              "SELECT count(*) FROM audit_event WHERE detail LIKE '%kari%' OR detail LIKE "
              "'%finnes%' OR detail LIKE '%Navn%'")
        == "0");
}

TEST_CASE("failed logins are throttled in the database, shared by instances and kept across a "
          "restart",
    "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto service = addService(conn, "Tjeneste A");
    addUser(conn, "kari", "{nurse}", service);
    ServerProcess first(db);
    ServerProcess second(db);

    // Five failures, spread over two instances, are answered 401 ...
    for (int i = 0; i < 5; ++i) {
        const auto &server = i % 2 ? second : first;
        CHECK(login(server, "kari", "feil-" + std::to_string(i)).status == 401);
        CHECK(login(server, "ukjent", "feil-" + std::to_string(i)).status == 401);
    }
    // ... then both logins are blocked for 2^5 s on every instance, even with the right
    // password, and a known and an unknown login still get the same answer.
    const auto blocked = login(first, "kari", password);
    CHECK(blocked.status == 429);
    const int retryAfter = std::stoi(blocked.headers.at("Retry-After"));
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 32);
    const auto blockedUnknown = login(second, "ukjent", password);
    CHECK(blockedUnknown.status == 429);
    CHECK(blockedUnknown.body == blocked.body);
    CHECK(login(second, "kari", password).status == 429);
    // Another login is not affected.
    CHECK(login(first, "annen", "feil").status == 401);
    // Attempts are counted before the password is checked: of ten guesses at once on two
    // instances, exactly five are checked.
    std::vector<std::future<int>> guesses;
    for (int i = 0; i < 10; ++i)
        guesses.push_back(std::async(std::launch::async, [&, i] {
            return login(i % 2 ? second : first, "parallell", "feil-" + std::to_string(i)).status;
        }));
    std::multiset<int> statuses;
    for (auto &g : guesses)
        statuses.insert(g.get());
    CHECK(statuses == std::multiset<int> { 401, 401, 401, 401, 401, 429, 429, 429, 429, 429 });

    first.stop(SIGTERM);
    first.start();
    CHECK(login(first, "kari", password).status == 429);
    CHECK(one(conn, "SELECT count(*) FROM audit_event WHERE detail = 'throttled'") == "9");
    // What was typed is not kept.
    CHECK(one(conn, "SELECT count(*) FROM login_throttle WHERE login_hash LIKE '%kari%'") == "0");

    // When the block has run out, one more failure blocks for longer (2^6 s) ...
    REQUIRE(conn.exec("UPDATE login_throttle SET blocked_until = now() - interval '1 second'"));
    CHECK(login(first, "ukjent", "feil").status == 401);
    const auto longer = login(first, "ukjent", "feil");
    CHECK(longer.status == 429);
    CHECK(std::stoi(longer.headers.at("Retry-After")) > 32);
    CHECK(std::stoi(longer.headers.at("Retry-After")) <= 64);
    // ... and the right password clears the count.
    CHECK(login(first, "kari", password).status == 200);
    CHECK(login(first, "kari", "feil").status == 401);
    CHECK(login(first, "kari", password).status == 200);
    CHECK(one(conn, "SELECT count(*) FROM login_throttle WHERE failures >= 5") == "2");
}

TEST_CASE("expired and forged bearer tokens are refused", "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto service = addService(conn, "Tjeneste A");
    const auto nurse = addUser(conn, "kari", "{nurse}", service);
    ServerProcess server(db, { { "token-minutes", "1" } });

    const auto reply = login(server, "kari", password);
    REQUIRE(reply.status == 200);
    CHECK(json(reply.body)->getValue<int>("expires_in") == 60);
    const auto genuine = json(reply.body)->getValue<std::string>("access_token");
    const Poco::JWT::Token parsed(genuine);
    const auto iat = parsed.payload().getValue<std::int64_t>("iat");
    CHECK(parsed.payload().getValue<std::int64_t>("exp") - iat == 60);
    CHECK(meStatus(server, genuine) == 200);

    // Tokens made with Poco's signer from the genuine claims: accepted while valid (so the
    // refusals below are for the reason each names), refused once expired.
    const auto craft = [&](std::int64_t exp, const std::string &alg, const std::string &key) {
        Poco::JWT::Token token;
        token.payload() = parsed.payload();
        token.payload().set("exp", Poco::Int64(exp));
        Poco::JWT::Signer signer(key);
        signer.addAlgorithm(alg);
        return signer.sign(token, alg);
    };
    CHECK(meStatus(server, craft(now() + 300, "HS256", secret)) == 200);
    CHECK(meStatus(server, craft(now() - 5, "HS256", secret)) == 401);
    CHECK(meStatus(server, craft(now() + 300, "HS256", "another-secret-0123456789")) == 401);
    CHECK(meStatus(server, craft(now() + 300, "HS512", secret)) == 401);
    // The same through the server's own signer with exp in the past.
    server::AccessClaims claims;
    claims.userId = nurse;
    claims.sessionId = parsed.payload().getValue<std::string>("sid");
    claims.roles = { "nurse" };
    claims.issuedAt = now() - 120;
    claims.expiresAt = now() - 60;
    CHECK(meStatus(server, server::signAccessToken(claims, secret)) == 401);

    // alg "none", without a signature and with a genuine HS256 one; another algorithm named
    // in the header over a genuine HS256 signature (algorithm confusion).
    const auto payload = payloadText(genuine);
    CHECK(meStatus(server, handMade(R"({"alg":"none","typ":"JWT"})", payload, "")) == 401);
    CHECK(meStatus(server, handMade(R"({"alg":"none","typ":"JWT"})", payload, secret)) == 401);
    CHECK(meStatus(server, handMade(R"({"alg":"RS256","typ":"JWT"})", payload, secret)) == 401);
    CHECK(meStatus(server, handMade(R"({"alg":"HS256","typ":"JWT"})", payload, secret)) == 200);
    CHECK(meStatus(server, handMade(R"({"typ":"JWT"})", payload, secret)) == 401);

    // A tampered payload under the genuine signature.
    auto tampered = payload;
    tampered.replace(tampered.find("\"nurse\""), 7, "\"admin\"");
    const auto first = genuine.find('.');
    const auto last = genuine.rfind('.');
    CHECK(
        meStatus(server, genuine.substr(0, first + 1) + base64Url(tampered) + genuine.substr(last))
        == 401);
    // Truncated, garbage, a missing or other scheme.
    CHECK(meStatus(server, genuine.substr(0, last)) == 401);
    CHECK(meStatus(server, genuine.substr(0, genuine.size() - 2)) == 401);
    CHECK(meStatus(server, "abc.def.ghi") == 401);
    CHECK(server.request("GET", "/v1/me").status == 401);
    CHECK(server.request("GET", "/v1/me", {}, { { "Authorization", "Basic " + genuine } }).status
        == 401);
    const auto refused = server.request("GET", "/v1/me", {}, bearer("x"));
    CHECK(refused.headers.at("WWW-Authenticate") == "Bearer error=\"invalid_token\"");

    // A disabled user's genuine token.
    REQUIRE(conn.exec("UPDATE app_user SET disabled = true WHERE id = $1", { nurse }));
    CHECK(meStatus(server, genuine) == 401);
}

TEST_CASE("refresh rotates the refresh token, and a reused one revokes the whole family",
    "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto service = addService(conn, "Tjeneste A");
    const auto nurse = addUser(conn, "kari", "{nurse}", service);
    ServerProcess server(db);
    const auto refresh = [&](const std::string &token) {
        return server.request(
            "POST", "/v1/auth/refresh", "{\"refresh_token\":" + quoted(token) + "}");
    };

    const auto [access1, refresh1] = signIn(server, "kari");
    const auto rotated = refresh(refresh1);
    REQUIRE(rotated.status == 200);
    const auto access2 = json(rotated.body)->getValue<std::string>("access_token");
    const auto refresh2 = json(rotated.body)->getValue<std::string>("refresh_token");
    CHECK(refresh2 != refresh1);
    CHECK(json(rotated.body)->getObject("user")->getValue<std::string>("id") == nurse);
    CHECK(meStatus(server, access2) == 200);
    const auto rotated2 = refresh(refresh2);
    REQUIRE(rotated2.status == 200);
    const auto refresh3 = json(rotated2.body)->getValue<std::string>("refresh_token");

    // The used-up first token comes back: the whole family ends, the newest refresh token and
    // the bearer tokens of the session with it.
    CHECK(refresh(refresh1).status == 401);
    CHECK(refresh(refresh3).status == 401);
    CHECK(meStatus(server, access2) == 401);
    CHECK(meStatus(server, access1) == 401);
    CHECK(one(conn, "SELECT revoked_reason FROM auth_session") == "reuse");
    CHECK(
        one(conn, "SELECT count(*) FROM audit_event WHERE action = 'token.reuse' AND actor_id = $1",
            { nurse })
        == "1");
    // Only hashes are stored.
    CHECK(one(conn, "SELECT count(*) FROM refresh_token WHERE token_hash IN ($1, $2, $3)",
              { refresh1, refresh2, refresh3 })
        == "0");

    // A new login is a new family; an expired or unknown token is refused.
    const auto [access4, refresh4] = signIn(server, "kari");
    CHECK(meStatus(server, access4) == 200);
    REQUIRE(conn.exec("UPDATE refresh_token SET expires_at = now() - interval '1 second' "
                      "WHERE replaced_at IS NULL AND token_hash = $1",
        { server::tokenHash(refresh4) }));
    CHECK(refresh(refresh4).status == 401);
    CHECK(refresh(std::string(64, 'a')).status == 401);
    CHECK(server.request("POST", "/v1/auth/refresh", "{}").status == 400);
}

TEST_CASE("logout revokes the session", "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto service = addService(conn, "Tjeneste A");
    addUser(conn, "kari", "{nurse}", service);
    ServerProcess server(db);

    const auto [access, refresh] = signIn(server, "kari");
    CHECK(server.request("POST", "/v1/auth/logout", {}, bearer(access)).status == 204);
    CHECK(meStatus(server, access) == 401);
    CHECK(server.request("POST", "/v1/auth/refresh", "{\"refresh_token\":" + quoted(refresh) + "}")
              .status
        == 401);

    // With the refresh token alone (the bearer token may have expired).
    const auto [access2, refresh2] = signIn(server, "kari");
    CHECK(server.request("POST", "/v1/auth/logout", "{\"refresh_token\":" + quoted(refresh2) + "}")
              .status
        == 204);
    CHECK(meStatus(server, access2) == 401);
    CHECK(server.request("POST", "/v1/auth/logout", "{}").status == 401);
    CHECK(one(conn, "SELECT count(*) FROM auth_session WHERE revoked_reason = 'logout'") == "2");
    CHECK(one(conn, "SELECT count(*) FROM audit_event WHERE action = 'logout'") == "2");
}

TEST_CASE("a second service's nurse sees none of the first service's patients", "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto serviceA = addService(conn, "Tjeneste A");
    const auto serviceB = addService(conn, "Tjeneste B");
    const auto gp = addGp(conn);
    std::set<std::string> patientsA, patientsB;
    for (int i = 0; i < 3; ++i)
        patientsA.insert(addPatient(conn, serviceA, gp));
    for (int i = 0; i < 2; ++i)
        patientsB.insert(addPatient(conn, serviceB));
    const auto nurseA = addUser(conn, "kari", "{nurse}", serviceA);
    const auto nurseB = addUser(conn, "ola", "{nurse}", serviceB);
    addUser(conn, "leder", "{leader}", serviceB);
    addUser(conn, "admin", "{admin}");
    ServerProcess server(db);

    const auto list = [&](const std::string &login) {
        return patientIds(
            server.request("GET", "/v1/patients", {}, bearer(signIn(server, login).first)));
    };
    CHECK(list("kari") == patientsA);
    CHECK(list("ola") == patientsB);
    CHECK(list("leder") == patientsB);
    CHECK(list("admin").empty());
    CHECK(server.request("GET", "/v1/patients").status == 401);
    CHECK(one(conn,
              "SELECT string_agg(detail, ' ' ORDER BY id) FROM audit_event WHERE action = "
              "'patient.list'")
        == "count=3 count=2 count=2 count=0");
    CHECK(one(conn,
              "SELECT count(*) FROM audit_event WHERE action = 'patient.list' AND actor_id = $1",
              { nurseB })
        == "1");

    // The same rule for every handler, through scope.h.
    server::Principal b;
    b.id = nurseB;
    b.roles = { "nurse" };
    b.serviceId = serviceB;
    server::Principal a = b;
    a.id = nurseA;
    a.serviceId = serviceA;
    for (const auto &patient : patientsA) {
        CHECK(server::mayReadPatient(conn, a, patient));
        const auto refused = server::mayReadPatient(conn, b, patient);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotAllowed);
    }
    CHECK_FALSE(server::mayReadPatient(conn, b, newUuid())); // none: the same answer
    CHECK_FALSE(server::mayReadPatient(conn, b, "not-an-id"));
    server::Principal device;
    device.kind = server::Principal::Kind::Device;
    device.patientId = *patientsB.begin();
    device.serviceId = serviceB;
    CHECK(server::mayReadPatient(conn, device, *patientsB.begin()));
    CHECK_FALSE(server::mayReadPatient(conn, device, *patientsB.rbegin()));
    server::Principal admin;
    admin.roles = { "admin" };
    admin.serviceId = serviceA;
    CHECK_FALSE(server::mayReadPatient(conn, admin, *patientsA.begin()));

    CHECK_FALSE(server::mayApprovePlan(a));
    server::Principal doctor;
    doctor.roles = { "gp" };
    CHECK(server::mayApprovePlan(doctor));
    doctor.roles = { "specialist" };
    CHECK(server::mayApprovePlan(doctor));
    CHECK_FALSE(server::mayApprovePlan(admin));
    device.roles = { "gp" }; // a device is never a doctor
    CHECK_FALSE(server::mayApprovePlan(device));
}

TEST_CASE("a GP sees only their own listed patients, in every service", "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    const auto serviceA = addService(conn, "Tjeneste A");
    const auto serviceB = addService(conn, "Tjeneste B");
    const auto gp1 = addGp(conn);
    const auto gp2 = addGp(conn);
    const std::set<std::string> own { addPatient(conn, serviceA, gp1),
        addPatient(conn, serviceB, gp1) };
    const auto other = addPatient(conn, serviceA, gp2);
    addPatient(conn, serviceB);
    addUser(conn, "lege", "{gp}", {}, gp1);
    addUser(conn, "lege2", "{gp}", {}, gp2);
    ServerProcess server(db);

    const auto [access, refresh] = signIn(server, "lege");
    CHECK(patientIds(server.request("GET", "/v1/patients", {}, bearer(access))) == own);
    CHECK(
        patientIds(server.request("GET", "/v1/patients", {}, bearer(signIn(server, "lege2").first)))
        == std::set<std::string> { other });
    const auto me = json(server.request("GET", "/v1/me", {}, bearer(access)).body);
    CHECK(me->getValue<std::string>("gp_id") == gp1);
    CHECK(me->isNull("service_id"));

    server::Principal gp;
    gp.roles = { "gp" };
    gp.gpId = gp1;
    for (const auto &patient : own)
        CHECK(server::mayReadPatient(conn, gp, patient));
    CHECK_FALSE(server::mayReadPatient(conn, gp, other));
}

TEST_CASE("the audit trail is append-only in the database", "[server][auth]")
{
    TestDatabase db;
    auto conn = migrated(db);
    REQUIRE(conn.exec("INSERT INTO audit_event(actor_kind, action) VALUES ('user', 'test')"));
    CHECK_FALSE(conn.exec("UPDATE audit_event SET action = 'other'"));
    CHECK_FALSE(conn.exec("DELETE FROM audit_event"));
    CHECK_FALSE(conn.exec("TRUNCATE audit_event"));
    CHECK(one(conn, "SELECT action FROM audit_event") == "test");
}

TEST_CASE("vardectl server add-service and add-user make what a login needs", "[server][auth]")
{
    TestDatabase db; // not migrated: vardectl does that
    const std::string vardectl = std::string(VARDECTL) + " server ";
    const std::string url = " --database-url '" + db.url() + "'";
    const auto service = run(vardectl + "add-service" + url
        + " --name 'Hjemmeoppfølging Nord' --her-id 12345 --municipality Molde");
    REQUIRE(service.code == 0);
    REQUIRE(isUuid(service.out));
    const std::string withPassword = "VARDE_PASSWORD='" + password + "' ";
    const auto user = run(withPassword + vardectl + "add-user" + url
        + " --login sykepleier --name 'Siri Sykepleier' --roles nurse,leader --service "
        + service.out);
    REQUIRE(user.code == 0);
    REQUIRE(isUuid(user.out));

    // Command-line mistakes: exit code 2, nothing written; database refusals: 1.
    CHECK(run(withPassword + vardectl + "add-user" + url + " --login x --name X --roles sjef").code
        == 2);
    CHECK(run(withPassword + vardectl + "add-user" + url + " --login x --name X --roles nurse").code
        == 2);
    CHECK(run(withPassword + vardectl + "add-user" + url + " --login x --name X --roles gp").code
        == 2);
    CHECK(run("VARDE_PASSWORD=kort " + vardectl + "add-user" + url
              + " --login x --name X --roles admin")
              .code
        == 2);
    CHECK(run(vardectl + "add-service --name X").code == 2);
    CHECK(run(withPassword + vardectl + "add-user" + url
              + " --login sykepleier --name Y --roles admin")
              .code
        == 1);
    CHECK(run(withPassword + vardectl + "add-user" + url + " --login x --name X --roles nurse "
              + "--service " + newUuid())
              .code
        == 1);

    auto conn = db.connect();
    CHECK(one(conn, "SELECT name || '/' || her_id || '/' || municipality FROM follow_up_service")
        == "Hjemmeoppfølging Nord/12345/Molde");
    CHECK(one(conn, "SELECT count(*) FROM app_user") == "1");
    CHECK(one(conn, "SELECT password_hash LIKE '$argon2id$%' FROM app_user") == "t");

    ServerProcess server(db);
    const auto reply = login(server, "sykepleier", password);
    REQUIRE(reply.status == 200);
    const auto me = json(server
                             .request("GET", "/v1/me", {},
                                 bearer(json(reply.body)->getValue<std::string>("access_token")))
                             .body);
    CHECK(me->getValue<std::string>("id") == user.out);
    CHECK(me->getValue<std::string>("service_id") == service.out);
    CHECK(me->getArray("roles")->size() == 2);
}
