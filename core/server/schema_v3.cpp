// Server schema version 3, for sign-in: sessions with their rotating refresh tokens, the
// login throttle, and audit_event made append-only in the database itself.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version3 { 3, "auth: sessions, refresh tokens, login throttle; audit append-only",
    R"SQL(
-- One sign-in: the family of refresh tokens that rotate from one login. Revoking the session
-- (logout, reuse of a rotated token, an administrator) ends every token of the family and the
-- bearer tokens that name it (claim "sid").
CREATE TABLE auth_session (
    id             uuid PRIMARY KEY,
    user_id        uuid NOT NULL REFERENCES app_user(id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    revoked_at     timestamptz,
    revoked_reason text
);
CREATE INDEX auth_session_user ON auth_session(user_id);

-- Refresh tokens, by the SHA-256 of the token (the token itself is never stored). A token is
-- used once: refreshing marks it replaced and issues the next of the same session; presenting
-- a replaced token again revokes the session.
CREATE TABLE refresh_token (
    token_hash  text PRIMARY KEY,
    session_id  uuid NOT NULL REFERENCES auth_session(id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    replaced_at timestamptz
);
CREATE INDEX refresh_token_session ON refresh_token(session_id);

-- Failed logins per login name, by the SHA-256 of the name as typed (a known login or not, so
-- that the answers cannot tell them apart, and without keeping what was typed). Shared by every
-- server instance. app_user.failed_logins and blocked_until (version 1) are not used: they
-- cannot count attempts on logins that do not exist.
CREATE TABLE login_throttle (
    login_hash      text PRIMARY KEY,
    failures        integer NOT NULL,
    last_attempt_at timestamptz NOT NULL,
    blocked_until   timestamptz
);

-- A written audit row is never updated or deleted, nor the table emptied: refused by the
-- database itself, whichever code asks (only a migration that drops the trigger could).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
)SQL" };

} // namespace varde::server::schema
