import { UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { Role } from './roles';
import { hasRole } from './policies';

/** Personal data (phones, ID numbers): shown in full only where a rule allows, masked everywhere else. */
export type PersonalKind = 'phone' | 'idNumber';

/** Who may see a personal field in full: a function of the caller and the record it belongs to. */
export type VisibilityRule = (ctx: RequestContext, record: any) => boolean | Promise<boolean>;

/** Registry contacts (firm and project phones) are for the people who file and oversee; never for integrators. */
export const registryContacts: VisibilityRule = (ctx) => hasRole(ctx.principal, Role.CLERK, Role.REGISTRAR, Role.MANAGER);

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** DOMAIN-RULES §5: e.g. 3305**********0014. */
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

/** Marks a GraphQL field as personal data: masked unless `visibleTo` admits the caller for this record. */
export function PersonalData(kind: PersonalKind, visibleTo: VisibilityRule = registryContacts): PropertyDecorator {
  const middleware = UseMiddleware(async ({ context, root }, next) => {
    const value = await next();
    if (typeof value !== 'string' || value === '') return value;
    return (await visibleTo(context as RequestContext, root)) ? value : mask(kind, value);
  });
  return (target, property) => {
    const fields = personalFields.get(target.constructor) ?? new Map<string, PersonalKind>();
    fields.set(String(property), kind);
    personalFields.set(target.constructor, fields);
    middleware(target, property);
  };
}
