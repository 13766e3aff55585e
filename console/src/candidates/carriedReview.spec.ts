import { DEFAULT_CHECKLIST_V1 } from '../../../api/src/eligibility/checklist';
import { carriedReview, type LastRecording, startingResult } from './carriedReview';

const bodiesOf = (key: string) => DEFAULT_CHECKLIST_V1.items.find((i) => i.key === key)!.suggestedReviewers;

describe('the body and reviewer an unanswered item starts with', () => {
  it.each<[string, string, LastRecording | null, { reviewingBody: string; reviewer: string }]>([
    ['nothing recorded yet', 'SIGNED_THREE_PLEDGES', null, { reviewingBody: 'ELECTION_ORGANISER', reviewer: '' }],
    ['the organiser last, an organiser item', 'SIGNED_THREE_PLEDGES', { reviewer: '王审查', reviewingBody: 'ELECTION_ORGANISER' }, { reviewingBody: 'ELECTION_ORGANISER', reviewer: '王审查' }],
    ['the organiser last, the police check: not carried', 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', { reviewer: '王审查', reviewingBody: 'ELECTION_ORGANISER' }, { reviewingBody: 'POLICE_STATION', reviewer: '' }],
    ['the court last, the police check it may answer too', 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', { reviewer: '刘法官', reviewingBody: 'COURT' }, { reviewingBody: 'COURT', reviewer: '刘法官' }],
    ['a batch last, naming the court and the organiser: each body’s own reviewer', 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', { reviewer: '王审查', reviewingBody: 'ELECTION_ORGANISER', reviewers: { COURT: '刘法官' } }, { reviewingBody: 'COURT', reviewer: '刘法官' }],
    ['a reviewer remembered without a body: not carried', 'SIGNED_THREE_PLEDGES', { reviewer: '王审查', reviewingBody: null }, { reviewingBody: 'ELECTION_ORGANISER', reviewer: '' }],
  ])('%s', (_label, key, last, expected) => {
    expect(carriedReview(bodiesOf(key), last)).toEqual(expected);
  });
});

describe('the result an unanswered item starts with', () => {
  it.each<[string | undefined, string]>([
    [undefined, ''],
    ['PENDING', ''],
    ['PASS', 'PASS'],
    ['FAIL', 'FAIL'],
  ])('the roll says %s: %s', (says, expected) => {
    expect(startingResult(says)).toBe(expected);
  });
});
