// vardectl: Varde's command-line tool. Parses options and calls core; no Qt.
#include "password_prompt.h"

#include "core/demo/cohort_writer.h"
#include "core/store/measurement_repository.h"
#include "core/store/migrations.h"
#include "core/store/outbox.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <limits>
#include <map>
#include <string>
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
      are added with the same password. The password comes from VARDE_PASSWORD, or is asked.
      Fødselsnummer are synthetic (month + 80) and cannot belong to a real person.
  vardectl info --store DIR [--user LOGIN]
      Opens the store (user default "demo") and prints its schema version, SQLCipher version,
      counts and the digest of its clinical content.
  vardectl help
      This text.

Exit codes: 0 done, 1 the work failed (the message says why), 2 the command line is wrong.
Test option: --fast-kdf uses libsodium's minimum Argon2id parameters (tests only).
)";

struct Arguments {
    std::string command;
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
        } else if (word.rfind("--", 0) == 0 && i + 1 < argc) {
            args.options[word.substr(2)] = argv[++i];
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
        { std::string(demo::demoLogin), cohort.nurses[0].displayName, domain::Role::Nurse, {} },
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
        static_cast<long long>(ms(generated, written)), cohort.nurses.size());
    std::printf("  users: demo, ingrid, ola (same password)\n");
    return 0;
}

int runInfo(const Arguments &args)
{
    const auto storeIt = args.options.find("store");
    if (storeIt == args.options.end()) {
        std::cerr << "vardectl info: --store DIR is required\n";
        return 2;
    }
    const auto login
        = args.options.count("user") ? args.options.at("user") : std::string(demo::demoLogin);
    const auto password = readPassword("Passord: ");
    if (!password)
        return 2;
    auto store = store::EncryptedStore::open(storeIt->second, login, *password);
    if (!store)
        return report(store.error());
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
    std::cerr << "vardectl: unknown command '" << args->command << "'\n\n" << usage;
    return 2;
}
