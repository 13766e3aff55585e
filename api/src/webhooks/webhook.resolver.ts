import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { webhookService } from './webhook.service';
import { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryList, WebhookDeliveryListOptions, WebhookEndpoint, WebhookEndpointInput, WebhookStatus } from './webhook.types';

@Resolver()
export class WebhookResolver {
  @Allow(Policies.administer)
  @Query(() => [WebhookEndpoint], { description: "Webhook endpoints, all or one token's." })
  webhookEndpoints(@Ctx() ctx: RequestContext, @Arg('tokenId', () => ID, { nullable: true }) tokenId: string | null): Promise<WebhookEndpoint[]> {
    return webhookService.list(ctx, tokenId ? toId(tokenId) : null);
  }

  @Allow(Policies.administer)
  @Query(() => WebhookDeliveryList, { description: "Webhook deliveries on the list contract: filter by endpoint or status; sort by id DESC for an endpoint's newest first." })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('options', () => WebhookDeliveryListOptions, { nullable: true }) options: WebhookDeliveryListOptions | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ListResult<WebhookDelivery>> {
    return webhookService.deliveries(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.administer)
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Registers a receiver of change events for an integrator token; the secret is returned once.' })
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input') input: WebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    return webhookService.create(ctx, toId(input.tokenId), input);
  }

  @Allow(Policies.administer)
  @Mutation(() => WebhookEndpoint, { description: 'Stops deliveries; the endpoint keeps its place in the feed.' })
  pauseWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<WebhookEndpoint> {
    return webhookService.setStatus(ctx, toId(id), version, WebhookStatus.PAUSED);
  }

  @Allow(Policies.administer)
  @Mutation(() => WebhookEndpoint, { description: 'Delivers again from where it stopped; a waiting retry is tried at once.' })
  resumeWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<WebhookEndpoint> {
    return webhookService.setStatus(ctx, toId(id), version, WebhookStatus.ACTIVE);
  }

  @Allow(Policies.administer)
  @Mutation(() => Boolean, { description: 'Removes the endpoint and its delivery log.' })
  deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return webhookService.remove(ctx, toId(id), version);
  }
}
