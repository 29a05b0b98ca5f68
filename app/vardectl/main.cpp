// vardectl: Varde's command-line tool. Parses options and calls core; no Qt.
#include "input.h"
#include "password_prompt.h"
#include "plan_commands.h"
#include "plo_commands.h"
#include "server_commands.h"
#include "sync_command.h"

#include "core/common/json_text.h"
#include "core/demo/cohort_writer.h"
#include "core/store/measurement_repository.h"
#include "core/store/migrations.h"
#include "core/store/outbox.h"
#include "core/store/patient_overview.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"
#include "core/triage/case_json.h"
#include "core/triage/reason_text.h"
#include "core/triage/triage_engine.h"
#include "core/worklist/worklist.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace
{

using namespace varde;

constexpr const char *usage = R"(vardectl: Varde's command-line tool

Usage:
  vardectl demo --store DIR [--patients N] [--days D] [--seed S] [--end YYYY-MM-DD]
      Creates an encrypted store in DIR with a synthetic cohort: N patients (default 200)
      with D days of home measurements (default 90) ending on --end (default today,
      Europe/Oslo; the last day holds measurements until 10:00). Same seed and end date give
      the same cohort on every machine. The demo user is "demo"; users "ingrid" and "ola"
      are added with the same password, and two doctors: "lege" (a GP) and "kristin" (the
      service's medical lead). The password comes from VARDE_PASSWORD, or is asked.
      Fødselsnummer are synthetic (month + 80) and cannot belong to a real person.
  vardectl info --store DIR [--user LOGIN]
      Opens the store (user default "demo") and prints its schema version, SQLCipher version,
      counts and the digest of its clinical content.
  vardectl worklist --store DIR [--user LOGIN] [--now ISO-TIME]
      Triages every patient in the store (as the workstation's worklist does) and prints
      the worklist in order, with counts per status and each patient's reasons in bokmål.
  vardectl patients --store DIR [--user LOGIN] [--json]
      Lists the patients with id, name, fødselsnummer, GP and HER-id and their state of
      follow-up (trial, active, paused, ended); --json prints {"patients": [...]}.
  vardectl triage FILE.json | -
      Judges one patient case and prints the result as JSON (see `vardectl triage --help`).
  vardectl plan suggest FILE.json | -
      Suggests personal limits from a trial period's measurements (see `vardectl plan --help`).
  vardectl plan replay FILE.json | -
      Counts the findings an active and a draft rule set would have raised on the same
      measurements (see `vardectl plan --help`).
  vardectl plo read FILE.xml | -
      Reads a received PLO message, dialog message or AppRec and prints it as JSON: type,
      ids, sender and receiver with HER-ids, patient, texts, attachments (see
      `vardectl plo --help`).
  vardectl plo validate [--schemas DIR] FILE.xml...
      Validates messages against the bundled official schemas, offline: one OK or FAIL line
      per file; exit code 1 if any fails.
  vardectl plo draft --store DIR [--user LOGIN] --patient ID
      --kind foresporsel|helsefaglig|helseopplysninger [--now ISO-TIME] [--phone NUMBER]
      --out FILE
      Drafts a message to the patient's GP from the store (worst open findings, the last 48
      hours of measurements, the plan's zone actions), composes it, validates it against the
      bundled schemas and writes FILE only if it is valid (see `vardectl plo --help`).
      --queue also queues it in the store for sending, as the composer does.
  vardectl plo send --store DIR [--user LOGIN] --to FOLDER
      Hands every queued message (and AppRec answer) to the message service: one XML file per
      message in FOLDER, then marks it sent.
  vardectl plo receive --store DIR [--user LOGIN] FILE.xml...
      Files received messages into the patients' threads and queues the AppRec answers;
      documents that cannot be filed are kept in the store for a person (exit code 1).
  vardectl sync --store DIR [--user LOGIN] [--server URL] [--ca FILE] [--server-login L]
      One round of sync with the central server: signs in with --server-login (server
      password from VARDE_SERVER_PASSWORD, or asked), pushes the changes waiting in the
      outbox, pulls the change feed until up to date, and prints the counts.
  vardectl server add-service --database-url URL --name NAME [--her-id N] [--municipality M]
      Creates a follow-up service in the central server's database (migrated first) and
      prints its id (see `vardectl server --help`).
  vardectl server add-user --database-url URL --login L --name N --roles nurse,leader
      [--service ID] [--gp-id ID]
      Creates a server user with those roles (nurse, gp, specialist, leader, admin) and prints
      the id; the password comes from VARDE_PASSWORD, or is asked.
  vardectl help
      This text.

Exit codes: 0 done, 1 the work failed (the message says why), 2 the command line is wrong.
Test option: --fast-kdf uses libsodium's minimum Argon2id parameters (tests only).
)";

constexpr const char *triageUsage = R"(vardectl triage FILE.json | -

Reads one patient case (a file, or standard input for -) and prints the triage result:
  {"status": "red|yellow|suspect|missing|green",
   "reasons": [{"status": "...", "code": "...", "time": "...", "text": "..."}]}
Reasons are the open findings, worst first, then oldest first; "question" replaces "code"
for questionnaire answers; "text" is bokmål; times are Oslo time with offset.

Input:
  {"now": "2026-03-30T12:00:00+02:00",
   "acknowledged_until": "2026-03-29T16:00:00+02:00",        (optional)
   "rules": [
     {"code": "59408-5", "type": "band", "yellow_below": 92, "red_below": 88},
     {"code": "8867-4", "type": "band", "yellow_above": 100, "red_above": 120},
     {"code": "59408-5", "type": "baseline", "baseline": 95, "yellow_drop": 3, "red_drop": 6},
     {"code": "29463-7", "type": "change", "window_hours": 72, "yellow_rise": 2.0, "red_rise": 3.0},
     {"question": "dyspne-verre", "type": "answer", "yellow_if": ["ja"], "red_if": ["mye verre"]},
     {"code": "59408-5", "type": "missing", "due_by": "11:00"},
     {"code": "29463-7", "type": "missing", "every_hours": 48}],
   "measurements": [
     {"code": "59408-5", "value": 91, "unit": "%", "time": "2026-03-30T08:14:00+02:00"},
     {"code": "85354-9", "components": {"8480-6": 150, "8462-4": 95}, "unit": "mm[Hg]",
      "time": "2026-03-30T08:16:00+02:00"},
     {"question": "dyspne-verre", "answer": "ja", "time": "2026-03-30T08:20:00+02:00"}]}

Rules: band limits are strict (red_below 88: 87.9 is red, 88 is not); baseline uses
yellow_drop/red_drop/yellow_rise/red_rise; change compares with the lowest (rise) or highest
(fall) earlier value within window_hours (edge included); missing takes due_by (Oslo time of
day) or every_hours (elapsed). Limits are in the kind's canonical unit (%, /min, mm[Hg], kg,
Cel, mmol/L); measurements may use g, [lb_av], [degF] or mg/dL and are converted. A value
outside the plausible range (SpO2 50-100, pulse 20-250, systolic 50-280, diastolic 20-180,
weight 20-350, temperature 30-43, glucose 1-40, respiratory rate 4-60) is "suspect" and judged
by no other rule; a weight more than 5 kg from the previous weight within 24 h is a suspect
jump. Every time needs an offset or Z.

Malformed input: exit code 2, a message on standard error naming the field, nothing on
standard output.
)";

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    bool fastKdf = false;
};

