import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from '../i18n/en';
import zh from '../i18n/zh';
import { errorText, refusalRule } from './errorText';

const translator = (messages: object, locale: string) => {
  const provider = polyglotI18nProvider(() => messages as never, locale, [], { allowMissing: true });
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};
const zhText = (error: unknown) => errorText(error, translator(zh, 'zh-CN'), 'zh-CN');
const enText = (error: unknown) => errorText(error, translator(en, 'en'), 'en');

/** A refused move as the data provider hands it on: the code's message key, the extensions in the body. */
const refused = (serverMessage: string, extensions: Record<string, unknown>) => ({
  message: 'wuye.errors.INVALID_TRANSITION',
  body: { code: 'INVALID_TRANSITION', serverMessage, entity: 'Election', id: '7', from: 'ELIGIBILITY_REVIEW', action: 'moved by PUBLISH_CANDIDATES', ...extensions },
});

describe('a refused move in the user’s words', () => {
  it.each([
    [
      refused('Election 7 is ELIGIBILITY_REVIEW: it cannot be moved by PUBLISH_CANDIDATES: 1 candidate(s) still await a decision', { rule: 'CANDIDATES_UNDECIDED', count: 1 }),
      '还有 1 名候选人未作资格结论：请先完成资格审查',
      '1 candidate(s) still await an eligibility decision: finish the review first',
    ],
    [
      refused('Election 7 is NOMINATION: it cannot be moved by CLOSE_NOMINATION: nobody has been nominated', { rule: 'NO_CANDIDATES' }),
      '尚无候选人：请先推荐候选人',
      'Nobody has been nominated: nominate candidates first',
    ],
    [
      refused('Election 7 is CANDIDATE_PUBLICITY: it cannot be moved by OPEN_VOTING: the objection window runs until 2026-12-10', { rule: 'OBJECTION_WINDOW_RUNNING', endsOn: '2026-12-10' }),
      '异议公示期至 2026-12-10 结束，之后方可开始投票',
      'The objection window runs until 2026-12-10; voting can open after it',
    ],
    [
      refused('Election 7 is CANDIDATE_PUBLICITY: it cannot be moved by OPEN_VOTING: candidate(s) 张三, 李四 hold no unit', { rule: 'CANDIDATES_OFF_ROLL', names: ['张三', '李四'] }),
      '候选人 张三、李四 在业主名册上已无房屋：请先重新审查其资格',
      '张三, 李四 no longer hold a unit on the owner roll: review them again first',
    ],
  ])('%#: by its rule and figures, in Chinese and in English', (error, chinese, english) => {
    expect(zhText(error)).toBe(chinese);
    expect(enText(error)).toBe(english);
  });

  it('a publicity planned too short: on the show page the move says to extend it in Edit; at the edit page’s field, only the rule', () => {
    const move = refused('Election 7 is ELIGIBILITY_REVIEW: it cannot be moved by PUBLISH_CANDIDATES: the publicity lasts 5 days at least', { rule: 'CANDIDATE_PUBLICITY_BELOW_MINIMUM', minDays: 5 });
    expect(zhText(move)).toBe('候选人公示期（异议期）不得少于 5 天：请先在“编辑”中延长公示期');
    expect(enText(move)).toBe('The candidates’ publicity (objection window) lasts at least 5 days: extend it first (Edit)');
    const atField = { message: 'wuye.errors.BAD_USER_INPUT', body: { code: 'BAD_USER_INPUT', serverMessage: 'Invalid input', fieldErrors: [{ field: 'phases[0].endsOn', rule: 'CANDIDATE_PUBLICITY_BELOW_MINIMUM', message: 'the publicity lasts 5 days at least', args: { minDays: 5 } }] } };
    expect(zhText(atField)).toBe('表单有误：候选人公示期（异议期）不得少于 5 天');
    expect(zhText(atField)).not.toMatch(/编辑/);
  });

  it('every move rule’s words name the step the rule alone does not, in both languages', () => {
    expect(Object.keys(en.wuye.moveRules).sort()).toEqual(Object.keys(zh.wuye.moveRules).sort());
    for (const rule of Object.keys(zh.wuye.moveRules)) expect(zh.wuye.rules).toHaveProperty(rule);
  });

  it('falls back to the server’s reason for a rule the console has no words for', () => {
    const error = refused('Election 7 is COUNTING: it cannot be moved by CERTIFY: a reason from a newer server', { rule: 'SOME_NEWER_RULE' });
    expect(zhText(error)).toBe('记录当前的状态不能执行此操作 (a reason from a newer server)');
  });

  it('keeps the translated code of an error that is not a refused move', () => {
    expect(zhText({ message: 'wuye.errors.NOT_FOUND', body: { code: 'NOT_FOUND', serverMessage: 'Election 7 does not exist' } })).toBe(zh.wuye.errors.NOT_FOUND);
  });
});

