import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { AccessToken } from './access-token.entity';
import { ApiTokenInput, ApiTokenUsage, CreatedApiToken, LoginResult } from './auth.inputs';
import { usageOf } from './token-usage';
import { authService } from './auth.service';
import { Allow, Policies } from '../auth/policies';
import { User } from './user.entity';
import { userService } from './user.service';

@Resolver()
export class AuthResolver {
  @Allow(Policies.anonymous)
  @Mutation(() => LoginResult, { description: 'Exchange a username and password for a session token (throttled).' })
  login(@Ctx() ctx: RequestContext, @Arg('username') username: string, @Arg('password') password: string): Promise<LoginResult> {
    return authService.login(ctx, username, password);
  }

  @Allow(Policies.ownAccount)
  @Mutation(() => Boolean, { description: 'End this session: the token stops working at once.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Allow(Policies.ownAccount)
  @Mutation(() => Boolean, { description: 'Change your own password: the current one is checked, the new one meets the policy, your other sessions end.' })
  changeOwnPassword(@Ctx() ctx: RequestContext, @Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string): Promise<boolean> {
    return authService.changeOwnPassword(ctx, currentPassword, newPassword);
  }

  @Allow(Policies.ownAccount)
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
  @Mutation(() => AccessToken, { description: "Requests a minute for this token (null: the server's default TOKEN_RATE_LIMIT_PER_MINUTE); audited." })
  setApiTokenRateLimit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('perMinute', () => Int, { nullable: true }) perMinute: number | null,
  ): Promise<AccessToken> {
    return authService.setApiTokenRateLimit(ctx, toId(id), perMinute ?? null);
  }
}

@Resolver(() => AccessToken)
export class ApiTokenFieldsResolver {
  @FieldResolver(() => Int, { description: 'the limit in force: its own, or the server default' })
  effectiveRateLimitPerMinute(@Ctx() ctx: RequestContext, @Root() token: AccessToken): number {
    return token.rateLimitPerMinute ?? ctx.config.tokenRateLimitPerMinute;
  }

  @FieldResolver(() => ApiTokenUsage, { description: "this token's requests (every token's in one statement per request)" })
  usage(@Ctx() ctx: RequestContext, @Root() token: AccessToken): Promise<ApiTokenUsage> {
    return usageOf(ctx, token.id);
  }
}
