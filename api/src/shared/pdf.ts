import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fail } from './errors';
import { Lru } from './lru';

/** The family name the renderer registers the CJK font under. */
export const PDF_FONT = 'NotoSansSC';

/**
 * The one PDF module (notices, tally sheets, review forms, filing receipts): server-side PDFs with a CJK font that npm installs (@embedpdf/fonts-sc: Noto Sans SC, OFL), so `npm ci`
 * is all a machine needs; no CDN, no system font. pdfmake may read those font files and nothing else.
 */
const FONT_PACKAGE = '@embedpdf/fonts-sc';

export class PdfFontMissingError extends Error {
  constructor(detail: string) {
    super(`the CJK font for PDFs is missing (${detail}): run npm ci to install ${FONT_PACKAGE}`);
    this.name = 'PdfFontMissingError';
  }
}

function fontFiles(): { normal: string; bold: string } {
  let packageDir: string;
  try {
    // the package exports only its index: find the fonts folder beside it
    packageDir = dirname(dirname(require.resolve(FONT_PACKAGE)));
  } catch {
    throw new PdfFontMissingError(`${FONT_PACKAGE} is not installed`);
  }
  const files = { normal: join(packageDir, 'fonts', 'NotoSansHans-Regular.otf'), bold: join(packageDir, 'fonts', 'NotoSansHans-Bold.otf') };
  for (const file of Object.values(files)) if (!existsSync(file)) throw new PdfFontMissingError(`${file} not found`);
  return files;
}

let configured = false;

function configure(): void {
  if (configured) return;
  const files = fontFiles();
  const allowed = new Set(Object.values(files));
  pdfmake.setFonts({ [PDF_FONT]: { normal: files.normal, bold: files.bold, italics: files.normal, bolditalics: files.bold } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  configured = true;
}

/**
 * PDFs are laid out on the event loop (a statement or a tally sheet takes tens to hundreds of milliseconds), and some
 * are anyone's to ask for (the owners' statements): a burst must not stall every other request behind it. So a
 * document already rendered is served again from memory (keyed by its whole definition: the same content, the same
 * bytes), at most RENDERING.running render at once, RENDERING.waiting wait their turn, and more are refused with
 * RATE_LIMITED and a second to wait (docs/architecture.md#documents).
 */
export const RENDERING = { running: 2, waiting: 16, retryAfterSeconds: 1 };
const rendered = new Lru<string, Buffer>(256, { maxWeight: 32 * 1024 * 1024, weightOf: (pdf) => pdf.length });
let running = 0;
const turns: Array<() => void> = [];

function takeTurn(): Promise<void> {
  if (running < RENDERING.running) {
    running++;
    return Promise.resolve();
  }
  if (turns.length >= RENDERING.waiting) {
    throw fail.rateLimited(`The server is printing ${running + turns.length} documents; ask again in a moment`, RENDERING.retryAfterSeconds);
  }
  return new Promise((resolve) => turns.push(resolve));
}

function passTurn(): void {
  const next = turns.shift();
  if (next) next(); // the turn passes on: as many run as before
  else running--;
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const key = createHash('sha256').update(JSON.stringify(document)).digest('base64');
  const kept = rendered.get(key);
  if (kept) return kept;
  await takeTurn();
  try {
    // the same document may have been rendered while this one waited
    const done = rendered.get(key) ?? (await pdfmake.createPdf(document).getBuffer());
    rendered.set(key, done);
    return done;
  } finally {
    passTurn();
  }
}

/** A printed A4 page in the registry's style: the CJK font, a title, sections and page numbers. */
export function pdfDocument(content: Content[], title: string): TDocumentDefinitions {
  return {
    info: { title, creator: 'Wuye Registry' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 2] },
      section: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      elected: { fontSize: 13, bold: true, margin: [0, 2, 0, 4] },
      seal: { fontSize: 9, margin: [0, 2, 0, 2] },
    },
    footer: (page: number, pages: number) => ({ text: `第 ${page} 页 / 共 ${pages} 页`, alignment: 'center', fontSize: 8, color: '#777' }),
    content,
  };
}

export function pdfSection(title: string): Content {
  return { text: title, style: 'section' };
}

export function pdfTable(headers: string[], rows: TableCell[][], widths: Array<string | number>): Content {
  return {
    // a row is never split across pages: a name or an item stays whole on one page
    table: { headerRows: 1, dontBreakRows: true, widths, body: [headers.map((h) => ({ text: h, bold: true })), ...rows] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
}

/** Where the people who sign put their names and the date. */
export function signatureLines(roles: string[]): Content {
  return {
    columns: roles.map((role) => ({ text: `${role}（签字）：________________`, fontSize: 10.5 })),
    columnGap: 12,
    margin: [0, 24, 0, 0],
  };
}
