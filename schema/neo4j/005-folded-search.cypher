// Search folds accents ("Erdogan" finds "Erdoğan"): the full-text indexes are rebuilt with
// Lucene's standard-folding analyzer, and meetings get an index of their own over the
// `searchText` their card writes (names, aliases, parties, place, topics, summit). Cards are
// rewritten at startup when their version is older, which fills `searchText` for existing data.
DROP INDEX article_fulltext IF EXISTS;
DROP INDEX person_fulltext IF EXISTS;
DROP INDEX place_fulltext IF EXISTS;
CREATE FULLTEXT INDEX article_fulltext IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX person_fulltext IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX place_fulltext IF NOT EXISTS FOR (p:Place) ON EACH [p.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX meeting_fulltext IF NOT EXISTS FOR (m:Meeting) ON EACH [m.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
