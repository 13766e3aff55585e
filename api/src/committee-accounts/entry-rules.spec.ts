import { entryEffect, EntryJudgement, familyOutflowFen, judgeEntry } from './entry-rules';

const LIMIT = 500_000; // 5 000 元
const alone = (direction: 'INCOME' | 'SPENDING'): EntryJudgement['together'] => ({ othersFen: 0, familyCountedFen: 0, familyDirection: direction, covered: false });

describe('an entry is judged by what it does to the balance, not by its direction’s name', () => {
  it.each([
    ['income', 'INCOME', 100, 'RAISES'],
    ['income taken back', 'INCOME', -100, 'LOWERS'],
    ['spending', 'SPENDING', 100, 'LOWERS'],
    ['spending taken back', 'SPENDING', -100, 'RAISES'],
  ] as const)('%s %s', (_, direction, amountFen, effect) => {
    expect(entryEffect(direction, amountFen)).toBe(effect);
  });

  it.each([
    ['what a spending family pays out is its amount as corrected', 'SPENDING', 300_000, 300_000],
    ['an income family pays out only what its corrections took back', 'INCOME', -200_000, 200_000],
    ['income corrections adding more pay nothing out, and never offset a payee’s spending', 'INCOME', 150_000, 0],
  ] as const)('%s', (_, direction, counted, out) => {
    expect(familyOutflowFen(direction, counted)).toBe(out);
  });

  type Row = [string, 'INCOME' | 'SPENDING', number, boolean, Partial<EntryJudgement['together']>, string | null, boolean];
  it.each<Row>([
    // raising the balance: the income rules, whatever the direction
    ['income within the limit counts at once', 'INCOME', 500_000, false, {}, null, false],
    ['income above the limit waits for the sign-off (F2)', 'INCOME', 500_001, false, {}, null, true],
    ['a correction adding income waits for the sign-off, however small', 'INCOME', 1, true, {}, null, true],
    ['a correction taking spending back raises the balance: it waits for the sign-off, however small', 'SPENDING', -1, true, { familyDirection: 'SPENDING', familyCountedFen: 100 }, null, true],
    ['taking back a spending the owners authorised waits for the sign-off too', 'SPENDING', -100_000, true, { familyDirection: 'SPENDING', familyCountedFen: 800_000, covered: true }, null, true],
    // lowering the balance: the spending rules, whatever the direction
    ['spending within the limit: the committee decides alone', 'SPENDING', 500_000, false, {}, null, false],
    ['spending above the limit: the owners’ resolution and the sign-off', 'SPENDING', 500_001, false, {}, 'RESOLUTION_REQUIRED', true],
    ['taking income back within the limit: the committee decides alone', 'INCOME', -500_000, true, { familyDirection: 'INCOME' }, null, false],
    ['taking income back above the limit: the sign-off, no resolution (a record corrected, nothing authorised)', 'INCOME', -500_001, true, { familyDirection: 'INCOME' }, null, true],
    ['income taken back in parts counts together: above the limit, the sign-off', 'INCOME', -300_000, true, { familyDirection: 'INCOME', familyCountedFen: -300_000 }, null, true],
    ['income taken back after some was added back counts what is taken back net', 'INCOME', -300_000, true, { familyDirection: 'INCOME', familyCountedFen: 100_000 }, null, false],
    ['income taken back counts with this quarter’s spending to the same payee', 'INCOME', -300_000, true, { familyDirection: 'INCOME', othersFen: 300_000 }, null, true],
    ['spending counts with income taken back from the same payee', 'SPENDING', 300_000, false, { othersFen: 300_000 }, 'SPENDING_COUNTED_TOGETHER', true],
    ['spending to a payee income came from is not offset by that income', 'SPENDING', 300_000, false, { othersFen: 0 }, null, false],
    ['a correction raising a spending counts with it', 'SPENDING', 100_000, true, { familyDirection: 'SPENDING', familyCountedFen: 450_000 }, 'SPENDING_COUNTED_TOGETHER', true],
    ['a correction raising an authorised spending waits for the sign-off again', 'SPENDING', 100_000, true, { familyDirection: 'SPENDING', familyCountedFen: 800_000, covered: true }, null, true],
    ['taking back income under a resolution-covered take-back waits for the sign-off', 'INCOME', -100, true, { familyDirection: 'INCOME', covered: true }, null, true],
  ])('%s', (_, direction, amountFen, isCorrection, together, resolutionRule, signOffRequired) => {
    const ruling = judgeEntry({ direction, amountFen, isCorrection, limitFen: LIMIT, together: { ...alone(direction), ...together } });
    expect({ resolutionRule: ruling.resolutionRule, signOffRequired: ruling.signOffRequired }).toEqual({ resolutionRule, signOffRequired });
  });
});
