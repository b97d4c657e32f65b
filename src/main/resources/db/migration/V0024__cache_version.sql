-- Issue 16: a version per in-memory cache, bumped in the transaction that changes what the cache holds, so that
-- every instance of a cluster notices another instance's change (the suggestion engine's attraction snapshot).
CREATE TABLE cache_version (
    name VARCHAR(40) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_cache_version PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cache_version (name, version) VALUES ('attractions', 0);
