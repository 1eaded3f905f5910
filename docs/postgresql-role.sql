-- The service's own PostgreSQL role (README, «The database role»): it reads and writes what
-- it serves, but may only add to the decision log and to what the log vouches for (verdicts,
-- stored submissions). Run as the tables' owner, after every `tthc-rules db upgrade`:
--   psql "$OWNER_URL" -v ON_ERROR_STOP=1 -f docs/postgresql-role.sql
-- (create the role once before: CREATE ROLE tthc_app LOGIN PASSWORD '…';)
GRANT USAGE ON SCHEMA public TO tthc_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tthc_app;
REVOKE UPDATE, DELETE, TRUNCATE ON decision_log, verdicts, submissions FROM tthc_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tthc_app;
