/**
 * Islands, regions and resort areas that host summits but are not cities: a meeting "in Bali"
 * has `city: null` and the country (annotation guidelines). Keys are folded (lower case, no
 * diacritics); values ISO 3166-1 alpha-2. Venues of G7/G20/APEC/ASEAN meetings 2010-2026.
 */
export const REGIONS: ReadonlyMap<string, string> = new Map([
  ['bali', 'ID'], ['lombok', 'ID'], ['labuan bajo', 'ID'], ['hainan', 'CN'], ['jeju', 'KR'], ['jeju island', 'KR'],
  ['hokkaido', 'JP'], ['okinawa', 'JP'], ['sardinia', 'IT'], ['sicily', 'IT'], ['apulia', 'IT'], ['puglia', 'IT'],
  ['tuscany', 'IT'], ['corsica', 'FR'], ['crete', 'GR'], ['bavaria', 'DE'], ['cornwall', 'GB'], ['alberta', 'CA'],
  ['kananaskis', 'CA'], ['langkawi', 'MY'], ['sentosa', 'SG'], ['zanzibar', 'TZ'], ['mallorca', 'ES'], ['majorca', 'ES'],
  ['the amazon', 'BR'], ['kamchatka', 'RU'], ['the algarve', 'PT'], ['normandy', 'FR'], ['brittany', 'FR'],
]);
