import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { AccessToken } from './access-token.entity';
import { ApiTokenInput, CreatedApiToken, LoginResult } from './auth.inputs';
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

  @Allow(Policies.signedIn)
  @Mutation(() => Boolean, { description: 'End this session: the token stops working at once.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Allow(Policies.signedIn)
  @Mutation(() => Boolean, { description: 'Change your own password: the current one is checked, the new one meets the policy, your other sessions end.' })
  changeOwnPassword(@Ctx() ctx: RequestContext, @Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string): Promise<boolean> {
    return authService.changeOwnPassword(ctx, currentPassword, newPassword);
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
}
