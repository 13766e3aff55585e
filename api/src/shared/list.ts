import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readTogether, type RequestContext } from '../request/context';
import { fail } from './errors';
import { getEntities } from './hydrate';
import { CursorKind, cursorKindOf, CursorOrder, decodeCursor, encodeCursor } from './cursor';
import { applyFilters, FilterRule, ListFilters, readsCaller } from './list-filters';

/**
 * The one list contract of the API (docs/architecture.md#list-contract): `skip`, `take`, `sort`, `filter`, `after` in;
 * `items`, `totalItems`, `nextCursor` out. Each resource declares its filter and sort fields; this file does
 * the rest, so every list pages, sorts and syncs the same way.
 */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export const DEFAULT_TAKE = 25;

export interface ListOptionsShape<F, S extends string> {
  skip?: number | null;
  take?: number | null;
  after?: string | null;
  sort?: { field: S; direction?: SortDirection | null } | null;
  filter?: F | null;
}

export interface ListResult<T> {
  items: T[];
  totalItems: number;
  nextCursor: string | null;
}

/**
 * Input type `<Name>ListOptions` with its `<Name>Sort`; `sortFields` is a registered enum of property names.
 * Use as `export const XListOptions = ListOptionsType(...); export type XListOptions = InstanceType<typeof XListOptions>`.
 */
export function ListOptionsType<F extends object, S extends string>(name: string, filterType: ClassType<F>, sortFields: object) {
  @InputType(`${name}Sort`)
  class Sort {
    @Field(() => sortFields)
    field: S;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection;
  }

  @InputType(`${name}ListOptions`)
  class ListOptions implements ListOptionsShape<F, S> {
    @Field(() => Int, { nullable: true, description: 'Rows to skip; ignored when `after` is given.' })
    skip?: number;

    @Field(() => Int, { nullable: true, description: `Page size, ${DEFAULT_TAKE} by default, capped by the server.` })
    take?: number;

    @Field({ nullable: true, description: 'Keyset cursor: the `nextCursor` of the previous page, for stable sync.' })
    after?: string;

    @Field(() => Sort, { nullable: true })
    sort?: Sort;

    @Field(() => filterType, { nullable: true })
    filter?: F;
  }
  return ListOptions;
}

/** Output type `<Name>List`, used like ListOptionsType. */
export function ListType<T extends object>(name: string, itemType: ClassType<T>) {
  @ObjectType(`${name}List`)
  class List implements ListResult<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: 'Rows matching the filter, whatever the page.' })
    totalItems: number;

    @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page; null on the last.' })
    nextCursor: string | null;
  }
  return List;
}

/** How one resource is listed: its table, the property names it may sort by, and the rule of each filter field. */
export interface ListSpec<E extends ObjectLiteral, F, S extends string> {
  entity: EntityTarget<E>;
  /** the name its cursors carry, the entity's by default: two lists of one entity need names of their own */
  list?: string;
  alias: string;
  defaultSort: S;
  filters: ListFilters<F>;
}

export interface ListLimits {
  /** false when the client did not select `totalItems`: the count is then skipped */
  wantTotal: boolean;
  /** row-level scoping added to every list (e.g. an officer's jurisdiction) */
  scope?: (qb: SelectQueryBuilder<any>) => void;
}

/** Requests in which a list read rows that depend on who asks beyond role and scopes (a filter reading the caller, a scope). */
const readForCaller = new WeakSet<RequestContext>();

/** Whether this request's lists read rows for this caller only: then its answer is not another caller's (response cache). */
export function listsReadCaller(ctx: RequestContext): boolean {
  return readForCaller.has(ctx);
}

/** Whether a sort column may hold null (such a list orders its nulls last and pages through them by id). */
function isNullable(em: EntityManager, entity: EntityTarget<ObjectLiteral>, field: string): boolean {
  return field !== 'id' && !!em.dataSource.getMetadata(entity).findColumnWithPropertyName(field)?.isNullable;
}

/** The cursor kinds of a list's sort column and of its id (they decide which cursor values may reach SQL). */
function cursorKinds(em: EntityManager, entity: EntityTarget<ObjectLiteral>, field: string): { kind: CursorKind; idKind: CursorKind } {
  const metadata = em.dataSource.getMetadata(entity);
  const kindOf = (property: string): CursorKind => {
    const column = metadata.findColumnWithPropertyName(property);
    const kind = column ? cursorKindOf(em.dataSource.driver.normalizeType(column)) : null;
    // a sort field whose column keysets cannot page is a programming error, caught by the list tests
    if (!kind) throw new Error(`${metadata.name}.${property} cannot be a keyset sort`);
    return kind;
  };
  return { kind: kindOf(field), idKind: kindOf('id') };
}

