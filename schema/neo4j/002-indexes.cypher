// Lookups the ingestion and the API make often.
CREATE INDEX article_text_hash IF NOT EXISTS FOR (a:Article) ON (a.textHash);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
CREATE INDEX meeting_key IF NOT EXISTS FOR (m:Meeting) ON (m.pairKey);
// Full-text search across articles, people (names and aliases) and places.
CREATE FULLTEXT INDEX article_fulltext IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text];
CREATE FULLTEXT INDEX person_fulltext IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.aliasText];
CREATE FULLTEXT INDEX place_fulltext IF NOT EXISTS FOR (p:Place) ON EACH [p.name];
