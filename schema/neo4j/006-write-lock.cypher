// Every write transaction first takes the one WriteLock node (src/store/write-lock.ts); the
// constraint makes the MERGE that creates it safe when two processes start at once.
CREATE CONSTRAINT write_lock_key IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.key IS UNIQUE;
