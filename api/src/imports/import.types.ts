import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TextLength } from '../shared/validators';
import type { ParsedTable } from './parsers';
import type { RowWork } from './pipeline';

export enum ImportKind {
  FIRMS = 'FIRMS',
  PROJECTS = 'PROJECTS',
  /** one estate's units, owners and ownerships (pass estateId); officers of the estate's subdistrict only */
  OWNER_ROLL = 'OWNER_ROLL',
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
  /** an existing record the row changed (owner rolls: a unit's area, an owner's phone…; see `changes`) */
  UPDATED = 'UPDATED',
  /** valid, but not written because other rows were invalid (ALL_OR_NOTHING) */
  SKIPPED = 'SKIPPED',
}
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

@InputType()
export class ImportFileInput {
  @Field({ description: 'the file name; its extension (.csv or .xlsx) picks the reader' })
  @TextLength(1, 255)
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

  @Field({ description: 'stable rule code, e.g. REQUIRED, CREDIT_CODE_CHECK, REFERENCE' })
  rule: string;

  @Field()
  message: string;

  @Field(() => String, {
    nullable: true,
    description: 'the cell as the file has it (ID numbers masked, but for a refused ID number: the uploader must find it in their own file); null when it is blank',
  })
  given: string | null;

  @Field(() => String, { nullable: true, description: 'a refused check character (ID_CHECK, CREDIT_CODE_CHECK): the one the first 17 characters give; null otherwise' })
  expected: string | null;

  @Field(() => [String], { nullable: true, description: 'for a choice (ONE_OF, a district): the words the cell may hold; null otherwise' })
  allowed: string[] | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'the figures the message says, by name (e.g. ID_BIRTH_DATE: birthDate; LENGTH: max; DECIMAL_PLACES: places), as a field error’s extensions carry them; null when it says none',
  })
  args: Record<string, unknown> | null;
}

@ObjectType()
export class ImportRowReport {
  @Field(() => Int, { description: 'row number in the file (the header is row 1)' })
  row: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => String, {
    nullable: true,
    description: 'what identifies the row to a person: credit code, project name, or unit and owner (ID number masked)',
  })
  label: string | null;

  @Field(() => [ImportFieldError])
  fieldErrors: ImportFieldError[];

  @Field(() => ID, { nullable: true, description: 'the record this row duplicates, or the one it created' })
  recordId: string | null;

  @Field(() => Int, { nullable: true, description: 'an earlier row of the same file this row repeats' })
  duplicateOfRow: number | null;

  @Field(() => [String], { description: 'fields of an existing record the row changes (or would change), e.g. area, phone' })
  changes: string[];
}

@ObjectType({ description: 'A vote of the estate that an owner-roll import leaves as it is' })
export class OpenVote {
  @Field({ description: 'ELECTION or RESOLUTION' })
  kind: string;

  @Field(() => ID)
  id: string;

  @Field({ description: 'its phase now, e.g. VOTING' })
  phase: string;
}

@ObjectType({ description: 'What an import found (preview) or did (run), row by row.' })
export class ImportReport {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => ID, { nullable: true, description: 'the estate of an owner roll' })
  estateId: string | null;

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

  @Field(() => Int, { description: 'rows that changed an existing record' })
  updated: number;

  @Field(() => Int, { description: 'owner rolls: ownerships the file no longer lists for its units (removed, or to be removed)' })
  removed: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => [ImportRowReport])
  rows: ImportRowReport[];

  @Field(() => [OpenVote], { description: 'owner rolls: the estate\'s votes not yet certified, which keep the roll fixed when they opened — the import changes the live roll only' })
  openVotes: OpenVote[];

  /** the file as read and its rows, for the error file (built only when asked for) */
  source?: { fileName: string; table: ParsedTable; rows: readonly RowWork[] };
}

@InputType({ description: 'A row of an import file to fix, with the words the client shows for its problems' })
export class ImportRowMessageInput {
  @Field(() => Int, { description: 'row number in the file, as its report gives it' })
  row: number;

  @Field({ description: 'what is wrong with the row, in the user\'s language (at most 4000 characters)' })
  message: string;
}

@ObjectType({ description: 'The rows not imported, in the uploaded format, with their messages in one more column' })
export class ImportErrorFile {
  @Field({ description: 'e.g. firms-errors.xlsx' })
  name: string;

  @Field()
  contentType: string;

  @Field()
  contentBase64: string;
}

export enum ImportPhase {
  /** the rows are being checked */
  CHECKING = 'CHECKING',
  /** the checked rows are being written, batch by batch */
  WRITING = 'WRITING',
  /** committed, or nothing to write */
  DONE = 'DONE',
  /** refused or rolled back: the runImport reply says why */
  FAILED = 'FAILED',
}
registerEnumType(ImportPhase, { name: 'ImportPhase' });

@ObjectType({ description: 'How far a runImport started with a progressKey has got' })
export class ImportProgress {
  @Field(() => ImportPhase)
  phase: ImportPhase;

  @Field(() => Int, { description: 'rows checked or written so far' })
  done: number;

  @Field(() => Int, { description: 'rows to check or to write' })
  total: number;
}
