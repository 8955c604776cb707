/**
 * Keyword lexicons for the fixed topic taxonomy (model.ts TOPICS). Word-bounded,
 * case-insensitive; compiled once. A phrase listed under "mask" hides a keyword of
 * another topic ("food security" is agriculture, not security).
 */
import type { TopicName } from '../../domain/model.js';

const LEXICON: Record<TopicName, string[]> = {
  energy: ['energy', 'oil', 'gas', 'lng', 'pipelines?', 'electricity', 'power grids?', 'power plants?', 'renewables?', 'hydropower', 'opec\\+?', 'petroleum', 'fuels?', 'coal', 'solar', 'wind power', 'crude', 'hydrocarbons?', 'refiner(?:y|ies)'],
  trade: ['trade', 'trading', 'exports?', 'imports?', 'tariffs?', 'commerce', 'commercial', 'customs', 'market access', 'wto', 'goods and services', 'trade turnover', 'economic ties', 'economic cooperation', 'economic relations', 'trade and economic'],
  investment: ['investments?', 'invest', 'investing', 'investors?', 'fdi', 'joint ventures?', 'sovereign (?:wealth )?funds?', 'investment projects?'],
  finance: ['finance', 'financial', 'banking', 'banks?', 'currenc(?:y|ies)', 'loans?', 'debts?', 'credit', 'payment systems?', 'payments', 'imf', 'budget', 'swap', 'monetary', 'fiscal', 'central bank'],
  security: ['security', 'terrorism', 'counter-?terrorism', 'terrorists?', 'extremism', 'intelligence', 'border protection', 'law enforcement', 'organi[sz]ed crime', 'drug trafficking'],
  defense: ['defen[cs]e', 'military', 'arms', 'weapons?', 'missiles?', 'armed forces', 'troops', 'military-technical', 'fighter jets?', 'air defen[cs]e', 'warships?', 'army', 'navy', 'drones?', 'ammunition', 'nato'],
  conflict: ['war', 'wars', 'conflicts?', 'peace', 'peace process', 'ceasefire', 'cease-fire', 'truce', 'territorial', 'disputes?', 'occupation', 'hostilities', 'invasion', 'nagorno-karabakh', 'karabakh', 'mediat(?:ion|or|ors|ing|e)', 'armistice', 'de-escalation', 'settlement of the', 'normali[sz]ation', 'fighting', 'shelling', 'frontline', 'annexation', 'separatists?', 'insurgency', 'gaza', 'crimea', 'donbas', 'kashmir'],
  sanctions: ['sanctions?', 'embargo(?:es)?', 'restrictive measures', 'export controls', 'blacklist(?:ed)?', 'asset freezes?'],
  nuclear: ['nuclear', 'uranium', 'enrichment', 'atomic', 'iaea', 'non-proliferation', 'nonproliferation', 'warheads?', 'reactors?'],
  infrastructure: ['infrastructure', 'construction', 'bridges?', 'dams?', 'ports?', 'power lines?', 'connectivity', 'megaprojects?', 'airports?', 'housing'],
  transport: ['transport', 'transportation', 'railways?', 'rail', 'logistics', 'aviation', 'flights?', 'air links?', 'air service', 'shipping', 'highways?', 'roads?', 'freight', 'cargo', 'transport corridors?', 'trade routes?', 'maritime'],
  technology: ['technolog(?:y|ies|ical)', 'tech', 'digital', 'artificial intelligence', 'ai', 'semiconductors?', 'chips', 'innovation', 'cyber\\w*', 'space (?:exploration|cooperation|industry|programme|program|agency|launch\\w*)', 'outer space', 'telecommunications?', '5g', 'satellites?', 'software', 'manufacturing'],
  humanitarian: ['humanitarian', 'aid', 'relief', 'prisoners?', 'prisoner exchanges?', 'prisoner swaps?', 'civilians', 'hostages?', 'famine', 'displaced', 'red cross', 'evacuation', 'missing persons', 'reconstruction aid'],
  migration: ['migration', 'migrants?', 'refugees?', 'asylum', 'visas?', 'visa-free', 'labou?r migrants?', 'diaspora', 'deportations?', 'border crossings?'],
  climate: ['climate', 'emissions', 'green transition', 'carbon', 'cop\\d+', 'environment', 'environmental', 'global warming', 'net zero', 'decarboni[sz]ation', 'biodiversity'],
  health: ['health', 'healthcare', 'health care', 'pandemics?', 'vaccines?', 'medical', 'medicine', 'medicines', 'covid(?:-19)?', 'hospitals?', 'epidemics?', 'pharmaceuticals?'],
  culture: ['culture', 'cultural', 'education', 'educational', 'students?', 'universit(?:y|ies)', 'sports?', 'tourism', 'tourists?', 'people-to-people', 'heritage', 'youth', 'humanitarian ties', 'language', 'olympics?', 'football', 'academic', 'scholarships?', 'museums?', 'film', 'arts'],
  agriculture: ['agricultur(?:e|al)', 'food', 'grain', 'wheat', 'fertili[sz]ers?', 'farming', 'farmers?', 'food security', 'agro\\w*', 'livestock', 'fisheries', 'crops?', 'cotton'],
};

/** Phrases whose keywords belong elsewhere: mask them before matching their other topic. */
const MASKS: Partial<Record<TopicName, string[]>> = {
  security: ['food security', 'security council', 'social security', 'energy security'],
  conflict: ['peaceful nuclear', 'peaceful purposes', 'world war ii', 'second world war', 'great patriotic war', 'war memorial', 'peaceful use'],
  trade: ['trade union'],
  humanitarian: ['aide', 'aides', 'humanitarian ties'],
  technology: ['space for', 'airspace'],
  infrastructure: ['passports?'],
  defense: ['self-defen[cs]e'],
  finance: ['bank of the'],
};

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
