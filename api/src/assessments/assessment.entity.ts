import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase, VersionedRecord } from '../shared/record';
import type { Quarter } from './quarter';
import type { EstateCategory as Category, SchemeDefinition } from './scheme';

export enum EstateCategory {
  PRELIMINARY = 'PRELIMINARY',
  OWNER_HIRED = 'OWNER_HIRED',
  MATURE = 'MATURE',
}
registerEnumType(EstateCategory, {
  name: 'EstateCategory',
  description: '考评类别: 前期物业 / 业主选聘且交付未满年限 / 交付满年限 (docs/domain-rules.md#assessment)',
});

export enum AssessmentSchemeState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(AssessmentSchemeState, { name: 'AssessmentSchemeState' });

export enum AssessmentState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(AssessmentState, { name: 'AssessmentState', description: 'scored → submitted → reviewed by the city → published with the quarter’s list (locked)' });

export enum AssessingBody {
  DISTRICT_BUREAU = 'DISTRICT_BUREAU',
  STREET_OFFICE = 'STREET_OFFICE',
  COMMUNITY = 'COMMUNITY',
  COMMITTEE = 'COMMITTEE',
}
registerEnumType(AssessingBody, { name: 'AssessingBody', description: '区县建设局 / 街道 / 社区 / 业委会' });

export enum RedBlackPlace {
  RED = 'RED',
  BLACK = 'BLACK',
}
registerEnumType(RedBlackPlace, { name: 'RedBlackPlace', description: '红榜 / 黑榜' });

/** An edition of the assessment scheme (考评细则): a draft until published, then fixed. */
@Entity()
@ObjectType()
export class AssessmentScheme extends VersionedRecord {
  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'given when published: 1, 2, …' })
  edition: number | null;

  @Column()
  @Field()
  title: string;

  @Column()
  @Field({ description: 'where the items come from, e.g. the authority’s notice' })
  source: string;

  @Column({ type: 'text' })
  @Field(() => AssessmentSchemeState)
  state: AssessmentSchemeState;

  @Column({ type: 'jsonb' })
  definition: SchemeDefinition;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  /** who drafted or edited the draft: makers, who do not publish it (maker-checker, docs/roles-and-workflows.md#assessment) */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  makerIds: number[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  publishedById: number | null;
}

/** One item of an assessment as stored: the assessor's score and, when the city changed it, the new score and why. */
export interface StoredItemScore {
  key: string;
  score: number | null;
  note: string | null;
  adjustedScore: number | null;
  adjustReason: string | null;
}

/** The contract-performance assessment (合同履约考评) of one project in one quarter. */
@Entity()
@ObjectType()
export class Assessment extends VersionedRecord {
  @Column()
  @Field(() => ID)
  projectId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field(() => ID)
  firmId: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'e.g. 2026-Q3' })
  quarter: Quarter;

  @Column()
  @Field(() => ID)
  schemeId: number;

  @Column({ type: 'text' })
  @Field(() => EstateCategory)
  category: Category;

  @Column({ type: 'text' })
  @Field(() => AssessmentState)
  state: AssessmentState;

  @Column({ type: 'text' })
  @Field(() => AssessingBody)
  assessingBody: AssessingBody;

  @Column({ type: 'jsonb' })
  items: StoredItemScore[];

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'the sum of the items as they stand; null while an item is unscored' })
  total: number | null;

  @Column()
  @Field(() => Int)
  maxTotal: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  assessorId: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  reviewerId: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why the city sent it back' })
  returnNote: string | null;
}

/** A quarter's published red/black list: written once, sealed, never changed (a trigger refuses it). */
@Entity()
@ObjectType({ description: 'A quarter’s published red/black list (红黑榜), readable without signing in.' })
export class RedBlackList extends RecordBase {
  @Column({ type: 'text' })
  @Field(() => String)
  quarter: Quarter;

  @Column()
  @Field(() => Int)
  schemeEdition: number;

  @Column()
  @Field(() => Int)
  redSharePercent: number;

  @Column()
  @Field(() => Int)
  blackSharePercent: number;

  @Column({ type: 'jsonb' })
  categories: Array<{ category: Category; ranked: number; unranked: number; redPlaces: number; blackPlaces: number }>;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field()
  publishedAt: Date;

  @Column({ type: 'int', nullable: true })
  publishedById: number | null;

  @Column({ type: 'char', length: 64 })
  @Field({ description: 'SHA-256 (hex) of `canonicalJson`' })
  sha256: string;
}

/** One project's place on a published list, with the names as they were then. */
@Entity()
@ObjectType({ description: 'A project on a published red/black list: only what the list publishes.' })
export class RedBlackEntry extends RecordBase {
  @Column()
  listId: number;

  @Column({ type: 'text' })
  @Field(() => String)
  quarter: Quarter;

  @Column({ type: 'text' })
  @Field(() => EstateCategory)
  category: Category;

  @Column({ type: 'text' })
  @Field(() => RedBlackPlace)
  place: `${RedBlackPlace}`;

  @Column()
  @Field(() => Int, { description: 'rank in the category by total; equal totals share a rank' })
  rank: number;

  @Column()
  projectId: number;

  @Column()
  firmId: number;

  @Column()
  @Field()
  projectName: string;

  @Column()
  @Field()
  estateName: string;

  @Column()
  @Field()
  firmName: string;

  @Column()
  @Field(() => Int)
  total: number;

  @Column()
  @Field(() => Int)
  maxTotal: number;
}
