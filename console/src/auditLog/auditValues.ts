/**
 * An audit event's before and after in the reader's words: each changed field with its label, enum codes in the
 * console's own words (wuye.filingStatus…), instants in China time, dates as written, amounts in 元, references
 * to records as links. Pure: takes the translate function and the Intl locale. Masked values stay as sent.
 */
import { calendarDay, CALENDAR_DATE, instantText, isInstant } from '../shared/formats';
import { yuan } from '../shared/money';
import { changedFieldNames, fieldLabel, isEmptyValue as isEmpty, type Translate } from './auditWords';

/** A value as text, or a record the console can open (shown by its name). */
export type AuditValue = { text: string } | { resource: string; id: string };

export interface AuditRow {
  field: string;
  label: string;
  before: AuditValue;
  after: AuditValue;
}

const EMPTY = '—';
const ENUM_CODE = /^[A-Z][A-Z0-9_]*$/;

/** The translation groups of a field's codes, where the field's name is not the group's. */
const FIELD_GROUPS: Record<string, string[]> = {
  status: ['firmStatus', 'withdrawalStatus', 'periodStatus', 'meetingIssueStatus', 'assessmentState', 'schemeState'],
  state: ['assessmentState', 'schemeState'],
  phase: ['electionPhase', 'resolutionPhase'],
  kind: ['electionKind', 'committeeFilingKind', 'materialKind', 'partyOrganisationKind', 'checkKind', 'ownerKind'],
  result: ['checkResult'],
  method: ['votingMethod'],
  position: ['committeePosition'],
  choice: ['resolutionChoice'],
  choices: ['resolutionChoice'],
  outcome: ['resolutionOutcome'],
  direction: ['entryDirection'],
  category: ['entryCategory', 'withdrawalCategory'],
  scopes: ['scope'],
  raisedBy: ['meetingParty'],
  party: ['meetingParty'],
  ownerParty: ['meetingParty'],
  place: ['redBlackPlace'],
  level: ['demonstrationLevel'],
  reviewingBody: ['reviewingBody'],
  assessingBody: ['assessingBody'],
};
/** Where one field means different things by record type, the record's group comes first. */
const TYPE_GROUPS: Record<string, Record<string, string>> = {
  Firm: { status: 'firmStatus' },
  RepairFundWithdrawal: { status: 'withdrawalStatus', category: 'withdrawalCategory' },
  AccountPeriod: { status: 'periodStatus' },
  FivePartyIssue: { status: 'meetingIssueStatus' },
  Assessment: { status: 'assessmentState', state: 'assessmentState' },
  AssessmentScheme: { status: 'schemeState', state: 'schemeState' },
  Election: { phase: 'electionPhase', kind: 'electionKind' },
  Resolution: { phase: 'resolutionPhase', outcome: 'resolutionOutcome' },
  CommitteeFiling: { kind: 'committeeFilingKind' },
  PartyOrganisation: { kind: 'partyOrganisationKind' },
  Owner: { kind: 'ownerKind' },
  AccountEntry: { category: 'entryCategory' },
};

/** Fields holding the id of a record the console shows, and that record's resource. */
const REFERENCES: Record<string, string> = {
  firmId: 'firms',
  projectId: 'projects',
  estateId: 'estates',
  electionId: 'elections',
  candidateId: 'candidates',
  resolutionId: 'resolutions',
  committeeId: 'committees',
  committeeFilingId: 'committeeFilings',
  fundId: 'repairFunds',
  accountId: 'committeeAccounts',
  meetingId: 'fivePartyMeetings',
  campaignId: 'campaigns',
  schemeId: 'assessmentSchemes',
  districtId: 'districts',
  subdistrictId: 'subdistricts',
  communityId: 'communities',
};

/** The audited record types with a show page, by resource. */
const SHOWN_TYPES: Record<string, string> = {
  Firm: 'firms',
  Project: 'projects',
  Estate: 'estates',
  Election: 'elections',
  Candidate: 'candidates',
  Resolution: 'resolutions',
  Committee: 'committees',
  CommitteeFiling: 'committeeFilings',
  CommitteeAccount: 'committeeAccounts',
  RepairFund: 'repairFunds',
  PartyOrganisation: 'partyOrganisations',
  FivePartyMeeting: 'fivePartyMeetings',
  Campaign: 'campaigns',
  Assessment: 'assessments',
  AssessmentScheme: 'assessmentSchemes',
};

