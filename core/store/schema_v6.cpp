// Schema version 6: sync with the central server. sync_state learns where the server is, who
// signed in there (the refresh token is as secret as the patient data, so it lives in the
// encrypted store), and when the server last answered, for the offline age a workstation may
// not pass. A mutation the server answered with a conflict or a refusal is kept in
// sync_outcome, with what was sent, until a person has looked at it: nothing is dropped
// silently. A mutation whose entity row came from the server carries origin 'server'.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version6 = R"SQL(
ALTER TABLE sync_state ADD COLUMN server_url TEXT;
ALTER TABLE sync_state ADD COLUMN server_login TEXT;
ALTER TABLE sync_state ADD COLUMN server_user_id TEXT;
ALTER TABLE sync_state ADD COLUMN refresh_token TEXT;
ALTER TABLE sync_state ADD COLUMN last_contact_at INTEGER;
ALTER TABLE sync_state ADD COLUMN first_sync_done INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_outcome (
    mutation_id  INTEGER NOT NULL,
    client_id    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('conflict', 'refused')),
    reason       TEXT NOT NULL DEFAULT '',
    message      TEXT NOT NULL DEFAULT '',
    answer       TEXT NOT NULL DEFAULT '{}',
    payload      TEXT NOT NULL,
    recorded_at  INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolved_by  TEXT,
    PRIMARY KEY (client_id, mutation_id)
);
)SQL";

} // namespace varde::store::schema
