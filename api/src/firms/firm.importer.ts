import { Policies } from '../auth/policies';
import { allowedWords, enumCode } from '../imports/columns';
import { ImportKind, ImportRowStatus } from '../imports/import.types';
import { createValidRows, Importer, parseDate, settleFilingRows } from '../imports/pipeline';
import { matchKey } from '../shared/match-key';
import { CREDIT_CODE_COLUMN, normaliseCreditCode } from './credit-code';
import { FirmInput } from './firm.inputs';
import { FIRM_NAME_TAKEN, firmService, firmsNamed } from './firm.service';

/** Firm filings from a file: a registered credit code is a DUPLICATE, so importing a file twice creates nothing. */
export const firmImporter: Importer = {
  kind: ImportKind.FIRMS,
  policy: Policies.registryWrite,
  perEstate: false,
  // the credit code is refused by FirmInput's own rule (IsCreditCode); the report still says the check character it calls for
  checkCharacters: { creditCode: CREDIT_CODE_COLUMN },

  async evaluate(ctx, rows, addError) {
    // by code, as a search in that order would resolve a key; `by_name`: their pinyin order, for the names a bad cell may have
    const districts: Array<{ id: number; code: string; name: string; by_name: number }> = await ctx.em.query(
      `SELECT id, code, name, row_number() OVER (ORDER BY name, id)::int AS by_name FROM district ORDER BY code`,
    );
    const allowedDistricts = [...districts].sort((a, b) => a.by_name - b.by_name).map((d) => d.name);
    // by code, full name or name without 区/县/市, written in any width and spacing (matchKey)
    const districtOf = new Map<string, number>();
    // the first district by code wins a key, as a search in that order would
    for (const d of districts) for (const key of [d.code, matchKey(d.name), matchKey(d.name.replace(/[区县市]$/, ''))]) if (!districtOf.has(key)) districtOf.set(key, d.id);
    const districtId = (text: string) => districtOf.get(matchKey(text));
    for (const r of rows) {
      const c = r.cells;
      const establishedOn = c.establishedOn ? parseDate(c.establishedOn) : null;
      if (c.establishedOn && !establishedOn) addError(r, { field: 'establishedOn', rule: 'DATE', message: `"${c.establishedOn}" is not a date such as 2015-03-18` });
      const status = enumCode('status', c.status ?? '');
      if (status === null) addError(r, { field: 'status', rule: 'ONE_OF', message: `"${c.status}" is none of 正常, 暂停 or 注销 (ACTIVE, SUSPENDED, DEREGISTERED)`, allowed: allowedWords('status') });
      const district = c.district ? districtId(c.district) : undefined;
      if (c.district && !district) {
        addError(r, { field: 'district', rule: 'REFERENCE', message: `no district is named or coded "${c.district}"`, allowed: allowedDistricts });
      }
      r.input = Object.assign(new FirmInput(), {
        name: c.name,
        creditCode: c.creditCode,
        legalRepresentative: c.legalRepresentative,
        registeredAddress: c.registeredAddress,
        contactPerson: c.contactPerson,
        contactPhone: c.contactPhone,
        establishedOn,
        districtId: String(district ?? 0),
        status: status || undefined,
      });
      r.identity = normaliseCreditCode(c.creditCode ?? '');
    }
    const codes = rows.map((r) => r.identity!).filter(Boolean);
    const found: Array<{ id: number; credit_code: string }> = await ctx.em.query(`SELECT id, credit_code FROM firm WHERE credit_code = ANY($1)`, [codes]);
    await settleFilingRows(rows, addError, new Map(found.map((f) => [f.credit_code, String(f.id)])));
    // a new firm's name may not read as a registered firm's, nor as an earlier row's (docs/domain-rules.md#firm-names)
    const fresh = rows.filter((r) => r.status === ImportRowStatus.VALID && r.input);
    const registeredNames = await firmsNamed(ctx, fresh.map((r) => (r.input as FirmInput).name));
    const rowOfName = new Map<string, number>();
    for (const r of fresh) {
      const key = matchKey((r.input as FirmInput).name);
      const holder = registeredNames.get(key);
      const earlier = rowOfName.get(key);
      if (holder) addError(r, { field: 'name', rule: FIRM_NAME_TAKEN, message: `is the name of another firm (${holder.name}, id ${holder.id})` });
      else if (earlier !== undefined) addError(r, { field: 'name', rule: FIRM_NAME_TAKEN, message: `is the name of the firm in row ${earlier}` });
      else rowOfName.set(key, r.row);
      if (holder || earlier !== undefined) r.status = ImportRowStatus.INVALID;
    }
    return { rows, removed: 0, state: null };
  },

  write: (ctx, { rows }, _estateId, progress) => createValidRows<FirmInput>(rows, (inputs) => firmService.createMany(ctx, inputs), progress),

  label: ({ cells }) => cells.creditCode || cells.name || null,
};
