import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Prng } from '../api/src/seed/prng';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../api/src/firms/credit-code';

/**
 * A schema-driven generator of hostile requests: every query and mutation of the served schema with
 * arguments built from their types (valid-looking values that reach the resolvers, and hostile ones: ids
 * beyond 32 bits, NUL, unpaired surrogates, long strings, wrong types, unknown enums, nulls for non-nulls,
 * forged cursors, big pages), document shapes that cost (aliases, nesting, repeats, directives, fragments,
 * introspection), and malformed HTTP. Seeded: the same seed gives the same requests.
 */
export interface FuzzCase {
  /** what the request tries, for the report */
  title: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** the request carries its own Authorization header: the role's token is not added */
  ownAuth?: boolean;
  /** the query or mutation it calls, for the coverage report */
  operation?: string;
}

/** Mutations that would end the fuzzer's own sessions: never given ids that might exist. */
const SESSION_MUTATIONS = new Set(['revokeApiToken', 'updateUser', 'setOfficerJurisdiction']);
/** Nothing hostile to send, and it would sign the role out. */
const SKIPPED_FIELDS = new Set(['logout']);
/** The demo accounts: login is fuzzed with other names, so the fuzz never locks them. */
const DEMO_USERNAMES = new Set(['admin', 'admin2', 'clerk', 'registrar', 'officer', 'officer2', 'manager']);

const NOT_GIVEN = Symbol('not given');

/** Where a value goes: the field whose argument it is, and the input type that holds it (if any). */
interface Site {
  field: GraphQLField<unknown, unknown>;
  input?: string;
}

/** Existing records' ids by GraphQL type name (e.g. Firm), so plausible requests reach past NOT_FOUND. */
export type KnownIds = Record<string, string[]>;

const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '😀',
  '湖州市吴兴区龙泉街道',
  "' OR 1=1 --",
  "'; DROP TABLE firm; --",
  '%',
  '_%\\',
  '\n\r\t',
  'null',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '\u202e\u200b',
  'A'.repeat(256),
  'B'.repeat(10_000),
];
const PLAIN_STRINGS: readonly string[] = ['湖州', '龙庭小区', 'test', 'A', '物业', '91330502MA2B3C4D5E', '13800138000', '0572-2345678', '张三', '1号楼', 'note'];
const HOSTILE_IDS: readonly unknown[] = ['0', '-1', '2147483647', '2147483648', '4294967296', '9007199254740993', '99999999999999999999999', '1e3', '1.5', 'abc', '', ' 1', '0x10', '\u0000', '１', 2147483648, -1, 0];
const HOSTILE_INTS: readonly number[] = [0, -1, 201, 1000, 100_000, -2147483648, 2147483647];
// a Decimal is a string: a JSON number is refused (docs/integrators.md#numbers)
const PLAIN_DECIMALS: readonly unknown[] = ['0', '1.69', '12850.40', '100', '0.5'];
const HOSTILE_DECIMALS: readonly unknown[] = ['-1', '0.0001', '999999999999.9999', '1e5', 'abc', '', -0.5, '1.23456', '99999999999999999999', '-0', 1.69, '+1', ' 1.5 ', '\u200b1'];
const PLAIN_DATES: readonly string[] = ['2024-01-01', '2025-06-30', '2026-03-01', '2024-02-29'];
const HOSTILE_DATES: readonly string[] = ['2025-02-29', '0001-01-01', '9999-12-31', '2024-13-01', 'today', '', '2024-1-1'];
const PLAIN_DATE_TIMES: readonly string[] = ['2024-01-01T00:00:00Z', '2025-06-30T12:00:00.000+08:00'];
const HOSTILE_DATE_TIMES: readonly string[] = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '2024-02-30T00:00:00Z'];
/** Values of the wrong type, sent as variables (literals of the wrong type fail validation already). */
const WRONG_TYPES: readonly unknown[] = [{}, [], 'text', 1.5, true, 2147483648, { nested: { deeper: ['x'] } }];

