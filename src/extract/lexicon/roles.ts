/**
 * Role phrases as news copy writes them, mapped to the lower-case role of the output
 * contract. Keys are folded, space-separated words.
 */
const ROLE_VARIANTS: Record<string, string[]> = {
  president: ['president', 'presidents', 'head of state', 'state president'],
  'vice president': ['vice president', 'vice-president', 'vp'],
  'prime minister': ['prime minister', 'prime ministers', 'premier', 'pm', 'head of government', 'prime-minister'],
  'deputy prime minister': ['deputy prime minister', 'vice premier', 'first deputy prime minister', 'deputy premier'],
  'foreign minister': [
    'foreign minister', 'foreign ministers', 'minister of foreign affairs', 'foreign affairs minister', 'fm',
    'minister for foreign affairs', 'foreign secretary', 'minister of foreign affairs and international cooperation',
    'minister of foreign affairs and trade', 'minister for europe and foreign affairs',
    'minister of external affairs', 'external affairs minister',
  ],
  'defense minister': [
    'defense minister', 'defence minister', 'minister of defense', 'minister of defence', 'defence secretary',
    'defense secretary', 'secretary of defense', 'minister for defence', 'secretary of war',
  ],
  'trade minister': ['trade minister', 'minister of trade', 'commerce minister', 'minister of commerce', 'trade secretary', 'commerce secretary'],
  'finance minister': ['finance minister', 'minister of finance', 'treasury secretary', 'secretary of the treasury', 'chancellor of the exchequer'],
  'energy minister': ['energy minister', 'minister of energy'],
  'economy minister': ['economy minister', 'minister of economy', 'economic minister', 'minister of the economy'],
  'interior minister': ['interior minister', 'minister of interior', 'minister of the interior', 'home secretary'],
  minister: ['minister'],
  'secretary of state': ['secretary of state'],
  'secretary-general': ['secretary-general', 'secretary general', 'sec-gen', 'secretary-general of the united nations'],
  chancellor: ['chancellor', 'federal chancellor'],
  king: ['king'],
  queen: ['queen'],
  emir: ['emir', 'amir'],
  sultan: ['sultan'],
  'crown prince': ['crown prince'],
  prince: ['prince'],
  emperor: ['emperor'],
  pope: ['pope', 'pontiff'],
  'supreme leader': ['supreme leader'],
  'grand duke': ['grand duke'],
  chairman: ['chairman', 'chairwoman', 'chair', 'chairperson'],
  'commission president': [],
  'high representative': ['high representative', 'foreign policy chief', 'top diplomat'],
  'director-general': ['director-general', 'director general'],
  'national security adviser': ['national security adviser', 'national security advisor'],
  envoy: ['envoy', 'special envoy', 'special representative', 'special presidential envoy', 'representative', 'permanent representative', 'charge d\'affaires'],
  ambassador: ['ambassador', 'ambassadors', 'ambassador-designate', 'high commissioner'],
  'deputy foreign minister': [
    'deputy foreign minister', 'vice foreign minister', 'deputy minister of foreign affairs', 'vice minister of foreign affairs',
    'deputy minister for foreign affairs', 'state minister for foreign affairs', 'minister of state for foreign affairs',
  ],
  'deputy minister': ['deputy minister', 'vice minister', 'vice-minister', 'minister of state', 'state minister', 'assistant minister'],
  secretary: [
    'secretary', 'joint secretary', 'permanent secretary', 'under secretary', 'under-secretary', 'undersecretary',
    'assistant secretary', 'deputy secretary', 'principal secretary', 'cabinet secretary', 'state secretary',
    'deputy secretary of state', 'assistant secretary of state', 'under secretary of state', 'deputy secretary-general',
    'assistant secretary-general', 'under-secretary-general', 'deputy secretary general',
  ],
  commissioner: ['commissioner', 'european commissioner', 'eu commissioner'],
  'governor-general': ['governor-general', 'governor general'],
  'managing director': ['managing director', 'deputy managing director', 'first deputy managing director'],
  'deputy speaker': ['deputy speaker', 'vice speaker', 'deputy chairman', 'vice chairman', 'vice-chairman', 'deputy chairperson', 'vice chairperson'],
  director: ['director', 'deputy director', 'executive director'],
  head: ['head', 'deputy head', 'chief'],
  commander: ['commander', 'chief of defence', 'chief of defense', 'chief of the general staff', 'chief of general staff', 'army chief', 'military chief', 'chief of army staff', 'top brass'],
  governor: ['governor'],
  mayor: ['mayor'],
  speaker: ['speaker', 'parliament speaker', 'parliamentary speaker'],
  legislator: ['legislator', 'top legislator', 'lawmaker', 'senator', 'congressman', 'congresswoman', 'member of parliament', 'mp'],
  leader: ['leader', 'leaders'],
  counterpart: ['counterpart', 'counterparts'],
  'president-elect': ['president-elect', 'president elect'],
  // Not participants: they speak about a meeting or report it.
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'spokespeople', 'press officer'],
  aide: ['aide', 'adviser', 'advisor', 'foreign policy aide', 'assistant', 'chief of staff'],
  journalist: ['correspondent', 'journalist', 'reporter', 'editor', 'analyst', 'expert', 'commentator'],
};

/** Roles whose holders report on a meeting rather than take part. */
export const NON_PARTICIPANT_ROLES = new Set(['spokesperson', 'aide', 'journalist']);

/** Roles too vague to report: the output uses the KB role instead. */
export const VAGUE_ROLES = new Set(['leader', 'counterpart', 'minister']);

/** Honorifics and forms of address that may stand between a role and a name. */
export const TITLES = new Set([
  'sheikh', 'sheikha', 'shaikh', 'hh', 'h.h', 'mr', 'mrs', 'ms', 'dr', 'madam', 'sir', 'majesty', 'highness',
  'royal', 'excellency', 'h.e', 'hrh', 'general', 'gen', 'marshal', 'lord', 'lady', 'dame', 'prof',
  // Malay and Bruneian honorifics ("Datuk Seri Anwar Ibrahim", "Tun Mahathir"): never part of the name.
  'datuk', 'dato', 'datin', 'tun', 'seri',
]);

export const ROLE_BY_PHRASE: Map<string, string> = new Map();
for (const [role, variants] of Object.entries(ROLE_VARIANTS)) {
  for (const v of variants) ROLE_BY_PHRASE.set(v, role);
}

