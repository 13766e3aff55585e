import { isInTheRunning, isStanding, standingSql } from './standing';

describe('a standing candidate and one still in the running', () => {
  it.each([
    ['ELIGIBLE', false, true, true],
    ['ELIGIBLE', true, false, false],
    ['NOT_YET_ELIGIBLE', false, false, true],
    ['NOT_YET_ELIGIBLE', true, false, false],
    ['INELIGIBLE', false, false, false],
    ['INELIGIBLE', true, false, false],
  ])('%s, withdrawn %p: standing %p, in the running %p', (decision, withdrawn, standing, running) => {
    expect(isStanding({ decision, withdrawn })).toBe(standing);
    expect(isInTheRunning({ decision, withdrawn })).toBe(running);
  });

  it('says the same in SQL, qualified by the alias', () => {
    expect(standingSql('c')).toBe(`(c.decision = 'ELIGIBLE' AND NOT c.withdrawn)`);
  });
});
