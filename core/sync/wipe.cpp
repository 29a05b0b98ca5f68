#include "core/sync/wipe.h"

#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/sync/outbox_push.h"

namespace varde::sync
{

Result<WaitingChanges> waitingChanges(store::Connection &db)
{
    auto query = store::Statement::prepare(db,
        "SELECT coalesce(sum(entity = 'audit_event'), 0), coalesce(sum(entity <> "
        "'audit_event'), 0) FROM outbox");
    if (!query)
        return fail(query.error());
    auto row = query->step();
    if (!row)
        return fail(row.error());
    return WaitingChanges { query->int64(0), query->int64(1) };
}

WipeVerdict wipeVerdict(const WaitingChanges &waiting, bool discardOthers)
{
    if (waiting.total() == 0)
        return WipeVerdict::Wipe;
    if (waiting.auditEvents > 0 && (waiting.other == 0 || discardOthers))
        return WipeVerdict::AuditUnsent;
    return WipeVerdict::SendFirst;
}

Result<std::int64_t> discardAllButAudit(store::Connection &db)
{
    std::int64_t discarded = 0;
    {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        if (auto ok = db.exec("DELETE FROM outbox WHERE entity <> 'audit_event'"); !ok)
            return fail(ok.error());
        discarded = db.changes();
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
    }
    if (discarded > 0)
        if (auto renumbered = registerNewClient(db); !renumbered)
            return fail(renumbered.error());
    return discarded;
}

Result<> removeStoreFiles(const std::filesystem::path &folder)
{
    std::error_code error;
    for (const char *name : { "varde.db-wal", "varde.db-shm", "varde.db", "varde.keys" }) {
        std::filesystem::remove(folder / name, error);
        if (error)
            return fail(ErrorCode::Io, std::string("wipe: ") + name + ": " + error.message());
    }
    if (std::filesystem::is_empty(folder, error) && !error)
        std::filesystem::remove(folder, error);
    return {};
}

} // namespace varde::sync
