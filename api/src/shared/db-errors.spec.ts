import { QueryFailedError } from 'typeorm';
import { checkViolation, concurrentWrite, translateDbError } from './db-errors';

const pgError = (fields: Record<string, string>) => new QueryFailedError('INSERT …', [], Object.assign(new Error('violates check constraint'), fields));

describe('a CHECK violation is the client\'s coded mistake on its column, never a 500', () => {
  it.each([
    [{ code: '23514', table: 'firm', constraint: 'firm_name_check' }, 'name'],
    [{ code: '23514', table: 'five_party_meeting', constraint: 'five_party_meeting_summary_check' }, 'summary'],
    [{ code: '23514', table: 'committee_account_entry', constraint: 'committee_account_entry_counterparty_check1' }, 'counterparty'],
    [{ code: '23514', table: 'firm', constraint: 'firm_dates_in_order' }, 'input'],
  ])('%j → field %s', (fields, field) => {
    expect(checkViolation(pgError(fields))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule: 'CHECK' }] });
    expect(() => translateDbError(pgError(fields))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('leaves any other error alone', () => {
    expect(checkViolation(pgError({ code: '23505', table: 'firm', constraint: 'firm_credit_code_key' }))).toBeNull();
    expect(checkViolation(new Error('x'))).toBeNull();
  });
});

describe('two writes that met in the database answer CONFLICT to retry, never a 500 (attacker round 7 F10)', () => {
  it.each(['40P01', '40001'])('%s (deadlock, serialization failure) → CONFLICT / CONCURRENT_WRITE', (code) => {
    expect(concurrentWrite(pgError({ code }))?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'CONCURRENT_WRITE' });
  });

  it('leaves any other error alone', () => {
    expect(concurrentWrite(pgError({ code: '23505' }))).toBeNull();
    expect(concurrentWrite(new Error('deadlock detected'))).toBeNull();
  });
});
