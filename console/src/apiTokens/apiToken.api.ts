import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { ApiTokenInput, ChangeEntityType, WebhookEndpointInput } from '../generated/graphql';

export const ApiTokenRecord = graphql(`
  fragment ApiTokenRecord on ApiToken {
    id name scopes expiresAt revokedAt createdAt rateLimitPerMinute effectiveRateLimitPerMinute
    usage { requestsThisMinute refusedThisMinute requestsLast24h refusedLast24h lastUsedAt }
  }
`);

export const WebhookEndpointRecord = graphql(`
  fragment WebhookEndpointRecord on WebhookEndpoint { id tokenId url eventTypes status cursor lag version problem createdAt lastDeliveredAt }
`);

const ApiTokens = graphql(`query ApiTokens { apiTokens { ...ApiTokenRecord } }`);
const CreateApiToken = graphql(`mutation CreateApiTokenInConsole($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenRecord } } }`);
const RevokeApiToken = graphql(`mutation RevokeApiTokenInConsole($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenRecord } }`);
const SetApiTokenRateLimit = graphql(`
  mutation SetApiTokenRateLimit($id: ID!, $perMinute: Int) { setApiTokenRateLimit(id: $id, perMinute: $perMinute) { ...ApiTokenRecord } }
`);
const WebhookEndpoints = graphql(`query WebhookEndpoints($tokenId: ID) { webhookEndpoints(tokenId: $tokenId) { ...WebhookEndpointRecord } }`);
const WebhookDeliveries = graphql(`
  query WebhookDeliveries($options: WebhookDeliveryListOptions) {
    webhookDeliveries(options: $options) {
      items { id status attempts lastError responseCode nextAttemptAt firstPosition lastPosition eventCount createdAt deliveredAt }
      totalItems nextCursor
    }
  }
`);
const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointRecord } } }
`);
const PauseWebhookEndpoint = graphql(`mutation PauseWebhookEndpoint($id: ID!, $version: Int!) { pauseWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }`);
const ResumeWebhookEndpoint = graphql(`mutation ResumeWebhookEndpoint($id: ID!, $version: Int!) { resumeWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }`);
const DeleteWebhookEndpoint = graphql(`mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }`);

/** The change types an endpoint may ask for, by the scope that reads them (as on the server). */
export const TYPES_BY_SCOPE: Record<'REGISTRY_READ' | 'ELECTIONS_READ', ChangeEntityType[]> = {
  REGISTRY_READ: ['Firm', 'Project', 'Estate', 'PartyOrganisation', 'FivePartyMeeting'],
  ELECTIONS_READ: ['Election', 'Candidate', 'Committee', 'CommitteeFiling', 'Resolution', 'RepairFund', 'CommitteeAccount'],
};

/** Integrator API tokens and their webhooks: the admin's (docs/architecture.md#webhooks). */
export const apiTokenCalls = {
  async listApiTokens() {
    return { data: (await call(ApiTokens, {})).apiTokens };
  },
  /** the secret comes back this once */
  async createApiToken(input: ApiTokenInput) {
    return { data: (await call(CreateApiToken, { input }, input as unknown as Record<string, unknown>)).createApiToken };
  },
  async revokeApiToken(id: string) {
    return { data: (await call(RevokeApiToken, { id })).revokeApiToken };
  },
  async setApiTokenRateLimit(id: string, perMinute: number | null) {
    return { data: (await call(SetApiTokenRateLimit, { id, perMinute }, { perMinute })).setApiTokenRateLimit };
  },
  async webhookEndpoints(tokenId: string) {
    return { data: (await call(WebhookEndpoints, { tokenId })).webhookEndpoints };
  },
  /** an endpoint's deliveries, newest first, a page of 20 from `after` (a page's nextCursor) */
  async webhookDeliveries(endpointId: string, after: string | null) {
    const options = { filter: { endpointId }, sort: { field: 'ID' as const, direction: 'DESC' as const }, take: 20, after };
    return { data: (await call(WebhookDeliveries, { options })).webhookDeliveries };
  },
  async createWebhookEndpoint(input: WebhookEndpointInput) {
    return { data: (await call(CreateWebhookEndpoint, { input }, input as unknown as Record<string, unknown>)).createWebhookEndpoint };
  },
  async pauseWebhookEndpoint(id: string, version: number) {
    return { data: (await call(PauseWebhookEndpoint, { id, version })).pauseWebhookEndpoint };
  },
  async resumeWebhookEndpoint(id: string, version: number) {
    return { data: (await call(ResumeWebhookEndpoint, { id, version })).resumeWebhookEndpoint };
  },
  async deleteWebhookEndpoint(id: string, version: number) {
    return { data: (await call(DeleteWebhookEndpoint, { id, version })).deleteWebhookEndpoint };
  },
};
