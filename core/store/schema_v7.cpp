// Schema version 7: an acknowledgement names the person who made it, as the server knows them,
// and sync_state remembers when the server said the signed-in user was disabled (the cache then
// stays closed until a new sign-in).
// Two nurses on two workstations may acknowledge the same finding; each workstation shows both,
// and the other nurse is not a user of this workstation, so her name travels with the row.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version7 = R"SQL(
ALTER TABLE sync_state ADD COLUMN user_disabled_at INTEGER;
ALTER TABLE acknowledgement ADD COLUMN acknowledged_by_name TEXT NOT NULL DEFAULT '';
UPDATE acknowledgement SET acknowledged_by_name = coalesce(
    (SELECT display_name FROM local_user WHERE local_user.id = acknowledgement.acknowledged_by), '');
)SQL";

} // namespace varde::store::schema
