#pragma once
// BEGIN when made, ROLLBACK when destroyed unless commit() ran: any early return undoes the
// whole unit of work, so a change and its audit and outbox rows land together or not at all.

#include "core/common/result.h"
#include "core/store/connection.h"

namespace varde::store
{

class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    static Result<Transaction> begin(Connection &db, Mode mode = Mode::Immediate);
    [[nodiscard]] Result<> commit();

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    // Rolls back if still open. Never throws: a destructor that throws during unwinding ends
    // the program, and a failed rollback leaves SQLite to roll back when the connection closes.
    ~Transaction();

private:
    explicit Transaction(Connection &db)
        : m_db(&db)
    {
    }
    Connection *m_db;
    bool m_open = true;
};

} // namespace varde::store