/** The console path of the audited record's show page, or undefined where the console has none. */
export function recordPath(entityType: string, entityId: string | number | null | undefined): string | undefined {
  const resource = SHOWN_TYPES[entityType];
  return resource && entityId !== null && entityId !== undefined && entityId !== '' ? `/${resource}/${entityId}/show` : undefined;
}

/** An enum code in the words the console uses for it elsewhere, or the code where it has none. */
function codeWords(field: string, code: string, entityType: string, t: Translate): string {
  if (field === 'role') return t(`wuye.role.${code.toLowerCase()}`, { _: code });
  const missing = '\u0000';
  const groups = [TYPE_GROUPS[entityType]?.[field], ...(FIELD_GROUPS[field] ?? []), field].filter((g): g is string => !!g);
  for (const group of groups) {
    const words = t(`wuye.${group}.${code}`, { _: missing });
    if (words !== missing) return words;
  }
  return code;
}

/** An amount kept in fen (integer) as 元. */
function fenText(value: number | string): string {
  const text = String(value);
  const match = /^(-?)(\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[2].padStart(3, '0');
  return yuan(`${match[1]}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}

/** One value as text: nested objects as 「标签：值」 pairs, lists item by item (objects one to a line). */
export function auditValueText(field: string, value: unknown, entityType: string, t: Translate, locale: string): string {
  if (isEmpty(value)) return EMPTY;
  if (typeof value === 'boolean') return t(`ra.boolean.${value}`);
  if (Array.isArray(value)) {
    const items = value.map((item) => auditValueText(field, item, entityType, t, locale));
    return items.join(value.some((item) => item && typeof item === 'object') ? '\n' : t('wuye.auditLog.separator', { _: '、' }));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, inner]) => !isEmpty(inner) && key !== 'version')
      .map(([key, inner]) => t('wuye.auditLog.pair', { field: fieldLabel(key, t), value: auditValueText(key, inner, entityType, t, locale) }))
      .join(t('wuye.auditLog.pair_separator', { _: '；' }));
  }
  if (/Fen$/.test(field) && (typeof value === 'number' || /^-?\d+$/.test(String(value)))) return fenText(value as number | string);
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) return calendarDay(value, locale);
    if (isInstant(value)) return instantText(value, locale);
    if (ENUM_CODE.test(value)) return codeWords(field, value, entityType, t);
    return value;
  }
  if (typeof value === 'number' && /Id$/.test(field)) return t('wuye.auditLog.id_value', { id: value });
  return String(value);
}

/** A person an event names by id (createdById, decidedById, …), as the API names them (AuditEvent.people). */
export interface AuditPerson {
  id: string;
  name: string;
}

function auditValue(field: string, value: unknown, entityType: string, t: Translate, locale: string, people: readonly AuditPerson[]): AuditValue {
  // a person by name, not by number: most readers may not open accounts (the new user's walk: 创建人 编号 2)
  const person = /ById$/.test(field) && !isEmpty(value) ? people.find((p) => p.id === String(value)) : undefined;
  if (person) return { text: person.name };
  const resource = REFERENCES[field];
  if (resource && !isEmpty(value) && (typeof value === 'number' || typeof value === 'string')) return { resource, id: String(value) };
  return { text: auditValueText(field, value, entityType, t, locale) };
}

/** The fields an event changed (a creation: the fields it filled), each labelled, before and after in words. */
export function auditRows(before: unknown, after: unknown, entityType: string, t: Translate, locale: string, people: readonly AuditPerson[] = []): AuditRow[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return changedFieldNames(before, after).map((field) => ({
      field,
      label: fieldLabel(field, t),
      before: auditValue(field, b[field], entityType, t, locale, people),
      after: auditValue(field, a[field], entityType, t, locale, people),
    }));
}
