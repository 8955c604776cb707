/**
 * Keyword lexicons for the fixed topic taxonomy (model.ts TOPICS). Word-bounded,
 * case-insensitive; compiled once. A phrase listed under "mask" hides a keyword of
 * another topic ("food security" is agriculture, not security).
 */
import type { TopicName } from '../../domain/model.js';

/**
 * Places whose name, as the thing talked about ("exchanged views on Ukraine", "the situation in
 * the Middle East"), stands for the war or dispute there. A gazetteer of the armed conflicts and
 * territorial disputes in the news of 2020-2026 (ACLED / UCDP conflict lists), not of any article.
 */
const CONFLICT_ZONES = [
  'ukraine', 'donbas', 'crimea', 'gaza', 'the west bank', 'the middle east', 'syria', 'sudan', 'darfur', 'yemen', 'libya',
  'afghanistan', 'the sahel', 'mali', 'somalia', 'eastern congo', 'the eastern drc', 'myanmar', 'the korean peninsula',
  'kashmir', 'nagorno-karabakh', 'karabakh', 'taiwan', 'the south china sea', 'lebanon', 'haiti', 'ethiopia', 'tigray',
  'western sahara', 'cyprus', 'kosovo', 'transnistria', 'abkhazia', 'south ossetia',
];
const ZONE = `(?:${CONFLICT_ZONES.join('|')})`;