/** A page's query as the list contract builds it: filters, scope, cursor or offset, order and limit (take + 1 rows). */
export interface ListQuery<E extends ObjectLiteral> {
  qb: SelectQueryBuilder<E>;
  /** the same rows without the cursor, offset, order and limit; null when the client did not ask for totalItems */
  countQuery: SelectQueryBuilder<E> | null;
  /** the sort property and direction (the id breaks ties in the same direction) */
  field: string;
  direction: SortDirection;
  /** what its cursors name: the list and its sort (cursor.ts) */
  order: CursorOrder;
  take: number;
  skip: number;
  after: boolean;
}

/** Builds (does not run) one page's query by the list contract; refuses a bad take, skip or cursor. */
export function listQuery<E extends ObjectLiteral & { id: number }, F, S extends string>(
  ctx: RequestContext,
  spec: ListSpec<E, F, S>,
  options: ListOptionsShape<F, S> | null | undefined,
  limits: ListLimits,
): ListQuery<E> {
  const maxTake = ctx.config.limits.maxTake;
  const take = options?.take ?? DEFAULT_TAKE;
  const skip = options?.skip ?? 0;
  if (!Number.isInteger(take) || take < 1 || take > maxTake) {
    throw fail.badField('options.take', 'TAKE_RANGE', `must be from 1 to ${maxTake}`, { min: 1, max: maxTake });
  }
  if (!Number.isInteger(skip) || skip < 0) {
    throw fail.badField('options.skip', 'SKIP_RANGE', 'must be 0 or more');
  }
  const field = options?.sort?.field ?? spec.defaultSort;
  const direction = options?.sort?.direction ?? SortDirection.ASC;
  const a = spec.alias;

  const qb = ctx.em.createQueryBuilder(spec.entity, a);
  limits.scope?.(qb);
  // every filter may carry `ids` (react-admin's getMany reads referenced records this way)
  const rules = { ids: { op: 'any', column: `${a}.id`, id: true }, ...(spec.filters as Record<string, FilterRule<unknown>>) } as Record<string, FilterRule<unknown>>;
  if (options?.filter) applyFilters(qb, rules, options.filter);
  // marked before anything is read: an answer of rows chosen for this caller is kept for this caller only
  if (limits.scope || (options?.filter && readsCaller(rules, options.filter))) readForCaller.add(ctx);
  const countQuery = limits.wantTotal ? qb.clone() : null;
  const nullable = isNullable(ctx.em, spec.entity, field);
  const order: CursorOrder = { list: spec.list ?? ctx.em.connection.getMetadata(spec.entity).name, field, direction };

  if (options?.after) {
    const { kind, idKind } = cursorKinds(ctx.em, spec.entity, field);
    const cursor = decodeCursor(options.after, order, kind, idKind, nullable);
    if (!cursor) throw fail.badField('options.after', 'CURSOR_INVALID', 'is not a cursor of this list and sort');
    const { value, id } = cursor;
    const op = direction === SortDirection.ASC ? '>' : '<';
    if (field === 'id') qb.andWhere(`${a}.id ${op} :cursorId`, { cursorId: id });
    // nulls come last in either direction: within them by id; before them, the pair as usual and then the nulls
    else if (nullable && value === null) qb.andWhere(`${a}.${field} IS NULL AND ${a}.id ${op} :cursorId`, { cursorId: id });
    else if (nullable) qb.andWhere(`((${a}.${field}, ${a}.id) ${op} (:cursorValue, :cursorId) OR ${a}.${field} IS NULL)`, { cursorValue: value, cursorId: id });
    else qb.andWhere(`(${a}.${field}, ${a}.id) ${op} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  } else if (skip > 0) {
    qb.offset(skip);
  }
  if (field !== 'id') qb.orderBy(`${a}.${field}`, direction, nullable ? 'NULLS LAST' : undefined);
  qb.addOrderBy(`${a}.id`, direction).limit(take + 1);
  return { qb, countQuery, field, direction, order, take, skip, after: !!options?.after };
}

/** The page of `take + 1` rows read: at most `take` items, and the cursor after the last when there are more. */
export function pageOf<E extends { id: number }>(rows: E[], query: Pick<ListQuery<E>, 'take' | 'field' | 'order'>, totalItems: number): ListResult<E> {
  const { take, field } = query;
  const items = rows.slice(0, take);
  const last = items[items.length - 1] as (E & Record<string, unknown>) | undefined;
  const nextCursor = rows.length > take && last ? encodeCursor(query.order, last[field], last.id) : null;
  return { items, totalItems, nextCursor };
}

/** Reads one page by the list contract; two statements at most (the page, and the count when asked for). */
export async function findList<E extends ObjectLiteral & { id: number }, F, S extends string>(
  ctx: RequestContext,
  spec: ListSpec<E, F, S>,
  options: ListOptionsShape<F, S> | null | undefined,
  limits: ListLimits,
): Promise<ListResult<E>> {
  const query = listQuery(ctx, spec, options, limits);
  const { qb, countQuery } = query;
  const [rows, totalItems] = await readTogether(ctx, [() => getEntities(qb), () => (countQuery ? countQuery.getCount() : Promise.resolve(-1))]);
  return pageOf(rows, query, totalItems);
}

/** Whether the client's selection on this field includes `name` (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}
