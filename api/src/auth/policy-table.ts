import type { GraphQLSchema } from 'graphql';
import { findPolicy, Policies, type PolicyName } from './policies';
import type { Role, Scope } from '../request/principal';

/**
 * The access rules as data (schema/policies.json, written by `npm run schema` beside schema/schema.graphql):
 * each policy's roles and integrator scope, and the policy every query, mutation and subscription names. The console derives
 * what its menus and buttons offer each role from it (console/src/permissions.ts).
 */
export interface PolicyTable {
  policies: Record<PolicyName, { roles: Role[]; integratorScope: Scope | null; anonymous: boolean }>;
  Query: Record<string, PolicyName>;
  Mutation: Record<string, PolicyName>;
  Subscription: Record<string, PolicyName>;
}

const sortedKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

export function policyTable(schema: GraphQLSchema): PolicyTable {
  const namesOf = (type: 'Query' | 'Mutation' | 'Subscription'): Record<string, PolicyName> => {
    const root = { Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() }[type];
    const fields = root?.getFields() ?? {};
    const named: Record<string, PolicyName> = {};
    for (const field of Object.values(fields)) {
      const policy = findPolicy(field.extensions.policy);
      if (policy) named[field.name] = policy.name as PolicyName;
    }
    return sortedKeys(named);
  };
  const policies = Object.fromEntries(
    Object.entries(Policies).map(([name, policy]) => [
      name,
      { roles: [...policy.roles].sort(), integratorScope: 'integratorScope' in policy ? policy.integratorScope : null, anonymous: 'anonymous' in policy && policy.anonymous },
    ]),
  ) as PolicyTable['policies'];
  return { policies: sortedKeys(policies) as PolicyTable['policies'], Query: namesOf('Query'), Mutation: namesOf('Mutation'), Subscription: namesOf('Subscription') };
}

/** The table as committed: sorted, two-space JSON, so diffs show real changes only. */
export const printPolicyTable = (schema: GraphQLSchema): string => JSON.stringify(policyTable(schema), null, 2) + '\n';
