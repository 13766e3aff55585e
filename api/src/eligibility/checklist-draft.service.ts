import { recordAudit } from '../audit/audit.service';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { RuleViolationError } from '../shared/rule-violation';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { checkChecklist, ChecklistItem } from './checklist';
import { ChecklistDraft } from './checklist-draft.entity';
import { ChecklistVersion } from './checklist-version.entity';
import { eligibilityService } from './eligibility.service';

export interface ChecklistContent {
  title: string;
  source: string;
  items: ChecklistItem[];
}

/** The items' own rules (keys, kinds, titles, reviewers), checked on every save so a draft never holds a bad item. */
function checkItems(items: ChecklistItem[]): void {
  const problems = checkChecklist({ id: 'draft', version: 1, source: 'draft', items });
  if (problems.length) throw fail.ruleViolation(new RuleViolationError(problems), 'items');
}

/** Who last wrote the draft's content: its creator until someone edits it. */
export const lastEditor = (draft: Pick<ChecklistDraft, 'lastEditedById' | 'createdById'>): number | null => draft.lastEditedById ?? draft.createdById;

/** Drafts of the next eligibility checklist (docs/domain-rules.md#eligibility): written, edited, then published. */
export class ChecklistDraftService {
  /** The drafts not yet published, newest first. */
  list(ctx: RequestContext): Promise<ChecklistDraft[]> {
    return ctx.em.createQueryBuilder(ChecklistDraft, 'd').where('d.publishedVersionId IS NULL').orderBy('d.id', 'DESC').getMany();
  }

  async get(ctx: RequestContext, id: number): Promise<ChecklistDraft> {
    const draft = await ctx.loaders.byId(ChecklistDraft).load(id);
    if (!draft) throw fail.notFound('ChecklistDraft', id);
    return draft;
  }

  async create(ctx: RequestContext, content: ChecklistContent): Promise<ChecklistDraft> {
    checkItems(content.items);
    return withTransaction(ctx, async (ctx) => {
      const created = await insertReturning(ctx, ChecklistDraft, { ...content, createdById: actorId(ctx), lastEditedById: actorId(ctx) });
      await recordAudit(ctx, { action: 'checklistDraft.create', entityType: 'ChecklistDraft', entityId: created.id, after: created });
      return created;
    });
  }

  async update(ctx: RequestContext, id: number, version: number, content: ChecklistContent): Promise<ChecklistDraft> {
    checkItems(content.items);
    return withTransaction(ctx, async (ctx) => {
      const draft = await lockVersion(ctx, ChecklistDraft, id, version, noRowRule);
      if (draft.publishedVersionId !== null) throw fail.invalidTransition('ChecklistDraft', id, 'PUBLISHED', 'edited', { rule: 'DRAFT_PUBLISHED' });
      const updated = await saveVersion(ctx, ChecklistDraft, draft, { ...content, lastEditedById: actorId(ctx) });
      await recordAudit(ctx, { action: 'checklistDraft.update', entityType: 'ChecklistDraft', entityId: id, before: draft, after: updated });
      return updated;
    });
  }

  /** The draft becomes the next version, in one transaction: the version, the draft's link to it, both audited. */
  async publish(ctx: RequestContext, id: number, version: number): Promise<ChecklistVersion> {
    return withTransaction(ctx, async (ctx) => {
      const draft = await lockVersion(ctx, ChecklistDraft, id, version, noRowRule);
      if (draft.publishedVersionId !== null) throw fail.invalidTransition('ChecklistDraft', id, 'PUBLISHED', 'published again', { rule: 'DRAFT_PUBLISHED' });
      // maker-checker (docs/roles-and-workflows.md#policies): whoever last edited the draft does not publish it
      if (lastEditor(draft) === actorId(ctx)) throw fail.forbidden(`You last edited checklist draft ${id}: another admin must publish it`, 'MAKER_CHECKER');
      const published = await eligibilityService.publishChecklist(ctx, draft.title, draft.source, draft.items);
      const updated = await saveVersion(ctx, ChecklistDraft, draft, { publishedVersionId: published.id, publishedById: actorId(ctx) });
      await recordAudit(ctx, { action: 'checklistDraft.publish', entityType: 'ChecklistDraft', entityId: id, before: draft, after: updated });
      return published;
    });
  }
}

export const checklistDraftService = new ChecklistDraftService();
