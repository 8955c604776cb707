// Values hidden by corrections were once copied to claimed* properties that nothing reads,
// and an index was kept on a pair key nothing writes: drop both.
MATCH (m:Meeting) WHERE m.claimedDate IS NOT NULL OR m.claimedPlaceId IS NOT NULL OR m.claimedModality IS NOT NULL OR m.claimedDatePrecision IS NOT NULL OR m.claimedAnchorDay IS NOT NULL
REMOVE m.claimedDate, m.claimedDatePrecision, m.claimedAnchorDay, m.claimedPlaceId, m.claimedModality;
DROP INDEX meeting_key IF EXISTS;
