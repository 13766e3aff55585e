import {
  defaultFieldResolver,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { encodeCursor } from './cursor';
import { ARRAY_ROWS } from './hydrate';
import { TABLE_VERSIONS_JSON, versionsFromJson } from './table-versions';
import { ListLimits, ListOptionsShape, ListQuery, ListResult, listQuery, ListSpec, pageOf, SortDirection } from './list';

/**
 * Compiled list reads (docs/architecture.md#compiled-reads): a list whose selection this module understands is
 * read in ONE statement that returns the page already shaped as JSON — to-one relations as correlated
 * subqueries, to-many ones as json_agg, only the selected columns, timestamps and decimals formatted by
 * PostgreSQL — and the nested field resolvers hand back the preloaded values instead of asking DataLoaders.
 * Anything it does not understand (a field it has no rule for, directives, fragments on other types) returns
 * null, and the caller reads the list the ordinary way. Access rules, masking and read guards still run on
 * the resolvers as they do for the loader path: only where the rows come from changes.
 */

/** How a field returning another registered type is read for a parent row. */
export interface ReadRelation {
  /** the GraphQL object type it returns (registered too) */
  target: string;
  many: boolean;
  /** the target rows (alias `t`) of the parent row (alias `p`); `param` binds a value and returns its placeholder */
  where(t: string, p: string, args: Record<string, unknown>, param: (value: unknown) => string): string;
  /** ORDER BY of the target rows (db columns of `t`): a to-many list's order, or which row a to-one picks */
  orderBy?: (t: string) => string;
  /** tables `where` joins besides the target's (the response cache's footprint) */
  reads?: string[];
}

export interface ReadType {
  entity: EntityTarget<ObjectLiteral>;
  /** fields that return registered types */
  relations?: Record<string, ReadRelation>;
  /** fields computed in JavaScript from the row, with the properties they read */
  computed?: Record<string, string[]>;
  /** properties every object carries, selected or not (what the read guard reads) */
  always?: string[];
  /** rows placed on an estate (db column): an officer's jurisdiction is computed with the row */
  estateColumn?: string;
}

const types = new Map<string, ReadType>();

/** Registers how a GraphQL object type is read by compiled lists (the roof does it for every domain). */
export function registerReadType(name: string, type: ReadType): void {
  types.set(name, type);
}

/**
 * Thrown inside the compiler for a selection it does not handle; the list falls back to loaders. Not an Error:
 * the text lane and the compiler meet it on ordinary requests, and an Error would capture a stack each time.
 */
class Unsupported {
  constructor(readonly reason: string) {}
}

/** Unsupported for this caller only (a read guard or a mask that acts on them): another caller's request may be written as text. */
class UnsupportedForCaller extends Unsupported {}

/** The key a compiled object carries, so the relation resolvers know its nested values are there. */
const COMPILED = '@';
/** An officer's jurisdiction over an estate-placed compiled object, computed by the statement (the read guard reads it). */
export const IN_JURISDICTION = '@j';

/** The precomputed jurisdiction of a compiled row, or undefined for a row read otherwise. */
export function compiledJurisdiction(row: unknown): boolean | undefined {
  const value = (row as Record<string, unknown> | null)?.[IN_JURISDICTION];
  return typeof value === 'boolean' ? value : undefined;
}

/** Marks a field resolver that only reads one property of its source (graphql/plain-fields.ts): the property. */
export const PLAIN_READ = Symbol('plainRead');

/** Marks the resolver of a registered relation (servePreloaded): the relation's field name. */
const PRELOADED_READ = Symbol('preloadedRead');

/** Marks a read guard's resolver (auth/read-guard.ts): what it wraps, and whether it refuses or narrows anything for a caller. */
export const GUARDED_READ = Symbol('guardedRead');
export interface GuardedRead {
  inner: GraphQLFieldResolver<unknown, unknown>;
  actsOn(ctx: RequestContext): boolean;
}

/** Marks a personal-data mask (auth/personal-data.ts): what it wraps, and the mask itself. */
export const MASKED_READ = Symbol('maskedRead');
export interface MaskedRead {
  inner: GraphQLFieldResolver<unknown, unknown>;
  /** the rule reads only the caller (then `visibleTo` answers for every row) */
  callerOnly: boolean;
  visibleTo(ctx: RequestContext): boolean | Promise<boolean>;
  /** the value as a caller who may not see it sees it */
  mask(value: string): string;
}

/**
 * A page whose items PostgreSQL wrote as the answer's final JSON text (the text lane, docs/architecture.md#compiled-reads):
 * only compiled execution asks for it (askForText), and it writes the answer around `items` without parsing it.
 */
export class TextPage {
  constructor(
    /** the items' JSON array, UTF-8 encoded as it goes out */
    readonly items: Buffer,
    readonly nextCursor: string | null,
    readonly totalItems: number,
  ) {}
}

/** The root field whose list compiled execution will write as text, per request (consumed by compiledList). */
const textAsked = new WeakMap<object, FieldNode>();

/** Compiled execution asks that this root field's list come back as a TextPage where it can; undefined clears it. */
export function askForText(ctx: RequestContext, node: FieldNode | undefined): void {
  if (node) textAsked.set(ctx, node);
  else textAsked.delete(ctx);
}

/**
 * The fields of a selection by response key, in order, as graphql-js collects them (fragments on this type
 * inlined); Unsupported for directives and fragments on other types.
 */
export function collectResponseFields(type: GraphQLObjectType, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitSet = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.directives?.length) throw new Unsupported('directive');
      if (s.kind === 'Field') {
        const key = s.alias?.value ?? s.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(s);
        else fields.set(key, [s]);
      } else {
        const fragment = s.kind === 'InlineFragment' ? s : fragments[s.name.value];
        if (!fragment) throw new Unsupported('fragment');
        if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) throw new Unsupported('type condition');
        visitSet(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visitSet(set);
  return fields;
}

/** Unsupported is how the compiler says "not this one"; callers outside this file test for it. */
export function isUnsupported(error: unknown): boolean {
  return error instanceof Unsupported;
}

/**
 * Wraps the resolver of every registered relation: a compiled object hands back its preloaded value, any
 * other goes through the field's own resolver (DataLoaders). Run before the read guards wrap the same fields.
 */
export function servePreloaded(schema: GraphQLSchema): void {
  for (const [typeName, type] of types) {
    const gqlType = schema.getType(typeName);
    if (!isObjectType(gqlType)) throw new Error(`compiled reads: ${typeName} is not an object type of the schema`);
    for (const name of Object.keys(type.relations ?? {})) {
      const field: GraphQLField<unknown, unknown> | undefined = gqlType.getFields()[name];
      if (!field) throw new Error(`compiled reads: ${typeName}.${name} is not a field of the schema`);
      const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
        const row = root as Record<string, unknown>;
        return row[COMPILED] === 1 ? row[name] : inner(root, args, ctx, info);
      };
      field.resolve = Object.assign(resolve, { [PRELOADED_READ]: name });
    }
  }
}

