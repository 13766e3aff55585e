import { DEFAULT_CHECKLIST_V1 } from '../../../api/src/eligibility/checklist';
import { recordingOutcome } from './outcome';

/** The built-in checklist as the console reads it (candidate { checklist { items } }). */
const items = DEFAULT_CHECKLIST_V1.items.map((i) => ({ key: i.key, kind: i.kind, titleZh: i.title.zh, titleEn: i.title.en, suggestedReviewers: [...i.suggestedReviewers] }));
const allPass = items.map((i) => ({ itemKey: i.key, result: 'PASS', overrideReason: null }));
const except = (itemKey: string) => allPass.filter((c) => c.itemKey !== itemKey);

describe('what recording a result would leave the candidate at (the server’s rule)', () => {
  it('a disqualifying (不能) fail: ineligible, naming that item', () => {
    expect(recordingOutcome(items, except('ORGANISED_CRIME'), [{ itemKey: 'ORGANISED_CRIME', result: 'FAIL' }])).toEqual({ decision: 'INELIGIBLE', itemKeys: ['ORGANISED_CRIME'] });
  });

  it('an unsuitable (不宜) fail: ineligible, unless accepted with a written reason', () => {
    expect(recordingOutcome(items, except('NOT_LIVING_IN_UNIT'), [{ itemKey: 'NOT_LIVING_IN_UNIT', result: 'FAIL' }])?.decision).toBe('INELIGIBLE');
    expect(recordingOutcome(items, except('NOT_LIVING_IN_UNIT'), [{ itemKey: 'NOT_LIVING_IN_UNIT', result: 'FAIL', overrideReason: '业主代表会议同意' }])).toBeNull();
  });

  it('a required (必备) fail or a pending item: not yet eligible', () => {
    expect(recordingOutcome(items, except('SIGNED_THREE_PLEDGES'), [{ itemKey: 'SIGNED_THREE_PLEDGES', result: 'FAIL' }])).toEqual({ decision: 'NOT_YET_ELIGIBLE', itemKeys: ['SIGNED_THREE_PLEDGES'] });
    expect(recordingOutcome(items, except('ORGANISED_CRIME'), [{ itemKey: 'ORGANISED_CRIME', result: 'PENDING' }])?.decision).toBe('NOT_YET_ELIGIBLE');
  });

  it('nothing to confirm when every result passes, or only earlier results hold the candidate back', () => {
    expect(recordingOutcome(items, [], allPass)).toBeNull();
    expect(recordingOutcome(items, [...except('ORGANISED_CRIME'), { itemKey: 'ORGANISED_CRIME', result: 'FAIL', overrideReason: null }], [{ itemKey: 'AGED_18_OR_OVER', result: 'PASS' }])).toBeNull();
  });

  it('the items still unanswered after this recording do not count as its own', () => {
    expect(recordingOutcome(items, [], [{ itemKey: 'ORGANISED_CRIME', result: 'PASS' }])).toBeNull();
  });
});
