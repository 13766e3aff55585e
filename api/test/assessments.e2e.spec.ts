import { createHash } from 'node:crypto';
import { quarterBefore, quarterBounds, quarterOf } from '../src/assessments/quarter';
import { categoryOf } from '../src/assessments/scheme';
import { todayInChina } from '../src/shared/iso-date';
import {
  CREATE_ASSESSMENT, CREATE_SCHEME, DASHBOARD_ASSESSMENTS, FIRMS_WITH_PLACEMENTS, GET_ASSESSMENT, LIST_ASSESSMENTS, PUBLISH_LIST, PUBLISH_SCHEME,
  QUARTER_RANKING, RED_BLACK_LIST, RED_BLACK_LIST_PAGES, RED_BLACK_LISTS, RETURN_ASSESSMENT, REVIEW_ASSESSMENT, SCHEMES, SCORE_ASSESSMENT, SUBMIT_ASSESSMENT, UPDATE_SCHEME,
} from './assessment-operations';
import type { AssessmentFieldsFragment, AssessmentSchemeInput, EstateCategory } from './generated/graphql';
import { asRequestRole, startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const current = quarterOf(todayInChina());
/** Before the seeded quarters: no assessment and no list yet. */
const quarter = quarterBefore(current, 5);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const codeOf = (r: { errors?: Array<{ extensions: { code: string } }> }) => r.errors?.[0]?.extensions.code;
const fullScores = (a: AssessmentFieldsFragment, less = 0) => a.items.map((i) => ({ itemKey: i.key, score: Math.max(0, i.maxScore - less) }));

describe('published lists are public', () => {
  it('the last four quarters are published and sealed, newest first; anyone can check the seal from the JSON', async () => {
    const r = await app.gql(RED_BLACK_LISTS, {}, null);
    expect(r.errors).toBeUndefined();
    expect(r.data.redBlackLists.items.map((l) => l.quarter)).toEqual([1, 2, 3, 4].map((n) => quarterBefore(current, n)));
    expect(r.data.redBlackLists).toMatchObject({ totalItems: 4, nextCursor: null });
    for (const list of r.data.redBlackLists.items) {
      expect(list.sealVerified).toBe(true);
      expect(list.entries.some((e) => e.place === 'RED') && list.entries.some((e) => e.place === 'BLACK')).toBe(true);
    }
    const one = await app.gql(RED_BLACK_LIST, { quarter: quarterBefore(current, 1) }, null);
    expect(sha256(one.data.redBlackList!.canonicalJson)).toBe(one.data.redBlackList!.sha256);
  });

  it('the demo’s lists were published by another registrar than the one who reviewed their entries (maker-checker)', async () => {
    const lists = await app.ds.query(
      `SELECT l.quarter, pub.username AS publisher,
              (SELECT array_agg(DISTINCT r.username) FROM assessment a JOIN app_user r ON r.id = a.reviewer_id WHERE a.quarter = l.quarter) AS reviewers
         FROM red_black_list l JOIN app_user pub ON pub.id = l.published_by_id ORDER BY l.quarter`,
    );
    expect(lists).toHaveLength(4);
    for (const list of lists) expect(list).toMatchObject({ publisher: 'registrar2', reviewers: ['registrar'] });
  });

  it('pages the lists on the list contract, and each list’s entries by place, in the published order', async () => {
    const first = await app.gql(RED_BLACK_LIST_PAGES, { options: { take: 2 }, place: 'BLACK', take: 3 }, null);
    expect(first.errors).toBeUndefined();
    const page1 = first.data.redBlackLists;
    expect(page1.items.map((l) => l.quarter)).toEqual([1, 2].map((n) => quarterBefore(current, n)));
    expect(page1.totalItems).toBe(4);
    const second = (await app.gql(RED_BLACK_LIST_PAGES, { options: { take: 2, after: page1.nextCursor }, place: 'BLACK', take: 3 }, null)).data.redBlackLists;
    expect(second.items.map((l) => l.quarter)).toEqual([3, 4].map((n) => quarterBefore(current, n)));
    expect(second.nextCursor).toBeNull();
    const oldestFirst = (await app.gql(RED_BLACK_LIST_PAGES, { options: { take: 1, sort: { field: 'QUARTER', direction: 'ASC' } }, take: 1 }, null)).data.redBlackLists;
    expect(oldestFirst.items[0].quarter).toBe(quarterBefore(current, 4));

    for (const list of [...page1.items, ...second.items]) {
      // at most the page asked for, only black, in the order the whole list gives
      expect(list.entries.length).toBe(Math.min(3, list.categories.reduce((n, c) => n + c.blackPlaces, 0)));
      expect(list.entries.every((e) => e.place === 'BLACK')).toBe(true);
      const [{ names }] = await app.ds.query(
        `SELECT coalesce(array_agg(project_name ORDER BY category, rank, id), '{}') AS names FROM red_black_entry WHERE quarter = $1 AND place = 'BLACK'`,
        [list.quarter],
      );
      expect(list.entries.map((e) => e.projectName)).toEqual(names.slice(0, 3));
    }
    const next = (await app.gql(RED_BLACK_LIST_PAGES, { options: { filter: { quarter: page1.items[0].quarter } }, place: 'BLACK', skip: 3, take: 3 }, null)).data.redBlackLists;
    const [{ names }] = await app.ds.query(
      `SELECT coalesce(array_agg(project_name ORDER BY category, rank, id), '{}') AS names FROM red_black_entry WHERE quarter = $1 AND place = 'BLACK'`,
      [page1.items[0].quarter],
    );
    expect(next.items[0].entries.map((e) => e.projectName)).toEqual(names.slice(3, 6));
    for (const [variables, field] of [[{ take: 0 }, 'take'], [{ take: 100_000 }, 'take'], [{ skip: -1, take: 1 }, 'skip']] as const) {
      const refused = await app.gql(RED_BLACK_LIST_PAGES, { options: { take: 1 }, ...variables }, null);
      expect([codeOf(refused), refused.errors?.[0].extensions.fieldErrors?.[0]?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('an anonymous reader is answered from memory until a list is published: one statement, the same answer', async () => {
    const query = `{ redBlackLists(options: { take: 4 }) { totalItems items { quarter sha256 sealVerified entries { place rank projectName } } } }`;
    const cold = await app.gql(query, {}, null);
    const warm = await app.gql(query, {}, null);
    expect(warm.data).toEqual(cold.data);
    expect(warm.sqlStatements).toBe(1);
    expect(cold.sqlStatements).toBeGreaterThan(1);
  });

  it('the seeded quarters carry the audit events the API writes: each assessment’s steps and each list’s publication', async () => {
    const [published] = await app.ds.query(`SELECT id FROM assessment WHERE quarter = $1 AND state = 'PUBLISHED' ORDER BY id LIMIT 1`, [quarterBefore(current, 1)]);
    const { auditEvents } = await app.as('manager', `query E($id: ID!) { auditEvents(options: { filter: { entityType: "Assessment", entityId: $id }, take: 10 }) { items { action actorName } } }`, { id: String(published.id) });
    expect(auditEvents.items.map((e: { action: string }) => e.action)).toEqual(['assessment.create', 'assessment.submit', 'assessment.review', 'assessment.publish']);
    const [{ lists }] = await app.ds.query(`SELECT count(DISTINCT entity_id)::int AS lists FROM audit_event WHERE action = 'redBlackList.publish'`);
    expect(lists).toBeGreaterThanOrEqual(4);
    const [{ missing }] = await app.ds.query(
      `SELECT count(*)::int AS missing FROM assessment a WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'Assessment' AND e.entity_id = a.id::text AND e.action = 'assessment.create')`,
    );
    expect(missing).toBe(0);
  });

  it('anonymous callers read the public fields and nothing else', async () => {
    for (const query of [
      `{ assessments { totalItems } }`,
      `{ assessmentSchemes { id } }`,
      `{ quarterRanking(quarter: "${quarterBefore(current, 1)}") { quarter } }`,
      `{ firms { items { id } } }`,
      `{ dashboard { firms { approved } } }`,
      `{ committeeAccounts { totalItems } }`,
    ]) {
      const r = await app.gql(query, {}, null);
      expect([r.status, codeOf(r)]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const r = await app.gql(`{ redBlackLists { items { entries { projectName firmName total place } } } }`, {}, null);
    expect(r.errors).toBeUndefined();
  });

  it('a firm’s placements come with the firms, in one statement whatever the page', async () => {
    const small = await app.gql(FIRMS_WITH_PLACEMENTS, { options: { take: 5 } }, await app.tokenFor('registrar'));
    const large = await app.gql(FIRMS_WITH_PLACEMENTS, { options: { take: 100 } }, await app.tokenFor('registrar'));
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const placed = large.data.firms.items.filter((f) => f.redBlackPlacements.length > 0);
    expect(placed.length).toBeGreaterThan(5);
    const quarters = placed[0].redBlackPlacements.map((p) => p.quarter);
    expect(quarters).toEqual([...quarters].sort().reverse());
  });

  it('the dashboard counts this quarter’s assessments against the projects and shows the latest list', async () => {
    const { dashboard } = await app.as('manager', DASHBOARD_ASSESSMENTS);
    const a = dashboard.assessments;
    expect(a.quarter).toBe(current);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM assessment WHERE quarter = $1 AND state = 'REVIEWED'`, [current]);
    expect(a.completed).toBe(n);
    expect(a.projects).toBeGreaterThan(a.completed + a.submitted + a.inProgress - 1);
    expect(a.latestList?.quarter).toBe(quarterBefore(current, 1));
  });
});

describe('an assessment from scoring to the published list', () => {
  let projects: string[];
  beforeAll(async () => {
    // projects in the officer's subdistricts serving in the quarter, all of one category
    const { assessments } = await app.as('officer', LIST_ASSESSMENTS, { options: { take: 200, filter: { quarter: quarterBefore(current, 1) } } });
    const { first, last } = quarterBounds(quarter);
    const serving = assessments.items.filter((a) => a.project.contractStart <= first).map((a) => a.projectId);
    // grouped by their category in the test's quarter, not the later one: an estate can mature in between
    const [{ years }] = await app.ds.query(`SELECT (definition->>'matureAfterYears')::int AS years FROM assessment_scheme WHERE state = 'PUBLISHED' ORDER BY edition DESC LIMIT 1`);
    const facts: Array<{ id: string; selectionMethod: string; deliveredOn: string | null }> = await app.ds.query(
      `SELECT p.id::text AS id, p.selection_method AS "selectionMethod", e.delivered_on::text AS "deliveredOn" FROM project p JOIN estate e ON e.id = p.estate_id WHERE p.id = ANY($1::int[])`,
      [serving],
    );
    const byCategory = new Map<string, string[]>();
    for (const f of facts) {
      const category = categoryOf(f, f, last, years);
      byCategory.set(category, [...(byCategory.get(category) ?? []), f.id]);
    }
    projects = [...byCategory.values()].sort((a, b) => b.length - a.length)[0].slice(0, 8);
    expect(projects.length).toBe(8);
  });

  const create = async (projectId: string) =>
    (await app.as('officer', CREATE_ASSESSMENT, { input: { projectId, quarter, assessingBody: 'STREET_OFFICE' } })).createAssessment;

  let first: AssessmentFieldsFragment;

  it('is scored item by item within each maximum, submitted once complete', async () => {
    const created = await create(projects[0]);
    // submitting is offered once every item is scored, as the move demands (round 8 F8)
    expect(created).toMatchObject({ state: 'DRAFT', total: null, availableActions: [] });
    expect(created.items.every((i) => i.score === null)).toBe(true);

    const early = await app.gql(SUBMIT_ASSESSMENT, { id: created.id, version: created.version }, await app.tokenFor('officer'));
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ rule: 'ITEMS_UNSCORED' })] });

    const tooHigh = await app.gql(SCORE_ASSESSMENT, { id: created.id, version: created.version, scores: [{ itemKey: created.items[0].key, score: created.items[0].maxScore + 1 }] }, await app.tokenFor('officer'));
    expect(tooHigh.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'scores[0].score', rule: 'SCORE_RANGE' })]);
    // its validation names an item as its service does, with the argument (attacker round 12's note: it said [1].note)
    const longNote = await app.gql(SCORE_ASSESSMENT, { id: created.id, version: created.version, scores: [{ itemKey: created.items[0].key, score: 1 }, { itemKey: created.items[1].key, score: 1, note: '说'.repeat(501) }] }, await app.tokenFor('officer'));
    expect(longNote.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'scores[1].note', rule: 'LENGTH' })]);
    expect((await app.as('officer', GET_ASSESSMENT, { id: created.id })).assessment.version).toBe(created.version);

    const scored = (await app.as('officer', SCORE_ASSESSMENT, { id: created.id, version: created.version, scores: fullScores(created) })).scoreAssessment;
    expect(scored.total).toBe(scored.maxTotal);
    expect(scored.availableActions).toEqual(['SUBMIT']);
    first = (await app.as('officer', SUBMIT_ASSESSMENT, { id: scored.id, version: scored.version })).submitAssessment;
    expect(first.state).toBe('SUBMITTED');

    const again = await app.gql(SCORE_ASSESSMENT, { id: first.id, version: first.version, scores: fullScores(first, 1) }, await app.tokenFor('officer'));
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
  });

  it('is reviewed by the city, a reason kept for each changed item; the assessor cannot review', async () => {
    const byOfficer = await app.gql(REVIEW_ASSESSMENT, { id: first.id, version: first.version, adjustments: [] }, await app.tokenFor('officer'));
    expect(codeOf(byOfficer)).toBe('FORBIDDEN');

    const item = first.items[1];
    const noReason = await app.gql(REVIEW_ASSESSMENT, { id: first.id, version: first.version, adjustments: [{ itemKey: item.key, score: item.maxScore - 3 }] }, await app.tokenFor('registrar'));
    expect(noReason.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'adjustments[0].reason', rule: 'REASON_REQUIRED' })]);

    const stale = await app.gql(REVIEW_ASSESSMENT, { id: first.id, version: first.version - 1, adjustments: [] }, await app.tokenFor('registrar'));
    expect(codeOf(stale)).toBe('CONFLICT');

    const reviewed = (
      await app.as('registrar', REVIEW_ASSESSMENT, { id: first.id, version: first.version, adjustments: [{ itemKey: item.key, score: item.maxScore - 3, reason: '复核抽查：楼道堆物未清理' }] })
    ).reviewAssessment;
    expect(reviewed).toMatchObject({ state: 'REVIEWED', total: first.maxTotal - 3, version: first.version + 1 });
    expect(reviewed.items[1]).toMatchObject({ score: item.maxScore, adjustedScore: item.maxScore - 3, adjustReason: '复核抽查：楼道堆物未清理', finalScore: item.maxScore - 3 });
    const [audit] = await app.ds.query(
      `SELECT after->'adjustedItems' AS adjusted FROM audit_event WHERE entity_type = 'Assessment' AND entity_id = $1 AND action = 'assessment.review'`,
      [reviewed.id],
    );
    expect(audit.adjusted).toEqual([item.key]);
    first = reviewed;
  });

  it('goes back to the assessor with a note, and comes again', async () => {
    const created = await create(projects[1]);
    const scored = (await app.as('officer', SCORE_ASSESSMENT, { id: created.id, version: created.version, scores: fullScores(created, 2) })).scoreAssessment;
    const submitted = (await app.as('officer', SUBMIT_ASSESSMENT, { id: scored.id, version: scored.version })).submitAssessment;
    const noNote = await app.gql(RETURN_ASSESSMENT, { id: submitted.id, version: submitted.version, note: ' ' }, await app.tokenFor('registrar'));
    expect(codeOf(noNote)).toBe('BAD_USER_INPUT');
    const returned = (await app.as('registrar', RETURN_ASSESSMENT, { id: submitted.id, version: submitted.version, note: '请补充电梯维保记录' })).returnAssessment;
    expect(returned).toMatchObject({ state: 'RETURNED', returnNote: '请补充电梯维保记录' });
    const rescored = (await app.as('officer', SCORE_ASSESSMENT, { id: returned.id, version: returned.version, scores: fullScores(returned, 1) })).scoreAssessment;
    const resubmitted = (await app.as('officer', SUBMIT_ASSESSMENT, { id: rescored.id, version: rescored.version })).submitAssessment;
    expect(resubmitted).toMatchObject({ state: 'SUBMITTED', returnNote: null });
    await app.as('registrar', REVIEW_ASSESSMENT, { id: resubmitted.id, version: resubmitted.version, adjustments: [] });
  });

  it('keeps assessors to their subdistricts', async () => {
    const other = await app.gql(GET_ASSESSMENT, { id: first.id }, await app.tokenFor('officer2'));
    expect([codeOf(other), other.errors?.[0].extensions.reason]).toEqual(['FORBIDDEN', 'JURISDICTION']);
    const create2 = await app.gql(CREATE_ASSESSMENT, { input: { projectId: projects[2], quarter, assessingBody: 'COMMUNITY' } }, await app.tokenFor('officer2'));
    expect(codeOf(create2)).toBe('FORBIDDEN');
    const listed = await app.as('officer2', LIST_ASSESSMENTS, { options: { take: 200, filter: { quarter } } });
    expect(listed.assessments.items.map((a) => a.id)).not.toContain(first.id);
  });

  it('publishes the quarter once: ranked, sealed, locked; later edits are refused and the list stays as sealed', async () => {
    // six more reviewed with distinct totals, one left as a draft (unranked)
    for (const [n, projectId] of projects.slice(2, 8).entries()) {
      const created = await create(projectId);
      const scored = (await app.as('officer', SCORE_ASSESSMENT, { id: created.id, version: created.version, scores: fullScores(created, n + 1) })).scoreAssessment;
      const submitted = (await app.as('officer', SUBMIT_ASSESSMENT, { id: scored.id, version: scored.version })).submitAssessment;
      await app.as('registrar', REVIEW_ASSESSMENT, { id: submitted.id, version: submitted.version, adjustments: [] });
    }
    const { assessments } = await app.as('officer', LIST_ASSESSMENTS, { options: { filter: { quarter, state: 'REVIEWED' } } });
    expect(assessments.totalItems).toBe(8);
    const draft = (await app.as('officer', LIST_ASSESSMENTS, { options: { take: 200, filter: { quarter: quarterBefore(current, 1) } } })).assessments.items
      .find((a) => !projects.includes(a.projectId) && a.project.contractStart <= quarterBounds(quarter).first)!;
    const unfinished = await create(draft.projectId);

    const preview = (await app.as('registrar', QUARTER_RANKING, { quarter })).quarterRanking;
    expect(preview.published).toBe(false);
    expect(preview.unranked.map((u) => u.projectId)).toContain(unfinished.projectId);

    const officerPublish = await app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('officer'));
    expect(codeOf(officerPublish)).toBe('FORBIDDEN');
    // maker-checker: the registrar who reviewed the entries does not publish them; another registrar does
    expect(preview.availableActions).toEqual([]);
    expect((await app.as('registrar2', QUARTER_RANKING, { quarter })).quarterRanking.availableActions).toEqual(['PUBLISH']);
    const byReviewer = await app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('registrar'));
    expect([codeOf(byReviewer), byReviewer.errors?.[0].extensions.reason]).toEqual(['FORBIDDEN', 'MAKER_CHECKER']);
    expect((await app.gql(RED_BLACK_LIST, { quarter }, null)).data.redBlackList).toBeNull();
    // PostgreSQL holds it whoever writes SQL: no list by a reviewer of the quarter's reviewed assessments
    const reviewer = `(SELECT id FROM app_user WHERE username = 'registrar')`;
    const insertList = (by: string) =>
      [`INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, published_by_id, sha256)
        VALUES ($1, 1, 15, 15, '[]', now(), ${by}, repeat('0', 64))`, [quarter]] as [string, unknown[]];
    expect(await asRequestRole(app, insertList(reviewer))).toMatchObject({ code: '23514', constraint: 'red_black_list_published_by_another' });
    expect(await asRequestRole(app, insertList(`(SELECT id FROM app_user WHERE username = 'registrar2')`))).toBeNull();
    const list = (await app.as('registrar2', PUBLISH_LIST, { quarter })).publishRedBlackList;
    expect(list.sealVerified).toBe(true);
    expect(sha256(list.canonicalJson)).toBe(list.sha256);
    const category = list.categories.find((c) => c.ranked === 8)!;
    // 8 ranked at 15 %: one red place, one black
    expect(category).toMatchObject({ redPlaces: 1, blackPlaces: 1 });
    const mine = list.entries.filter((e) => e.category === category.category);
    expect(mine.map((e) => [e.place, e.rank])).toEqual([['RED', 1], ['BLACK', 8]]);
    expect(mine[0].total).toBe(first.total);

    const locked = (await app.as('officer', GET_ASSESSMENT, { id: first.id })).assessment;
    expect(locked).toMatchObject({ state: 'PUBLISHED', availableActions: [], version: first.version + 1 });
    const [{ n }] = await app.ds.query(
      `SELECT count(*)::int AS n FROM audit_event e JOIN assessment a ON a.id::text = e.entity_id
        WHERE e.entity_type = 'Assessment' AND e.action = 'assessment.publish' AND a.quarter = $1`,
      [quarter],
    );
    expect(n).toBe(8);
    const again = await app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('registrar'));
    expect(codeOf(again)).toBe('ALREADY_EXISTS');
    const returnPublished = await app.gql(RETURN_ASSESSMENT, { id: locked.id, version: locked.version, note: '重新复核' }, await app.tokenFor('registrar'));
    expect(codeOf(returnPublished)).toBe('INVALID_TRANSITION');
    const scoreClosed = await app.gql(SCORE_ASSESSMENT, { id: unfinished.id, version: unfinished.version, scores: fullScores(unfinished) }, await app.tokenFor('officer'));
    expect(codeOf(scoreClosed)).toBe('INVALID_TRANSITION');
    expect(scoreClosed.errors?.[0].extensions).toMatchObject({ rule: 'LIST_PUBLISHED', quarter });
    await expect(app.ds.query(`UPDATE red_black_entry SET total = total + 1 WHERE quarter = $1`, [quarter])).rejects.toThrow(/never changed/);

    const after = (await app.gql(RED_BLACK_LIST, { quarter }, null)).data.redBlackList!;
    expect([after.sha256, after.canonicalJson, after.sealVerified]).toEqual([list.sha256, list.canonicalJson, true]);
  });

  it('refuses a quarter that has not ended', async () => {
    const r = await app.gql(PUBLISH_LIST, { quarter: current }, await app.tokenFor('registrar'));
    expect(r.errors?.[0].extensions.fieldErrors).toEqual([expect.objectContaining({ rule: 'QUARTER_NOT_OVER' })]);
  });
});

describe('the scheme: a draft, then a published edition that stays fixed', () => {
  const ALL: EstateCategory[] = ['PRELIMINARY', 'OWNER_HIRED', 'MATURE'];
  const input = (overrides: Partial<AssessmentSchemeInput> = {}): AssessmentSchemeInput => ({
    title: '合同履约考评细则（第二版）',
    source: '测试',
    redSharePercent: 10,
    blackSharePercent: 10,
    matureAfterYears: 8,
    items: [
      { key: 'CLEANING', titleZh: '环境卫生', titleEn: 'Cleaning', maxScore: 50, categories: ALL },
      { key: 'SAFETY', titleZh: '安全防范', titleEn: 'Safety', maxScore: 50, categories: ALL },
    ],
    ...overrides,
  });

  it('is drafted, checked, published as the next edition, then fixed', async () => {
    const missing = await app.gql(CREATE_SCHEME, { input: input({ items: [{ ...input().items[0], categories: ['MATURE'] }] }) }, await app.tokenFor('registrar'));
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: expect.arrayContaining([expect.objectContaining({ rule: 'SCHEME_INVALID' })]) });
    const byOfficer = await app.gql(CREATE_SCHEME, { input: input() }, await app.tokenFor('officer'));
    expect(codeOf(byOfficer)).toBe('FORBIDDEN');

    const draft = (await app.as('registrar', CREATE_SCHEME, { input: input() })).createAssessmentScheme;
    expect(draft).toMatchObject({ state: 'DRAFT', edition: null });
    const edited = (await app.as('registrar', UPDATE_SCHEME, { id: draft.id, version: draft.version, input: input({ redSharePercent: 15 }) })).updateAssessmentScheme;
    // maker-checker: whoever drafted or edited it does not publish it (its shares decide every later list)
    const offered = async (who: string, id: string) => (await app.as(who, SCHEMES)).assessmentSchemes.find((x) => x.id === id)!.availableActions;
    expect([await offered('registrar', draft.id), await offered('registrar2', draft.id)]).toEqual([[], ['PUBLISH']]);
    const own = await app.gql(PUBLISH_SCHEME, { id: edited.id, version: edited.version }, await app.tokenFor('registrar'));
    expect([codeOf(own), own.errors?.[0].extensions.reason]).toEqual(['FORBIDDEN', 'MAKER_CHECKER']);
    // PostgreSQL holds it whoever writes SQL
    const publishAs = (who: string, id: string) =>
      [`UPDATE assessment_scheme SET state = 'PUBLISHED', edition = 99, published_at = now(), published_by_id = (SELECT id FROM app_user WHERE username = '${who}') WHERE id = $1`, [id]] as [string, unknown[]];
    expect(await asRequestRole(app, publishAs('registrar', draft.id))).toMatchObject({ code: '23514', constraint: 'assessment_scheme_published_by_another' });
    // an editor is a maker too: a draft of registrar's that registrar2 edited waits for a third registrar
    const other = (await app.as('registrar', CREATE_SCHEME, { input: input({ title: '合同履约考评细则（第三版草稿）' }) })).createAssessmentScheme;
    const otherEdited = (await app.as('registrar2', UPDATE_SCHEME, { id: other.id, version: other.version, input: input({ title: '合同履约考评细则（第三版草稿）', blackSharePercent: 5 }) })).updateAssessmentScheme;
    expect([await offered('registrar', other.id), await offered('registrar2', other.id)]).toEqual([[], []]);
    for (const maker of ['registrar', 'registrar2']) {
      const refused = await app.gql(PUBLISH_SCHEME, { id: otherEdited.id, version: otherEdited.version }, await app.tokenFor(maker));
      expect([maker, codeOf(refused), refused.errors?.[0].extensions.reason]).toEqual([maker, 'FORBIDDEN', 'MAKER_CHECKER']);
    }
    expect(await asRequestRole(app, publishAs('registrar2', other.id))).toMatchObject({ code: '23514', constraint: 'assessment_scheme_published_by_another' });
    const published = (await app.as('registrar2', PUBLISH_SCHEME, { id: edited.id, version: edited.version })).publishAssessmentScheme;
    expect(published).toMatchObject({ state: 'PUBLISHED', edition: 2 });
    const twice = await app.gql(PUBLISH_SCHEME, { id: published.id, version: published.version }, await app.tokenFor('registrar'));
    expect(codeOf(twice)).toBe('INVALID_TRANSITION');
    const edit = await app.gql(UPDATE_SCHEME, { id: published.id, version: published.version, input: input() }, await app.tokenFor('registrar'));
    expect(codeOf(edit)).toBe('INVALID_TRANSITION');
    const { assessmentSchemes } = await app.as('officer', SCHEMES);
    expect(assessmentSchemes.find((s) => s.id === published.id)?.maxTotals.map((m) => m.maxTotal)).toEqual([100, 100, 100]);
  });
});
