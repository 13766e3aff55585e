import { decimalText } from './decimals';

/**
 * Form values as the API's inputs: text trimmed, cleared fields as null, decimals as exact strings, counts as
 * integers. Each resource's *.api.ts maps its form with these.
 */
const blank = (v: unknown): v is null | undefined | '' => v === null || v === undefined || v === '';

/** A form's values: the record's fields, those its inputs require (`required()`, checked before saving) present. */
export type FormValues<Rec, Required extends keyof Rec = never> = Partial<Rec> & Pick<Rec, Required>;

export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v));
export const optionalText = (v: unknown): string | null => (blank(v) || text(v) === '' ? null : text(v));
// a NumberInput's 1e-7 goes as "0.0000001": the API takes no exponent
export const decimal = (v: unknown): string | null => decimalText(v);
export const int = (v: unknown): number | null => (blank(v) ? null : Number(v));
export const id = (v: unknown): string | null => (blank(v) ? null : String(v));

// For fields the form requires: a blank one never passes react-admin's required(); should it reach the API, the
// server refuses it next to its field.
export const requiredDecimal = (v: unknown): string => decimal(v) ?? '';
export const requiredInt = (v: unknown): number => int(v) ?? 0;
export const requiredId = (v: unknown): string => id(v) ?? '';
