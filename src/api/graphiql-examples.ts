/** The example operations GraphiQL opens with: the questions analysts ask most. */

const bilateral = `# Ties between Azerbaijan and Russia: held meetings (status: BOTH adds planned ones),
# visits each way as trips, gaps, calls vs meetings, and what is planned next.
query Bilateral {
  bilateral(a: "AZ", b: "RU", from: "2020-01-01") {
    count held planned sources
    firstMeeting { id date }
    lastMeeting { id date modality }
    nextPlannedMeeting { id date }
    visits {
      aToB bToA balance daysSinceLastAToB daysSinceLastBToA
      list { start end meetings { date } visitor { code } host { code } yearsSincePrevious }
    }
    setting { standalone sidelines events { event count } }
    modality { inPerson calls }
    topics { topic count }
    peopleA { person { name } count }
    peopleB { person { name } count }
    timeline { period count }
    meetings(first: 5) { edges { node { date place { name } participants { person { name } role } } } }
  }
}`;

const meetings = `# The latest meetings about energy, with the sentences they come from.
query Meetings($after: String) {
  meetings(filter: { topics: ["energy"], from: "2024-01-01" }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id date modality status settingKind settingEvent
        place { name country }
        parties { code name }
        participants { person { id name } role side }
        evidence { sentence confidence article { title url publishedAt } }
      }
    }
  }
}`;

const person = `# A leader's latest meetings, the people met most (the other side only), and what is planned.
query Person {
  search(text: "Aliyev", first: 5) { kind id label score }
  person(id: "p-ilham-aliyev") {
    name aliases roles { role party { code } }
    meetingCount
    counterparts(first: 10) { person { name } count lastMeeting { date } nextPlannedMeeting { date } }
    meetings(first: 5) { date place { name } topics { name } }
    planned: meetings(first: 5, status: PLANNED) { date place { name } }
  }
}`;

const network = `# Who met whom around a country, for the graph view; and who links two leaders.
# Held meetings unless status says otherwise; edges say MET, PLANNED, SAME_DELEGATION, REPRESENTS ...
query Network {
  partners(country: "AZ", first: 10) { party { code name } count lastMeeting { date } lastHeldMeeting { date } nextPlannedMeeting { date } }
  graph(focus: "AZ", depth: 2, limit: 100, mode: COLLAPSED) {
    nodes { id type label weight }
    edges { source target type weight }
    truncated
  }
  connection(from: "p-ilham-aliyev", to: "p-narendra-modi", maxHops: 3) { hops via meetings { date } }
}`;

const trends = `# How often security and energy came up in Azerbaijan's meetings, per year.
query Trends {
  topicTrends(topics: ["security", "energy"], countries: ["AZ"], interval: YEAR) {
    topic total points { period count }
  }
}`;

const curation = `# Analyst curation (needs the header Authorization: Bearer <DKG_API_KEY>).
mutation Correct {
  correctMeeting(id: "m-...", patch: { settingKind: SIDELINES, settingEvent: "CIS summit" }, note: "Held at the summit") {
    id settingKind settingEvent corrected corrections { at keyFingerprint details note }
  }
}`;

/** Everyday analyst questions, answered with parties as analysts write them (docs/api.md, "Analyst questions"). */
export const ANALYST_QUESTIONS = {
  q1: `# Q1. Which meetings did Russia have with Türkiye in 2024? (and how many undated ones the year left out)
query Q1 {
  meetings(filter: { countries: ["Russia", "Türkiye"], from: "2024", to: "2024" }) {
    totalCount undatedExcluded
    edges { node { date modality settingEvent place { name } participants { person { name } role } } }
  }
}`,
  q2: `# Q2. Did the African Union meet Egypt? ("AU" alone is refused: it is also Australia's code)
query Q2 {
  bilateral(a: "African Union", b: "Egypt") {
    count
    peopleA { person { name } }
    peopleB { person { name } }
    meetings(first: 10) { edges { node { date place { name } } } }
  }
}`,
  q3: `# Q3. Which heads of state or government met on the sidelines of a BRICS summit?
query Q3 {
  meetings(filter: { settingKind: SIDELINES, summit: "BRICS", levels: [HEAD_OF_STATE_OR_GOVERNMENT] }) {
    totalCount
    edges { node { date settingEvent place { name } participants { person { name } role } } }
  }
}`,
  q4: `# Q4. Which meetings did any EU member state hold with China?
query Q4 {
  meetings(filter: { countries: ["group:EU", "China"] }) {
    totalCount
    edges { node { date status place { name } parties { code name } participants { person { name } } } }
  }
}`,
  q5: `# Q5. Which meetings were reported by at least two sources?
query Q5 {
  meetings(filter: { minSources: 2 }) {
    totalCount
    edges { node { date sourceCount participants { person { name } } evidence { sentence article { title } } } }
  }
}`,
} as const;

const analyst = Object.values(ANALYST_QUESTIONS).join('\n\n');

export const GRAPHIQL_TABS = [bilateral, meetings, person, network, trends, curation, analyst].map((query) => ({ query }));