/** The selected fields of an object, merged over aliases and fragments: name → its nodes and arguments. */
type Selection = Map<string, { nodes: FieldNode[]; args: Record<string, unknown> }>;

function selectionOf(type: GraphQLObjectType, nodes: readonly FieldNode[], info: GraphQLResolveInfo): Selection {
  const selection: Selection = new Map();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.directives?.length) throw new Unsupported('directive');
      if (s.kind === 'Field') {
        const name = s.name.value;
        if (name === '__typename') continue;
        const def = type.getFields()[name];
        if (!def) throw new Unsupported(name);
        const args = getArgumentValues(def, s, info.variableValues);
        const entry = selection.get(name);
        if (!entry) selection.set(name, { nodes: [s], args });
        else if (JSON.stringify(entry.args) !== JSON.stringify(args)) throw new Unsupported(`${name} with different arguments`);
        else entry.nodes.push(s);
      } else {
        const fragment = s.kind === 'InlineFragment' ? s : info.fragments[s.name.value];
        if (!fragment) throw new Unsupported('fragment');
        if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) throw new Unsupported('type condition');
        visit(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) visit(node.selectionSet);
  return selection;
}

/** A column's value in the JSON as the loader path hands it to GraphQL (null when the type is not handled). */
function columnSql(metadata: EntityMetadata, property: string, t: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column || column.transformer || column.embeddedMetadata) throw new Unsupported(`${metadata.name}.${property}`);
  const ref = `${t}."${column.databaseName}"`;
  switch (metadata.connection.driver.normalizeType(column)) {
    case 'timestamp with time zone':
      // as Date#toISOString writes it: UTC, milliseconds (the columns keep milliseconds)
      return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'numeric':
      // as text, never a JSON number: "1.50" keeps its digits
      return `${ref}::text`;
    case 'date': // JSON writes dates as YYYY-MM-DD whatever the DateStyle
    case 'integer':
    case 'smallint':
    case 'boolean':
    case 'text':
    case 'character varying':
    case 'character':
      return ref;
    default:
      throw new Unsupported(`${metadata.name}.${property} of type ${String(column.type)}`);
  }
}

/**
 * A relation's rows for the parent row at alias `p`: its table at a new alias, each row as the select list `columnsOf`
 * builds for that alias (a row alias `o…` the caller turns into JSON), its condition, and its ORDER BY (or '').
 */
function relationRows(b: Build, relation: ReadRelation, p: string, args: Record<string, unknown>, columnsOf: (child: string) => string): { row: string; from: string; order: string } {
  const targetType = types.get(relation.target);
  if (!targetType) throw new Unsupported(relation.target);
  const child = `t${++b.aliases}`;
  const row = `o${child.slice(1)}`;
  // the select list first: its parameters are numbered before the condition's
  const columns = columnsOf(child);
  const table = b.ctx.em.connection.getMetadata(targetType.entity).tableName;
  return {
    row,
    from: `FROM "${table}" ${child} CROSS JOIN LATERAL (SELECT ${columns}) ${row} WHERE ${relation.where(child, p, args, b.param)}`,
    order: relation.orderBy ? ` ORDER BY ${relation.orderBy(child)}` : '',
  };
}

interface Build {
  ctx: RequestContext;
  info: GraphQLResolveInfo;
  param: (value: unknown) => string;
  aliases: number;
}

/**
 * The select list (`expr AS "key", …`) of one row of `typeName` at alias `t`, with what `selection` asks for: the
 * caller turns it into JSON as a row (`CROSS JOIN LATERAL (SELECT …) o` and `to_json(o)`), which PostgreSQL
 * writes in about half the time of json_build_object's key/value arguments (measured on the 200-project sync page).
 * With `joins`, its to-one relations are lateral joins the caller puts between `t` and the row.
 */
