import { canonicalJson, sha256OfCanonical } from '../elections/records/canonical-json';

/**
 * What a published red/black list says, as canonical JSON (the vote record's rules: sorted keys, numbers as
 * strings), and its SHA-256 seal. Built from the stored rows, so anyone holding the JSON can check the seal,
 * and the server can check that the rows still say what was sealed (docs/domain-rules.md#red-black-list).
 */
export const RED_BLACK_FORMAT = 'wuye.red-black-list/1';

export interface ListHeader {
  quarter: string;
  schemeEdition: number;
  redSharePercent: number;
  blackSharePercent: number;
  publishedAt: Date | string;
  categories: Array<{ category: string; ranked: number; unranked: number; redPlaces: number; blackPlaces: number }>;
}

export interface ListRow {
  category: string;
  place: string;
  rank: number;
  projectName: string;
  estateName: string;
  firmName: string;
  total: number;
  maxTotal: number;
}

const order = (a: ListRow, b: ListRow) =>
  a.category.localeCompare(b.category) || a.place.localeCompare(b.place) || a.rank - b.rank || a.projectName.localeCompare(b.projectName, 'en');

export function redBlackDocument(header: ListHeader, rows: readonly ListRow[]) {
  return {
    format: RED_BLACK_FORMAT,
    quarter: header.quarter,
    schemeEdition: String(header.schemeEdition),
    redSharePercent: String(header.redSharePercent),
    blackSharePercent: String(header.blackSharePercent),
    publishedAt: new Date(header.publishedAt).toISOString(),
    categories: [...header.categories]
      .sort((a, b) => a.category.localeCompare(b.category))
      .map((c) => ({ category: c.category, ranked: String(c.ranked), unranked: String(c.unranked), redPlaces: String(c.redPlaces), blackPlaces: String(c.blackPlaces) })),
    entries: [...rows].sort(order).map((r) => ({
      category: r.category,
      place: r.place,
      rank: String(r.rank),
      project: r.projectName,
      estate: r.estateName,
      firm: r.firmName,
      total: String(r.total),
      maxTotal: String(r.maxTotal),
    })),
  };
}

export const redBlackJson = (header: ListHeader, rows: readonly ListRow[]): string => canonicalJson(redBlackDocument(header, rows));
export const redBlackSeal = (header: ListHeader, rows: readonly ListRow[]): string => sha256OfCanonical(redBlackDocument(header, rows));
