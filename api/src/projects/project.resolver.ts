import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { Firm } from '../firms/firm.entity';
import type { RequestContext } from '../request/context';
import { FilingResolver } from '../filings/filing.resolver';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Project } from './project.entity';
import { ProjectInput, ProjectList, ProjectListOptions } from './project.inputs';
import { projectService } from './project.service';

@Resolver(() => Project)
export class ProjectResolver extends FilingResolver('Project', Project, projectService) {
  @Allow(Policies.registryRead)
  @Query(() => ProjectList)
  projects(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => ProjectListOptions, { nullable: true }) options?: ProjectListOptions,
  ): Promise<ListResult<Project>> {
    return projectService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => Project)
  project(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Project> {
    return projectService.get(ctx, toId(id));
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Project, { description: 'A new project filing, as a draft.' })
  createProject(@Ctx() ctx: RequestContext, @Arg('input') input: ProjectInput): Promise<Project> {
    return projectService.create(ctx, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Project, { description: 'Replace the fields of a draft or returned project filing.' })
  updateProject(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ProjectInput,
  ): Promise<Project> {
    return projectService.update(ctx, toId(id), version, input);
  }

  @FieldResolver(() => Firm)
  async firm(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<Firm | null> {
    return ctx.loaders.byId(Firm).load(project.firmId);
  }

  @FieldResolver(() => Estate)
  async estate(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(project.estateId);
  }
}
