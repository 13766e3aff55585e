import { Extensions } from 'type-graphql';
import { AppError, fail } from '../shared/errors';
import { Principal, Role, Scope } from '../request/principal';

/**
 * Deny by default: every query and mutation names one of these policies with @Allow, the server refuses any
 * operation on a field without one, and a test walks the schema to prove none is missing.
 */
export interface Policy {
  readonly name: string;
  /** roles of signed-in people this policy admits */
  readonly roles: readonly Role[];
  /** an integrator token with any of these scopes is admitted too */
  readonly integratorScopes?: readonly Scope[];
  /** admits anonymous callers (login only) */
  readonly anonymous?: boolean;
  /** admits a person who must still choose their own password (their own account's few operations) */
  readonly beforeOwnPassword?: boolean;
}

const EVERY_USER = [Role.CLERK, Role.REGISTRAR, Role.OFFICER, Role.MANAGER, Role.ADMIN];

export const Policies = {
  anonymous: { name: 'anonymous', roles: [], anonymous: true },
  signedIn: { name: 'signedIn', roles: EVERY_USER },
  /** one's own session and password: all a person whose password an admin set may do before choosing their own */
  ownAccount: { name: 'ownAccount', roles: EVERY_USER, beforeOwnPassword: true },
  registryRead: {
    name: 'registryRead',
    roles: [Role.CLERK, Role.REGISTRAR, Role.OFFICER, Role.MANAGER, Role.ADMIN],
    integratorScopes: [Scope.REGISTRY_READ],
  },
  registryWrite: { name: 'registryWrite', roles: [Role.CLERK, Role.REGISTRAR] },
  /** bulk import: filings (registryWrite) or an owner roll (electionsRun), admitted per kind by the service */
  imports: { name: 'imports', roles: [Role.CLERK, Role.REGISTRAR, Role.OFFICER] },
  registryDecide: { name: 'registryDecide', roles: [Role.REGISTRAR] },
  electionsRead: {
    name: 'electionsRead',
    roles: [Role.OFFICER, Role.MANAGER, Role.REGISTRAR, Role.ADMIN],
    integratorScopes: [Scope.ELECTIONS_READ],
  },
  /** places (districts … estates): the registry's and the elections' common ground, read by both */
  placesRead: {
    name: 'placesRead',
    roles: EVERY_USER,
    integratorScopes: [Scope.REGISTRY_READ, Scope.ELECTIONS_READ],
  },
  /** officers, and only in their jurisdiction (checked by the services, row by row) */
  electionsRun: { name: 'electionsRun', roles: [Role.OFFICER] },
  /** a committee filing's files: the street office that files it, and the registrar who decides it once submitted (checked by the service) */
  filingMaterialsRead: { name: 'filingMaterialsRead', roles: [Role.OFFICER, Role.REGISTRAR] },
  auditRead: { name: 'auditRead', roles: [Role.CLERK, Role.REGISTRAR, Role.MANAGER, Role.ADMIN] },
  /** the console's dashboard: people who follow the registry, not integrators */
  dashboardRead: { name: 'dashboardRead', roles: [Role.CLERK, Role.REGISTRAR, Role.MANAGER, Role.ADMIN] },
  administer: { name: 'administer', roles: [Role.ADMIN] },
  /** who watches the admin: account administration's audit events (docs/roles-and-workflows.md#oversight) */
  accountsOversee: { name: 'accountsOversee', roles: [Role.MANAGER, Role.ADMIN] },
  /** assessments (docs/roles-and-workflows.md#assessment): officers read those of their subdistricts only */
  assessmentsRead: { name: 'assessmentsRead', roles: [Role.OFFICER, Role.REGISTRAR, Role.MANAGER, Role.ADMIN] },
  /** assessors are officers (street office, community), scoring in their jurisdiction (checked by the service) */
  assessmentsScore: { name: 'assessmentsScore', roles: [Role.OFFICER] },
  /** the city's review, the scheme's editions and publishing a quarter's list */
  assessmentsDecide: { name: 'assessmentsDecide', roles: [Role.REGISTRAR] },
  /** the whole city's ranking before it is published */
  assessmentsCity: { name: 'assessmentsCity', roles: [Role.REGISTRAR, Role.MANAGER, Role.ADMIN] },
  /** what the programme publishes (the red/black lists): anyone, signed in or not */
  publicRead: { name: 'publicRead', roles: EVERY_USER, anonymous: true },
  /** five-party meetings (docs/roles-and-workflows.md#five-party-meetings): the street office's officers record them, in their jurisdiction */
  fivePartyRecord: { name: 'fivePartyRecord', roles: [Role.OFFICER] },
  /** rectification campaigns (docs/roles-and-workflows.md#rectification-campaigns): the city's configuration, as the assessment scheme's editions */
  campaignsDefine: { name: 'campaignsDefine', roles: [Role.REGISTRAR] },
  /** officers report estates' campaign work and verify each other's, in their jurisdiction (checked by the service) */
  campaignsReport: { name: 'campaignsReport', roles: [Role.OFFICER] },
  /** the change feed: each record type only under its own read policy, officers in their jurisdiction */
  changeFeed: { name: 'changeFeed', roles: EVERY_USER, integratorScopes: [Scope.REGISTRY_READ, Scope.ELECTIONS_READ] },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof Policies;

/**
 * Marks a query or mutation with the policy that admits callers (stored in the schema's field extensions). On a
 * field of an object type it replaces the policy of the type the field returns (auth/read-rules.ts): use it only
 * where the field decides itself, and say why.
 */
export function Allow(policy: Policy): MethodDecorator & PropertyDecorator {
  return Extensions({ policy: policy.name });
}

export function findPolicy(name: unknown): Policy | undefined {
  return typeof name === 'string' && name in Policies ? Policies[name as PolicyName] : undefined;
}

/** Whether the principal may call a field under this policy (no error built: cheap enough per row). */
export function admits(policy: Policy, principal: Principal | null): boolean {
  if (policy.anonymous) return true;
  // the one gate for every path (GraphQL, the stream, documents, imports): an admin-set password opens only one's own
  // account until the person chooses their own; what is public stays public (attacker round 9 F5)
  if (principal?.mustChangePassword && !policy.beforeOwnPassword) return false;
  if (!principal) return false;
  if (principal.kind === 'integrator') return !!policy.integratorScopes?.some((scope) => principal.scopes.includes(scope));
  return policy.roles.includes(principal.role);
}

/** null when the principal may call a field under this policy, otherwise the error to return. */
export function refusal(policy: Policy, principal: Principal | null, field: string): AppError | null {
  if (admits(policy, principal)) return null;
  if (!principal) return fail.unauthenticated();
  if (principal.mustChangePassword) return fail.forbidden('Your password was set by an administrator: change it (changeOwnPassword) before anything else', 'PASSWORD_MUST_CHANGE');
  if (principal.kind === 'integrator') return fail.forbidden(`This API token may not use ${field}`, 'SCOPE');
  return fail.forbidden(`The ${principal.role} role may not use ${field}`);
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return !!principal && principal.kind === 'user' && roles.includes(principal.role);
}

/** The signed-in user's id when they hold `role` (who makes or decides a proposal of that kind), else null. */
export function idWithRole(principal: Principal | null, role: Role): number | null {
  return hasRole(principal, role) ? principal!.id : null;
}
