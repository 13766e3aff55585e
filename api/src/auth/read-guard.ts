import {
  defaultFieldResolver,
  getNamedType,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { RequestContext } from '../request/context';
import { Principal, Role, Scope, USER_ROLES } from '../request/principal';
import { fail } from '../shared/errors';
import { admits, findPolicy, hasRole, Policy, refusal } from './policies';
import { readRuleOf, ReadRule } from './read-rules';
import { compiledJurisdiction, GUARDED_READ, GuardedRead } from '../shared/read-plan';

/**
 * Every kind of caller a policy can tell apart: anonymous, each role, a token with each set of scopes. Policies
 * are compared over these, so "whoever holds a Project may read its Firm" is a fact computed, not assumed.
 */
export const SAMPLE_PRINCIPALS: ReadonlyArray<Principal | null> = (() => {
  const scopes = Object.values(Scope);
  const scopeSets = Array.from({ length: 2 ** scopes.length - 1 }, (_, i) => scopes.filter((_, bit) => (i + 1) & (1 << bit)));
  return [
    null,
    ...USER_ROLES.map((role): Principal => ({ kind: 'user', id: 0, name: role, role, scopes: [], tokenId: 0 })),
    ...scopeSets.map((set): Principal => ({ kind: 'integrator', id: 0, name: set.join('+'), role: Role.INTEGRATOR, scopes: set, tokenId: 0 })),
  ];
})();

/** Which of SAMPLE_PRINCIPALS a policy admits. */
export function readersOf(policy: Policy): boolean[] {
  return SAMPLE_PRINCIPALS.map((principal) => admits(policy, principal));
}

/** The policy a field's own @Allow names, if any (root fields always name one). */
export function ownPolicyOf(field: GraphQLField<unknown, unknown>): Policy | undefined {
  return findPolicy(field.extensions?.policy);
}

function ruleOrThrow(typeName: string): ReadRule {
  const rule = readRuleOf(typeName);
  if (!rule) throw new Error(`object type ${typeName} has no read rule (auth/read-rules.ts): nobody could be shown it safely`);
  return rule;
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
}

function isRoot(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  return type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
}

/**
 * Who may hold an object of each type: those its rule admits, and those admitted by a field that names its own
 * policy and returns it (a root field, or an exception such as LoginResult.user).
 */
function holdersByType(schema: GraphQLSchema): Map<string, boolean[]> {
  const holders = new Map<string, boolean[]>();
  for (const type of objectTypes(schema)) {
    if (!isRoot(schema, type)) holders.set(type.name, readersOf(ruleOrThrow(type.name).policy));
  }
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const own = ownPolicyOf(field);
      if (!own || !isObjectType(returned)) continue;
      const current = holders.get(returned.name)!;
      holders.set(returned.name, current.map((held, i) => held || readersOf(own)[i]));
    }
  }
  return holders;
}

/** How one field that returns an object is kept to its readers. */
export interface FieldGuard {
  /** Type.field */
  field: string;
  returns: string;
  policy: Policy;
  /** the policy is checked on every call: some who may hold the parent may not read what it returns */
  checksPolicy: boolean;
  /** rows outside an officer's jurisdiction are left out (an estate-placed type reached from outside its kind) */
  checksRows: boolean;
}

/** The guard every non-root field returning an object needs, computed from the rules; throws on a field no rule can keep safe. */
export function fieldGuards(schema: GraphQLSchema): FieldGuard[] {
  const holders = holdersByType(schema);
  const guards: FieldGuard[] = [];
  for (const type of objectTypes(schema)) {
    if (isRoot(schema, type)) continue;
    const parentRule = ruleOrThrow(type.name);
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const name = `${type.name}.${field.name}`;
      if (isAbstractType(returned)) throw new Error(`${name} returns the abstract type ${returned.name}: read rules cover object types only`);
      if (!isObjectType(returned)) continue;
      const rule = ruleOrThrow(returned.name);
      if (rule.rows === 'parent' && !parentRule.rows) {
        throw new Error(`${name} reaches ${returned.name}, whose rows are narrowed only where they are listed or by a row-checked parent`);
      }
      const policy = ownPolicyOf(field) ?? rule.policy;
      const readers = readersOf(policy);
      guards.push({
        field: name,
        returns: returned.name,
        policy,
        checksPolicy: holders.get(type.name)!.some((held, i) => held && !readers[i]),
        checksRows: rule.rows === 'estate' && !parentRule.rows,
      });
    }
  }
  return guards;
}

