// Analyst curation is looked up on every write batch and every meeting read.
CREATE INDEX person_merge_removed IF NOT EXISTS FOR (pm:PersonMerge) ON (pm.removedId);
CREATE INDEX curation_target IF NOT EXISTS FOR (c:Curation) ON (c.target);
