import { defaultFieldResolver, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { maskPhoneDigits } from '../shared/personal-shapes';
import { MASKED_READ, MaskedRead } from '../shared/read-plan';
import { hasRole } from './policies';

/** Personal data (phones, ID numbers): shown in full only where a rule allows, masked everywhere else. */
export type PersonalKind = 'phone' | 'idNumber';

/** Who may see a personal field in full: a function of the caller and the record it belongs to. */
export type VisibilityRule = (ctx: RequestContext, record: any) => boolean | Promise<boolean>;

/** Registry contacts (firm and project phones) are for the people who file and oversee; never for integrators. */
export const registryContacts: VisibilityRule = (ctx) => hasRole(ctx.principal, Role.CLERK, Role.REGISTRAR, Role.MANAGER);

export function maskPhone(phone: string): string {
  const compact = phone.replace(/\s+/g, '');
  const digits = compact.replace(/[-()（）]/g, '');
  if (/^\d+$/.test(digits)) return maskPhoneDigits(digits);
  // not a phone's characters (written before validation, or behind it): three and four shown only where four more are hidden
  const shown = Math.min(4, Math.max(0, compact.length - 4));
  return compact.length >= 11 ? `${compact.slice(0, 3)}****${compact.slice(-4)}` : `****${shown > 0 ? compact.slice(-shown) : ''}`;
}

/** docs/domain-rules.md#personal-data: e.g. 3305**********0014. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length > 8 ? `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}` : '****';
}

export function mask(kind: PersonalKind, value: string): string {
  return kind === 'phone' ? maskPhone(value) : maskIdNumber(value);
}

/** class → property → kind; the audit log masks these in its before/after snapshots. */
const personalFields = new Map<Function, Map<string, PersonalKind>>();

export function personalFieldsOf(target: Function): Map<string, PersonalKind> {
  const merged = new Map<string, PersonalKind>();
  for (let cls: any = target; cls && cls !== Object; cls = Object.getPrototypeOf(cls)) {
    for (const [property, kind] of personalFields.get(cls) ?? []) merged.set(property, kind);
  }
  return merged;
}

/** The personal fields of the marked class named `typeName` (an audit event's entity type); empty when none is. */
export function personalFieldsOfType(typeName: string): Map<string, PersonalKind> {
  const cls = [...personalFields.keys()].find((c) => c.name === typeName);
  return cls ? personalFieldsOf(cls) : new Map();
}

const snakeCase = (property: string) => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Every personal field of every marked class, by property name and by its column's name (`id_number`): the audit
 * log masks these keys at any depth of any value, whatever its class. Where two classes disagree on a name's kind,
 * the phone mask wins, as it shows fewer characters.
 */
export function personalFieldNames(): Map<string, PersonalKind> {
  const names = new Map<string, PersonalKind>();
  for (const fields of personalFields.values()) {
    for (const [property, kind] of fields) {
      for (const name of [property, snakeCase(property)]) if (names.get(name) !== 'phone') names.set(name, kind);
    }
  }
  return names;
}

/**
 * A field whose value is itself shaped like personal data: a personal field (masked for those who may not read it), or
 * a credit code (18 characters that may look like an ID number). Every other text is refused one
 * (shared/validators.ts personalTextErrors).
 */
export function ownsPersonalShape(field: string): boolean {
  return personalFieldNames().has(field) || /creditCode/i.test(field);
}

/** What a personal field carries in its GraphQL extensions, for the schema to wrap its resolver. */
export interface PersonalFieldExtension {
  kind: PersonalKind;
  visibleTo: VisibilityRule;
}

/** Rules that read only the caller, never the record: answered once for a whole page. */
const CALLER_ONLY_RULES = new Set<VisibilityRule>([registryContacts]);

/**
 * Marks a GraphQL field as personal data: masked unless `visibleTo` admits the caller for this record. The
 * masking wraps the field's resolver when the schema is built (maskPersonalFields), synchronously whenever the
 * rule answers synchronously: a type-graphql middleware would make every row of a page a promise.
 */
export function PersonalData(kind: PersonalKind, visibleTo: VisibilityRule = registryContacts): PropertyDecorator {
  const extension: PersonalFieldExtension = { kind, visibleTo };
  const mark = Extensions({ personalData: extension });
  return (target, property) => {
    const fields = personalFields.get(target.constructor) ?? new Map<string, PersonalKind>();
    fields.set(String(property), kind);
    personalFields.set(target.constructor, fields);
    mark(target, property);
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** The value as the caller may see it. */
function shown(kind: PersonalKind, value: unknown, visible: boolean): unknown {
  return visible ? value : mask(kind, value as string);
}

/**
 * Wraps the resolver of every field marked @PersonalData in the built schema; fails the start-up when a marked
 * field was not found (personal data must never go out unmasked by an oversight).
 */
export function maskPersonalFields(schema: GraphQLSchema): void {
  const wrapped = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const personal = field.extensions?.personalData as PersonalFieldExtension | undefined;
      if (!personal) continue;
      const inner = field.resolve ?? defaultFieldResolver;
      const masking: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
        const apply = (value: unknown): unknown => {
          if (typeof value !== 'string' || value === '') return value;
          const visible = personal.visibleTo(context as RequestContext, root);
          return isPromiseLike(visible) ? visible.then((ok) => shown(personal.kind, value, ok)) : shown(personal.kind, value, visible);
        };
        const value = inner(root, args, context, info);
        return isPromiseLike(value) ? value.then(apply) : apply(value);
      };
      // what a page written by PostgreSQL needs to mask the same way (shared/read-plan.ts)
      const read: MaskedRead = {
        inner,
        callerOnly: CALLER_ONLY_RULES.has(personal.visibleTo),
        visibleTo: (ctx) => personal.visibleTo(ctx, undefined),
        mask: (value) => mask(personal.kind, value),
      };
      Object.assign(masking, { [MASKED_READ]: read });
      field.resolve = masking;
      wrapped.add(field.name);
    }
  }
  const marked = new Set([...personalFields.values()].flatMap((fields) => [...fields.keys()]));
  const missing = [...marked].filter((property) => !wrapped.has(property));
  if (missing.length) throw new Error(`personal data fields left unmasked in the schema: ${missing.join(', ')}`);
}