/** Whether an estate lies in the caller's jurisdiction (estates/jurisdiction.ts, handed in at the roof). */
export type EstateCheck = (ctx: RequestContext, estateId: number) => Promise<boolean>;

/** An estate-placed record (or list of them) as an officer may see it: others' rows left out. */
async function inJurisdictionOnly(ctx: RequestContext, value: unknown, nonNull: boolean, inJurisdiction: EstateCheck): Promise<unknown> {
  const resolved = await value;
  if (resolved === null || resolved === undefined) return resolved;
  // a compiled list's row carries the answer, computed by its statement (shared/read-plan.ts)
  const visible = (row: { estateId?: unknown }) => compiledJurisdiction(row) ?? (typeof row.estateId === 'number' && inJurisdiction(ctx, row.estateId));
  if (Array.isArray(resolved)) {
    const keep = await Promise.all(resolved.map(visible));
    return resolved.filter((_, i) => keep[i]);
  }
  if (await visible(resolved as { estateId?: unknown })) return resolved;
  if (nonNull) throw fail.forbidden('This record is outside the subdistricts assigned to you', 'JURISDICTION');
  return null;
}

function guarded(
  inner: GraphQLFieldResolver<unknown, RequestContext>,
  guard: FieldGuard,
  nonNull: boolean,
  inJurisdiction: EstateCheck,
): GraphQLFieldResolver<unknown, RequestContext> {
  const { policy, field, checksPolicy, checksRows } = guard;
  const refuses = (principal: Principal | null) => checksPolicy && !admits(policy, principal);
  const narrows = (principal: Principal | null) => checksRows && hasRole(principal, Role.OFFICER);
  const resolve: GraphQLFieldResolver<unknown, RequestContext> = (root, args, ctx, info) => {
    // one synchronous test per call: no promise per row unless an officer's rows must be narrowed
    if (refuses(ctx.principal)) throw refusal(policy, ctx.principal, field)!;
    const value = inner(root, args, ctx, info);
    return narrows(ctx.principal) ? inJurisdictionOnly(ctx, value, nonNull, inJurisdiction) : value;
  };
  // the text lane writes a relation only where its guard does nothing for the caller (shared/read-plan.ts)
  const read: GuardedRead = { inner: inner as GraphQLFieldResolver<unknown, unknown>, actsOn: (ctx) => refuses(ctx.principal) || narrows(ctx.principal) };
  return Object.assign(resolve, { [GUARDED_READ]: read });
}

/**
 * One read rule per type: wraps the resolver of every field whose readers might not all be admitted to what it
 * returns (e.g. Estate.projects for a token with only the elections scope) or whose rows need an officer's
 * jurisdiction (Estate.currentCommittee). Fails the build on a type without a rule.
 */
export function guardTypeReads(schema: GraphQLSchema, inJurisdiction: EstateCheck): FieldGuard[] {
  const guards = fieldGuards(schema);
  const byName = new Map(guards.map((g) => [g.field, g]));
  for (const type of objectTypes(schema)) {
    if (isRoot(schema, type)) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = byName.get(`${type.name}.${field.name}`);
      if (!guard || (!guard.checksPolicy && !guard.checksRows)) continue;
      field.resolve = guarded((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>, guard, isNonNullType(field.type), inJurisdiction);
    }
  }
  return guards;
}
