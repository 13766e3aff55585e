import { IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChangeEntityType } from '../feed/change-feed';
import { ListOptionsType, ListType } from '../shared/list';
import { BIGINT_AS_NUMBER } from '../shared/record';
import { IsHttpUrl, TextLength } from '../shared/validators';

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookStatus, { name: 'WebhookStatus', description: 'ACTIVE endpoints receive deliveries; PAUSED ones keep their place in the feed.' });

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
}
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'PENDING: not yet answered with 2xx, retried at nextAttemptAt.' });

@ObjectType({ description: "An integrator's HTTPS receiver of change events, bounded by its token's scopes (the secret is shown once)." })
export class WebhookEndpoint {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  tokenId: number;

  @Field()
  url: string;

  @Field(() => [ChangeEntityType], { description: 'the types it receives; empty: every type its token may read' })
  eventTypes: ChangeEntityType[];

  @Field(() => WebhookStatus)
  status: WebhookStatus;

  @Field(() => Int, { description: 'every change up to this position was delivered (or is not for this endpoint)' })
  cursor: number;

  @Field(() => Int, { description: 'changes in the feed after the cursor (of any type): how far behind it is' })
  lag: number;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'why nothing is delivered, when something outside a delivery stops it' })
  problem: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastDeliveredAt: Date | null;
}

@ObjectType()
export class CreatedWebhookEndpoint {
  @Field({ description: 'The signing secret, shown this once (or the one given).' })
  secret: string;

  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;
}

@Entity()
@ObjectType({ description: 'One POST of a batch of change events, with its attempts.' })
export class WebhookDelivery {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  endpointId: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => Int)
  firstPosition: number;

  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => Int)
  lastPosition: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  eventCount: number;

  @Column({ type: 'text' })
  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Column({ type: 'int' })
  @Field(() => Int)
  attempts: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: "the receiver's last HTTP status" })
  responseCode: number | null;

  // kept after delivery by the worker; shown only while a retry waits (webhook.service.ts)
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the next attempt is made, while PENDING' })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'the endpoint whose deliveries are listed' })
  endpointId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus;
}

export enum WebhookDeliverySortField {
  ID = 'id',
  CREATED_AT = 'createdAt',
  DELIVERED_AT = 'deliveredAt',
}
registerEnumType(WebhookDeliverySortField, { name: 'WebhookDeliverySortField' });

export const WebhookDeliveryListOptions = ListOptionsType<WebhookDeliveryFilter, `${WebhookDeliverySortField}`>('WebhookDelivery', WebhookDeliveryFilter, WebhookDeliverySortField);
export type WebhookDeliveryListOptions = InstanceType<typeof WebhookDeliveryListOptions>;
export const WebhookDeliveryList = ListType('WebhookDelivery', WebhookDelivery);

@InputType()
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'the integrator API token whose scopes bound what the endpoint receives' })
  tokenId: string;

  @Field({ description: 'http(s) URL of the receiver' })
  @IsHttpUrl()
  @TextLength(1, 2000)
  url: string;

  @Field(() => [ChangeEntityType], { nullable: true, description: 'leave out for every type the token may read' })
  @IsOptional()
  eventTypes?: ChangeEntityType[];

  @Field({ nullable: true, description: 'the signing secret (24+ characters); leave out to have one made' })
  @IsOptional()
  @TextLength(24, 200)
  secret?: string;

  @Field(() => Int, { nullable: true, description: 'deliver changes after this position (a replay); default: from now on' })
  @IsOptional()
  @Min(0)
  startAfter?: number;
}