const LEXICON: Record<TopicName, string[]> = {
  energy: ['energy', 'oil', 'gas', 'lng', 'pipelines?', 'electricity', 'power grids?', 'power plants?', 'nuclear (?:power )?plants?', 'power stations?', 'power generators?', 'renewables?', 'hydropower', 'hydroelectric(?:ity)?', 'biofuels?', 'ethanol', 'hydrogen', 'opec\\+?', 'petroleum', 'fuels?', 'coal', 'solar', 'wind power', 'crude', 'hydrocarbons?', 'refiner(?:y|ies)', 'gas hubs?'],
  trade: ['trade', 'trading', 'exports?', 'imports?', 'tariffs?', 'commerce', 'commercial', 'customs', 'market access', 'wto', 'goods and services', 'trade turnover', 'economic ties', 'economic cooperation', 'economic relations', 'trade and economic', 'free trade', '(?:signed|placed) an? (?:[\\w-]+ )?orders? for', 'trade surplus', 'trade deficit', 'mercosur'],
  investment: ['investments?', 'invest', 'investing', 'investors?', 'fdi', 'joint ventures?', 'sovereign (?:wealth )?funds?', 'investment projects?'],
  finance: ['finance', 'financial', 'banking', 'banks?', 'currenc(?:y|ies)', 'loans?', 'debts?', 'credit', 'payment systems?', 'payment mechanisms?', 'payments', 'imf', 'budget', 'swap', 'monetary', 'fiscal', 'central bank', 'rupees?', 'roubles?', 'rubles?', 'yuan', 'national currencies', 'de-?dollari[sz]ation'],
  security: ['security', 'terrorism', 'counter-?terrorism', 'terrorists?', 'extremism', 'intelligence', 'border protection', 'law enforcement', 'organi[sz]ed crime', 'drug trafficking', 'people smuggling', 'freedom of navigation', 'incursions?', 'airspace violations?', '(?:into|of) (?:[\\w-]+ )?airspace', '(?:arms|weapons|gun) (?:trafficking|smuggling)', '(?:trafficking|smuggling) of (?:[\\w-]+ ){0,2}(?:weapons|arms|guns)'],
  defense: ['defen[cs]e', 'military', 'arms', 'weapons?', 'missiles?', 'armed forces', 'troops', 'military-technical', 'fighter jets?', 'air defen[cs]e', 'warships?', 'army', 'navy', 'drones?', 'ammunition', 'nato', 'mutual (?:military )?assistance', 'artillery'],
  conflict: ['war', 'wars', 'conflicts?', 'peace', 'peace process', 'ceasefire', 'cease-fire', 'truce', 'territorial', 'disputes?', 'occupation', 'hostilities', 'invasion', 'nagorno-karabakh', 'karabakh', 'mediat(?:ion|or|ors|ing|e)', 'armistice', 'de-escalation', 'settlement of the', 'normali[sz]ation', 'fighting', 'shelling', 'frontline', 'annexation', 'separatists?', 'insurgency', 'gaza', 'crimea', 'donbas', 'kashmir', 'special military operation', 'border delimitation', 'delimitation', 'demarcation', '(?:maritime|sea|land) (?:boundar(?:y|ies)|claims?)', 'overlapping claims',
    `(?:on|about|over|regarding|situation (?:in|around|on)|crisis in|developments in|views on) ${ZONE}`],
  sanctions: ['sanctions?', 'embargo(?:es)?', 'restrictive measures', 'export controls', 'export curbs', 'blacklist(?:ed)?', 'asset freezes?'],
  nuclear: ['nuclear', 'uranium', 'enrichment', 'atomic', 'iaea', 'non-proliferation', 'nonproliferation', 'warheads?', 'reactors?'],
  infrastructure: ['infrastructure', 'construction', 'bridges?', 'dams?', 'ports?', 'power lines?', '(?:high-speed )?(?:rail|railway|road|highway|port|bridge|metro) projects?', 'megaprojects?', 'airport construction', 'housing', 'completion of the [\\w-]+ (?:railway|highway|motorway|road|pipeline|bridge)', 'build(?:ing)? (?:a |an |the |new )*(?:[\\w-]+ )?(?:railway|rail line|highway|motorway|road|pipeline|bridge|port|plant)s?'],
  transport: ['transport', 'transportation', 'railways?', 'rail', 'rail lines?', 'logistics', 'connectivity', 'aviation', 'flights?', 'air links?', 'air service', 'shipping', 'waterways?', 'barges?', 'highways?', 'roads?', 'freight', 'cargo', 'transport corridors?', 'trade routes?', 'maritime', 'transit', 'transit routes?', 'checkpoints?', 'border crossings?', '(?:transit|trade|land|rail|road|logistics|economic|north-south|east-west|middle|zangezur|lobito) corridors?'],
  technology: ['technolog(?:y|ies|ical)', 'tech', 'digital', 'artificial intelligence', 'ai', 'semiconductors?', 'chips', 'microelectronics', 'critical minerals', 'rare earths?', 'innovation', 'cyber\\w*', 'space (?:exploration|cooperation|industry|programme|program|agency|launch\\w*)', 'outer space', 'telecommunications?', '5g', 'satellites?', 'software', 'space science', 'astronom(?:y|ical)', 'scientific'],
  humanitarian: ['humanitarian', 'aid', 'relief', 'prisoners?', 'prisoner exchanges?', 'prisoner swaps?', 'civilians', 'hostages?', 'famine', 'displaced', 'red cross', 'evacuation', 'missing persons', 'reconstruction aid'],
  migration: ['migration', 'migrants?', 'refugees?', 'asylum', 'visas?', 'visa-free', 'labou?r migrants?', 'diaspora', 'deportations?', 'illegal crossings?', 'small boats?', 'fled', 'fleeing'],
  climate: ['climate', 'emissions', 'green transition', 'carbon', 'cop\\d+', 'environment', 'environmental', 'global warming', 'net zero', 'decarboni[sz]ation', 'biodiversity', 'deforestation', 'bioeconomy', 'rainforests?'],
  health: ['health', 'healthcare', 'health care', 'pandemics?', 'vaccines?', 'medical', 'medicine', 'medicines', 'covid(?:-19)?', 'hospitals?', 'epidemics?', 'pharmaceuticals?', 'sick'],
  culture: ['culture', 'cultural', 'education', 'educational', 'students?', 'universit(?:y|ies)', 'sports?', 'tourism', 'tourists?', 'people-to-people', 'heritage', 'youth', 'humanitarian ties', 'humanitarian sphere', 'language', 'olympics?', 'football', 'academic', 'scholarships?', 'museums?', 'film', 'arts'],
  agriculture: ['agricultur(?:e|al)', 'food', 'grain', 'wheat', 'fertili[sz]ers?', 'farming', 'farm', 'farms', 'farmers?', 'food security', 'agro\\w*', 'livestock', 'fisheries', 'fishing', 'fish', 'seafood', 'rice', 'crops?', 'cotton', 'irrigation', 'dairy', 'beef', 'poultry', 'pork', 'meat', 'avocados?', 'tea', 'coffee', 'cocoa', 'maize', 'soy(?:beans?)?', 'sugar', 'vegetables', 'locusts?'],
};

