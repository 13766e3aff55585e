import en from '../i18n/en';
import zh from '../i18n/zh';
import { recordHold, type RecordForm, type RecordHold } from './recordHold';

const ready: RecordForm = { answered: 1, reviewers: true, checkedOn: '2026-12-05', evidenceMissing: false, confirmed: true };

describe('why the review dialog’s record button is held', () => {
  it.each<[string, Partial<RecordForm>, RecordHold | null]>([
    ['everything filled in: not held', {}, null],
    ['no result chosen', { answered: 0 }, 'NO_RESULT'],
    ['no result and nothing else either: the result is asked first', { answered: 0, reviewers: false, checkedOn: '', confirmed: false }, 'NO_RESULT'],
    ['a result without its reviewer', { reviewers: false }, 'NO_REVIEWER'],
    ['no review date', { checkedOn: '' }, 'NO_CHECKED_ON'],
    ['a fail without evidence', { evidenceMissing: true }, 'NO_EVIDENCE'],
    ['a fail with evidence, its outcome not yet confirmed', { confirmed: false }, 'NOT_CONFIRMED'],
    ['several answered, one body without a reviewer', { answered: 5, reviewers: false }, 'NO_REVIEWER'],
  ])('%s', (_name, change, expected) => {
    expect(recordHold({ ...ready, ...change })).toBe(expected);
  });

  it('every hold is said in both languages', () => {
    for (const hold of ['NO_RESULT', 'NO_REVIEWER', 'NO_CHECKED_ON', 'NO_EVIDENCE', 'NOT_CONFIRMED'] as const) {
      expect(zh.wuye.review.held[hold]).toBeTruthy();
      expect(en.wuye.review.held[hold]).toBeTruthy();
    }
  });
});
