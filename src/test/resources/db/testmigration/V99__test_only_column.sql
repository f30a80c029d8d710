-- Test-only migration: proves a backup is written before a migration changes an existing database.
ALTER TABLE contact ADD COLUMN test_only VARCHAR;
