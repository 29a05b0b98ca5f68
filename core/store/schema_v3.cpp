// Schema version 3: the egenbehandlingsplan's life. Who sent a version for approval, how it
// was approved (in Varde, by PLO reply or phone recorded by a nurse, or kept unchanged limits),
// who rejected it, when it was superseded; and which doctor is the service's medical lead
// (approves the default rule set). Columns are added, never renamed (SQLite 3.15).
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version3 = R"SQL(
ALTER TABLE plan_version ADD COLUMN created_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN submitted_by TEXT;
ALTER TABLE plan_version ADD COLUMN submitted_at INTEGER;
ALTER TABLE plan_version ADD COLUMN approval_method TEXT
    CHECK (approval_method IN ('in_app', 'plo_reply', 'phone', 'unchanged_limits'));
ALTER TABLE plan_version ADD COLUMN approval_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN approval_recorded_by TEXT;
ALTER TABLE plan_version ADD COLUMN approval_recorded_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN approval_recorded_at INTEGER;
ALTER TABLE plan_version ADD COLUMN reviewed_by TEXT;
ALTER TABLE plan_version ADD COLUMN reviewed_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN reviewed_at INTEGER;
ALTER TABLE plan_version ADD COLUMN superseded_at INTEGER;
CREATE INDEX plan_version_status ON plan_version(status, submitted_at);

-- The doctor (a local user with role gp or specialist) who approves the default rule set.
ALTER TABLE follow_up_service ADD COLUMN medical_lead_user_id TEXT REFERENCES local_user(id);
)SQL";

} // namespace varde::store::schema