describe('a record that exists already, in the user’s words', () => {
  it('a new election for an estate with one running: said so (the server sends its id, no rule)', () => {
    const error = { message: 'wuye.errors.ALREADY_EXISTS', body: { code: 'ALREADY_EXISTS', serverMessage: 'Election 4 of this estate is still running', rule: 'ELECTION_RUNNING', electionId: '4' } };
    expect(refusalRule(error)).toBe('ELECTION_RUNNING');
    expect(zhText(error)).toBe(zh.wuye.rules.ELECTION_RUNNING);
    expect(zhText(error)).toMatch(/^该小区已有进行中的选举/);
    expect(enText(error)).toBe(en.wuye.rules.ELECTION_RUNNING);
  });

  it('one that names its rule is said by it (a tie settled already)', () => {
    const error = { message: 'wuye.errors.ALREADY_EXISTS', body: { code: 'ALREADY_EXISTS', serverMessage: 'already settled', rule: 'TIE_ALREADY_SETTLED', electionId: '4' } };
    expect(refusalRule(error)).toBe('TIE_ALREADY_SETTLED');
    expect(zhText(error)).toBe(zh.wuye.rules.TIE_ALREADY_SETTLED);
  });

  it('others keep the code’s words', () => {
    const error = { message: 'wuye.errors.ALREADY_EXISTS', body: { code: 'ALREADY_EXISTS', serverMessage: 'exists', field: 'name' } };
    expect(refusalRule(error)).toBeUndefined();
    expect(zhText(error)).toBe(zh.wuye.errors.ALREADY_EXISTS);
  });
});

describe('a refusal by an announced period says its day', () => {
  it('the result publicity not begun names its first day, in both languages', () => {
    const error = refused('Election 7 is COUNTING: it cannot be moved by PUBLISH_RESULT: the result publicity was announced to begin on 2026-06-01', {
      rule: 'RESULT_PUBLICITY_NOT_STARTED',
      phase: 'RESULT_PUBLICITY',
      startsOn: '2026-06-01',
      endsOn: '2026-06-07',
    });
    expect(zhText(error)).toBe('尚未到公告的结果公示开始日期（2026-06-01）');
    expect(enText(error)).toBe('The announced publicity of the result begins on 2026-06-01');
  });

  it('a nomination made after the period names its last day at the field', () => {
    const error = { message: 'wuye.errors.BAD_USER_INPUT', body: { code: 'BAD_USER_INPUT', serverMessage: 'Invalid input', fieldErrors: [{ field: 'nominatedOn', rule: 'NOMINATION_PERIOD_ENDED', message: 'nomination ended on 2026-05-01', args: { startsOn: '2026-04-20', endsOn: '2026-05-01' } }] } };
    expect(zhText(error)).toContain('公告的提名期间已于 2026-05-01 结束');
  });
});

describe('a record in the way of one input is said as that input’s problem', () => {
  it('the estate’s book opened meanwhile: its rule’s words', () => {
    const error = { message: 'wuye.errors.ALREADY_EXISTS', body: { code: 'ALREADY_EXISTS', serverMessage: 'exists', field: 'estateId', rule: 'COMMITTEE_ACCOUNT_EXISTS', fieldErrors: [{ field: 'estateId', rule: 'COMMITTEE_ACCOUNT_EXISTS', message: 'exists' }] } };
    expect(refusalRule(error)).toBeUndefined();
    expect(zhText(error)).toContain(zh.wuye.rules.COMMITTEE_ACCOUNT_EXISTS);
  });
});

