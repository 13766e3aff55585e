import { admits, hasRole, Policies } from '../auth/policies';
import { READ_RULES } from '../auth/read-rules';
import { Principal, Role } from '../request/principal';

/**
 * Events recorded on a container of another type's records: their subject is that type (an owner-roll import
 * is recorded on its estate, but it is owner data).
 */
const SUBJECT_OF_ACTION: Readonly<Record<string, string>> = {
  'ownerRoll.import': 'Owner',
  // a ballot recorded says who voted, while the vote is open: the rule of votingPersons (officers, who read no log)
  'ballot.record': 'VotingPerson',
  'resolutionBallot.record': 'VotingPerson',
};

/**
 * Account administration: accounts made, their roles, activity, jurisdictions and password resets, API tokens issued,
 * limited and revoked. Shown to the overseers (`accountsOversee`) as well as to admins, so that an admin who makes two
 * deciding accounts of one person, holding both halves of a two-person control, is seen by someone who is not an
 * admin (docs/roles-and-workflows.md#oversight). Sign-ins and a person's own password changes are not administration.
 */
export const ACCOUNT_ADMINISTRATION_ACTIONS = [
  'user.bootstrap',
  'user.create',
  'user.update',
  'user.update+password',
  'user.jurisdiction',
  // proposals and their decisions (docs/roles-and-workflows.md#account-dual-control)
  'accountChange.propose',
  'accountChange.confirm',
  'accountChange.refuse',
  'accountChange.withdraw',
  'user.retireDemo',
  'apiToken.create',
  'apiToken.rateLimit',
  'apiToken.revoke',
] as const;

/**
 * The subjects (entity types) whose events the principal may read: those whose type's read rule admits them
 * (auth/read-rules.ts). A reader narrowed to a jurisdiction sees no row-scoped subject: the log is not placed on
 * estates, so it fails closed for them.
 */
export function auditSubjectsVisibleTo(principal: Principal | null): string[] {
  const narrowed = hasRole(principal, Role.OFFICER);
  return Object.entries(READ_RULES)
    .filter(([, rule]) => admits(rule.policy, principal) && !(narrowed && rule.rows))
    .map(([type]) => type);
}

/** A SQL condition on the audit_event alias `a` and its parameters: the events of visible subjects only. */
export function auditVisibilityCondition(principal: Principal | null): { sql: string; params: Record<string, string[]> } {
  const visible = new Set(auditSubjectsVisibleTo(principal));
  const redirected = Object.keys(SUBJECT_OF_ACTION);
  return {
    sql: `((a.entityType = ANY(:visibleSubjects) AND a.action <> ALL(:redirectedActions)) OR a.action = ANY(:visibleRedirectedActions) OR a.action = ANY(:overseenActions))`,
    params: {
      visibleSubjects: [...visible],
      redirectedActions: redirected,
      visibleRedirectedActions: redirected.filter((action) => visible.has(SUBJECT_OF_ACTION[action])),
      overseenActions: admits(Policies.accountsOversee, principal) ? [...ACCOUNT_ADMINISTRATION_ACTIONS] : [],
    },
  };
}
