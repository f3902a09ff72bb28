-- Migration 001: the responses table. IF NOT EXISTS adopts databases created before migrations were recorded.
-- One row per survey display, upserted by id; a row only ever moves to a higher revision.

CREATE TABLE IF NOT EXISTS responses (
  id text PRIMARY KEY,
  revision integer NOT NULL CHECK (revision >= 1),
  survey_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('shown', 'dismissed', 'answered', 'completed')),
  score smallint CHECK (score BETWEEN 0 AND 10),
  category text CHECK (category IN ('promoter', 'passive', 'detractor')),
  comment text,
  reasons text[] NOT NULL DEFAULT '{}',
  contact_consent boolean,
  contact_email text,
  user_id text,
  anonymous_id text NOT NULL,
  locale text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('ltr', 'rtl')),
  orientation text NOT NULL CHECK (orientation IN ('left-to-right', 'right-to-left')),
  page_url text,
  page_title text,
  page_referrer text,
  attributes jsonb NOT NULL DEFAULT '{}',
  sample_rate double precision NOT NULL CHECK (sample_rate > 0 AND sample_rate <= 1),
  trigger text,
  preview boolean NOT NULL DEFAULT false,
  sdk_name text,
  sdk_version text,
  shown_at timestamptz NOT NULL,
  answered_at timestamptz,
  completed_at timestamptz,
  dismissed_at timestamptz,
  updated_at timestamptz NOT NULL,
  -- Server receive time minus the batch's sentAt: lets analysts correct a client clock that is off.
  clock_skew_ms integer,
  received_at timestamptz NOT NULL DEFAULT now(),
  first_received_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS responses_survey_shown_at ON responses (survey_id, shown_at);
CREATE INDEX IF NOT EXISTS responses_survey_answered_at ON responses (survey_id, answered_at) WHERE score IS NOT NULL;
CREATE INDEX IF NOT EXISTS responses_attributes ON responses USING gin (attributes);