describe('refused input in the user’s words', () => {
  const badInput = (fieldErrors: Array<{ field: string; rule: string; message: string; args?: Record<string, unknown> }>) => ({ message: 'wuye.errors.BAD_USER_INPUT', body: { code: 'BAD_USER_INPUT', serverMessage: 'Invalid input', fieldErrors } });

  it('says each problem found, once, whether or not an input shows its field', () => {
    const error = badInput([
      { field: 'phases[1].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT', message: 'x' },
      { field: 'phases[2].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT', message: 'x' },
      { field: 'title', rule: 'INVISIBLE_TEXT', message: 'U+200B' },
    ]);
    expect(zhText(error)).toBe(`表单有误：${zh.wuye.rules.VOTING_NOTICE_TOO_SHORT}；${zh.wuye.rules.INVISIBLE_TEXT}`);
    expect(enText(error)).toBe(`The form has errors: ${en.wuye.rules.VOTING_NOTICE_TOO_SHORT}; ${en.wuye.rules.INVISIBLE_TEXT}`);
  });

  it('a spending the book cannot pay says what the book holds', () => {
    const error = badInput([{ field: 'amount', rule: 'BOOK_BALANCE_SHORT', message: 'the book holds 12.50 元 of public income: it cannot pay out more', args: { balance: '12.50' } }]);
    expect(zhText(error)).toBe('表单有误：公共收益账户余额 12.50 元，不足以支付此笔支出：请减少金额，或先记入已收到的收入');
    expect(enText(error)).toMatch(/^The form has errors: The book holds 12.50 yuan of public income/);
  });

  it('a generic rule says the figures the server sends, or states in its words', () => {
    expect(zhText(badInput([{ field: 'residentialFloorArea', rule: 'RANGE', message: 'must not exceed the total floor area', args: { max: '1000.00', maxOf: 'totalFloorArea' } }]))).toBe(
      '表单有误：不能大于总建筑面积（1000.00 平方米）',
    );
    expect(zhText(badInput([{ field: 'name', rule: 'TAKEN', message: 'another estate of this community has this name', args: { name: '锦绣嘉园' } }]))).toBe(
      '表单有误：已有名为「锦绣嘉园」的记录（同一社区内小区不能重名）',
    );
    expect(zhText(badInput([{ field: 'creditCode', rule: 'CREDIT_CODE_TAKEN', message: 'is already registered to another firm (湖州甲物业)', args: { firmName: '湖州甲物业', firmId: '7' } }]))).toBe(
      '表单有误：该统一社会信用代码已被企业「湖州甲物业」登记',
    );
    expect(zhText(badInput([{ field: 'name', rule: 'FIRM_NAME_TAKEN', message: 'is the name of another firm (湖州甲物业)', args: { firmName: '湖州甲物业', firmId: '7' } }]))).toBe(
      '表单有误：企业「湖州甲物业」已使用此名称（名称比对时不计空格、不可见字符和全角半角差别）',
    );
    expect(enText(badInput([{ field: 'name', rule: 'FIRM_NAME_TAKEN', message: 'is the name of another firm' }]))).toBe(
      `The form has errors: ${en.wuye.rules.FIRM_NAME_TAKEN}`,
    );
    expect(zhText(badInput([{ field: 'statementDueDays', rule: 'RANGE', message: 'must be from 1 to 366 days', args: { min: 1, max: 366 } }]))).toBe('表单有误：应在 1 至 366 之间');
    expect(zhText(badInput([{ field: 'note', rule: 'LENGTH', message: 'must be at most 500 characters', args: { max: 500 } }]))).toBe('表单有误：最多 500 个字符');
    expect(enText(badInput([{ field: 'name', rule: 'LENGTH', message: 'must be at most 100 characters', args: { max: 100 } }]))).toBe('The form has errors: at most 100 characters');
    expect(zhText(badInput([{ field: 'phases[3].startsOn', rule: 'VOTING_NOTICE_TOO_SHORT', message: 'voting is announced for the first time, 15 days ahead: its first day is 2026-12-20 or later', args: { noticeDays: 15, earliest: '2026-12-20' } }]))).toBe(
      '表单有误：业主大会投票须提前15日公告：投票开始日期最早为 2026-12-20',
    );
    // no figures: the rule's plain words, as before
    expect(zhText(badInput([{ field: 'x', rule: 'RANGE', message: 'must be a kept position' }]))).toBe(`表单有误：${zh.wuye.rules.RANGE}`);
  });

  // the figures come from the refusal's args alone: the English words may be reworded for integrators at any time
  it.each<[string, string, Record<string, unknown>, string]>([
    ['RANGE', 'must be from 1 to 366 days', { min: 1, max: 366 }, '应在 1 至 366 之间'],
    ['LENGTH', 'must be at most 500 characters', { max: 500 }, '最多 500 个字符'],
    ['DECIMAL_PLACES', 'must have at most 2 decimal places', { places: 2 }, '最多保留 2 位小数，不会四舍五入'],
    ['BOOK_BALANCE_SHORT', 'the book holds 12.50 元 of public income: it cannot pay out more', { balance: '12.50' }, '公共收益账户余额 12.50 元，不足以支付此笔支出：请减少金额，或先记入已收到的收入'],
    ['CANDIDATE_PUBLICITY_BELOW_MINIMUM', 'the candidates’ publicity from 2026-12-01 to 2026-12-03 lasts 3 day(s): it lasts 7 days at least', { minDays: 7 }, '候选人公示期（异议期）不得少于 7 天'],
    ['VOTING_NOTICE_TOO_SHORT', 'voting is announced for the first time, 15 days ahead: its first day is 2026-12-20 or later', { noticeDays: 15, earliest: '2026-12-20' }, '业主大会投票须提前15日公告：投票开始日期最早为 2026-12-20'],
    ['HOLIDAY_YEAR', "the law's holidays are computed for 2008 to 2100", { from: 2008, to: 2100 }, '法定节假日只能计算 2008 年至 2100 年：请填写此范围内的年份'],
    ['TAKE_RANGE', 'must be from 1 to 200', { min: 1, max: 200 }, '每页条数应在 1 至 200 之间'],
    ['BALLOT_TOO_MANY_CHOICES', 'approves 8 candidates for 7 seats', { count: 8, seats: 7 }, '同意了 8 名候选人，多于应选的 7 名'],
    ['TIE_CHOICE_COUNT', '1 seat(s) were left to the tie: choose exactly that many, not 2', { seatsLeft: 1, count: 2 }, '末位剩余 1 个名额，须确定 1 人，而不是 2 人'],
    ['COMMITTEE_SIZE', 'a committee has an odd number of members from 5 to 11, got 4', { min: 5, max: 11, size: 4 }, '委员应为 5 至 11 人的单数，现为 4 人'],
  ])('%s: its words say the figures sent in args, and never figures read from its English message', (rule, message, args, words) => {
    expect(zhText(badInput([{ field: 'x', rule, message: 'reworded for integrators', args }]))).toBe(`表单有误：${words}`);
    // the same English words without args: the figures in the message are left unread
    expect(zhText(badInput([{ field: 'x', rule, message }]))).not.toBe(`表单有误：${words}`);
  });

  it('falls back to the server’s words for a rule the console has none for', () => {
    expect(enText(badInput([{ field: 'x', rule: 'NOT_A_KNOWN_RULE', message: 'the server says why' }]))).toBe('The form has errors: the server says why');
  });

  it('without field errors is the code’s words', () => {
    expect(zhText({ message: 'wuye.errors.BAD_USER_INPUT', body: { code: 'BAD_USER_INPUT', serverMessage: 'Invalid input' } })).toBe(zh.wuye.errors.BAD_USER_INPUT);
  });
});

