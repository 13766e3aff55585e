import { Matter } from '../elections/thresholds';
import { purposeProblem, ResolutionPurpose as P } from './resolution-purposes';

describe('a cited resolution decides what it is cited for', () => {
  it.each([
    [P.SPENDING_ABOVE_LIMIT, Matter.OTHER_MAJOR_MATTER, null],
    [P.SPENDING_ABOVE_LIMIT, Matter.RAISE_MAINTENANCE_FUND, 'RESOLUTION_MATTER_NOT_SPENDING'],
    [P.SPENDING_ABOVE_LIMIT, Matter.USE_MAINTENANCE_FUND, 'RESOLUTION_MATTER_NOT_SPENDING'],
    [P.SPENDING_ABOVE_LIMIT, Matter.REBUILD, 'RESOLUTION_MATTER_NOT_SPENDING'],
    [P.SPENDING_ABOVE_LIMIT, Matter.CHANGE_USE_OF_COMMON_PARTS, 'RESOLUTION_MATTER_NOT_SPENDING'],
    [P.SPENDING_ABOVE_LIMIT, Matter.ELECT_OR_REPLACE_COMMITTEE, 'RESOLUTION_MATTER_NOT_SPENDING'],
    [P.REPAIR_FUND_FEE, Matter.RAISE_MAINTENANCE_FUND, null],
    [P.REPAIR_FUND_FEE, Matter.OTHER_MAJOR_MATTER, null],
    [P.REPAIR_FUND_FEE, Matter.USE_MAINTENANCE_FUND, 'RESOLUTION_MATTER_NOT_FEE'],
    [P.REPAIR_FUND_FEE, Matter.REBUILD, 'RESOLUTION_MATTER_NOT_FEE'],
    [P.REPAIR_FUND_FEE, Matter.HIRE_OR_DISMISS_MANAGER, 'RESOLUTION_MATTER_NOT_FEE'],
  ])('%s citing matter %s → %s', (purpose, matter, rule) => {
    expect(purposeProblem(purpose, matter)?.rule ?? null).toBe(rule);
  });

  it('says which matter it takes', () => {
    expect(purposeProblem(P.SPENDING_ABOVE_LIMIT, Matter.REBUILD)?.message).toBe(
      'a resolution of matter (7) does not decide spending public income above the committee’s limit: it takes matter (9)',
    );
  });
});
