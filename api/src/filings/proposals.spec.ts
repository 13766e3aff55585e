import { nextState } from './transitions';
import { confirmRefusal, PROPOSAL_TRANSITIONS, ProposalAction, proposalActions, proposalRefusal, ProposalStatus } from './proposals';

const { PENDING, CONFIRMED, REFUSED, WITHDRAWN } = ProposalStatus;
const { CONFIRM, REFUSE, WITHDRAW } = ProposalAction;

describe('a proposal’s moves', () => {
  it.each([
    [PENDING, CONFIRM, CONFIRMED],
    [PENDING, REFUSE, REFUSED],
    [PENDING, WITHDRAW, WITHDRAWN],
    [CONFIRMED, CONFIRM, null],
    [CONFIRMED, REFUSE, null],
    [CONFIRMED, WITHDRAW, null],
    [REFUSED, CONFIRM, null],
    [REFUSED, WITHDRAW, null],
    [WITHDRAWN, CONFIRM, null],
    [WITHDRAWN, REFUSE, null],
  ])('%s moved by %s → %s', (from, action, to) => {
    expect(nextState(PROPOSAL_TRANSITIONS, from, action)).toBe(to);
  });
});

describe('who decides a proposal', () => {
  it.each([
    ['the proposer may not confirm', CONFIRM, 7, 7, 'MAKER_CHECKER'],
    ['the proposer may not refuse', REFUSE, 7, 7, 'MAKER_CHECKER'],
    ['the proposer withdraws', WITHDRAW, 7, 7, null],
    ['another officer confirms', CONFIRM, 7, 9, null],
    ['another officer refuses', REFUSE, 7, 9, null],
    ['another officer may not withdraw', WITHDRAW, 7, 9, 'PROPOSER_ONLY'],
  ])('%s', (_, action, proposer, actor, refusal) => {
    expect(proposalRefusal(action, proposer, actor)).toBe(refusal);
  });

  it.each([
    ['pending, to the proposer: withdraw', PENDING, 7, 7, [WITHDRAW]],
    ['pending, to another officer: confirm or refuse', PENDING, 7, 9, [CONFIRM, REFUSE]],
    ['pending, to no officer: nothing', PENDING, 7, null, []],
    ['decided: nothing', CONFIRMED, 7, 9, []],
    ['withdrawn: nothing, even to the proposer', WITHDRAWN, 7, 7, []],
  ])('%s', (_, status, proposer, actor, actions) => {
    expect(proposalActions(status, proposer, actor)).toEqual(actions);
  });

  // a confirmation the service would refuse is not offered, and the checker is told why; refusing stays open
  it.each([
    ['stale, to another officer: refuse only', PENDING, 7, 9, 'PROPOSAL_STALE', [REFUSE], 'PROPOSAL_STALE'],
    ['proposer gone, to another officer: refuse only', PENDING, 7, 9, 'PROPOSER_GONE', [REFUSE], 'PROPOSER_GONE'],
    ['stale, to the proposer: withdraw, and it is their own', PENDING, 7, 7, 'PROPOSAL_STALE', [WITHDRAW], 'MAKER_CHECKER'],
    ['fresh, to another officer: confirm or refuse, no reason', PENDING, 7, 9, null, [CONFIRM, REFUSE], null],
    ['stale but decided: nothing, no reason', CONFIRMED, 7, 9, 'PROPOSAL_STALE', [], null],
    ['stale, to no officer: nothing, no reason', PENDING, 7, null, 'PROPOSAL_STALE', [], null],
  ] as const)('%s', (_, status, proposer, actor, blocker, actions, why) => {
    expect(proposalActions(status, proposer, actor, blocker)).toEqual(actions);
    expect(confirmRefusal(status, proposer, actor, blocker)).toBe(why);
  });
});