function objectSql(b: Build, typeName: string, selection: Selection, t: string, extra: string[] = [], joins?: string[]): string {
  const type = types.get(typeName);
  const gqlType = b.info.schema.getType(typeName);
  if (!type || !isObjectType(gqlType)) throw new Unsupported(typeName);
  const metadata = b.ctx.em.connection.getMetadata(type.entity);
  const properties = new Set<string>(['id', ...(type.always ?? []), ...extra]);
  const nested: string[] = [];
  for (const [name, { nodes, args }] of selection) {
    const relation = type.relations?.[name];
    if (relation) {
      const target = getNamedType(gqlType.getFields()[name].type);
      if (!isObjectType(target) || target.name !== relation.target) throw new Unsupported(`${typeName}.${name}`);
      const { row, from, order } = relationRows(b, relation, t, args, (child) => objectSql(b, relation.target, selectionOf(target, nodes, b.info), child));
      if (!relation.many && joins) {
        // a lateral join, not a subquery in the select list: PostgreSQL memoizes it for items that share the row (two
        // projects of one estate), where a subquery runs again for every item (nested read: 3.4 -> 2.1 ms of PostgreSQL CPU)
        const joined = `j${row.slice(1)}`;
        joins.push(`LEFT JOIN LATERAL (SELECT to_json(${row}) AS j ${from}${order} LIMIT 1) ${joined} ON true`);
        nested.push(`"${name}"`, `${joined}."j"`);
      } else {
        nested.push(
          `"${name}"`,
          relation.many ? `(SELECT coalesce(json_agg(${row}${order}), '[]'::json) ${from})` : `(SELECT to_json(${row}) ${from}${order} LIMIT 1)`,
        );
      }
    } else if (type.computed?.[name]) {
      for (const property of type.computed[name]) properties.add(property);
    } else if (metadata.findColumnWithPropertyName(name)) {
      properties.add(name);
    } else {
      throw new Unsupported(`${typeName}.${name}`);
    }
  }
  const pairs = [`"${COMPILED}"`, '1'];
  for (const property of properties) pairs.push(`"${property}"`, columnSql(metadata, property, t));
  pairs.push(...nested);
  const principal = b.ctx.principal;
  if (type.estateColumn && principal?.kind === 'user' && principal.role === Role.OFFICER) {
    // the read guard's jurisdiction check, answered by the statement instead of two more (estates/jurisdiction.ts)
    pairs.push(
      `"${IN_JURISDICTION}"`,
      `(${t}."${type.estateColumn}" IN (SELECT je.id FROM estate je JOIN community jc ON jc.id = je.community_id
          JOIN officer_jurisdiction oj ON oj.subdistrict_id = jc.subdistrict_id WHERE oj.user_id = ${b.param(principal.id)}))`,
    );
  }
  const columns: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    // PostgreSQL cuts identifiers at 63 bytes: a longer key would come back under another name
    if (Buffer.byteLength(pairs[i]) > 65) throw new Unsupported(`${typeName}: the key ${pairs[i]} is longer than an identifier`);
    columns.push(`${pairs[i + 1]} AS ${pairs[i]}`);
  }
  return columns.join(', ');
}

/** Database types a GraphQL leaf may be written from as JSON by PostgreSQL, exactly as graphql-js would write it. */
const TEXT_LEAVES: Record<string, string[]> = {
  String: ['text', 'character varying', 'character'],
  Int: ['integer', 'smallint'],
  Boolean: ['boolean'],
  DateTimeISO: ['timestamp with time zone'],
  LocalDate: ['date'],
  Decimal: ['numeric'],
  // an ID goes out as a string ("42"), whatever the column
  ID: ['integer', 'text', 'character varying'],
};

/** How a plain column's value, as PostgreSQL sends it in the text lane's row, is written into the answer's JSON. */
type RowKind = 'string' | 'number' | 'boolean' | 'id' | 'date' | 'timestamp' | 'json';

/**
 * One field of a text-lane item: its `"key":` and its value's JSON for a row (a column of the row, a constant, or a
 * computed field's resolver), chosen once per selection so that writing a row is one call per field; undefined when the
 * value cannot be written exactly (then the page goes the ordinary way).
 */
interface RowField {
  prefix: string;
  value: (row: TextRow) => string | undefined;
}

/** A text-lane row as `pg` gives it in array row mode: its columns in select-list order (column `c<i>` at index i). */
type TextRow = readonly unknown[];

/**
 * A column as the text lane reads it: its value as PostgreSQL's cheap text output (no to_char, no JSON built in SQL),
 * and how it is written. A timestamp comes as UTC wall time (`AT TIME ZONE 'UTC'`), a date and a decimal as text.
 */
function rowColumn(metadata: EntityMetadata, property: string, t: string): { expr: string; kind: RowKind } {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column || column.transformer || column.embeddedMetadata) throw new Unsupported(`${metadata.name}.${property}`);
  const ref = `${t}."${column.databaseName}"`;
  switch (metadata.connection.driver.normalizeType(column)) {
    case 'timestamp with time zone':
      return { expr: `(${ref} AT TIME ZONE 'UTC')::text`, kind: 'timestamp' };
    // a decimal and a date come as text without a cast (pg parses neither: api/src/db/data-source.ts), and a cast costs
    // its own conversion on top of the output's: 0.13-0.2 ms of an integrator's 200-project page
    case 'numeric':
      return { expr: ref, kind: 'string' };
    case 'date':
      // printed by DateStyle: only the ISO shape is written (isoFromUtcWallTime checks timestamps the same way)
      return { expr: ref, kind: 'date' };
    case 'integer':
    case 'smallint':
      return { expr: ref, kind: 'number' };
    case 'boolean':
      return { expr: ref, kind: 'boolean' };
    case 'text':
    case 'character varying':
    case 'character':
      return { expr: ref, kind: 'string' };
    default:
      throw new Unsupported(`${metadata.name}.${property} of type ${String(column.type)}`);
  }
}

const isDigit = (text: string, i: number) => text.charCodeAt(i) - 48 <= 9 && text.charCodeAt(i) >= 48;
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * A UTC wall time as PostgreSQL prints it ("2026-12-02 13:18:12.6") as Date#toISOString writes it, or null for any other
 * shape (another DateStyle, a year beyond four digits, an era, more than milliseconds). Checked by character, not by a
 * regular expression: an integrator's 200-project page writes 800 of them.
 */