std::optional<Arguments> parse(int argc, char **argv)
{
    if (argc < 2)
        return std::nullopt;
    Arguments args;
    args.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string word = argv[i];
        if (word == "--fast-kdf") {
            args.fastKdf = true;
        } else if (word == "--json") {
            args.options["json"] = "1";
        } else if (word == "--queue") {
            args.options["queue"] = "1";
        } else if (word == "--help" || word == "-h") {
            args.options["help"] = "1";
        } else if (word.rfind("--", 0) == 0 && i + 1 < argc) {
            args.options[word.substr(2)] = argv[++i];
        } else if (word == "-" || word.rfind("-", 0) != 0) {
            args.positional.push_back(word);
        } else {
            std::cerr << "vardectl: unexpected argument '" << word << "'\n";
            return std::nullopt;
        }
    }
    return args;
}

std::optional<long long> integerOption(const Arguments &args,
    const std::string &name,
    long long fallback,
    long long low,
    long long high)
{
    auto it = args.options.find(name);
    if (it == args.options.end())
        return fallback;
    try {
        std::size_t used = 0;
        const long long value = std::stoll(it->second, &used);
        if (used == it->second.size() && value >= low && value <= high)
            return value;
    } catch (...) {
    }
    std::cerr << "vardectl: --" << name << " must be a whole number from " << low << " to " << high
              << "\n";
    return std::nullopt;
}

