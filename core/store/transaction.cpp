#include "core/store/transaction.h"

namespace varde::store
{

Result<Transaction> Transaction::begin(Connection &db, Mode mode)
{
    auto ok = db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!ok)
        return fail(ok.error());
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Result<> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Database, "commit of a transaction that is not open");
    auto ok = m_db->exec("COMMIT");
    if (ok)
        m_open = false;
    return ok;
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db->exec("ROLLBACK");
}

} // namespace varde::store