export class FuzzGenerator {
  private readonly rng: Prng;
  private readonly rootFields: Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }>;
  private readonly cheapRootFields: string[];
  private serial = 0;
  /** the chance that a value is hostile, chosen per request: plausible requests reach the resolvers, hostile ones the guards */
  private hostility = 0.4;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    private readonly knownIds: KnownIds = {},
  ) {
    this.rng = new Prng(seed);
    const fieldsOf = (operation: 'query' | 'mutation') =>
      Object.values((operation === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
        .filter((field) => !SKIPPED_FIELDS.has(field.name))
        .map((field) => ({ operation, field }));
    this.rootFields = [...fieldsOf('query'), ...fieldsOf('mutation')];
    this.cheapRootFields = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
      .map((field) => `${field.name}${this.selection(field.type, 3, false)}`);
  }

  next(): FuzzCase {
    const serial = this.serial++;
    // one round of every operation first, so each is tried whatever the request budget
    if (serial < this.rootFields.length) return this.operation(this.rootFields[serial]);
    const kind = this.rng.weighted({ operation: 84, shape: 9, http: 7 });
    if (kind === 'operation') return this.operation(this.rng.pick(this.rootFields));
    if (kind === 'shape') return this.shape();
    return this.http();
  }

  // ---- operations from the schema ----

  private operation({ operation, field }: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }): FuzzCase {
    this.hostility = this.rng.pick([0, 0.02, 0.1, 0.4]);
    const asVariables = this.rng.chance(0.5);
    const declarations: string[] = [];
    const variables: Record<string, unknown> = {};
    const args: string[] = [];
    for (const arg of field.args) {
      const value = this.value(arg.type, arg.name, { field }, 0);
      if (value === NOT_GIVEN) continue;
      if (asVariables) {
        // now and then a variable declared with another type than its argument's
        const declared = this.hostile(0.05) ? this.rng.pick(['String', 'Int', 'ID!', '[ID!]', 'Boolean']) : String(arg.type);
        declarations.push(`$${arg.name}: ${declared}`);
        variables[arg.name] = this.hostile(0.05) ? this.rng.pick(WRONG_TYPES) : value;
        args.push(`${arg.name}: $${arg.name}`);
      } else {
        args.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    const header = declarations.length ? `${operation} Fuzz(${declarations.join(', ')})` : operation;
    const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}${this.selection(field.type, 0, true)}`;
    return { ...graphqlCase(`${operation} ${field.name}${asVariables ? ' (variables)' : ''}`, { query: `${header} { ${call} }`, variables }), operation: field.name };
  }

  /** A value for an input type: mostly plausible, often hostile; NOT_GIVEN leaves the argument or field out. */
  private value(type: GraphQLInputType, name: string, site: Site, depth: number): unknown {
    if (isNonNullType(type)) {
      if (this.hostile(0.05)) return null; // null for a non-null
      if (this.hostile(0.03)) return NOT_GIVEN; // a required one left out
      return this.given(type.ofType, name, site, depth);
    }
    if (this.rng.chance(depth === 0 ? 0.25 : 0.35)) return NOT_GIVEN;
    if (this.hostile(0.1)) return null;
    return this.given(type, name, site, depth);
  }

  /** A value of a nullable input type, always given. */
  private given(type: GraphQLInputType, name: string, site: Site, depth: number): unknown {
    if (isNonNullType(type)) return this.given(type.ofType, name, site, depth);
    if (isListType(type)) {
      const length = this.rng.chance(0.002) ? 1001 : this.rng.pick([0, 1, 1, 1, 2, 3, 30]);
      const items: unknown[] = [];
      for (let i = 0; i < length; i++) {
        const item = this.value(type.ofType, name, site, depth + 1);
        items.push(item === NOT_GIVEN ? null : item);
      }
      return items;
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (depth > 4) break;
        const value = this.value(field.type, field.name, { ...site, input: type.name }, depth + 1);
        if (value !== NOT_GIVEN) object[field.name] = value;
      }
      if (this.hostile(0.05)) object.unknownField = 'x';
      return object;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return this.hostile(0.15) ? this.rng.pick(['NOT_A_VALUE', values[0].toLowerCase()]) : this.rng.pick(values);
    }
    return this.scalar(type.name, name, site);
  }

  /** True with the request's hostility, scaled: how often this kind of mistake is made. */
  private hostile(scale = 1): boolean {
    return this.rng.chance(Math.min(1, this.hostility * scale * 2.5));
  }

  private scalar(typeName: string, name: string, site: Site): unknown {
    const hostile = this.hostile();
    switch (typeName) {
      case 'ID':
        // a session mutation never gets an id that might exist (it would revoke or change the fuzzer's own accounts)
        return hostile || SESSION_MUTATIONS.has(site.field.name) ? this.rng.pick(HOSTILE_IDS) : this.knownId(name, site);
      case 'Int':
        if (hostile) return this.rng.pick(HOSTILE_INTS);
        if (name === 'version') return this.rng.int(1, 3);
        if (name === 'take') return this.rng.pick([1, 5, 25, 100]);
        if (name === 'skip') return this.rng.pick([0, 0, 1, 10]);
        return this.rng.int(0, 300);
      case 'Float':
        return hostile ? this.rng.pick([1e308, -1, Number.MIN_VALUE]) : this.rng.pick([0, 1.5, 3]);
      case 'Boolean':
        return this.rng.chance(0.5);
      case 'Decimal':
        return this.rng.pick(hostile ? HOSTILE_DECIMALS : PLAIN_DECIMALS);
      case 'LocalDate':
        return this.rng.pick(hostile ? HOSTILE_DATES : PLAIN_DATES);
      case 'DateTimeISO':
        return this.rng.pick(hostile ? HOSTILE_DATE_TIMES : PLAIN_DATE_TIMES);
      default:
        return this.text(name, site.field.name, hostile);
    }
  }

  /** An existing record's id for an argument or input field named `name` (firmId, id, ids…), when one is known. */
  private knownId(name: string, site: Site): string {
    const pool = this.knownIds[idType(name, site, Object.keys(this.knownIds))];
    return pool?.length && this.rng.chance(0.9) ? this.rng.pick(pool) : String(this.rng.int(1, 120));
  }

  private text(name: string, rootField: string, hostile: boolean): string {
    if (name === 'after') return hostile ? this.cursor() : '';
    if (name === 'contentBase64') return this.fileContent(hostile);
    if (rootField === 'login' && name === 'username') {
      const username = hostile ? this.rng.pick(HOSTILE_STRINGS) : `nobody${this.rng.int(1, 9)}`;
      return DEMO_USERNAMES.has(username) ? 'nobody' : username;
    }
    if (name === 'name' && rootField.endsWith('Import')) return hostile ? this.rng.pick(['x.exe', '', '\u0000.csv', 'a'.repeat(300) + '.csv']) : this.rng.pick(['firms.csv', 'projects.xlsx']);
    if (!hostile) return this.plainText(name);
    if (this.rng.chance(0.002)) return 'C'.repeat(1_000_000); // a megabyte in one string
    return this.rng.pick(HOSTILE_STRINGS);
  }

  /** A string a careful client would send for a field of this name. */
  private plainText(name: string): string {
    const lower = name.toLowerCase();
    if (lower.includes('creditcode')) {
      const first17 = Array.from({ length: 17 }, () => this.rng.pick([...CREDIT_CODE_ALPHABET])).join('');
      return first17 + creditCodeCheckCharacter(first17);
    }
    if (lower.includes('phone')) return this.rng.pick(['13800138000', '0572-2345678']);
    if (lower.includes('idnumber')) return '330502199001011234';
    return this.rng.pick(PLAIN_STRINGS);
  }

  /** A list cursor: forged with values of every type for any sort field, or garbage. */
  private cursor(): string {
    const field = this.rng.pick(['id', 'name', 'title', 'households', 'contractStart', 'updatedAt', 'dueOn', 'username', 'createdAt', 'creditCode']);
    const value = this.rng.pick<unknown>(['a', '', '\u0000', 1, -1, 2147483648, 1e308, '2024-01-01', '2024-02-30', 'yesterday', '2025-01-01T00:00:00.000Z', null, true, {}, []]);
    const id = this.rng.pick<unknown>([1, 0, -1, 2147483648, 1.5, '1', null]);
    return this.rng.pick([
      forge([field, value, id]),
      forge([value, id]),
      forge({ field, value }),
      'not-a-cursor',
      '',
      '%%%%',
      Buffer.from('\u0000\u0001garbage').toString('base64url'),
      'A'.repeat(5000),
    ]);
  }

  /** An import file: a CSV of firms with plausible or hostile cells, in UTF-8 or UTF-16, or not a file at all. */
  private fileContent(hostile: boolean): string {
    const cell = () => (hostile ? this.rng.pick(HOSTILE_STRINGS) : this.plainText('name'));
    const rows = [
      '企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县',
      `${cell()},${this.plainText('creditCode')},张三,湖州,李四,13800138000,吴兴区`,
      `测试企业${cell()},${hostile ? cell() : this.plainText('creditCode')},张三,湖州,李四,13800138000,330502`,
    ];
    if (!hostile) return Buffer.from(rows.join('\n')).toString('base64');
    return this.rng.pick([
      Buffer.from(rows.join('\n')).toString('base64'),
      Buffer.from(rows.join('\r\n'), 'utf16le').toString('base64'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]).toString('base64'), // a broken zip (xlsx)
      'not base64!!',
      '',
      Buffer.from('\u0000'.repeat(64)).toString('base64'),
    ]);
  }

  /** A selection for an output type: some leaves, sometimes nested objects (with their arguments). */
  private selection(type: GraphQLOutputType, depth: number, hostileArgs: boolean): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (!isObjectType(named)) return ' { __typename }';
    const parts: string[] = [];
    for (const field of Object.values(named.getFields())) {
      const leaf = isLeafType(getNamedType(field.type));
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      if (leaf ? !this.rng.chance(0.6) : depth >= 3 || !this.rng.chance(0.3 / (depth + 1))) continue;
      if (!leaf && required.length && !hostileArgs) continue;
      const args = field.args
        .map((arg) => [arg, hostileArgs ? this.value(arg.type, arg.name, { field }, 1) : NOT_GIVEN] as const)
        .filter(([arg, value]) => value !== NOT_GIVEN || required.includes(arg))
        .map(([arg, value]) => `${arg.name}: ${literal(value === NOT_GIVEN ? this.given(arg.type, arg.name, { field }, 1) : value, arg.type)}`);
      parts.push(`${field.name}${args.length ? `(${args.join(', ')})` : ''}${this.selection(field.type, depth + 1, hostileArgs)}`);
    }
    if (parts.length === 0) parts.push('__typename');
    return ` { ${parts.join(' ')} }`;
  }

  // ---- document shapes that cost ----

  private shape(): FuzzCase {
    const cheap = () => this.rng.pick(this.cheapRootFields);
    const shapes: Array<() => FuzzCase> = [
      () => {
        const n = this.rng.pick([16, 60, 1000]);
        return graphqlCase(`${n} aliases`, { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${cheap()}`).join(' ')} }` });
      },
      () => {
        const n = this.rng.pick([3, 15]);
        return graphqlCase(`${n} aliases of the dashboard and the schema`, { query: `{ ${Array.from({ length: n }, (_, i) => `d${i}: dashboard { waitingTotal firms { approved } } s${i}: __schema { types { name } }`).join(' ')} }` });
      },
      () => graphqlCase('a real path 30 levels deep', { query: `{ ${this.deepPath(30)} }` }),
      () => {
        const n = this.rng.pick([200, 5000]);
        return graphqlCase(`selections nested ${n} deep`, { query: `{${'me{'.repeat(n)}id${'}'.repeat(n + 1)}` });
      },
      () => graphqlCase('a list literal nested 10,000 deep', { query: `{ firms(options: { filter: { ids: ${'['.repeat(10_000)}${']'.repeat(10_000)} } }) { totalItems } }` }),
      () => graphqlCase('a field repeated 300 times', { query: `{ ${'me { id } '.repeat(300)}}` }),
      () => graphqlCase('100 directives', { query: `{ me ${'@include(if: true) '.repeat(100)}{ id } }` }),
      () => {
        const fragments = Array.from({ length: 20 }, (_, i) => (i === 0 ? 'fragment F0 on Query { me { id } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`));
        return graphqlCase('fragments doubling 20 times', { query: `{ ...F19 } ${fragments.join(' ')}` });
      },
      () => graphqlCase('a fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
      () => graphqlCase('the full introspection query', { query: getIntrospectionQuery() }),
      () => graphqlCase('3,000 tokens', { query: `{ me { ${'id '.repeat(3000)}} }` }),
      () => graphqlCase('every cheap root field at once', { query: `{ ${this.cheapRootFields.join(' ')} }` }),
      () => graphqlCase('an unknown operation name', { query: 'query A { me { id } }', operationName: 'B' }),
      () => graphqlCase('two operations and no name', { query: 'query A { me { id } } query B { me { id } }' }),
      () => graphqlCase('a subscription', { query: 'subscription { me { id } }' }),
      () => graphqlCase('@skip with a text variable', { query: 'query Q($s: Boolean!) { me @skip(if: $s) { id } }', variables: { s: 'yes' } }),
      () => graphqlCase('a megabyte variable', { query: 'query Q($q: String) { firms(options: { filter: { name: $q } }) { totalItems } }', variables: { q: 'x'.repeat(1_000_000) } }),
      () => ({
        title: 'a variable nested 50,000 deep',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        // written out: JSON.stringify itself recurses
        body: `{"query":"query Q($ids: [ID!]) { firms(options: { filter: { ids: $ids } }) { totalItems } }","variables":{"ids":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
      }),
    ];
    return this.rng.pick(shapes)();
  }

  /** Object fields without required arguments, followed as deep as asked (a firm's projects' firm's …). */
  private deepPath(levels: number): string {
    let type: GraphQLNamedType = this.schema.getQueryType()!;
    const path: string[] = [];
    for (let i = 0; i < levels && isObjectType(type); i++) {
      const next: Array<GraphQLField<unknown, unknown>> = Object.values(type.getFields()).filter(
        (field) => isObjectType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
      );
      if (!next.length) break;
      const field: GraphQLField<unknown, unknown> = this.rng.pick(next);
      path.push(field.name);
      type = getNamedType(field.type);
    }
    return `${path.join(' { ')} { __typename }${' }'.repeat(path.length - 1)}`;
  }

  // ---- malformed HTTP ----

  private http(): FuzzCase {
    const json = { 'content-type': 'application/json' };
    const cases: Array<() => FuzzCase> = [
      () => ({ title: 'an empty body', method: 'POST', path: '/graphql', headers: json, body: '' }),
      () => ({ title: 'a body that is not JSON', method: 'POST', path: '/graphql', headers: json, body: '{"query": ' }),
      () => ({ title: 'a JSON null body', method: 'POST', path: '/graphql', headers: json, body: 'null' }),
      () => ({ title: 'a batch', method: 'POST', path: '/graphql', headers: json, body: '[{"query":"{ me { id } }"},{"query":"{ me { id } }"}]' }),
      () => ({ title: 'a query that is a number', method: 'POST', path: '/graphql', headers: json, body: '{"query": 1}' }),
      () => ({ title: 'variables that are text', method: 'POST', path: '/graphql', headers: json, body: '{"query": "{ me { id } }", "variables": "x"}' }),
      () => ({ title: 'variables that are a list', method: 'POST', path: '/graphql', headers: json, body: '{"query": "{ me { id } }", "variables": [1]}' }),
      () => ({ title: 'a forged persisted query', method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: this.rng.pick(['\u0000', 'x', 'a'.repeat(64)]) } } }) }),
      () => ({ title: 'JSON nested 100,000 deep', method: 'POST', path: '/graphql', headers: json, body: `{"query":"{ me { id } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` }),
      () => ({ title: 'text/plain', method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: '{ me { id } }' }),
      () => ({ title: 'application/graphql', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/graphql' }, body: '{ me { id } }' }),
      () => ({ title: 'a gzip body that is not gzip', method: 'POST', path: '/graphql', headers: { ...json, 'content-encoding': 'gzip' }, body: '{"query":"{ me { id } }"}' }),
      () => ({ title: 'an unknown content encoding', method: 'POST', path: '/graphql', headers: { ...json, 'content-encoding': 'zstd-x' }, body: '{"query":"{ me { id } }"}' }),
      () => ({ title: 'an unknown charset', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{"query":"{ me { id } }"}' }),
      () => ({ title: 'a GET query without the CSRF header', method: 'GET', path: `/graphql?query=${encodeURIComponent('{ me { id } }')}`, headers: {} }),
      () => ({ title: 'a GET query', method: 'GET', path: `/graphql?query=${encodeURIComponent(`{ ${this.rng.pick(this.cheapRootFields)} }`)}`, headers: { 'apollo-require-preflight': '1' } }),
      () => ({ title: 'a GET mutation', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { logout }')}`, headers: { 'apollo-require-preflight': '1' } }),
      () => ({ title: 'a GET of a deep text', method: 'GET', path: `/graphql?query=${encodeURIComponent(`{${'me{'.repeat(3000)}`)}`, headers: { 'apollo-require-preflight': '1' } }),
      () => ({ title: 'PUT', method: 'PUT', path: '/graphql', headers: json, body: '{"query":"{ me { id } }"}' }),
      () => ({ title: 'DELETE /', method: 'DELETE', path: '/', headers: {} }),
      () => ({ title: 'OPTIONS', method: 'OPTIONS', path: '/graphql', headers: {} }),
      () => ({ title: 'a bad Authorization scheme', method: 'POST', path: '/graphql', headers: { ...json, authorization: this.rng.pick(['Basic YWRtaW46d3V5ZS1kZW1v', 'Bearer', 'Bearer a b', `Bearer ${'t'.repeat(5000)}`, 'Bearer wy_forged']) }, body: '{"query":"{ me { id } }"}', ownAuth: true }),
      () => ({ title: 'an unknown path', method: 'GET', path: this.rng.pick(['/metrics', '/readyzz', '/api/x', '/x.php', '/.env', '/%ff', '/%', '/graphql/x', '/assets/..%2f..%2fetc%2fpasswd', `/${'a'.repeat(5000)}`, '/firms/1/show.js']), headers: { accept: this.rng.pick(['text/html', 'application/json', '*/*']) } }),
      () => ({ title: 'a probe', method: 'GET', path: this.rng.pick(['/healthz', '/readyz', '/', '/firms/1/show', '/index.html']), headers: { accept: 'text/html' } }),
      () => ({ title: 'a body over the limit', method: 'POST', path: '/graphql', headers: json, body: this.rng.chance(0.03) ? JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(9 * 1024 * 1024) } }) : '{"query":"{ me { id } }"}' }),
    ];
    return this.rng.pick(cases)();
  }
}

/**
 * The type an id names, guessed from where it goes: `firmId` → Firm, `filingId` → CommitteeFiling (the known
 * type ending so), `ids` in a FirmFilter → Firm, `id` of approveFirm → Firm, of removeFilingMaterial → FilingMaterial.
 */
function idType(name: string, site: Site, types: string[]): string {
  const match = (stem: string) => types.find((type) => type === stem) ?? types.find((type) => type.endsWith(stem)) ?? stem;
  if (/Ids?$/.test(name) && name !== 'ids') return match(capitalise(name.replace(/Ids?$/, '')));
  if (site.input) return match(site.input.replace(/(Filter|Input|ListOptions)$/, ''));
  const returned = getNamedType(site.field.type).name;
  if (types.includes(returned)) return returned;
  return match(site.field.name.replace(/^[a-z]+(?=[A-Z])/, ''));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function graphqlCase(title: string, body: { query: string; variables?: Record<string, unknown>; operationName?: string }): FuzzCase {
  return { title, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A JS value as a GraphQL literal of `type` (JSON.stringify writes strings GraphQL reads, NUL included). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined || value === NOT_GIVEN) return 'null';
  const nullable = getNullableType(type);
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${key}: ${literal(v, fields[key]?.type ?? nullable)}`)
      .join(', ')} }`;
  }
  if (isEnumType(nullable) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
