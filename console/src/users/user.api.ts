import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { PendingAccountChangesQuery, ProposalAction, UserInput, UserRecordFragment, UserUpdateInput } from '../generated/graphql';
import { type FormValues, text } from '../shared/inputs';

export const AccountChangeParts = graphql(`
  fragment AccountChangeParts on AccountChangeProposal {
    id version status creates activates role setsPassword passwordHalf reason proposedById proposedBy createdAt availableActions confirmRefusal subdistricts { id name }
  }
`);
export const UserRecord = graphql(`fragment UserRecord on User { id version username displayName role active createdAt jurisdiction { id } pendingChange { ...AccountChangeParts } }`);

/** A user as the console shows it: an officer's subdistricts as the ids the multi-select edits. */
type UserRow = Omit<UserRecordFragment, 'jurisdiction'> & { subdistrictIds: string[] };

/** The user form (UserInputs): the record's fields; on edit, whether to reset to a one-time password (the server makes it). */
type UserForm = FormValues<UserRow, 'role'> & { resetPassword?: boolean; reason?: string | null };

/** Only an officer has subdistricts: for the other roles the field is not sent (the server clears them on a role change). */
const jurisdictionOf = (d: UserForm): { subdistrictIds?: string[] } => (d.role === 'OFFICER' ? { subdistrictIds: (d.subdistrictIds ?? []).map(String) } : {});

export const users = defineResource('users', {
  list: graphql(`
    query UserList($options: UserListOptions) { list: users(options: $options) { totalItems nextCursor items { ...UserRecord } } }
  `),
  one: graphql(`query User($id: ID!) { record: user(id: $id) { ...UserRecord } }`),
  normalise: ({ jurisdiction, ...user }: UserRecordFragment): UserRow => ({ ...user, subdistrictIds: jurisdiction.map((s) => s.id) }),
  create: {
    document: graphql(`mutation CreateUser($input: UserInput!) { record: createUser(input: $input) { ...UserRecord } }`),
    input: (d: UserForm): UserInput => ({ username: text(d.username), displayName: text(d.displayName), role: d.role, ...jurisdictionOf(d), reason: text(d.reason ?? '') || null }),
  },
  update: {
    document: graphql(`
      mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {
        record: updateUser(id: $id, version: $version, input: $input) { ...UserRecord }
      }
    `),
    input: (d: UserForm): UserUpdateInput => ({
      displayName: text(d.displayName),
      role: d.role,
      active: !!d.active,
      ...(d.resetPassword ? { resetPassword: true } : {}),
      ...jurisdictionOf(d),
      reason: text(d.reason ?? '') || null,
    }),
  },
  sort: { fields: { id: 'ID', username: 'USERNAME', displayName: 'DISPLAY_NAME' }, default: 'USERNAME' },
});

const ConfirmChange = graphql(`mutation ConfirmAccountChangeOf($id: ID!, $version: Int!, $note: String) { confirmAccountChange(id: $id, version: $version, note: $note) { id version status passwordHalf } }`);
const RefuseChange = graphql(`mutation RefuseAccountChangeOf($id: ID!, $version: Int!, $note: String) { refuseAccountChange(id: $id, version: $version, note: $note) { id version status } }`);
const WithdrawChange = graphql(`mutation WithdrawAccountChangeOf($id: ID!, $version: Int!, $note: String) { withdrawAccountChange(id: $id, version: $version, note: $note) { id version status } }`);

const PendingChanges = graphql(`
  query PendingAccountChanges($after: String) {
    accountChangeProposals(options: { filter: { status: PENDING }, take: 100, after: $after }) { nextCursor items { ...AccountChangeParts user { id username displayName } } }
  }
`);

/** An account change one admin proposed: another admin confirms or refuses it, its proposer withdraws it (roles-and-workflows.md#account-dual-control). */
export const accountChangeCalls = {
  async decideAccountChange({ id, version, action, note }: { id: string; version: number; action: ProposalAction; note?: string | null }) {
    const variables = { id, version, note: note || null };
    if (action === 'CONFIRM') return { data: (await call(ConfirmChange, variables)).confirmAccountChange };
    if (action === 'REFUSE') return { data: (await call(RefuseChange, variables)).refuseAccountChange };
    return { data: (await call(WithdrawChange, variables)).withdrawAccountChange };
  },
  /** every change waiting for a second admin, oldest first as the API lists them, with the account each is for (page after page) */
  async pendingAccountChanges() {
    const pending: PendingAccountChangesQuery['accountChangeProposals']['items'] = [];
    let after: string | null = null;
    do {
      const page: PendingAccountChangesQuery['accountChangeProposals'] = (await call(PendingChanges, { after })).accountChangeProposals;
      pending.push(...page.items);
      after = page.nextCursor;
    } while (after);
    return { data: pending };
  },
};
