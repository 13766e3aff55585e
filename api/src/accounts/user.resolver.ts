import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Subdistrict } from '../geography/subdistrict.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { UserInput, UserList, UserListOptions, UserUpdateInput } from './auth.inputs';
import { Allow, Policies } from '../auth/policies';
import { User } from './user.entity';
import { jurisdictionsByName, userService } from './user.service';

@Resolver(() => User)
export class UserResolver {
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

  @Allow(Policies.administer)
  @Mutation(() => User, { description: 'The subdistricts an officer runs elections in (replaces the previous set); the user’s version moves.' })
  setOfficerJurisdiction(
    @Ctx() ctx: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('version', () => Int) version: number,
    @Arg('subdistrictIds', () => [ID]) subdistrictIds: string[],
  ): Promise<User> {
    return userService.setJurisdiction(ctx, toId(userId, 'userId'), version, subdistrictIds);
  }

  @FieldResolver(() => [Subdistrict], { description: 'for officers: where they may act' })
  async jurisdiction(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Subdistrict[]> {
    // a list of names without an order of its own: by name in pinyin (the column's zh_pinyin collation), as every picker of them
    const assigned = await ctx.loaders.custom('User.jurisdiction', (ids) => jurisdictionsByName(ctx, ids)).load(user.id);
    const subdistricts = await ctx.loaders.byId(Subdistrict).loadMany(assigned);
    return subdistricts.filter((s): s is Subdistrict => s instanceof Subdistrict);
  }
}

