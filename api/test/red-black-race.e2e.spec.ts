import { quarterBefore, quarterBounds, quarterOf } from '../src/assessments/quarter';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { todayInChina } from '../src/shared/iso-date';
import { CREATE_ASSESSMENT, PUBLISH_LIST, QUARTER_RANKING, RETURN_ASSESSMENT, REVIEW_ASSESSMENT, SCORE_ASSESSMENT, SUBMIT_ASSESSMENT } from './assessment-operations';
import type { AssessmentFieldsFragment } from './generated/graphql';
import { asRequestRole, outcomeOf, rolledBack, startTestApp, TestApp, untilWaitingOnLocks } from './harness';

/**
 * A quarter's assessments serialise with the publication of its red/black list (docs/roles-and-workflows.md#assessment:
 * once the quarter's list is published nothing of the quarter changes; docs/domain-rules.md#red-black-list). The
 * integrity review's suspicion: an assessment begun, or moved, while the list is being published lands in the quarter
 * after the list is sealed: a draft stranded in a closed quarter, or a reviewed assessment the list that claims the
 * quarter leaves out. Each case holds the publication at a known point, after it has ranked the quarter and before it
 * writes the list, with a lock a test connection takes on red_black_list (the publication's INSERT waits for it),
 * runs the other write through GraphQL, then lets the publication finish. No sleeping: the waits are read from
 * pg_stat_activity.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const current = quarterOf(todayInChina());
type GqlResult = { errors?: Array<{ extensions: Record<string, unknown> }>; data?: any };


/** A request whose answer can be looked at without awaiting it. */
function pending(request: Promise<GqlResult>) {
  const state: { done: boolean; result?: GqlResult } = { done: false };
  const promise = request.then((result) => Object.assign(state, { done: true, result }).result!);
  return { state, promise };
}

/** Approved projects of the officer's subdistricts serving through the whole quarter, not yet assessed in it. */
async function servingProjects(quarter: string, n: number): Promise<string[]> {
  const { first, last } = quarterBounds(quarter);
  const rows: Array<{ id: string }> = await app.ds.query(
    `SELECT p.id::text AS id FROM project p JOIN estate e ON e.id = p.estate_id JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND p.filing_status = 'APPROVED' AND p.contract_start <= $2::date AND p.contract_end >= $3::date
        AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.project_id = p.id AND a.quarter = $4)
      ORDER BY p.id LIMIT $5`,
    [OFFICER_SUBDISTRICTS, first, last, quarter, n],
  );
  expect(rows.length).toBe(n);
  return rows.map((r) => r.id);
}

const fullScores = (a: AssessmentFieldsFragment) => a.items.map((i) => ({ itemKey: i.key, score: i.maxScore }));
const create = async (projectId: string, quarter: string) =>
  (await app.as('officer', CREATE_ASSESSMENT, { input: { projectId, quarter, assessingBody: 'STREET_OFFICE' } })).createAssessment;
const scored = async (a: AssessmentFieldsFragment) => (await app.as('officer', SCORE_ASSESSMENT, { id: a.id, version: a.version, scores: fullScores(a) })).scoreAssessment;
const submitted = async (a: AssessmentFieldsFragment) => (await app.as('officer', SUBMIT_ASSESSMENT, { id: a.id, version: a.version })).submitAssessment;
const reviewed = async (a: AssessmentFieldsFragment) => (await app.as('registrar', REVIEW_ASSESSMENT, { id: a.id, version: a.version, adjustments: [] })).reviewAssessment;

/**
 * Runs `during` while the quarter's publication is held after its ranking, then lets it finish; the publication's
 * answer. The hold is SHARE on red_black_list: reads of it pass (ACCESS SHARE), the list's INSERT waits.
 */
