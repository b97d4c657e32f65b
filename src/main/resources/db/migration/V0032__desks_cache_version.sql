-- Decision 0035: every instance keeps the desks' offices in memory; a desk added or moved raises this version, so
-- that the other instances of a cluster read them again.
INSERT INTO cache_version (name, version) VALUES ('desks', 0);
