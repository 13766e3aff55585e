import { ElectionAction, ElectionCancelReason, ELECTION_TRANSITIONS, ElectionPhase } from '../src/elections/election-phases';
import { electionService } from '../src/elections/election.service';
import { allowedActions } from '../src/filings/transitions';
import { contextOn } from '../src/request/context';
import { Role } from '../src/request/principal';
import { createLogger } from '../src/shared/logger';
import { outcomeOf, rolledBack, startTestApp, TestApp } from './harness';

/**
 * An election offers a caller only the moves the move accepts (round 9, class 1): what availableActions says, in a list
 * and alone, is what moving the election would do, for the demo's elections and every role. Each move is tried in a
 * transaction that is rolled back, on the server's own pool, with what the console sends with it (a reason, a note).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LIST = `query L($o: ElectionListOptions) { elections(options: $o) { items { id version phase availableActions } } }`;
const ONE = `query E($id: ID!) { election(id: $id) { id availableActions } }`;
const MOVE = `mutation M($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {
  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { id } }`;

interface Listed {
  id: string;
  version: number;
  phase: ElectionPhase;
  availableActions: ElectionAction[];
}

/** What the console sends with a move: why, where the move asks why. */
const extraOf = (action: ElectionAction) => ({
  cancelReason: action === ElectionAction.CANCEL ? ElectionCancelReason.IRREGULARITY : null,
  note: action === ElectionAction.REOPEN_REVIEW || action === ElectionAction.RECOUNT || action === ElectionAction.CANCEL ? '测试：核对异议' : null,
});

/** Whether the move accepts `action` now for this user: tried and rolled back; the refusal's code and rule otherwise. */
async function attempt(username: string, election: Listed, action: ElectionAction): Promise<string> {
  const [user]: Array<{ id: number; display_name: string; role: Role }> = await app.ds.query(`SELECT id, display_name, role FROM app_user WHERE username = $1`, [username]);
  const principal = { kind: 'user' as const, id: user.id, name: user.display_name, role: user.role, scopes: [], tokenId: 0 };
  return rolledBack(app.serverDs, async (runner) => {
    const ctx = contextOn({ principal, config: app.config, log: createLogger('silent'), stats: { sqlStatements: 0 }, clientIp: '127.0.0.1' }, runner.manager);
    try {
      await electionService.move(ctx, Number(election.id), election.version, action, extraOf(action));
      return 'ACCEPTED';
    } catch (e) {
      const ext = (e as { extensions?: Record<string, unknown> }).extensions ?? {};
      if (!ext.code) throw e;
      return `${ext.code}/${ext.rule ?? ext.reason ?? ''}`;
    }
  });
}

describe('an election offers the moves its move accepts', () => {
  it.each(['officer', 'officer2', 'officer3'])('for %s: every offered move is accepted, every held one refused, in a list and alone', async (username) => {
    const { elections } = await app.as(username, LIST, { o: { take: 100 } });
    const items = elections.items as Listed[];
    // officer3 has no subdistricts in the demo: nothing listed, nothing offered
    if (username === 'officer') expect(items.length).toBeGreaterThan(5);
    let offeredSomewhere = 0;
    let heldSomewhere = 0;
    for (const election of items) {
      const alone = (await app.as(username, ONE, { id: election.id })).election.availableActions;
      expect({ id: election.id, alone }).toEqual({ id: election.id, alone: election.availableActions });
      for (const action of allowedActions(ELECTION_TRANSITIONS, election.phase)) {
        const outcome = await attempt(username, election, action);
        const offered = election.availableActions.includes(action);
        // a move offered and refused, or accepted and not offered, names itself here
        expect({ election: election.id, phase: election.phase, action, offered, accepted: outcome === 'ACCEPTED' }).toEqual({ election: election.id, phase: election.phase, action, offered, accepted: offered });
        if (offered) offeredSomewhere++;
        else heldSomewhere++;
      }
    }
    // the demo has moves both ways for an officer of its subdistricts
    if (username === 'officer') expect([offeredSomewhere > 0, heldSomewhere > 0]).toEqual([true, true]);
  });

  it.each(['admin', 'registrar', 'manager'])('for %s: nothing is offered and the move is refused', async (username) => {
    const { elections } = await app.as(username, LIST, { o: { take: 100 } });
    for (const election of elections.items as Listed[]) {
      expect({ id: election.id, actions: election.availableActions }).toEqual({ id: election.id, actions: [] });
      const [action] = allowedActions(ELECTION_TRANSITIONS, election.phase);
      if (!action) continue;
      const result = await app.gql(MOVE, { id: election.id, version: election.version, action, cancelReason: extraOf(action).cancelReason }, await app.tokenFor(username));
      expect(outcomeOf(result)).toMatch(/^FORBIDDEN/);
    }
  });

  it('a page of elections asks its moves in the same statements, whatever its length', async () => {
    const token = await app.tokenFor('officer');
    const count = async (take: number) => (await app.gql(LIST, { o: { take, filter: { open: true } } }, token)).sqlStatements;
    const few = await count(2);
    const all = await count(100);
    expect(all).toBe(few);
  });
});
