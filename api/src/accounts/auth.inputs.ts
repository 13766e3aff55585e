import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { AccessToken } from './access-token.entity';
import { Allow, Policies } from '../auth/policies';
import { Role, Scope, USER_ROLES } from '../request/principal';
import { User } from './user.entity';
import { AccountChangeProposal } from './account-change.entity';
import { ProposalStatus } from '../filings/proposals';

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Int, { description: 'The console signs out after this many seconds without input (SESSION_IDLE_SECONDS); the server refuses the token once unused that long, plus at most a minute (reason SESSION_IDLE).' })
  idleTimeoutSeconds: number;

  @Field(() => Int, { description: 'and warns this many seconds before (SESSION_IDLE_WARNING_SECONDS).' })
  idleWarningSeconds: number;

  @Field({ description: 'An administrator set this password: only changeOwnPassword, me and logout are answered until the person changes it.' })
  mustChangePassword: boolean;

  // the account whose password was just given: its own caller may read it, signed in or not yet
  @Allow(Policies.anonymous)
  @Field(() => User)
  user: User;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret, shown this once; only its hash is kept.' })
  token: string;

  @Field(() => AccessToken)
  apiToken: AccessToken;
}

@ObjectType({ description: "An integrator token's requests, counted per minute (refused ones too)." })
export class ApiTokenUsage {
  @Field(() => Int)
  requestsThisMinute: number;

  @Field(() => Int, { description: 'refused with RATE_LIMITED' })
  refusedThisMinute: number;

  @Field(() => Int)
  requestsLast24h: number;

  @Field(() => Int)
  refusedLast24h: number;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;
}

@InputType()
export class ApiTokenInput {
  @Field({ description: 'The integrating system, e.g. 市物业监管平台' })
  @TextLength(2, 60)
  name: string;

  @Field(() => [Scope])
  @ArrayNotEmpty()
  scopes: Scope[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expiresInDays?: number;

  @Field(() => Int, { nullable: true, description: "requests a minute; leave out for the server's default" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  rateLimitPerMinute?: number;
}

@InputType()
export class UserInput {
  @Field({ description: '3–40 of a-z 0-9 . _ -' })
  @Matches(/^[a-z0-9._-]{3,40}$/)
  username: string;

  @Field()
  @TextLength(1, 40)
  displayName: string;

  @Field(() => Role)
  @IsIn(USER_ROLES)
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'for officers: the subdistricts they run elections in' })
  @IsOptional()
  @ArrayMaxSize(500)
  subdistrictIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'why: shown to the admin who confirms or refuses it (docs/roles-and-workflows.md#account-dual-control)' })
  @IsOptional()
  @TextLength(0, 500)
  reason?: string | null;
}

@InputType()
export class UserUpdateInput {
  @Field()
  @TextLength(1, 40)
  displayName: string;

  @Field(() => Role)
  @IsIn(USER_ROLES)
  role: Role;

  @Field()
  active: boolean;

  @Field({ nullable: true, description: 'propose a one-time password for the person, generated in two halves: you are shown the first, the confirming admin the second (docs/roles-and-workflows.md#account-dual-control)' })
  @IsOptional()
  resetPassword?: boolean;

  @Field(() => [ID], { nullable: true, description: 'for officers: the subdistricts they run elections in (replaces the set); leave out to keep it' })
  @IsOptional()
  @ArrayMaxSize(500)
  subdistrictIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'why: shown to the admin who confirms or refuses it (docs/roles-and-workflows.md#account-dual-control)' })
  @IsOptional()
  @TextLength(0, 500)
  reason?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'part of the username or display name' })
  q?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  active?: boolean;
}

export enum UserSortField {
  ID = 'id',
  USERNAME = 'username',
  DISPLAY_NAME = 'displayName',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

export const UserListOptions = ListOptionsType<UserFilter, `${UserSortField}`>('User', UserFilter, UserSortField);
export type UserListOptions = InstanceType<typeof UserListOptions>;
export const UserList = ListType('User', User);

@InputType()
export class AccountChangeProposalFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus;

  @Field(() => ID, { nullable: true, description: 'the account the changes are for' })
  userId?: string;
}

export enum AccountChangeProposalSortField {
  ID = 'id',
  CREATED_AT = 'createdAt',
  DECIDED_AT = 'decidedAt',
}
registerEnumType(AccountChangeProposalSortField, { name: 'AccountChangeProposalSortField' });

export const AccountChangeProposalListOptions = ListOptionsType<AccountChangeProposalFilter, `${AccountChangeProposalSortField}`>(
  'AccountChangeProposal',
  AccountChangeProposalFilter,
  AccountChangeProposalSortField,
);
export type AccountChangeProposalListOptions = InstanceType<typeof AccountChangeProposalListOptions>;
export const AccountChangeProposalList = ListType('AccountChangeProposal', AccountChangeProposal);
