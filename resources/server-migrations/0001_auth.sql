-- quita-server schema 1: users and sessions. Portable SQL: it runs unchanged on the
-- embedded SQLite store and on PostgreSQL. Passwords are argon2id strings from
-- libsodium (crypto_pwhash_str); session tokens are stored only as a BLAKE2b hash.

CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    supervisor_id TEXT REFERENCES app_user(id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE app_session (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES app_user(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX app_session_user ON app_session(user_id);