export function isoFromUtcWallTime(text: string): string | null {
  const length = text.length;
  if (length !== 19 && (length < 21 || length > 23)) return null;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':') return null;
  for (const i of DIGITS_AT) if (!isDigit(text, i)) return null;
  if (length === 19) return `${text.slice(0, 10)}T${text.slice(11)}.000Z`;
  if (text[19] !== '.') return null;
  for (let i = 20; i < length; i++) if (!isDigit(text, i)) return null;
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${text.slice(20).padEnd(3, '0')}Z`;
}

const isIsoDate = (value: string) => value.length === 10 && value[4] === '-' && value[7] === '-' && [0, 1, 2, 3, 5, 6, 8, 9].every((i) => isDigit(value, i));

/** How a non-null row value of each kind is written as JSON, or undefined when it cannot be written exactly. */
const KIND_WRITERS: Record<RowKind, (value: unknown) => string | undefined> = {
  string: (value) => (typeof value === 'string' ? JSON.stringify(value) : undefined),
  number: (value) => String(value),
  boolean: (value) => String(value),
  // an integer id needs no escaping
  id: (value) => (typeof value === 'number' ? `"${value}"` : JSON.stringify(String(value))),
  date: (value) => (typeof value === 'string' && isIsoDate(value) ? `"${value}"` : undefined),
  timestamp: (value) => {
    const iso = typeof value === 'string' ? isoFromUtcWallTime(value) : null;
    return iso === null ? undefined : `"${iso}"`;
  },
  // a relation's JSON as PostgreSQL wrote it (relationText): null only where the schema allows it
  json: (value) => (typeof value === 'string' && !value.includes(MISSING) ? value : undefined),
};

/** A row value written as JSON by its kind, or undefined when it cannot be written exactly (then the page goes the ordinary way). */
export function rowValue(kind: RowKind, value: unknown): string | undefined {
  return value === null || value === undefined ? 'null' : KIND_WRITERS[kind](value);
}

/**
 * A column's value for a row, written by its kind; `mask`: the column is seen masked by this caller, the mask applied
 * here to the value PostgreSQL sent, as the masking resolver does (null and '' as they are: auth/personal-data.ts).
 */
function columnValue(column: number, kind: RowKind, mask?: (value: string) => string): RowField['value'] {
  const write = KIND_WRITERS[kind];
  if (!mask) return (row) => {
    const value = row[column];
    return value === null || value === undefined ? 'null' : write(value);
  };
  return (row) => {
    const value = row[column];
    return value === null || value === undefined ? 'null' : write(typeof value === 'string' && value !== '' ? mask(value) : value);
  };
}

/**
 * The items' JSON array from the page's rows, UTF-8 encoded, or null when a value cannot be written exactly. Each item
 * is written as its own string and encoded into one buffer sized for the worst case (3 bytes a UTF-16 unit): one string
 * of the whole page would be flattened before encoding, and a buffer an item cost an allocation and a copy each (the
 * sync's profile).
 */
function itemsText(rows: readonly TextRow[], fields: readonly RowField[]): Buffer | null {
  if (rows.length === 0) return Buffer.from('[]');
  const items: string[] = new Array(rows.length);
  let units = 1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let item = r ? ',{' : '[{';
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      const value = field.value(row);
      if (value === undefined) return null;
      item += f ? `,${field.prefix}${value}` : field.prefix + value;
    }
    items[r] = `${item}}`;
    units += items[r].length + 1;
  }
  // the slack is not kept: the answer's bytes are a copy (compiled-execution's rootText), never this buffer
  const bytes = Buffer.allocUnsafe(units * 3);
  let at = 0;
  for (let r = 0; r < items.length; r++) at += bytes.write(items[r], at);
  at += bytes.write(']', at);
  return bytes.subarray(0, at);
}

/** A registered type as the text lane reads it: its rules, its GraphQL type and its entity's metadata. */
function textTypeOf(b: Build, typeName: string): { type: ReadType; gqlType: GraphQLObjectType; metadata: EntityMetadata } {
  const type = types.get(typeName);
  const gqlType = b.info.schema.getType(typeName);
  if (!type || !isObjectType(gqlType)) throw new Unsupported(typeName);
  return { type, gqlType, metadata: b.ctx.em.connection.getMetadata(type.entity) };
}

/**
 * A leaf field the text lane may write: a column read as it is (a plain property read) or masked by a rule that reads
 * only the caller, of a leaf type in TEXT_LEAVES (or an enum whose values are their names), nullable wherever the column
 * is; no arguments. Whether it is an ID, and its mask when the caller may not see it.
 */
function textLeaf(b: Build, typeName: string, { type, gqlType, metadata }: ReturnType<typeof textTypeOf>, name: string, nodes: FieldNode[]) {
  const def = gqlType.getFields()[name];
  const column = def && !type.computed?.[name] ? metadata.findColumnWithPropertyName(name) : undefined;
  if (!def || !column || def.args.length > 0 || nodes.some((node) => node.arguments?.length || node.selectionSet)) throw new Unsupported(`${typeName}.${name}`);
  const masked = (def.resolve as { [MASKED_READ]?: MaskedRead } | undefined)?.[MASKED_READ];
  const read = masked ? masked.inner : def.resolve;
  if ((read as { [PLAIN_READ]?: string } | undefined)?.[PLAIN_READ] !== name) throw new Unsupported(`${typeName}.${name} is resolved`);
  if (isNonNullType(def.type) ? column.isNullable : false) throw new Unsupported(`${typeName}.${name} may be null`);
  const leaf = isNonNullType(def.type) ? def.type.ofType : def.type;
  if (isListType(leaf)) throw new Unsupported(`${typeName}.${name} is a list`);
  const dbType = String(b.ctx.em.connection.driver.normalizeType(column));
  const allowed = isEnumType(leaf) ? (leaf.getValues().every((v) => v.value === v.name) ? ['text', 'character varying'] : []) : TEXT_LEAVES[leaf.name] ?? [];
  if (!allowed.includes(dbType)) throw new Unsupported(`${typeName}.${name}: ${leaf.name} from ${dbType}`);
  let hiddenBy: MaskedRead | null = null;
  if (masked) {
    const visible = masked.callerOnly ? masked.visibleTo(b.ctx) : null;
    if (typeof visible !== 'boolean') throw new Unsupported(`${typeName}.${name}: a rule that reads the record`);
    if (!visible) hiddenBy = masked;
  }
  return { isId: leaf.name === 'ID', hiddenBy };
}

/** Computed fields whose resolver answered a promise: their lists go the ordinary way from then on, without a text statement first. */
const asyncComputed = new WeakSet<GraphQLField<unknown, unknown>>();

/** Database types whose values `pg` gives as the entity holds them (numbers, booleans, strings): what a computed field may read in the text lane. */
const AS_ENTITY_HOLDS = ['integer', 'smallint', 'boolean', 'text', 'character varying'];

/**
 * How graphql-js writes a value of a leaf type, a list of them or either non-null (completeValue, then JSON), or null
 * for other types; the writer answers undefined where graphql-js would report an error (a null where the schema
 * forbids one, a value the type cannot serialise) and for a list that is not an array (graphql-js takes any iterable:
 * the ordinary way writes it).
 */
export function leafWriter(type: GraphQLOutputType): ((value: unknown) => string | undefined) | null {
  if (isNonNullType(type)) {
    const inner = leafWriter(type.ofType);
    return inner && ((value) => (value === null || value === undefined ? undefined : inner(value)));
  }
  if (isListType(type)) {
    const item = leafWriter(type.ofType);
    return (
      item &&
      ((value) => {
        if (value === null || value === undefined) return 'null';
        if (!Array.isArray(value)) return undefined;
        const parts: string[] = [];
        for (const element of value) {
          const written = item(element);
          if (written === undefined) return undefined;
          parts.push(written);
        }
        return `[${parts.join(',')}]`;
      })
    );
  }
  if (!isLeafType(type)) return null;
  return (value) => {
    if (value === null || value === undefined) return 'null';
    try {
      const serialized = type.serialize(value);
      return serialized === null || serialized === undefined ? undefined : JSON.stringify(serialized);
    } catch {
      return undefined;
    }
  };
}

/**
 * A computed field of the items (a filing's availableActions) in the text lane: its own resolver, called as the plan
 * calls it on a record of the properties the type says it reads (plain columns added to `columns`), its value written
 * by leafWriter. Its JavaScript is the ordinary path's; PostgreSQL only returns the columns. A promise, an error or a
 * value graphql-js would refuse sends the page the ordinary way (the writer answers undefined).
 */
function computedText(b: Build, typeName: string, { type, gqlType, metadata }: ReturnType<typeof textTypeOf>, key: string, name: string, nodes: FieldNode[], t: string, columns: string[]) {
  const def = gqlType.getFields()[name];
  if (!def || def.args.length > 0 || nodes.some((node) => node.arguments?.length || node.selectionSet)) throw new Unsupported(`${typeName}.${name}`);
  if (asyncComputed.has(def)) throw new Unsupported(`${typeName}.${name} answers a promise`);
  const write = leafWriter(def.type);
  if (!write) throw new Unsupported(`${typeName}.${name} is not a leaf`);
  const reads = type.computed![name].map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column || column.transformer || column.embeddedMetadata || !AS_ENTITY_HOLDS.includes(String(metadata.connection.driver.normalizeType(column)))) {
      throw new Unsupported(`${typeName}.${name} reads ${property}`);
    }
    const index = columns.length;
    columns.push(`${t}."${column.databaseName}" AS "c${index}"`);
    return { property, index };
  });
  const resolve = (def.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
  const info: GraphQLResolveInfo = { ...b.info, fieldName: name, fieldNodes: nodes, returnType: def.type, parentType: gqlType, path: { prev: undefined, key, typename: typeName } };
  return (row: TextRow) => {
    const record: Record<string, unknown> = {};
    for (const { property, index } of reads) record[property] = row[index];
    let value: unknown;
    try {
      value = resolve(record, {}, b.ctx, info);
    } catch {
      return undefined;
    }
    if (typeof (value as { then?: unknown } | null)?.then === 'function') {
      // the ordinary path asks again; this one's outcome is nobody's
      (value as Promise<unknown>).then(undefined, () => undefined);
      asyncComputed.add(def);
      return undefined;
    }
    return write(value);
  };
}

/**
 * Written in place of a row the schema promises (a non-null to-one relation) that PostgreSQL did not find: a page whose
 * text holds it goes the ordinary way, where graphql-js reports the error. A stored value equal to it does the same, harmlessly.
 */
const MISSING = '"\\u0001missing"';

/**
 * A relation of a text-lane object, for writing it as graphql-js would: its rows (`row`, an object of the selected fields
 * by jsonObjectSql) and where they come from; a to-many one also as the text of its JSON array in its order. `promised`:
 * a to-one relation the schema declares non-null (its absence is written as MISSING). Unsupported where the field's read
 * guard refuses or narrows anything for this caller, or where its resolver is not the relation's own.
 */
function relationText(
  b: Build,
  typeName: string,
  gqlType: GraphQLObjectType,
  name: string,
  nodes: FieldNode[],
  p: string,
): { many: boolean; promised: boolean; from: string; row: string; text: string } {
  const relation = types.get(typeName)!.relations![name];
  const def = gqlType.getFields()[name];
  const guard = (def.resolve as { [GUARDED_READ]?: GuardedRead } | undefined)?.[GUARDED_READ];
  if (guard?.actsOn(b.ctx)) throw new UnsupportedForCaller(`${typeName}.${name}: its read guard acts on this caller`);
  const read = guard ? guard.inner : def.resolve;
  if ((read as { [PRELOADED_READ]?: string } | undefined)?.[PRELOADED_READ] !== name) throw new Unsupported(`${typeName}.${name} is resolved`);
  const target = getNamedType(def.type);
  const listed = isListType(isNonNullType(def.type) ? def.type.ofType : def.type);
  if (!isObjectType(target) || target.name !== relation.target || listed !== relation.many) throw new Unsupported(`${typeName}.${name}`);
  const args = getArgumentValues(def, nodes[0], b.info.variableValues);
  if (nodes.some((node) => JSON.stringify(getArgumentValues(def, node, b.info.variableValues)) !== JSON.stringify(args))) throw new Unsupported(`${name} with different arguments`);
  const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const { row, from, order } = relationRows(b, relation, p, args, (child) => jsonObjectSql(b, relation.target, collectResponseFields(target, sets, b.info.fragments), child));
  // json_agg would put ", " between items where graphql-js writes ","
  if (relation.many) return { many: true, promised: false, from, row, text: `(SELECT coalesce('[' || string_agg(to_json(${row})::text, ','${order}) || ']', '[]') ${from})` };
  return { many: false, promised: isNonNullType(def.type), from: `${from}${order} LIMIT 1`, row, text: '' };
}

/** A to-one relation's JSON, MISSING in place of no row where the schema promises one. */
const promised = (json: string, isPromised: boolean, type: 'json' | 'text') => (isPromised ? `coalesce(${json}, '${MISSING}'::${type})` : json);

/**
 * The select list of an object nested in a text-lane item, for `to_json(row)`: each field under its response key, valued as
 * graphql-js would write it (an ID as a string, a timestamp as Date#toISOString, a decimal as its text), relations as JSON.
 * A mask this caller would see in its place is not written here (its exactness is the item's condition only).
 */
function jsonObjectSql(b: Build, typeName: string, fields: Map<string, FieldNode[]>, t: string): string {
  const read = textTypeOf(b, typeName);
  const { type, gqlType, metadata } = read;
  const columns: string[] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    // PostgreSQL cuts identifiers at 63 bytes: a longer key would come back under another name
    if (Buffer.byteLength(key) > 63) throw new Unsupported(`${typeName}: the key ${key} is longer than an identifier`);
    if (name === '__typename') {
      columns.push(`'${typeName}'::text AS "${key}"`);
    } else if (type.relations?.[name]) {
      // a to-one row as json: text cast to json would be parsed again by PostgreSQL at every level (a fifth of the nested read)
      const r = relationText(b, typeName, gqlType, name, nodes, t);
      columns.push(`${r.many ? `${r.text}::json` : promised(`(SELECT to_json(${r.row}) ${r.from})`, r.promised, 'json')} AS "${key}"`);
    } else {
      const { isId, hiddenBy } = textLeaf(b, typeName, read, name, nodes);
      if (hiddenBy) throw new UnsupportedForCaller(`${typeName}.${name} is masked for this caller`);
      const expr = columnSql(metadata, name, t);
      columns.push(`${isId ? `(${expr})::text` : expr} AS "${key}"`);
    }
  }
  if (columns.length === 0) throw new Unsupported('no fields');
  return columns.join(', ');
}

/**
 * One item of the text lane: the columns PostgreSQL sends for it (plain values; relations as their JSON text) and how each
 * is written, in the answer's key order, as graphql-js would write them; or Unsupported. Leaves are textLeaf's, relations
 * relationText's (to-one ones as lateral joins added to `joins`, which PostgreSQL memoizes for items that share the row);
 * computed fields and arguments of leaves are not written here. A value this caller sees masked is read as it is and
 * masked as it is written, by the resolver's own mask.
 */
function textObjectSql(b: Build, typeName: string, fields: Map<string, FieldNode[]>, t: string, joins: string[]): { columns: string[]; fields: RowField[] } {
  const read = textTypeOf(b, typeName);
  const { type, gqlType, metadata } = read;
  const columns: string[] = [];
  const written: RowField[] = [];
  for (const [key, nodes] of fields) {
    const prefix = `${JSON.stringify(key)}:`;
    const name = nodes[0].name.value;
    // the column this field is read from: its index in the row, and its name in the select list
    const index = columns.length;
    const alias = `c${index}`;
    if (name === '__typename') {
      const constant = JSON.stringify(typeName);
      written.push({ prefix, value: () => constant });
      continue;
    }
    if (type.relations?.[name]) {
      const r = relationText(b, typeName, gqlType, name, nodes, t);
      if (r.many) columns.push(`${r.text} AS "${alias}"`);
      else {
        const joined = `j${++b.aliases}`;
        joins.push(`LEFT JOIN LATERAL (SELECT to_json(${r.row})::text AS j ${r.from}) ${joined} ON true`);
        columns.push(`${promised(`${joined}."j"`, r.promised, 'text')} AS "${alias}"`);
      }
      written.push({ prefix, value: columnValue(index, 'json') });
      continue;
    }
    if (type.computed?.[name]) {
      written.push({ prefix, value: computedText(b, typeName, read, key, name, nodes, t, columns) });
      continue;
    }
    const { isId, hiddenBy } = textLeaf(b, typeName, read, name, nodes);
    const { expr, kind } = rowColumn(metadata, name, t);
    columns.push(`${expr} AS "${alias}"`);
    // a masked value is written as the string the mask makes, here rather than in SQL (which cost an integrator's
    // 200-project page a sixth of its PostgreSQL time)
    written.push({ prefix, value: hiddenBy ? columnValue(index, 'string', hiddenBy.mask) : columnValue(index, isId ? 'id' : kind) });
  }
  if (written.length === 0) throw new Unsupported('no fields');
  return { columns, fields: written };
}

/**
 * One page of a list in one statement, or null when the selection holds something the compiler does not
 * handle (or COMPILED_READS is off): then read it with findList. Same page, order, cursor and totalItems as
 * findList; totalItems comes from a count subquery of the filtered rows in the same statement, or from findList's
 * count query when the page is empty (past the end, or after the last cursor).
 */
export async function compiledList<E extends ObjectLiteral & { id: number }, F, S extends string>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  spec: ListSpec<E, F, S>,
  options: ListOptionsShape<F, S> | null | undefined,
  limits: ListLimits,
): Promise<ListResult<E> | null> {
  if (!ctx.config.compiledReads) return null;
  const listType = getNamedType(info.returnType);
  if (!isObjectType(listType)) return null;
  const asText = textAsked.get(ctx) === info.fieldNodes[0];
  if (asText) textAsked.delete(ctx);
  const listSelection = (() => {
    try {
      return selectionOf(listType, info.fieldNodes, info);
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  })();
  if (!listSelection) return null;
  const itemsType = getNamedType(listType.getFields().items.type) as GraphQLObjectType;

  const query: ListQuery<E> = listQuery(ctx, spec, options, limits);
  const { qb, countQuery, field, direction } = query;
  qb.select(`${qb.escape(spec.alias)}.*`);
  // the total as its own subquery of the filtered rows (no cursor): a window count would make PostgreSQL read and
  // sort every filtered row, where the page alone can follow an index in order and stop at its last row
  if (countQuery) qb.addSelect(`(${countQuery.clone().select('count(*)').orderBy().getQuery()})`, '@total');
  const [inner, innerParams] = qb.getQueryAndParameters();
  const metadata = ctx.em.connection.getMetadata(spec.entity);
  const dir = direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const sortColumn = metadata.findColumnWithPropertyName(field)!.databaseName;
  // nulls last in either direction, as the list contract orders them (shared/list.ts)
  const orderOn = (t: string) => (field === 'id' ? `${t}."id" ${dir}` : `${t}."${sortColumn}" ${dir} NULLS LAST, ${t}."id" ${dir}`);
  const order = orderOn('t0');
  const total = async (row: { total?: number | null }) =>
    // an empty page carries no total: none matched, or the page lies past the end or after the last cursor
    countQuery ? row.total ?? (query.skip > 0 || query.after ? await countQuery.getCount() : 0) : -1;

  // a session held in memory is checked by the statement that reads the page: it carries the version read
  // (request/session-check.ts)
  const carry = () => (ctx.sessionCheck?.wantsVersions ? `, ${TABLE_VERSIONS_JSON} AS versions` : '');
  const offer = (row: { versions?: Record<string, string> | null }) => {
    if (row.versions !== undefined) ctx.sessionCheck?.offer(versionsFromJson(row.versions));
  };
  // each statement binds the list's own parameters and those its select list adds
  const textParams: unknown[] = [...innerParams];
  const textBuild: Build = { ctx, info, param: (value) => (textParams.push(value), `$${textParams.length}`), aliases: 0 };
  const text = asText ? textSql(textBuild, itemsType, listSelection.get('items')?.nodes ?? [], query.take) : null;
  if (text) {
    // plain columns, in order, `take` + 1 rows (is there a next page?): no JSON is built in SQL (to_json and to_char
    // cost PostgreSQL several times the rows themselves) and none is parsed here; the first row carries the versions
    // (numbered by a window only then: it cost an integrator's 200-project page 0.85 -> 0.72 ms of PostgreSQL), every
    // row the total (one integer), the last item the cursor's sort value
    const sort = rowColumn(metadata, field, 't0');
    const versions = ctx.sessionCheck?.wantsVersions ?? false;
    const sql = `SELECT ${[...text.columns, `${sort.expr} AS "@sort"`, 't0."id" AS "@id"'].join(', ')}${
      countQuery ? `, t0."@total"::int AS "@total"` : ''
    }${versions ? `, CASE WHEN t0."@n" = 1 THEN ${TABLE_VERSIONS_JSON} END AS versions` : ''}
      FROM ${versions ? `(SELECT t.*, row_number() OVER (ORDER BY ${orderOn('t')}) AS "@n" FROM (${inner}) t)` : `(${inner})`} t0 ${text.joins.join(' ')} ORDER BY ${order}`;
    // rows as arrays (no object with the columns' names built per row): the item's columns, then these
    const n = text.columns.length;
    const at = { sort: n, id: n + 1, total: n + 2, versions: countQuery ? n + 3 : n + 2 };
    const rows: TextRow[] = await ctx.em.query(ARRAY_ROWS + sql, textParams);
    const first = rows[0];
    if (first && versions) offer({ versions: first[at.versions] as Record<string, string> | null });
    const page = rows.length > query.take ? rows.slice(0, query.take) : rows;
    // a value of another shape: the page goes the ordinary way
    const items = itemsText(page, text.fields);
    const last = rows.length > query.take ? page[page.length - 1] : undefined;
    // the cursor's sort value as the ordinary path has it (its JSON), written by the same rule as an item's field
    const sortJson = last ? rowValue(sort.kind, last[at.sort]) : 'null';
    if (items !== null && sortJson !== undefined) {
      const nextCursor = last ? encodeCursor(query.order, JSON.parse(sortJson), last[at.id] as number) : null;
      return new TextPage(items, nextCursor, await total({ total: countQuery ? (first?.[at.total] as number | null | undefined) : undefined })) as unknown as ListResult<E>;
    }
  }
  // the JSON statement, built only when the text lane did not answer (what it writes, this statement can write too)
  const params: unknown[] = [...innerParams];
  const build: Build = { ctx, info, param: (value) => (params.push(value), `$${params.length}`), aliases: 0 };
  let object: string;
  const joins: string[] = [];
  try {
    const items = listSelection.get('items');
    object = objectSql(build, itemsType.name, items ? selectionOf(itemsType, items.nodes, info) : new Map(), 't0', [field], joins);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const sql = `SELECT coalesce(json_agg(o0 ORDER BY ${order}), '[]'::json) AS items${countQuery ? ', max(t0."@total")::int AS total' : ''}${carry()} FROM (${inner}) t0 ${joins.join(' ')} CROSS JOIN LATERAL (SELECT ${object}) o0`;
  const [row]: Array<{ items: E[]; total?: number | null; versions?: Record<string, string> | null }> = await ctx.em.query(sql, params);
  offer(row);
  return pageOf(row.items, query, await total(row));
}

/** Items selections the text lane cannot write: why depends on the schema and the document only, never on the caller. */
const notText = new WeakSet<FieldNode>();

/** The text lane's columns and fields for the items, or null when they cannot be written as text. */
function textSql(b: Build, itemsType: GraphQLObjectType, nodes: FieldNode[], take: number): { columns: string[]; fields: RowField[]; joins: string[] } | null {
  if (!Number.isInteger(take) || nodes.length === 0 || notText.has(nodes[0])) return null;
  try {
    const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const joins: string[] = [];
    const item = textObjectSql(b, itemsType.name, collectResponseFields(itemsType, sets, b.info.fragments), 't0', joins);
    return { ...item, joins };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    if (!(error instanceof UnsupportedForCaller)) notText.add(nodes[0]);
    return null;
  }
}

/** What a query's answer depends on, for the response cache (graphql/response-cache.ts). */
export interface ReadFootprint {
  /** every table its rows come from */
  tables: Set<string>;
  /** it selects a field whose value depends on who asks beyond the role (personal data, computed actions) */
  callerDependent: boolean;
}

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The tables a selection on `typeName` reads, added to `into`; false when it holds a field that is not a column,
 * a declared computed field or a registered relation (then nobody can say what it reads, and it is not cached).
 * Directives are walked through: the tables of a field that @skip leaves out are a harmless extra.
 */
export function footprintOf(schema: GraphQLSchema, ds: DataSource, typeName: string, set: SelectionSetNode, fragments: Fragments, into: ReadFootprint): boolean {
  const type = types.get(typeName);
  const gqlType = schema.getType(typeName);
  if (!type || !isObjectType(gqlType)) return false;
  const metadata = ds.getMetadata(type.entity);
  into.tables.add(metadata.tableName);
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      const name = s.name.value;
      if (name === '__typename') continue;
      const def = gqlType.getFields()[name];
      if (!def) return false;
      if (def.extensions?.personalData) into.callerDependent = true;
      const relation = type.relations?.[name];
      if (relation) {
        for (const table of relation.reads ?? []) into.tables.add(table);
        if (!s.selectionSet || !footprintOf(schema, ds, relation.target, s.selectionSet, fragments, into)) return false;
      } else if (type.computed?.[name]) {
        into.callerDependent = true;
      } else if (!metadata.findColumnWithPropertyName(name)) {
        return false;
      }
    } else {
      const fragment = s.kind === 'InlineFragment' ? s : fragments[s.name.value];
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return false;
      if (!footprintOf(schema, ds, typeName, fragment.selectionSet, fragments, into)) return false;
    }
  }
  return true;
}

/** Root query fields the response cache may answer, with the tables their filters and scope read besides the rows'. */
const cachedRoots = new Map<string, readonly string[]>();

export function registerCachedRoots(names: readonly string[], scopeTables: readonly string[]): void {
  for (const name of names) cachedRoots.set(name, scopeTables);
}

/**
 * The footprint of a whole query operation, or null when any root field is not a registered cached root or
 * selects anything footprintOf cannot account for. A root field returns a registered type, or a list of one
 * (`items` of it, `totalItems`, `nextCursor`).
 */
export function operationFootprint(schema: GraphQLSchema, ds: DataSource, operation: OperationDefinitionNode, fragments: Fragments): ReadFootprint | null {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query) return null;
  const into: ReadFootprint = { tables: new Set(), callerDependent: false };
  for (const root of operation.selectionSet.selections) {
    if (root.kind !== 'Field') return null;
    if (root.name.value === '__typename') continue;
    const scope = cachedRoots.get(root.name.value);
    const field = query.getFields()[root.name.value];
    if (!scope || !field || !root.selectionSet) return null;
    for (const table of scope) into.tables.add(table);
    const type = getNamedType(field.type);
    if (types.has(type.name)) {
      if (!footprintOf(schema, ds, type.name, root.selectionSet, fragments, into)) return null;
      continue;
    }
    const items = isObjectType(type) ? type.getFields().items : undefined;
    if (!items) return null;
    for (const s of root.selectionSet.selections) {
      if (s.kind !== 'Field') return null;
      if (s.name.value === 'items') {
        if (!s.selectionSet || !footprintOf(schema, ds, getNamedType(items.type).name, s.selectionSet, fragments, into)) return null;
      } else if (!['totalItems', 'nextCursor', '__typename'].includes(s.name.value)) {
        return null;
      }
    }
  }
  return into.tables.size > 0 ? into : null;
}
