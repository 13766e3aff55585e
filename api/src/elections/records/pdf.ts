import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { NOTICE_FONT } from './result-notice';

/**
 * Server-side PDFs with a CJK font that npm installs (@embedpdf/fonts-sc: Noto Sans SC, OFL), so `npm ci`
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
  pdfmake.setFonts({ [NOTICE_FONT]: { normal: files.normal, bold: files.bold, italics: files.normal, bolditalics: files.bold } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  configured = true;
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(document).getBuffer();
}
