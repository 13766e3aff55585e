import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MaterialKind, REQUIRED_MATERIALS } from '../committees/filing-material.entity';

/** The names a street office's scans of each required material carry in the demo. */
const FILE_NAMES: Record<MaterialKind, string> = {
  [MaterialKind.MINUTES]: '业主大会会议记录和决定.pdf',
  [MaterialKind.COVENANT]: '管理规约.pdf',
  [MaterialKind.RULES_OF_PROCEDURE]: '业主大会议事规则.pdf',
  [MaterialKind.MEMBER_LIST]: '业主委员会委员名单.pdf',
  [MaterialKind.OTHER]: '其他材料.pdf',
};

/**
 * A one-page PDF saying it stands in for a scan (Latin text in a standard font, so a few hundred bytes a file where
 * the CJK font would embed ~90 KB into each of ~400 files); its cross-reference offsets are counted, so readers open it.
 */
export function placeholderPdf(line: string): Buffer {
  const text = line.replace(/[\\()]/g, '\\$&');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Every demo committee filing that was submitted carries the four required materials (docs/domain-rules.md#committee-filing):
 * a filing is submitted only with them, so the demo's submitted and approved filings have them too, uploaded by the
 * street office an hour before it submitted. Before, the seed wrote those filings bare, and a registrar could approve one.
 */
export async function seedFilingMaterials(em: EntityManager, officerId: number): Promise<number> {
  let written = 0;
  for (const kind of REQUIRED_MATERIALS) {
    const content = placeholderPdf(`Wuye Registry demo data: ${kind} (stands in for the street office's scan)`);
    const sha256 = crypto.createHash('sha256').update(content).digest();
    const rows: unknown[] = await em.query(
      `INSERT INTO filing_material (committee_filing_id, kind, file_name, content_type, size_bytes, sha256, content, uploaded_by_id, created_at, updated_at)
       SELECT id, $1, $2, 'application/pdf', $3, $4, $5, $6, submitted_at - interval '1 hour', submitted_at - interval '1 hour'
         FROM committee_filing WHERE submitted_at IS NOT NULL ORDER BY id
       RETURNING id`,
      [kind, FILE_NAMES[kind], content.length, sha256, content, officerId],
    );
    written += rows.length;
  }
  return written;
}
