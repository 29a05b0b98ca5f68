// Schema version 7: an acknowledgement names the person who made it, as the server knows them.
// Two nurses on two workstations may acknowledge the same finding; each workstation shows both,
// and the other nurse is not a user of this workstation, so her name travels with the row.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version7 = R"SQL(
ALTER TABLE acknowledgement ADD COLUMN acknowledged_by_name TEXT NOT NULL DEFAULT '';
UPDATE acknowledgement SET acknowledged_by_name = coalesce(
    (SELECT display_name FROM local_user WHERE local_user.id = acknowledgement.acknowledged_by), '');
)SQL";

} // namespace varde::store::schema
