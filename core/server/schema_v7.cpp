// Server schema version 7: the GP's change feed (change_log.patient_id), and measurement
// partitioned by month (measured_at). Version 6 comes from another branch (entity rows and
// generic mutations) and is merged in beside this one; migrate.cpp applies the versions in their
// order, whatever the gaps.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version7 { 7,
    "GP feed: the patient of each change; measurements partitioned by month",
    R"SQL(
-- Whose patient a change is about, so that a GP's feed can read their listed patients' rows in
-- every service (feed.cpp). NULL for service-level rows (a default rule set): never sent to GPs.
ALTER TABLE change_log ADD COLUMN patient_id uuid;

-- The patient of a change, from what appendChange already has: a patient row is its own
-- entity_id; any other row names its patient in the payload's "patient_id" (change_log.h).
-- Anything that is not a UUID gives NULL rather than an error: a change is never refused for it.
-- The text test before the JSON parse keeps rows without the key (most of the volume) cheap.
CREATE FUNCTION change_patient_id(entity text, entity_id text, payload text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN t::uuid END
      FROM (SELECT CASE WHEN entity = 'patient' THEN entity_id
                        WHEN payload LIKE '{%' AND payload LIKE '%"patient_id"%'
                        THEN payload::json ->> 'patient_id' END AS t) AS s
$$;

-- The rows already written get theirs too. No GP has a cursor yet (the GP feed starts with this
-- version), so filling the column behind existing cursors hides nothing from anyone.
UPDATE change_log SET patient_id = change_patient_id(entity, entity_id, payload)
 WHERE entity = 'patient' OR payload LIKE '%"patient_id"%';

-- The GP read: per listed patient, an index range after the cursor (feed.cpp).
CREATE INDEX change_log_patient ON change_log(patient_id, txid, seq);
CREATE INDEX patient_gp ON patient(gp_id) WHERE gp_id IS NOT NULL;

-- Measurements, partitioned by RANGE (measured_at): one partition per calendar month in UTC
-- (measurement_pYYYY_MM), so that old months can be detached, archived or dropped whole and a
-- search by patient and date reads only the months asked for. A DEFAULT partition takes what has
-- no month partition (a late upload before maintenance ran, a date far in the past, a test's far
-- future): no measurement is ever refused for want of a partition.
--
-- What partitioning costs, honestly: a unique index must include measured_at, so the primary key
-- is (id, measured_at). ids are UUIDs the server makes (fhir_store.cpp), so they stay unique in
-- practice; idempotency never relied on this table (ingest_key, its own table, keyed by the
-- sender's identifier, dedupes across every partition). A foreign key to measurement would have
-- to reference (id, measured_at): none points here (ingest_key.measurement_id also names panels
-- and questionnaire responses and has none on purpose; findings live on the workstations). A
-- lookup by id alone (GET /v1/fhir/Observation/ID) probes each partition's key index.
ALTER TABLE measurement RENAME TO measurement_unpartitioned;
ALTER INDEX measurement_pkey RENAME TO measurement_unpartitioned_pkey;
ALTER INDEX measurement_patient RENAME TO measurement_unpartitioned_patient;
ALTER INDEX measurement_panel RENAME TO measurement_unpartitioned_panel;

CREATE TABLE measurement (
    LIKE measurement_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    PRIMARY KEY (id, measured_at),
    FOREIGN KEY (patient_id) REFERENCES patient(id)
) PARTITION BY RANGE (measured_at);
CREATE INDEX measurement_patient ON measurement(patient_id, measured_at);
CREATE INDEX measurement_panel ON measurement(panel_id) WHERE panel_id IS NOT NULL;
CREATE TABLE measurement_default PARTITION OF measurement DEFAULT;

-- Makes the month partition of `month` (any time in it, UTC) unless it exists: 1 when made.
-- Built beside the table and then attached (ATTACH takes a light lock on measurement, where
-- CREATE TABLE ... PARTITION OF would take an exclusive one and stop ingest for its duration);
-- rows of that month already in the default partition move over first, since PostgreSQL refuses
-- to attach a range that the default partition holds rows of. The CHECK lets ATTACH skip the
-- scan of the new table. Times go in as UTC literals, whatever the session's settings.
CREATE FUNCTION measurement_partition_for(month timestamp) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    first timestamp := date_trunc('month', month);
    name text := 'measurement_p' || to_char(first, 'YYYY_MM');
    lo text := to_char(first, 'YYYY-MM-DD') || ' 00:00:00+00';
    hi text := to_char(first + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00';
    cols text;
BEGIN
    IF to_regclass(name) IS NOT NULL THEN
        RETURN 0;
    END IF;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute
     WHERE attrelid = 'measurement'::regclass AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('CREATE TABLE %I (LIKE measurement INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   name);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (measured_at >= %L::timestamptz '
                   'AND measured_at < %L::timestamptz)', name, name || '_range', lo, hi);
    EXECUTE format('WITH moved AS (DELETE FROM measurement_default WHERE measured_at >= '
                   '%L::timestamptz AND measured_at < %L::timestamptz RETURNING %s) '
                   'INSERT INTO %I (%s) SELECT %s FROM moved', lo, hi, cols, name, cols, cols);
    EXECUTE format('ALTER TABLE measurement ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                   name, lo, hi);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', name, name || '_range');
    RETURN 1;
END
$$;

-- Partition maintenance, run by every server at start and then daily (partitions.h), and by this
-- migration: the month partitions from last month (late uploads) to two months ahead, and a
-- partition for every month of the last ten years that has rows waiting in the default partition
-- (they move there). Older or later rows stay in the default partition, stored and found. Under
-- an advisory lock, so several instances take turns; a lock timeout so that it never queues
-- behind a long read while holding up ingest (it simply runs again later: the partitions are
-- made two months before they are needed). Returns how many partitions it made.
CREATE FUNCTION measurement_ensure_partitions() RETURNS integer
LANGUAGE plpgsql SET lock_timeout = '10s' AS $$
DECLARE
    this_month timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
    waiting timestamp;
    made integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(7411630513);
    FOR i IN -1..2 LOOP
        made := made + measurement_partition_for(this_month + make_interval(months => i));
    END LOOP;
    FOR waiting IN
        SELECT DISTINCT date_trunc('month', measured_at AT TIME ZONE 'UTC')
          FROM measurement_default
         WHERE measured_at >= (this_month - interval '10 years') AT TIME ZONE 'UTC'
           AND measured_at < (this_month + interval '3 months') AT TIME ZONE 'UTC'
    LOOP
        made := made + measurement_partition_for(waiting);
    END LOOP;
    RETURN made;
END
$$;

-- The rows already stored: their month partitions first (same window), then one copy, in this
-- migration's transaction.
SELECT measurement_partition_for(m)
  FROM (SELECT DISTINCT date_trunc('month', measured_at AT TIME ZONE 'UTC') AS m
          FROM measurement_unpartitioned
         WHERE measured_at >= (date_trunc('month', now() AT TIME ZONE 'UTC')
                               - interval '10 years') AT TIME ZONE 'UTC'
           AND measured_at < (date_trunc('month', now() AT TIME ZONE 'UTC')
                              + interval '3 months') AT TIME ZONE 'UTC') AS months;
SELECT measurement_ensure_partitions();
INSERT INTO measurement SELECT * FROM measurement_unpartitioned;
DROP TABLE measurement_unpartitioned;
)SQL" };

} // namespace varde::server::schema
