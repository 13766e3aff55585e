import accepts from 'accepts';
import typeis from 'type-is';
import type { DoorRequest } from '../http/front-door';

/**
 * The content types Apollo Server offers for a single answer, in its order: Express's `req.accepts` negotiates
 * with the same library (`accepts`, over negotiator), so a lane picks what Apollo would for the same Accept header.
 */
const ANSWER_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

/** A request a lane in front of Apollo may answer: the parts of its body Apollo would read, and the answer's content type. */
export interface LaneRequest {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  contentType: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * A POST of JSON with a query text, no extensions, and an operation name and variables of the shapes Apollo takes;
 * null for anything else (Apollo answers it, or refuses it in its own words: a 400, or a 406 for an Accept it cannot meet).
 * Node's request is enough (the front door's lanes run before Express): `type-is` and `accepts` are what Express's
 * `req.is` and `req.accepts` call.
 */
export function laneRequest(req: DoorRequest): LaneRequest | null {
  const body: unknown = req.body;
  if (req.method !== 'POST' || !typeis(req, ['application/json']) || !isRecord(body) || typeof body.query !== 'string' || body.extensions !== undefined) return null;
  const { operationName, variables } = body;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && !isRecord(variables)) return null;
  const contentType = accepts(req).types(ANSWER_TYPES) as string | false;
  if (!contentType) return null;
  return { query: body.query, operationName: operationName ?? null, variables: variables ?? undefined, contentType };
}
