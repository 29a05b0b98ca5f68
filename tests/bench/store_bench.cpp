// Benchmarks (printed, never asserted): SQLCipher bulk insert of measurement rows with
// SQLCipher 3's default 1 KiB pages against the 4 KiB pages and 64 MiB cache the store uses
// (../shared/design/SYNC.md §3), and the demo cohort of 200 patients × 90 days.
#include "core/common/uuid.h"
#include "core/crypto/secret_key.h"
#include "core/demo/cohort_writer.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace varde;
using Clock = std::chrono::steady_clock;

namespace
{

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// Inserts `rows` measurement rows in one transaction with one reused statement; returns rows/s.
double insertRate(const std::filesystem::path &file, bool tuned, int rows)
{
    std::filesystem::remove(file);
    auto db = store::Connection::open(file, true);
    auto key = crypto::SecretKey::random();
    std::string pragma = "PRAGMA key = \"" + key->sqlcipherRawKeyLiteral() + "\"";
    (void)db->exec(pragma);
    if (tuned) {
        (void)db->exec("PRAGMA cipher_page_size = 4096");
        (void)db->exec("PRAGMA cache_size = -65536");
    }
    (void)db->exec("PRAGMA journal_mode = WAL");
    (void)db->exec("PRAGMA synchronous = NORMAL");
    (void)store::migrate(*db);
    (void)db->exec("INSERT INTO sync_state(id, client_id) VALUES (1, 'bench')");
    (void)db->exec(
        "INSERT INTO patient(id, origin, updated_at, national_id, given_name, family_name, "
        "birth_date, sex, status) VALUES ('p', 'demo', 0, '1', 'A', 'B', '1950-01-01', "
        "'female', 'active')");
    const auto start = Clock::now();
    auto tx = store::Transaction::begin(*db);
    auto insert = store::Statement::prepare(*db,
        "INSERT INTO measurement(id, origin, updated_at, patient_id, kind, code, value, unit, "
        "canonical_value, measured_at, received_at, source) "
        "VALUES (?, 'demo', 0, 'p', 'spo2', '59408-5', ?, '%', ?, ?, 0, 'device')");
    for (int i = 0; i < rows; ++i) {
        insert->bind(1, newUuid())
            .bind(2, 90.0 + i % 8)
            .bind(3, 90.0 + i % 8)
            .bind(4, std::int64_t { i });
        if (!insert->run())
            return -1;
    }
    if (!tx->commit())
        return -1;
    return rows / seconds(start, Clock::now());
}

} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() / ("varde-bench-" + newUuid());
    std::filesystem::create_directories(dir);
    const int rows = 200000;
    const double plain = insertRate(dir / "default.db", false, rows);
    const double tuned = insertRate(dir / "tuned.db", true, rows);
    std::printf("SQLCipher bulk insert, %d measurement rows in one transaction:\n", rows);
    std::printf("  1 KiB pages (SQLCipher 3 default): %9.0f rows/s\n", plain);
    std::printf(
        "  4 KiB pages, 64 MiB cache (Varde): %9.0f rows/s  (%.1fx)\n", tuned, tuned / plain);

    demo::CohortOptions options;
    options.patients = 200;
    options.days = 90;
    options.seed = 1;
    options.endDate = std::chrono::year_month_day { std::chrono::year { 2026 },
        std::chrono::month { 11 }, std::chrono::day { 23 } };
    const auto t0 = Clock::now();
    const auto cohort = demo::generateCohort(options);
    const auto t1 = Clock::now();
    auto store = store::EncryptedStore::create(dir / "demo",
        { "demo", "Kari Demo", domain::Role::Nurse, {} }, "bench-passord",
        crypto::KdfParams::minimal());
    if (!store || !demo::writeCohort(*store, cohort, "bench-passord", crypto::KdfParams::minimal()))
        return 1;
    const auto t2 = Clock::now();
    std::uintmax_t bytes = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir / "demo"))
        bytes += entry.file_size();
    std::printf("Demo cohort 200 patients x 90 days: %zu measurements, %zu answers\n",
        cohort.measurements.size(), cohort.answers.size());
    std::printf("  generate %.0f ms, write to the encrypted store %.0f ms, store %.1f MB\n",
        seconds(t0, t1) * 1000, seconds(t1, t2) * 1000, double(bytes) / 1e6);
    std::filesystem::remove_all(dir);
    return 0;
}