int report(const Error &error)
{
    std::cerr << "vardectl: " << describe(error) << "\n";
    return 1;
}

// Opens the store as --user (default demo) with the password from VARDE_PASSWORD or the
// terminal; on failure the exit code, with the reason already said.
tl::expected<store::EncryptedStore, int> openStore(const Arguments &args, const std::string &folder)
{
    const auto login
        = args.options.count("user") ? args.options.at("user") : std::string(demo::demoLogin);
    const auto password = readPassword("Passord: ");
    if (!password)
        return tl::make_unexpected(2);
    auto store = store::EncryptedStore::open(folder, login, *password);
    if (!store)
        return tl::make_unexpected(report(store.error()));
    return std::move(*store);
}

int runDemo(const Arguments &args)
{
    const auto storeIt = args.options.find("store");
    if (storeIt == args.options.end()) {
        std::cerr << "vardectl demo: --store DIR is required\n";
        return 2;
    }
    const auto patients = integerOption(args, "patients", 200, 1, 100000);
    const auto days = integerOption(args, "days", 90, 1, 3660);
    const auto seed = integerOption(args, "seed", 1, 0, std::numeric_limits<long long>::max());
    if (!patients || !days || !seed)
        return 2;
    demo::CohortOptions options;
    options.patients = int(*patients);
    options.days = int(*days);
    options.seed = std::uint64_t(*seed);
    options.endDate = time::osloDate(time::now());
    if (auto it = args.options.find("end"); it != args.options.end()) {
        auto date = time::parseIsoDate(it->second);
        if (!date) {
            std::cerr << "vardectl demo: --end: " << date.error().detail << "\n";
            return 2;
        }
        options.endDate = *date;
    }
    if (store::EncryptedStore::exists(storeIt->second)) {
        std::cerr << "vardectl demo: a store already exists in " << storeIt->second
                  << "; choose another folder or remove it first\n";
        return 1;
    }
    const auto password = readPassword("Passord for demobrukerne: ");
    if (!password) {
        std::cerr << "vardectl demo: no password given\n";
        return 2;
    }
    const auto kdf = args.fastKdf ? crypto::KdfParams::minimal() : crypto::KdfParams::interactive();

    const auto started = std::chrono::steady_clock::now();
    const auto cohort = demo::generateCohort(options);
    const auto generated = std::chrono::steady_clock::now();
    auto store = store::EncryptedStore::create(storeIt->second,
        { std::string(demo::demoLogin), cohort.nurses[0].displayName, domain::Role::Nurse,
            cohort.nurses[0].phone },
        *password, kdf);
    if (!store)
        return report(store.error());
    auto summary = demo::writeCohort(*store, cohort, *password, kdf);
    if (!summary)
        return report(summary.error());
    const auto written = std::chrono::steady_clock::now();
    const auto ms = [](auto a, auto b) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
    };
    std::printf("Demo store: %s\n", storeIt->second.c_str());
    std::printf("  %d patients, %lld measurements, %lld answers, %d days to %s\n",
        summary->patients, static_cast<long long>(summary->measurements),
        static_cast<long long>(summary->answers), options.days,
        time::formatDate(options.endDate).c_str());
    std::printf(
        "  generated in %lld ms, written in %lld ms (including key derivation for %zu users)\n",
        static_cast<long long>(ms(started, generated)),
        static_cast<long long>(ms(generated, written)), cohort.nurses.size() + 2);
    std::printf(
        "  %d personal plans approved by GPs, the service's default rule set for the rest\n",
        summary->personalPlans);
    std::printf("  %d findings from earlier days acknowledged; the demo shows %s\n",
        summary->acknowledgedFindings, time::formatOsloDateTime(demo::demoNow(options)).c_str());
    int waiting = 0;
    for (const auto &p : cohort.plans)
        waiting += p.state == demo::DemoPlanState::AwaitingApproval;
    std::printf("  %d plan versions wait for a GP's approval; %zu patients moved to another "
                "nurse, %zu ended follow-up\n",
        waiting, cohort.reassignments.size(), cohort.endings.size());
    std::printf(
        "  %d PLO messages in threads with the GPs (sent, receipts, replies, one refused)\n",
        summary->messages);
    std::printf(
        "  users: nurses demo, ingrid, ola; GP lege; medical lead kristin (same password)\n");
    return 0;
}

