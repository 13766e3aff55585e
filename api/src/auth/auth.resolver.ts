import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { AccessToken } from './access-token.entity';
import { ApiTokenInput, CreatedApiToken, LoginResult, UserInput, UserList, UserListOptions, UserUpdateInput } from './auth.inputs';
import { authService } from './auth.service';
import { Allow, Policies } from './policies';
import { User } from './user.entity';
import { userService } from './user.service';

@Resolver()
export class AuthResolver {
  @Allow(Policies.anonymous)
  @Mutation(() => LoginResult, { description: 'Exchange a username and password for a session token (throttled).' })
  login(@Ctx() ctx: RequestContext, @Arg('username') username: string, @Arg('password') password: string): Promise<LoginResult> {
    return authService.login(ctx, username, password);
  }

  @Allow(Policies.signedIn)
  @Mutation(() => Boolean, { description: 'End this session: the token stops working at once.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Allow(Policies.signedIn)
  @Query(() => User, { description: 'The signed-in person.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    if (!ctx.principal) throw fail.unauthenticated();
    return userService.get(ctx, ctx.principal.id);
  }

  @Allow(Policies.administer)
  @Query(() => [AccessToken])
  apiTokens(@Ctx() ctx: RequestContext): Promise<AccessToken[]> {
    return authService.listApiTokens(ctx);
  }

  @Allow(Policies.administer)
  @Mutation(() => CreatedApiToken, { description: 'A read-only token for an integrator; the secret is returned once.' })
  createApiToken(@Ctx() ctx: RequestContext, @Arg('input') input: ApiTokenInput): Promise<CreatedApiToken> {
    return authService.createApiToken(ctx, input);
  }

  @Allow(Policies.administer)
  @Mutation(() => AccessToken)
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AccessToken> {
    return authService.revokeApiToken(ctx, toId(id));
  }

  @Allow(Policies.administer)
  @Query(() => UserList)
  users(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => UserListOptions, { nullable: true }) options?: UserListOptions,
  ): Promise<ListResult<User>> {
    return userService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.administer)
  @Query(() => User)
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User> {
    return userService.get(ctx, toId(id));
  }

  @Allow(Policies.administer)
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Arg('input') input: UserInput): Promise<User> {
    return userService.create(ctx, input);
  }

  @Allow(Policies.administer)
  @Mutation(() => User)
  updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UserUpdateInput,
  ): Promise<User> {
    return userService.update(ctx, toId(id), version, input);
  }
}
