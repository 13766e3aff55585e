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
    return projectService.list(ctx, options, selects(info, 'totalItems'), info);
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

  @FieldResolver(() => Project, {
    nullable: true,
    description: 'While a draft, returned or submitted: the approved project of the estate whose contract overlaps this one’s (submitting and approving are refused with CONTRACT_OVERLAP until it is revoked or the dates change); null otherwise',
  })
  overlapsApproved(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<Project | null> {
    return projectService.overlapWarning(ctx, project);
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

/** The projects of a firm and of an estate: told here, so firms/ and estates/ need no projects. */
@Resolver(() => Firm)
export class FirmProjectsResolver {
  @FieldResolver(() => [Project], { description: 'The firm’s projects, oldest contract first.' })
  projects(@Root() firm: Firm, @Ctx() ctx: RequestContext): Promise<Project[]> {
    return ctx.loaders.manyBy(Project, 'firmId', ['contractStart', 'id']).load(firm.id);
  }
}

@Resolver(() => Estate)
export class EstateProjectsResolver {
  @FieldResolver(() => [Project], { description: 'Every project of the estate over time, oldest contract first.' })
  projects(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<Project[]> {
    return ctx.loaders.manyBy(Project, 'estateId', ['contractStart', 'id']).load(estate.id);
  }
}