int runInfo(const Arguments &args)
{
    const auto storeIt = args.options.find("store");
    if (storeIt == args.options.end()) {
        std::cerr << "vardectl info: --store DIR is required\n";
        return 2;
    }
    auto store = openStore(args, storeIt->second);
    if (!store)
        return store.error();
    auto version = store::schemaVersion(store->db());
    auto patients = store::PatientRepository(*store).all();
    auto measurements = store::MeasurementRepository(*store).count();
    auto pending = store::pendingMutationCount(store->db());
    auto content = demo::logicalContent(*store);
    if (!version || !patients || !measurements || !pending || !content)
        return report(Error { ErrorCode::Database, "could not read the store" });
    std::printf("store %s\n  schema version %d, SQLCipher %s\n  %zu patients, %lld measurements, "
                "%lld changes waiting to be sent\n  content digest %s\n",
        storeIt->second.c_str(), *version, store->cipherVersion().c_str(), patients->size(),
        static_cast<long long>(*measurements), static_cast<long long>(*pending),
        demo::digest(*content).c_str());
    return 0;
}

// Patients with what the PLO messages need (id, name, fødselsnummer, GP and HER-id) and their
// state of follow-up. Listing names is an access: audited as the workstation's list is.
int runPatients(const Arguments &args)
{
    const auto storeIt = args.options.find("store");
    if (storeIt == args.options.end()) {
        std::cerr << "vardectl patients: --store DIR is required\n";
        return 2;
    }
    auto store = openStore(args, storeIt->second);
    if (!store)
        return store.error();
    auto rows = store::loadPatientOverview(*store);
    auto gps = store::PatientRepository(*store).gps();
    if (!rows || !gps)
        return report(rows ? gps.error() : rows.error());
    std::map<std::string, const domain::GeneralPractitioner *> gpById;
    for (const auto &gp : *gps)
        gpById[gp.meta.id] = &gp;
    std::sort(rows->begin(), rows->end(), [](const auto &a, const auto &b) {
        return std::tie(a.patient.familyName, a.patient.givenName, a.patient.meta.id)
            < std::tie(b.patient.familyName, b.patient.givenName, b.patient.meta.id);
    });
    const bool json = args.options.count("json") > 0;
    if (json)
        std::printf("{\"patients\": [");
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto &p = (*rows)[i].patient;
        const auto gp = gpById.find(p.gpId);
        const std::string gpName = gp != gpById.end() ? gp->second->name : "";
        const std::string gpHer = gp != gpById.end() ? gp->second->herId : "";
        const std::string state(domain::followUpStatusKey(p.status));
        if (!json) {
            std::printf("%-7s %s  %s, %s  fastlege %s (HER-id %s)\n", state.c_str(),
                p.nationalId.c_str(), p.familyName.c_str(), p.givenName.c_str(), gpName.c_str(),
                gpHer.c_str());
            continue;
        }
        std::printf("%s\n  {\"id\": %s, \"name\": %s, \"given_name\": %s, \"family_name\": %s, "
                    "\"national_id\": %s, \"gp\": {\"name\": %s, \"her_id\": %s}, "
                    "\"state\": \"%s\", \"municipality\": %s, \"enrolled_at\": %s}",
            i ? "," : "", jsonString(p.meta.id).c_str(), jsonString(p.fullName()).c_str(),
            jsonString(p.givenName).c_str(), jsonString(p.familyName).c_str(),
            jsonString(p.nationalId).c_str(), jsonString(gpName).c_str(), jsonString(gpHer).c_str(),
            state.c_str(), jsonString(p.municipality).c_str(),
            p.enrolledAtMillis
                ? ("\"" + time::formatIsoOslo(time::fromEpochMillis(p.enrolledAtMillis)) + "\"")
                      .c_str()
                : "null");
    }
    if (json)
        std::printf("\n]}\n");
    return 0;
}

