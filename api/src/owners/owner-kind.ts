/**
 * Who an owner is (docs/domain-rules.md#organisation-owners): a person, identified by the citizen ID number (GB 11643),
 * or an organisation — a company, an institution — identified by its unified social credit code (GB 32100). Pure:
 * the console reads the same codes.
 */
export enum OwnerKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