/** Phrases whose keywords belong elsewhere: mask them before matching their other topic. */
const MASKS: Partial<Record<TopicName, string[]>> = {
  security: ['food security', 'security council', 'social security', 'energy security', '(?:national )?security (?:adviser|advisor|service|services|chief|forces)'],
  // "peace and security", "peace and stability": the pair is security or boilerplate, not a war.
  conflict: ['peace and (?:security|stability|prosperity|development|friendship|(?:national )?unity)', '(?:regional )?peace,? (?:security|stability) and', 'founder of peace', 'territorial integrity', 'peaceful nuclear', 'peaceful purposes', 'world war ii', 'second world war', 'great patriotic war', 'war memorial', 'peaceful use', 'with the mediation of', 'tariff wars?', 'trade wars?', 'price wars?', 'wartime history', '(?:fight(?:ing|s)?|combat(?:ing|s)?|battl(?:e|es|ing)) (?:against )?(?:the )?(?:illegal |illicit )?(?:drugs?|drug trafficking|trafficking|crime|organi[sz]ed crime|corruption|terrorism|smuggling|money laundering|poverty|hunger|disease|climate change|deforestation|inflation)'],
  trade: ['trade union', 'import substitution', '(?:deadly|illicit|illegal|drugs?|arms|human|people-smuggling|slave) trade'],
  humanitarian: ['aide', 'aides', 'humanitarian ties', 'humanitarian sphere'],
  technology: ['space for', 'airspace'],
  infrastructure: ['passports?', 'under construction'],
  // Titles and institutions name an office, not a subject of the talks.
  defense: ['self-defen[cs]e', 'nuclear weapons?', 'nuclear arms', 'special military operation', 'defen[cs]e (?:secretary|minister|ministry|department|chief|forces?)s?',
    '(?:minist\\w+|secretar\\w+|departments?) (?:of|for) (?:[\\w\'-]+ (?:and )?){0,3}?defen[cs]e', 'defen[cs]e and (?:foreign|security) (?:affairs|ministers?)',
    '(?:nato|military|army) (?:secretary[- ]general|chief|leader|ruler|junta|government|head)', 'party, state and army', '(?:commander|chief) of (?:the )?(?:[\\w-]+ )?(?:armed forces|army|navy|defen[cs]e forces?)',
    'military attach[eé]', 'armed forces (?:commander|chief)', '(?:arms|weapons|gun) (?:trafficking|smuggling)', '(?:trafficking|smuggling) of (?:[\\w-]+ ){0,2}(?:weapons|arms|guns)'],
  finance: ['bank of the', 'west bank'],
  health: ['(?:good|robust|excellent) health', 'health and (?:success|happiness|prosperity|well-being|wellbeing)'],
  agriculture: ['over (?:a |an )?(?:cup of |informal |working )?(?:tea|coffee)'],
  transport: ['humanitarian corridors?', 'grain corridors?', '(?:energy|gas|oil) transit'],
};

/** "investment in infrastructure, manufacturing, and technology": the sectors invested in. */
const INVESTMENT_OBJECT = String.raw`investments? in (?:[\w-]+ ?){1,3}(?:, (?:[\w-]+ ?){1,3}){0,4}(?:,? and (?:[\w-]+ ?){1,3})?`;
for (const name of Object.keys(LEXICON) as TopicName[]) if (name !== 'investment') (MASKS[name] ??= []).push(INVESTMENT_OBJECT);

export interface TopicMatcher {
  name: TopicName;
  re: RegExp;
  mask: RegExp | null;
}

export const TOPIC_MATCHERS: TopicMatcher[] = (Object.keys(LEXICON) as TopicName[]).map((name) => ({
  name,
  re: new RegExp(`\\b(?:${LEXICON[name].join('|')})\\b`, 'i'),
  mask: MASKS[name] ? new RegExp(`\\b(?:${(MASKS[name] as string[]).join('|')})\\b`, 'gi') : null,
}));