int runWorklist(const Arguments &args)
{
    const auto storeIt = args.options.find("store");
    if (storeIt == args.options.end()) {
        std::cerr << "vardectl worklist: --store DIR is required\n";
        return 2;
    }
    auto now = time::now();
    if (auto it = args.options.find("now"); it != args.options.end()) {
        auto parsed = time::parseIsoInstant(it->second);
        if (!parsed) {
            std::cerr << "vardectl worklist: --now: " << parsed.error().detail << "\n";
            return 2;
        }
        now = *parsed;
    }
    auto store = openStore(args, storeIt->second);
    if (!store)
        return store.error();
    auto list = worklist::buildWorklist(*store, now);
    if (!list)
        return report(list.error());
    const auto &c = list->countByLevel;
    std::printf("Arbeidsliste %s: %d rød, %d gul, %d mulig feilmåling, %d mangler, %d grønn\n",
        time::formatOsloDateTime(now).c_str(), c[4], c[3], c[2], c[1], c[0]);
    for (const auto &row : list->rows) {
        const auto &p = row.overview.patient;
        std::printf("%-8s %s %s (%s)%s\n", std::string(triage::levelKey(row.result.status)).c_str(),
            p.givenName.c_str(), p.familyName.c_str(),
            row.personalPlan ? "personlig plan" : "standardregler", row.pause ? " [pause]" : "");
        for (const auto &f : row.result.findings)
            if (f.open)
                std::printf("           - %s\n", triage::reasonTextNb(f.reason, now).c_str());
    }
    return 0;
}

int runTriage(const Arguments &args)
{
    if (args.options.count("help")) {
        std::cout << triageUsage;
        return 0;
    }
    if (args.positional.size() != 1) {
        std::cerr << "vardectl triage: give one case file, or - for standard input\n";
        return 2;
    }
    const auto text = cli::readInput(args.positional[0]);
    if (!text) {
        std::cerr << "vardectl triage: cannot read " << args.positional[0] << "\n";
        return 2;
    }
    auto parsed = triage::parseTriageCase(*text);
    if (!parsed) {
        std::cerr << "vardectl triage: " << parsed.error().detail << "\n";
        return 2;
    }
    triage::TriageInput input;
    input.patientId = "case";
    input.rules = &parsed->rules;
    input.observations = parsed->observations;
    input.answers = parsed->answers;
    input.acknowledgedUntil = parsed->acknowledgedUntil;
    input.now = parsed->now;
    std::cout << triage::triageResultJson(triage::triage(input), parsed->now) << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const auto args = parse(argc, argv);
    if (!args) {
        std::cerr << usage;
        return 2;
    }
    if (args->command == "help" || args->command == "--help" || args->command == "-h") {
        std::cout << usage;
        return 0;
    }
    if (args->command == "demo")
        return runDemo(*args);
    if (args->command == "info")
        return runInfo(*args);
    if (args->command == "worklist")
        return runWorklist(*args);
    if (args->command == "patients")
        return runPatients(*args);
    if (args->command == "triage")
        return runTriage(*args);
    if (args->command == "plan")
        return cli::runPlan(args->positional, args->options.count("help") > 0);
    if (args->command == "plo")
        return cli::runPlo(args->positional, args->options,
            [&](const std::string &folder) { return openStore(*args, folder); });
    if (args->command == "server")
        return cli::runServer(args->positional, args->options);
    if (args->command == "sync") {
        const auto storeIt = args->options.find("store");
        if (storeIt == args->options.end()) {
            std::cerr << "vardectl sync: --store DIR is required\n";
            return 2;
        }
        auto store = openStore(*args, storeIt->second);
        if (!store)
            return store.error();
        return cli::runSync(*store, args->options);
    }
    std::cerr << "vardectl: unknown command '" << args->command << "'\n\n" << usage;
    return 2;
}