describe('refused input a dialog shows beside its inputs', () => {
  const error = {
    message: 'wuye.errors.BAD_USER_INPUT',
    body: { code: 'BAD_USER_INPUT', serverMessage: 'Invalid input', fieldErrors: [{ field: 'decidedOn', rule: 'DECIDED_ON_FUTURE', message: 'x' }, { field: 'electionId', rule: 'ID', message: 'y' }] },
  };
  const zhShown = (shown: string[]) => errorText(error, translator(zh, 'zh-CN'), 'zh-CN', (field) => shown.includes(field));

  it('is not said again: only the problems no input shows are', () => {
    expect(zhShown(['decidedOn'])).toBe(`表单有误：${zh.wuye.rules.ID}`);
  });

  it('all shown, the alert points to them', () => {
    expect(zhShown(['decidedOn', 'electionId'])).toBe(zh.wuye.errors.BAD_USER_INPUT);
  });
});

describe('the password policy’s rules (api/src/accounts/password-policy.ts), checked as typed', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: has words for each', (_lang, messages) => {
    const rules = (messages as typeof zh).wuye.rules as Record<string, string>;
    for (const rule of ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_HAS_USERNAME', 'PASSWORD_UNCHANGED']) expect([rule, rules[rule]]).toEqual([rule, expect.any(String)]);
  });
});
