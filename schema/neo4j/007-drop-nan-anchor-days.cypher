// An undated meeting reported only by undated articles was given anchorDay NaN (a report
// without a day has no anchorDay property, and it was read as a number): it has no day.
MATCH (m:Meeting) WHERE isNaN(m.anchorDay)
REMOVE m.anchorDay;
