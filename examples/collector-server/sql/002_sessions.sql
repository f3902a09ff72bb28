-- Migration 002: sign-in sessions, in the database so that every process behind a load balancer sees the same ones
-- and a logout ends a session everywhere at once.
-- The cookie holds a random token; only its SHA-256 is stored, so reading this table does not let anyone sign in.

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL,
  -- A digest of the user's password hash at sign-in: changing the password ends the user's sessions.
  credential text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_expires_at ON sessions (expires_at);
