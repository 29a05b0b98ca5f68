// Server schema version 2, for FHIR ingest: symptom answers from QuestionnaireResponse, the
// date-only flag and blood-pressure panels on measurements, and what an ingest key names.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version2 { 2, "ingest: questionnaire answers, date-only times, panels, key owners",
    R"SQL(
-- A measurement sent with a date and no time is placed at 12:00 Oslo time and flagged, so that
-- triage never reads a time of day into it. The components of a blood-pressure panel share
-- panel_id (the Observation's id) and the panel code as sent.
ALTER TABLE measurement ADD COLUMN date_only boolean NOT NULL DEFAULT false;
ALTER TABLE measurement ADD COLUMN panel_id uuid;
ALTER TABLE measurement ADD COLUMN panel_code text NOT NULL DEFAULT '';
-- Reading one panel back by its id (GET /v1/fhir/Observation/<id>).
CREATE INDEX measurement_panel ON measurement(panel_id) WHERE panel_id IS NOT NULL;

-- ingest_key.measurement_id names the stored resource: a measurement, a panel (panel_id) or a
-- questionnaire response (response_id); resource_type says which, and patient_id whose, so that
-- an identifier reused for another patient is refused instead of answered as theirs.
ALTER TABLE ingest_key ADD COLUMN resource_type text NOT NULL DEFAULT 'Observation';
ALTER TABLE ingest_key ADD COLUMN patient_id uuid;

-- One answer of a QuestionnaireResponse. question_id is Varde's stable question id (the item's
-- linkId); answers to questions Varde does not know are kept as sent.
CREATE TABLE questionnaire_answer (
    id            uuid PRIMARY KEY,
    response_id   uuid NOT NULL,
    patient_id    uuid NOT NULL REFERENCES patient(id),
    questionnaire text NOT NULL DEFAULT '',
    question_id   text NOT NULL,
    answer        text NOT NULL,
    answered_at   timestamptz NOT NULL,
    date_only     boolean NOT NULL DEFAULT false,
    received_at   timestamptz NOT NULL DEFAULT now(),
    source        text NOT NULL DEFAULT ''
);
CREATE INDEX questionnaire_answer_patient ON questionnaire_answer(patient_id, answered_at);
)SQL" };

} // namespace varde::server::schema
