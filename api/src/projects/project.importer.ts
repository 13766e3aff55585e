import { Policies } from '../auth/policies';
import { checkCreditCode, CREDIT_CODE_COLUMN, normaliseCreditCode } from '../firms/credit-code';
import { allowedWords, enumCode } from '../imports/columns';
import { groupBy } from '../shared/group-by';
import { matchKey, matchKeySql } from '../shared/match-key';
import { ImportKind } from '../imports/import.types';
import { createValidRows, Importer, parseDate, settleFilingRows } from '../imports/pipeline';
import { ProjectInput } from './project.inputs';
import { projectService } from './project.service';

/** the form of a number; how many decimals a field keeps is the input's own rule (DECIMAL_PLACES) */
const DECIMAL = /^\d{1,12}(\.\d{1,30})?$/;

/** Project filings from a file: the estate by name, the firm by credit code; the same estate, firm and start is a DUPLICATE. */
export const projectImporter: Importer = {
  kind: ImportKind.PROJECTS,
  policy: Policies.registryWrite,
  perEstate: false,
  checkCharacters: { firmCreditCode: CREDIT_CODE_COLUMN },

  async evaluate(ctx, rows, addError) {
    // an estate by its name as matched (matchKey): 阳光花园Ａ区 finds 阳光花园A区
    const estateKeys = [...new Set(rows.map((r) => matchKey(r.cells.estate ?? '')).filter(Boolean))];
    const firmCodes = [...new Set(rows.map((r) => normaliseCreditCode(r.cells.firmCreditCode ?? '')).filter(Boolean))];
    const estates: Array<{ id: number; key: string }> = await ctx.em.query(`SELECT id, ${matchKeySql('name')} AS key FROM estate WHERE ${matchKeySql('name')} = ANY($1)`, [estateKeys]);
    const firms: Array<{ id: number; credit_code: string }> = await ctx.em.query(`SELECT id, credit_code FROM firm WHERE credit_code = ANY($1)`, [firmCodes]);
    const firmByCode = new Map(firms.map((f) => [f.credit_code, f.id]));
    const estatesOf = groupBy(estates, (e) => e.key);
    for (const r of rows) {
      const c = r.cells;
      const dates: Record<string, string | null> = {};
      for (const field of ['contractStart', 'contractEnd']) {
        dates[field] = c[field] ? parseDate(c[field]) : null;
        if (c[field] && !dates[field]) addError(r, { field, rule: 'DATE', message: `"${c[field]}" is not a date such as 2027-01-01` });
      }
      for (const field of ['residentialFee', 'commercialFee', 'parkingFee', 'managedArea']) {
        if (c[field] && !DECIMAL.test(c[field])) addError(r, { field, rule: 'DECIMAL', message: 'must be a number such as 1.99' });
      }
      if (c.households && !/^\d{1,9}$/.test(c.households)) addError(r, { field: 'households', rule: 'INTEGER', message: 'must be a whole number' });
      const selectionMethod = enumCode('selectionMethod', c.selectionMethod ?? '');
      if (selectionMethod === null) {
        addError(r, { field: 'selectionMethod', rule: 'ONE_OF', message: `"${c.selectionMethod}" is none of 招投标, 协议 or 业主大会 (TENDER, AGREEMENT, OWNERS_ASSEMBLY)`, allowed: allowedWords('selectionMethod') });
      }
      const billingModel = enumCode('billingModel', c.billingModel ?? '');
      if (billingModel === null) addError(r, { field: 'billingModel', rule: 'ONE_OF', message: `"${c.billingModel}" is neither 包干制 nor 酬金制 (LUMP_SUM, COMMISSION)`, allowed: allowedWords('billingModel') });
      const matches = c.estate ? (estatesOf.get(matchKey(c.estate)) ?? []) : [];
      if (c.estate && matches.length === 0) addError(r, { field: 'estate', rule: 'REFERENCE', message: `no estate is named "${c.estate}"` });
      if (matches.length > 1) addError(r, { field: 'estate', rule: 'AMBIGUOUS', message: `${matches.length} estates are named "${c.estate}"`, args: { count: matches.length } });
      const firmId = c.firmCreditCode ? firmByCode.get(normaliseCreditCode(c.firmCreditCode)) : undefined;
      // a code that cannot be one says why (its length, a character, the check digit); a valid one that no firm has says that
      const codeProblem = c.firmCreditCode && !firmId ? checkCreditCode(c.firmCreditCode) : null;
      if (codeProblem) addError(r, { field: 'firmCreditCode', rule: codeProblem.rule, message: codeProblem.message });
      else if (c.firmCreditCode && !firmId) addError(r, { field: 'firmCreditCode', rule: 'FIRM_NOT_REGISTERED', message: `no registered firm has the credit code "${c.firmCreditCode}"` });
      const estateId = matches.length === 1 ? matches[0].id : 0;
      r.input = Object.assign(new ProjectInput(), {
        name: c.name,
        estateId: String(estateId),
        firmId: String(firmId ?? 0),
        projectManager: c.projectManager,
        managerPhone: c.managerPhone,
        contractStart: dates.contractStart ?? '',
        contractEnd: dates.contractEnd ?? '',
        selectionMethod: selectionMethod || undefined,
        billingModel: billingModel || undefined,
        residentialFee: c.residentialFee,
        commercialFee: c.commercialFee || null,
        parkingFee: c.parkingFee || null,
        households: Number(c.households),
        managedArea: c.managedArea,
      });
      r.identity = `${estateId}|${firmId ?? 0}|${dates.contractStart ?? ''}`;
    }
    const keyed = rows.filter((r) => r.errors.length === 0).map((r) => r.input as ProjectInput);
    const found: Array<{ id: number; key: string }> = keyed.length
      ? await ctx.em.query(
          `SELECT p.id, p.estate_id || '|' || p.firm_id || '|' || p.contract_start::text AS key
             FROM project p JOIN unnest($1::int[], $2::int[], $3::date[]) AS k(estate_id, firm_id, contract_start)
               ON p.estate_id = k.estate_id AND p.firm_id = k.firm_id AND p.contract_start = k.contract_start`,
          [keyed.map((p) => Number(p.estateId)), keyed.map((p) => Number(p.firmId)), keyed.map((p) => p.contractStart)],
        )
      : [];
    await settleFilingRows(rows, addError, new Map(found.map((p) => [p.key, String(p.id)])));
    return { rows, removed: 0, state: null };
  },

  write: (ctx, { rows }, _estateId, progress) => createValidRows<ProjectInput>(rows, (inputs) => projectService.createMany(ctx, inputs), progress),

  label: ({ cells }) => cells.name || null,
};
