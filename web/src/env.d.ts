/** Modules Vite provides at build time (web/vite.config.ts). */
declare module 'virtual:dkg-countries' {
  /** ISO alpha-2 -> [ISO numeric (world-atlas feature id), latitude, longitude, common name]. */
  const table: Record<string, [string, number, number, string]>;
  export default table;
}

declare module 'virtual:dkg-parties' {
  /** [code, common name, other names and codes an analyst may type] per country and organisation. */
  const table: { countries: [string, string, string[]][]; organisations: [string, string, string[]][] };
  export default table;
}