async function publishHeld(quarter: string, during: () => Promise<void>): Promise<GqlResult> {
  const holder = app.ds.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  try {
    await holder.query(`LOCK TABLE red_black_list IN SHARE MODE`);
    const publishing = app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('registrar2'));
    await untilWaitingOnLocks(app, 1, 'the publication');
    const [held] = await app.ds.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted AND l.locktype = 'relation' AND c.relname = 'red_black_list'`,
    );
    expect(held.n).toBe(1);
    await during();
    await holder.commitTransaction();
    return await publishing;
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
}

/** What a published quarter must be: nothing reviewed left out, every ranked assessment published with the list. */
async function quarterAsPublished(quarter: string, list: { categories: Array<{ ranked: number }> }) {
  const [states] = await app.ds.query(
    `SELECT count(*) FILTER (WHERE state = 'REVIEWED')::int AS "reviewedLeftOut", count(*) FILTER (WHERE state = 'PUBLISHED')::int AS published FROM assessment WHERE quarter = $1`,
    [quarter],
  );
  return { ...states, ranked: list.categories.reduce((n, c) => n + c.ranked, 0) };
}
const asPublished = (ranked: number) => ({ reviewedLeftOut: 0, published: ranked, ranked });

it('an assessment begun while its quarter’s list is being published is refused once the list is sealed, and nothing of it is written', async () => {
  const quarter = quarterBefore(current, 5);
  const [rankedProject, lateProject] = await servingProjects(quarter, 2);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));

  let begun: ReturnType<typeof pending> | undefined;
  const followUps: string[] = [];
  const publication = await publishHeld(quarter, async () => {
    begun = pending(app.gql(CREATE_ASSESSMENT, { input: { projectId: lateProject, quarter, assessingBody: 'STREET_OFFICE' } }, await app.tokenFor('officer')));
    // either it waits for the publication (two waiting), or it answers at once
    await untilWaitingOnLocks(app, 2, 'the new assessment', () => begun!.state.done);
    if (begun.state.done && !begun.state.result!.errors) {
      // it was let through while the list was being written: take it as far as a user could, to REVIEWED
      let a = begun.state.result!.data.createAssessment as AssessmentFieldsFragment;
      for (const step of [scored, submitted, reviewed]) {
        try {
          a = await step(a);
        } catch (error) {
          followUps.push(String(error));
          break;
        }
      }
      followUps.push(`then ${a.state} while the list was being written`);
    }
  });
  expect(publication.errors).toBeUndefined();
  const result = await begun!.promise;
  const [written] = await app.ds.query(`SELECT count(*)::int AS n FROM assessment a WHERE a.project_id = $1 AND a.quarter = $2`, [lateProject, quarter]);
  expect({
    created: result.errors ? null : result.data.createAssessment.state,
    followUps,
    written: written.n,
    quarter: await quarterAsPublished(quarter, publication.data.publishRedBlackList),
  }).toEqual({ created: null, followUps: [], written: 0, quarter: asPublished(1) });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'LIST_PUBLISHED', quarter });
});

it('an assessment scored or submitted while its quarter’s list is being published waits for it, then is refused; the list stays whole', async () => {
  const quarter = quarterBefore(current, 6);
  const [rankedProject, scoredProject, draftProject] = await servingProjects(quarter, 3);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
  // fully scored, not yet submitted: a list waits for every submitted assessment (ASSESSMENTS_WAITING), not for drafts
  const inReview = await scored(await create(scoredProject, quarter));
  const draft = await create(draftProject, quarter);

  let review: ReturnType<typeof pending> | undefined;
  let score: ReturnType<typeof pending> | undefined;
  const publication = await publishHeld(quarter, async () => {
    review = pending(app.gql(SUBMIT_ASSESSMENT, { id: inReview.id, version: inReview.version }, await app.tokenFor('officer')));
    await untilWaitingOnLocks(app, 2, 'the submission', () => review!.state.done);
    score = pending(app.gql(SCORE_ASSESSMENT, { id: draft.id, version: draft.version, scores: fullScores(draft) }, await app.tokenFor('officer')));
    await untilWaitingOnLocks(app, 3, 'the scoring', () => score!.state.done);
  });
  expect(publication.errors).toBeUndefined();
  for (const refused of [await review!.promise, await score!.promise]) {
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'LIST_PUBLISHED', quarter });
  }
  const states = await app.ds.query(`SELECT id::text, state, version FROM assessment WHERE id = ANY($1::int[]) ORDER BY id`, [[inReview.id, draft.id]]);
  expect(states).toEqual([
    { id: inReview.id, state: 'DRAFT', version: inReview.version },
    { id: draft.id, state: 'DRAFT', version: draft.version },
  ].sort((a, b) => Number(a.id) - Number(b.id)));
  expect(await quarterAsPublished(quarter, publication.data.publishRedBlackList)).toEqual(asPublished(1));
});

it('a review that holds its assessment before the publication reaches it lands first, and the list ranks it', async () => {
  const quarter = quarterBefore(current, 7);
  const [rankedProject, submittedProject] = await servingProjects(quarter, 2);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
  const inReview = await submitted(await scored(await create(submittedProject, quarter)));

  // the assessment's row is held, the review queues for it first, the publication after it
  const holder = app.ds.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  let review: ReturnType<typeof pending>;
  let publishing: ReturnType<typeof pending>;
  try {
    await holder.query(`SELECT id FROM assessment WHERE id = $1 FOR UPDATE`, [inReview.id]);
    review = pending(app.gql(REVIEW_ASSESSMENT, { id: inReview.id, version: inReview.version, adjustments: [] }, await app.tokenFor('registrar')));
    await untilWaitingOnLocks(app, 1, 'the review');
    publishing = pending(app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('registrar2')));
    await untilWaitingOnLocks(app, 2, 'the publication');
    await holder.commitTransaction();
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
  const [r, p] = [await review.promise, await publishing.promise];
  expect(r.errors).toBeUndefined();
  expect(p.errors).toBeUndefined();
  const list = p.data.publishRedBlackList;
  const [{ state }] = await app.ds.query(`SELECT state FROM assessment WHERE id = $1`, [inReview.id]);
  expect(state).toBe('PUBLISHED');
  expect(await quarterAsPublished(quarter, list)).toEqual(asPublished(2));
});

it('the database holds it whoever writes: nothing is added to, changed in or removed from a published quarter but a touch', async () => {
  // a quarter the seed published, with an assessment the list left unranked
  const [open] = await app.ds.query(
    `SELECT a.id, a.quarter FROM assessment a JOIN red_black_list l ON l.quarter = a.quarter WHERE a.state <> 'PUBLISHED' ORDER BY a.id LIMIT 1`,
  );
  expect(open).toBeDefined();
  const refused = /once a quarter's red\/black list is published nothing of the quarter changes: (INSERT|UPDATE|DELETE) on assessment refused/;
  const columns = `project_id, estate_id, firm_id, quarter, scheme_id, category, state, assessing_body, items, total, max_total, assessor_id`;
  for (const sql of [
    `UPDATE assessment SET assessing_body = 'COMMUNITY' WHERE id = $1`,
    `UPDATE assessment SET quarter = '2000-Q1' WHERE id = $1`,
    `DELETE FROM assessment WHERE id = $1`,
    `INSERT INTO assessment (${columns}) SELECT ${columns.replace(/\bstate\b/, `'DRAFT'`)} FROM assessment WHERE id = $1`,
  ]) {
    await expect(rolledBack(app.serverDs, (runner) => runner.query(sql, [open.id]))).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514', constraint: 'assessment_quarter_open' }) });
  }
  await expect(rolledBack(app.serverDs, (runner) => runner.query(`UPDATE assessment SET assessing_body = 'COMMUNITY' WHERE id = $1`, [open.id]))).rejects.toThrow(refused);
  // the change feed's touch moves only the version
  await rolledBack(app.serverDs, (runner) => runner.query(`UPDATE assessment SET version = version + 1, updated_at = now() WHERE quarter = $1`, [open.quarter]));
});

it('a list waits for every submitted assessment of its quarter: not offered, refused, then published once it is decided', async () => {
  const quarter = quarterBefore(current, 8);
  const [rankedProject, submittedProject] = await servingProjects(quarter, 2);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
  const waitingOne = await submitted(await scored(await create(submittedProject, quarter)));
  const registrar2 = await app.tokenFor('registrar2');
  const ranking = await app.gql(QUARTER_RANKING, { quarter }, registrar2);
  // the console says why it is not offered: one waits; registrar2 reviewed none, the reviewer of the other one did
  expect(ranking.data.quarterRanking).toMatchObject({ availableActions: [], waitingForReview: 1, reviewedByYou: 0 });
  expect((await app.as('registrar', QUARTER_RANKING, { quarter })).quarterRanking).toMatchObject({ availableActions: [], waitingForReview: 1, reviewedByYou: 1 });
  const refused = await app.gql(PUBLISH_LIST, { quarter }, registrar2);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'quarter', rule: 'ASSESSMENTS_WAITING' })] });
  expect(await app.ds.query(`SELECT 1 FROM red_black_list WHERE quarter = $1`, [quarter])).toEqual([]);
  // PostgreSQL holds it whoever writes (migrations/1764806730000), at the commit
  const list = `INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, published_by_id, sha256)
                VALUES ($1, 1, 15, 10, '[]', now(), (SELECT id FROM app_user WHERE username = 'registrar2'), repeat('b', 64))`;
  expect(await asRequestRole(app, [list, [quarter]], ['SET CONSTRAINTS red_black_list_nothing_waiting IMMEDIATE'])).toMatchObject({ code: '23514', constraint: 'red_black_list_nothing_waiting' });
  await reviewed(waitingOne);
  expect((await app.gql(QUARTER_RANKING, { quarter }, registrar2)).data.quarterRanking).toMatchObject({ availableActions: ['PUBLISH'], waitingForReview: 0, reviewedByYou: 0 });
  const published = await app.gql(PUBLISH_LIST, { quarter }, registrar2);
  expect(published.errors).toBeUndefined();
  expect(await quarterAsPublished(quarter, published.data.publishRedBlackList)).toEqual(asPublished(2));
});

it('a returned assessment waits as a submitted one does: its return decides nothing, so the list waits for it to come back', async () => {
  const quarter = quarterBefore(current, 9);
  const [rankedProject, returnedProject] = await servingProjects(quarter, 2);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
  const toReturn = await submitted(await scored(await create(returnedProject, quarter)));
  // returned by the registrar who will not have reviewed anything of the quarter: the one who would publish
  const registrar2 = await app.tokenFor('registrar2');
  const returned = (await app.gql(RETURN_ASSESSMENT, { id: toReturn.id, version: toReturn.version, note: '请补充电梯维保记录' }, registrar2)).data.returnAssessment;
  expect(returned.state).toBe('RETURNED');
  expect((await app.gql(QUARTER_RANKING, { quarter }, registrar2)).data.quarterRanking).toMatchObject({ availableActions: [], waitingForReview: 0, waitingForResubmission: 1 });
  const refused = await app.gql(PUBLISH_LIST, { quarter }, registrar2);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'quarter', rule: 'ASSESSMENTS_WAITING' })] });
  expect(refused.errors?.[0].extensions?.fieldErrors[0].message).toMatch(/returned and waits to be submitted again/);
  const list = `INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, published_by_id, sha256)
                VALUES ($1, 1, 15, 10, '[]', now(), (SELECT id FROM app_user WHERE username = 'registrar2'), repeat('b', 64))`;
  expect(await asRequestRole(app, [list, [quarter]], ['SET CONSTRAINTS red_black_list_nothing_waiting IMMEDIATE'])).toMatchObject({ code: '23514', constraint: 'red_black_list_nothing_waiting' });
  // completed, submitted again and reviewed: it is ranked with the rest
  await reviewed(await submitted(await scored(returned)));
  expect((await app.gql(QUARTER_RANKING, { quarter }, registrar2)).data.quarterRanking.availableActions).toEqual(['PUBLISH']);
  const published = await app.gql(PUBLISH_LIST, { quarter }, registrar2);
  expect(published.errors).toBeUndefined();
  expect(await quarterAsPublished(quarter, published.data.publishRedBlackList)).toEqual(asPublished(2));
});

const REVOKE_PROJECT = `mutation RevokeProject($id: ID!, $version: Int!) { revokeProject(id: $id, version: $version, reason: FALSE_INFORMATION) { id filingStatus } }`;
const revoke = async (projectId: string) => {
  const [{ version }] = await app.ds.query(`SELECT version FROM project WHERE id = $1`, [projectId]);
  return app.gql(REVOKE_PROJECT, { id: projectId, version }, await app.tokenFor('registrar2'));
};

/**
 * A project's filing revoked once its assessment of a past quarter was reviewed, before the quarter's list (race round,
 * race14): the list ranks only projects whose filing stands, so it left that reviewed assessment out, and PostgreSQL
 * (red_black_list_is_its_assessments: none of the quarter left reviewed) refused every publication of the quarter as a
 * CHECK, for good. The list publishes it with the quarter, unranked.
 */
it('a reviewed assessment whose project is revoked before the list is published with it, unranked: the quarter still closes', async () => {
  const quarter = quarterBefore(current, 10);
  const [rankedProject, revokedProject] = await servingProjects(quarter, 2);
  await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
  const orphan = await reviewed(await submitted(await scored(await create(revokedProject, quarter))));
  expect(outcomeOf(await revoke(revokedProject))).toBe('OK');
  const published = await app.gql(PUBLISH_LIST, { quarter }, await app.tokenFor('registrar2'));
  expect(outcomeOf(published)).toBe('OK');
  const [{ state }] = await app.ds.query(`SELECT state FROM assessment WHERE id = $1`, [orphan.id]);
  expect(state).toBe('PUBLISHED');
  expect(await quarterAsPublished(quarter, published.data.publishRedBlackList)).toEqual({ reviewedLeftOut: 0, published: 2, ranked: 1 });
});

it('a revocation sent with the publication: either order holds whole, the project ranked only if it still stood', async () => {
  const registrar2 = await app.tokenFor('registrar2');
  for (const back of [11, 12, 13, 14]) {
    const quarter = quarterBefore(current, back);
    const [rankedProject, revokedProject] = await servingProjects(quarter, 2);
    await reviewed(await submitted(await scored(await create(rankedProject, quarter))));
    await reviewed(await submitted(await scored(await create(revokedProject, quarter))));
    const [revoked, published] = await Promise.all([revoke(revokedProject), app.gql(PUBLISH_LIST, { quarter }, registrar2)]);
    expect([outcomeOf(revoked), outcomeOf(published)]).toEqual(['OK', 'OK']);
    const quarterNow = await quarterAsPublished(quarter, published.data.publishRedBlackList);
    expect(quarterNow).toEqual({ reviewedLeftOut: 0, published: 2, ranked: expect.any(Number) });
    expect([1, 2]).toContain(quarterNow.ranked);
  }
});
