import { citizenIdCheckCharacter } from '../owners/citizen-id';
import { DEFAULT_CHECKLIST_V1 } from './checklist';
import { batchField, checkProblems, CheckToRecord, singleField } from './check-batch';
import type { RegisterFacts } from './register-rules';
import { registerFindings } from './register-rules';

const id18 = (birth: string) => {
  const body = `330502${birth}001`;
  return body + citizenIdCheckCharacter(body);
};
const ON = '2026-12-01';
const ADULT: RegisterFacts = { unitsInEstate: 1, organisation: false, idNumber: id18('19800301') };
const MINOR: RegisterFacts = { unitsInEstate: 1, organisation: false, idNumber: id18('20120601') };
const NO_UNIT: RegisterFacts = { unitsInEstate: 0, organisation: false, idNumber: id18('19800301') };
const UNKNOWN_AGE: RegisterFacts = { unitsInEstate: 2, organisation: false, idNumber: null };
const ORGANISATION: RegisterFacts = { unitsInEstate: 3, organisation: true, idNumber: null };

const pass = (itemKey: string): CheckToRecord => ({ itemKey, result: 'PASS' });

describe('the problems of a batch of checks', () => {
  it.each<[string, CheckToRecord[], RegisterFacts, Array<[string, string]>]>([
    ['every item passed, register agreeing', DEFAULT_CHECKLIST_V1.items.map((i) => pass(i.key)), ADULT, []],
    ['one item, passed', [pass('SIGNED_THREE_PLEDGES')], ADULT, []],
    ['a PASS of aged 18+ for a 14-year-old, fourth in the batch', [pass('FULL_CIVIL_CAPACITY'), pass('SIGNED_THREE_PLEDGES'), pass('ORGANISED_CRIME'), pass('AGED_18_OR_OVER')], MINOR, [['items[3].result', 'REGISTER_CONTRADICTS']]],
    ['a FAIL of aged 18+ for a 14-year-old', [{ itemKey: 'AGED_18_OR_OVER', result: 'FAIL' }], MINOR, []],
    ['a PENDING of owns a unit with no unit on the roll', [{ itemKey: 'OWNER_IN_ESTATE', result: 'PENDING' }], NO_UNIT, []],
    ['a PASS of owns a unit with no unit on the roll', [pass('OWNER_IN_ESTATE')], NO_UNIT, [['items[0].result', 'REGISTER_CONTRADICTS']]],
    ['a PASS of aged 18+ with no ID number on the roll', [pass('AGED_18_OR_OVER')], UNKNOWN_AGE, []],
    ['an item not on the checklist', [pass('SIGNED_THREE_PLEDGES'), pass('NO_SUCH_ITEM')], ADULT, [['items[1].itemKey', 'NOT_ON_CHECKLIST']]],
    ['the same item twice', [pass('ORGANISED_CRIME'), { itemKey: 'ORGANISED_CRIME', result: 'FAIL' }], ADULT, [['items[1].itemKey', 'CHECK_ITEM_TWICE']]],
    ['an override of a passed unsuitable item', [{ itemKey: 'NOT_LIVING_IN_UNIT', result: 'PASS', overrideReason: '已回迁' }], ADULT, [['items[0].overrideReason', 'OVERRIDE_NOT_ALLOWED']]],
    ['an override of a failed disqualifying item', [{ itemKey: 'ORGANISED_CRIME', result: 'FAIL', overrideReason: '经研究' }], ADULT, [['items[0].overrideReason', 'OVERRIDE_NOT_ALLOWED']]],
    ['an override of a failed unsuitable item', [{ itemKey: 'NOT_LIVING_IN_UNIT', result: 'FAIL', overrideReason: '经研究予以采纳' }], ADULT, []],
    ['the police check answered by the police', [{ itemKey: 'ORGANISED_CRIME', result: 'PASS', reviewingBody: 'POLICE_STATION' }], ADULT, []],
    ['the police check given the organiser (the batch’s body carried over)', [pass('SIGNED_THREE_PLEDGES'), { itemKey: 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', result: 'PASS', reviewingBody: 'ELECTION_ORGANISER' }], ADULT, [['items[1].reviewingBody', 'REVIEWING_BODY_NOT_FOR_ITEM']]],
    ['an item’s second suggested body', [{ itemKey: 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', result: 'PASS', reviewingBody: 'COURT' }], ADULT, []],
    ['every problem at once', [pass('OWNER_IN_ESTATE'), pass('NOPE'), { itemKey: 'ORGANISED_CRIME', result: 'PASS', overrideReason: 'x' }], NO_UNIT,
      [['items[0].result', 'REGISTER_CONTRADICTS'], ['items[1].itemKey', 'NOT_ON_CHECKLIST'], ['items[2].overrideReason', 'OVERRIDE_NOT_ALLOWED']]],
  ])('%s', (_label, checks, facts, expected) => {
    expect(checkProblems(DEFAULT_CHECKLIST_V1, checks, facts, ON, batchField).map((p) => [p.field, p.rule])).toEqual(expected);
  });

  it('names the bare field for a single check, the item in the message', () => {
    expect(checkProblems(DEFAULT_CHECKLIST_V1, [pass('AGED_18_OR_OVER')], MINOR, ON, singleField)).toEqual([
      { field: 'result', rule: 'REGISTER_CONTRADICTS', message: `AGED_18_OR_OVER: by the ID number on the roll the candidate was under 18 on ${ON}`, args: { itemKey: 'AGED_18_OR_OVER', checkedOn: ON } },
    ]);
  });
});

describe('what the register says about the items it can answer', () => {
  const both = ['OWNER_IN_ESTATE', 'AGED_18_OR_OVER', 'SIGNED_THREE_PLEDGES'];
  it.each<[string, string[], RegisterFacts, unknown[]]>([
    ['an adult holding a unit', both, ADULT, [{ itemKey: 'OWNER_IN_ESTATE', says: 'PASS', unitsInEstate: 1 }, { itemKey: 'AGED_18_OR_OVER', says: 'PASS' }]],
    ['a minor', both, MINOR, [{ itemKey: 'OWNER_IN_ESTATE', says: 'PASS', unitsInEstate: 1 }, { itemKey: 'AGED_18_OR_OVER', says: 'FAIL' }]],
    ['an owner with no unit', both, NO_UNIT, [{ itemKey: 'OWNER_IN_ESTATE', says: 'FAIL', unitsInEstate: 0 }, { itemKey: 'AGED_18_OR_OVER', says: 'PASS' }]],
    ['no ID number on the roll: it cannot tell the age', both, UNKNOWN_AGE, [{ itemKey: 'OWNER_IN_ESTATE', says: 'PASS', unitsInEstate: 2 }, { itemKey: 'AGED_18_OR_OVER', says: 'PENDING' }]],
    ['an organisation on the roll: not a person of any age', both, ORGANISATION, [{ itemKey: 'OWNER_IN_ESTATE', says: 'PASS', unitsInEstate: 3 }, { itemKey: 'AGED_18_OR_OVER', says: 'FAIL' }]],
    ['a checklist without those items', ['SIGNED_THREE_PLEDGES'], ADULT, []],
  ])('%s', (_label, keys, facts, expected) => {
    expect(registerFindings(keys, facts, ON)).toEqual(expected);
  });
});
