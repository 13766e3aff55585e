import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportKind {
  FIRMS = 'FIRMS',
  PROJECTS = 'PROJECTS',
}
registerEnumType(ImportKind, { name: 'ImportKind' });

export enum ImportMode {
  /** nothing is written while any row is invalid */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** the valid rows are written, the invalid ones reported */
  VALID_ROWS = 'VALID_ROWS',
}
registerEnumType(ImportMode, { name: 'ImportMode' });

export enum ImportRowStatus {
  /** would be created (preview) */
  VALID = 'VALID',
  INVALID = 'INVALID',
  /** exists already (or repeats an earlier row): nothing is created for it */
  DUPLICATE = 'DUPLICATE',
  CREATED = 'CREATED',
  /** valid, but not written because other rows were invalid (ALL_OR_NOTHING) */
  SKIPPED = 'SKIPPED',
}
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

@InputType()
export class ImportFileInput {
  @Field({ description: 'the file name; its extension (.csv or .xlsx) picks the reader' })
  @Length(1, 255)
  name: string;

  @Field({ description: 'the file’s bytes in base64 (at most IMPORT_MAX_BYTES once decoded)' })
  contentBase64: string;
}

@ObjectType({ description: 'One problem with one cell of an imported row.' })
export class ImportFieldError {
  @Field({ description: 'the column key, e.g. creditCode or district' })
  field: string;

  @Field(() => String, { nullable: true, description: 'the header as written in the file' })
  column: string | null;

  @Field({ description: 'stable rule code, e.g. REQUIRED, CREDIT_CODE, REFERENCE' })
  rule: string;

  @Field()
  message: string;
}

@ObjectType()
export class ImportRowReport {
  @Field(() => Int, { description: 'row number in the file (the header is row 1)' })
  row: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => String, { nullable: true, description: 'what identifies the row to a person: credit code or project name' })
  label: string | null;

  @Field(() => [ImportFieldError])
  fieldErrors: ImportFieldError[];

  @Field(() => ID, { nullable: true, description: 'the record this row duplicates, or the one it created' })
  recordId: string | null;

  @Field(() => Int, { nullable: true, description: 'an earlier row of the same file this row repeats' })
  duplicateOfRow: number | null;
}

@ObjectType({ description: 'What an import found (preview) or did (run), row by row.' })
export class ImportReport {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => ImportMode, { nullable: true, description: 'null for a preview' })
  mode: ImportMode | null;

  @Field({ description: 'CSV or XLSX' })
  format: string;

  @Field(() => String, { nullable: true, description: 'the text encoding a CSV was read in (UTF-8, GB18030, UTF-16)' })
  encoding: string | null;

  @Field({ description: 'true when the rows reported CREATED were written' })
  committed: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  valid: number;

  @Field(() => Int)
  invalid: number;

  @Field(() => Int)
  duplicates: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => [ImportRowReport])
  rows: ImportRowReport[];
}
