import { registerEnumType } from 'type-graphql';

/** docs/roles-and-workflows.md#roles. Integrators are API tokens, never users who log in. */
export enum Role {
  CLERK = 'clerk',
  REGISTRAR = 'registrar',
  OFFICER = 'officer',
  MANAGER = 'manager',
  INTEGRATOR = 'integrator',
  ADMIN = 'admin',
}
registerEnumType(Role, { name: 'Role' });

/** The roles a person can hold (an integrator is a token, not a person). */
export const USER_ROLES = [Role.CLERK, Role.REGISTRAR, Role.OFFICER, Role.MANAGER, Role.ADMIN] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What an integrator's API token may read. */
export enum Scope {
  REGISTRY_READ = 'registry:read',
  ELECTIONS_READ = 'elections:read',
}
registerEnumType(Scope, { name: 'Scope' });

/** Who is making a request, whether a signed-in person or an integrator's token. */
export interface Principal {
  kind: 'user' | 'integrator';
  /** the user's id, or the API token's id for integrators */
  id: number;
  name: string;
  role: Role;
  scopes: readonly Scope[];
  tokenId: number;
  /** a person whose password an admin set, until they choose their own (docs/roles-and-workflows.md#own-password) */
  mustChangePassword?: boolean;
}
