import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { OFFICER_SUBDISTRICTS } from '../../api/src/seed/election-demo';
import { citizenIdCheckCharacter } from '../../api/src/owners/citizen-id';
import { creditCodeCheckCharacter } from '../../api/src/firms/credit-code';
import { RUN_IMPORT } from '../../api/test/operations';
import { DEFAULT_CHECKLIST_V1 } from '../../api/src/eligibility/checklist';
import { addDays, chineseDay, todayInChina } from '../../api/src/shared/iso-date';
import { allVotingPersons, CREATE_ELECTION, GET_ELECTION, LIST_ELECTIONS, MOVE_ELECTION, noticedVotingDays, RECORD_BALLOT, TALLY } from '../../api/test/election-operations';
import type { ElectionPhase } from '../../api/test/generated/graphql';
import zh from '../src/i18n/zh';
import en from '../src/i18n/en';
import { attributeBecomes, becomes, browserIt, chooseOption, consoleSuite, signIn, watch } from './browser';

/**
 * The elections console in a real browser against the API on the seeded demo (one election in every phase;
 * 龙庭小区 voting with about half the roll in): the eligibility review, ballot entry, the tally against the
 * thresholds, jurisdiction, committee filings, and importing an owner roll.
 */
const suite = consoleSuite();

async function electionIn(phase: ElectionPhase): Promise<any> {
  const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase } } });
  return (await suite.app.as('officer', GET_ELECTION, { id: elections.items[0].id })).election;
}

/** Chooses an option of an MUI select (a TextField with `select`) found by its label. */
const choose = (page: Page, scope: ReturnType<Page['getByTestId']>, option: string) => chooseOption(page, scope.getByRole('combobox'), option);

describe('the election workspace', () => {
  browserIt('an officer reviews a candidate to ineligible and sees why; an unsuitable finding stands aside only with a reason', async () => {
    const election = await electionIn('ELIGIBILITY_REVIEW');
    const waiting = election.candidates.find((c: { decision: string }) => c.decision === 'NOT_YET_ELIGIBLE');
    const eligible = election.candidates.find((c: { decision: string }) => c.decision === 'ELIGIBLE');
    expect(waiting && eligible).toBeTruthy();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    await page.getByTestId('phase-stepper').locator('[data-current="true"]').getByText(zh.wuye.electionPhase.ELIGIBILITY_REVIEW).waitFor();
    await page.getByRole('tab', { name: zh.wuye.workspace.candidates }).click();
    const row = page.getByTestId('candidates').locator(`tr[data-candidate="${waiting.id}"]`);
    await row.getByText(zh.wuye.decision.NOT_YET_ELIGIBLE).waitFor();
    await row.getByTestId('review-candidate').click();

    // the checklist, grouped 必备 / 不能 / 不宜; the police station has not answered yet
    const review = page.getByTestId('candidate-review');
    for (const kind of ['MUST', 'DISQUALIFYING', 'UNSUITABLE']) await review.getByTestId(`checklist-${kind}`).getByText(zh.wuye.checkKind[kind as 'MUST']).waitFor();
    const item = review.locator('tr[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"]');
    await attributeBecomes(item, 'data-result', 'PENDING');
    await review.getByTestId('decided-by').locator('li[data-reason="DISQUALIFYING_PENDING"]').waitFor();

    // each row's 登记 button says which item it records (not eighteen buttons named alike)
    await review.getByRole('button', { name: '登记：正在被刑事立案侦查，或刑罚执行完毕未满三年', exact: true }).click();
    const dialog = page.getByTestId('check-dialog');
    const confirm = dialog.getByTestId('check-dialog-confirm');
    await choose(page, dialog.getByTestId('check-result'), zh.wuye.checkResult.FAIL);
    await dialog.getByLabel(zh.wuye.review.reviewer).fill('张警官');
    // a fail rests on evidence, and what it does to the candidate is confirmed first, naming them
    await dialog.getByText(zh.wuye.review.evidence_required).waitFor();
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(zh.wuye.review.evidence).fill('公安机关出具证明:2024年因故意伤害罪被判处有期徒刑一年,2025年刑满释放');
    const outcome = dialog.locator('[data-testid="recording-outcome"][data-decision="INELIGIBLE"]');
    await outcome.getByText(`登记后，${waiting.owner.name} 将被判定为不合格，不得参选（正在被刑事立案侦查，或刑罚执行完毕未满三年）。`).waitFor();
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await outcome.getByLabel(zh.wuye.review.outcome_confirm).check();
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });

    // the decision is the server's, and says which check decided it
    const decision = review.getByTestId('decision');
    const decided = (d: string) => review.locator(`[data-testid="decision"][data-decision="${d}"]`).waitFor();
    await decided('INELIGIBLE');
    const why = decision.locator('li[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"]');
    await why.getByText(zh.wuye.decisionReason.DISQUALIFYING_FAILED).waitFor();
    await why.getByText(/正在被刑事立案侦查/).waitFor();
    await why.getByText(zh.wuye.reviewingBody.POLICE_STATION, { exact: false }).waitFor();
    await review.locator('tr[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"][data-result="FAIL"]').getByText('张警官').waitFor();
    const [stored] = await suite.app.ds.query(`SELECT decision FROM candidate WHERE id = $1`, [waiting.id]);
    expect(stored.decision).toBe('INELIGIBLE');

    // an unsuitable (不宜) finding makes an eligible candidate ineligible, unless overridden with a written reason
    await page.goto(`${suite.app.baseUrl}/#/candidates/${eligible.id}/show`);
    const unsuitable = review.locator('tr[data-item="NOT_LIVING_IN_UNIT"]');
    await unsuitable.getByTestId('record-check').click();
    await choose(page, dialog.getByTestId('check-result'), zh.wuye.checkResult.FAIL);
    await dialog.getByLabel(zh.wuye.review.reviewer).fill('社区居委会 李主任');
    await dialog.getByLabel(zh.wuye.review.evidence).fill('社区居委会走访:房屋已出租');
    await dialog.getByTestId('recording-outcome').getByLabel(zh.wuye.review.outcome_confirm).check();
    await dialog.getByTestId('check-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await decided('INELIGIBLE');
    await decision.locator('li[data-reason="UNSUITABLE_FAILED"]').waitFor();

    await unsuitable.getByTestId('record-check').click();
    await choose(page, dialog.getByTestId('check-result'), zh.wuye.checkResult.FAIL);
    await dialog.getByLabel(zh.wuye.review.override).fill('房屋出租系因赴外地照料老人,每月回小区居住,业主代表会议同意其参选');
    // accepted with a written reason: the candidate stays eligible, nothing to confirm
    expect(await dialog.getByTestId('recording-outcome').count()).toBe(0);
    await dialog.getByTestId('check-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await decided('ELIGIBLE');
    await decision.locator('li[data-reason="UNSUITABLE_OVERRIDDEN"]').getByText(/赴外地照料老人/).waitFor();
  });

  browserIt('a step that cannot be undone says what it leaves behind before it is taken (officer review)', async () => {
    const election = await electionIn('CANDIDATE_PUBLICITY');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    await page.getByTestId('election-moves').getByTestId('move-REOPEN_REVIEW').click();
    const dialog = page.getByTestId('move-dialog');
    await dialog.getByText(zh.wuye.workspace.move_consequence.REOPEN_REVIEW, { exact: false }).waitFor();
    // it asks which objection or error it answers (kept on the election's history): not confirmed without
    const confirm = page.getByTestId('move-dialog-confirm');
    await dialog.getByText(zh.wuye.workspace.move_note_help.REOPEN_REVIEW).waitFor();
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('move-note').fill('5幢业主对候选人的欠费情况提出异议');
    await becomes(() => confirm.isDisabled({ timeout: 1_000 }), false);
    await dialog.getByRole('button', { name: zh.ra.action.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await suite.app.ds.query(`SELECT phase FROM election WHERE id = $1`, [election.id]))[0].phase).toBe('CANDIDATE_PUBLICITY');
    // each such step has its words in both languages
    for (const action of ['REOPEN_REVIEW', 'OPEN_VOTING', 'CERTIFY'] as const) {
      expect(zh.wuye.workspace.move_consequence[action]).toBeTruthy();
      expect(en.wuye.workspace.move_consequence[action]).toBeTruthy();
    }
  });

  browserIt('closing the vote asks for the voting day, the last announced day once the period is over', async () => {
    const election = await electionIn('VOTING');
    const [{ starts_on: startsOn, ends_on: endsOn }] = await suite.app.ds.query(
      `SELECT starts_on::text, ends_on::text FROM election_phase WHERE election_id = $1 AND phase = 'VOTING'`,
      [election.id],
    );
    const yesterday = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // as if the announced voting period ended yesterday and the paper ballots were typed in today
    await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'VOTING'`, [election.id, yesterday]);
    try {
      const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
      watch(page);
      await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
      await page.getByTestId('election-moves').getByTestId('move-CLOSE_VOTING').click();
      const dialog = page.getByTestId('move-dialog');
      await dialog.getByLabel(zh.wuye.workspace.voted_on).waitFor();
      await expect(dialog.getByTestId('voted-on').inputValue()).resolves.toBe(yesterday);
      await dialog.getByText(zh.wuye.workspace.voted_on_help).waitFor();
      await dialog.getByRole('button', { name: zh.ra.action.cancel }).click();
    } finally {
      await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'VOTING'`, [election.id, startsOn, endsOn]);
    }
  });

  browserIt('an officer records ballots; a second ballot of the same person is shown as already voted', async () => {
    const election = await electionIn('VOTING');
    const standing = election.candidates.filter((c: { decision: string; withdrawn: boolean }) => c.decision === 'ELIGIBLE' && !c.withdrawn);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/ballots`);
    const entry = page.getByTestId('ballot-entry');
    await entry.getByLabel(zh.wuye.ballot.search).fill('3幢');
    await entry.getByRole('button', { name: zh.ra.action.search }).click();
    const persons = entry.getByTestId('voting-persons');
    const first = persons.locator('tr[data-voted="false"][data-person^="owner:"]').first();
    const personKey = (await first.getAttribute('data-person'))!;
    await expect(first.textContent()).resolves.toContain('3幢');
    await first.getByTestId('choose-voter').click();

    const form = entry.getByTestId('ballot-form');
    await choose(page, form.getByTestId('ballot-method'), zh.wuye.votingMethod.ON_SITE);
    // no more than the seats can be approved: once they are, the other boxes are disabled
    const boxes = form.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBe(standing.length);
    for (let i = 0; i < Math.min(election.seats, standing.length); i++) await boxes.nth(i).check();
    if (standing.length > election.seats) await expect(boxes.nth(election.seats).isDisabled()).resolves.toBe(true);
    for (let i = 0; i < Math.min(election.seats, standing.length); i++) await boxes.nth(i).uncheck();
    for (const c of standing.slice(0, 2)) await form.locator(`[data-candidate="${c.id}"] input`).check();

    await form.getByTestId('record-ballot').click();
    await page.getByTestId('ballot-dialog').getByText(new RegExp(`${zh.wuye.votingMethod.ON_SITE}。同意：${standing[0].owner.name}`)).waitFor();
    await page.getByTestId('ballot-dialog-confirm').click();
    await persons.locator(`tr[data-person="${personKey}"][data-voted="true"]`).getByText(zh.wuye.ballot.voted).waitFor();
    const [ballot] = await suite.app.ds.query(`SELECT method, choices FROM ballot WHERE election_id = $1 AND voter_key = $2`, [election.id, personKey]);
    expect(ballot).toEqual({ method: 'ON_SITE', choices: standing.slice(0, 2).map((c: { id: string }) => Number(c.id)) });

    // someone at another desk records the next person's ballot first: this one is refused as already voted
    const next = persons.locator('tr[data-voted="false"][data-person^="owner:"]').first();
    const nextKey = (await next.getAttribute('data-person'))!;
    const nextName = (await next.locator('td').first().textContent())!;
    await next.getByTestId('choose-voter').click();
    await suite.app.as('officer', RECORD_BALLOT, { electionId: election.id, input: { ownerId: nextKey.replace('owner:', ''), method: 'PAPER', choices: [] } });
    await form.getByTestId('record-ballot').click();
    await page.getByTestId('ballot-dialog-confirm').click();
    await entry.getByTestId('ballot-refusal').getByText(zh.wuye.ballot.already_voted.replace('%{name}', nextName)).waitFor();
    // the refusal stays said; the ballot form closes and the row is read again, showing them as voted
    await form.waitFor({ state: 'detached' });
    await persons.locator(`tr[data-person="${nextKey}"][data-voted="true"]`).getByTestId('voted').waitFor();
    expect(await persons.locator(`tr[data-person="${nextKey}"]`).getByTestId('choose-voter').count()).toBe(0);
    const [{ n }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM ballot WHERE election_id = $1 AND voter_key = $2`, [election.id, nextKey]);
    expect(n).toBe(1);
  });

  browserIt('the tally shows the quorum met once two thirds of the owners and of the area took part, with the exact numbers', async () => {
    const election = await electionIn('VOTING');
    const standing = election.candidates.filter((c: { decision: string }) => c.decision === 'ELIGIBLE').map((c: { id: string }) => c.id);
    // bring turnout over 2/3 by headcount and area: every voting person who has not voted yet, until met
    const token = await suite.app.tokenFor('officer');
    const waiting = (await allVotingPersons(suite.app.as, election.id)).filter((p) => !p.voted);
    for (const [i, person] of waiting.entries()) {
      const { election: current } = await suite.app.as('officer', TALLY, { id: election.id });
      if (current.tally!.quorum.met) break;
      const input = person.ownerId ? { ownerId: person.ownerId, method: 'PAPER' as const, choices: standing.slice(0, 1 + (i % 2)) } : { developer: true, method: 'PAPER' as const, choices: [] };
      const result = await suite.app.gql(RECORD_BALLOT, { electionId: election.id, input }, token);
      expect(result.errors).toBeUndefined();
    }
    const tally = (await suite.app.as('officer', TALLY, { id: election.id })).election.tally!;
    expect(tally.quorum.met).toBe(true);

    // the officer running the vote reads the count as it moves
    const { page: officerPage } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(officerPage);
    let page = officerPage;
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/tally`);
    const quorum = page.getByTestId('tally-quorum');
    await quorum.getByText(zh.wuye.tally.met).waitFor();
    await attributeBecomes(quorum, 'data-met', 'true');
    await becomes(() => page.getByTestId('quorum-headcount-fraction').textContent(), `${tally.quorum.headcount.part}/${tally.quorum.headcount.whole}`);
    await expect(page.getByTestId('quorum-headcount').textContent()).resolves.toContain(`须不少于 ${Math.ceil((tally.quorum.headcount.whole * 2) / 3)}`);
    const area = await page.getByTestId('quorum-area-fraction').textContent();
    expect(area?.replace(/,/g, '')).toBe(`${tally.quorum.area.part}/${tally.quorum.area.whole}`);
    expect(await page.getByTestId('tally-issue-NO_QUORUM').count()).toBe(0);
    // each candidate against "more than half" of those taking part
    const rows = page.getByTestId('tally-candidates').locator('tr[data-candidate]');
    expect(await rows.count()).toBe(tally.candidates.length);
    const top = tally.candidates[0];
    await becomes(() => page.getByTestId(`candidate-${top.candidateId}-headcount-fraction`).textContent(), `${top.pass.headcount.part}/${top.pass.headcount.whole}`);
    await attributeBecomes(rows.first(), 'data-status', top.status);
    // with deemed votes on, each candidate says in words what became of them, never the API's code (officer review: "视为同意：NO_QUORUM")
    await suite.app.ds.query(`UPDATE election SET deemed_votes = true WHERE id = $1`, [election.id]);
    try {
      await page.reload();
      const deemed = page.getByTestId('tally-candidates').getByText(/^视为同意：/).first();
      await deemed.waitFor();
      expect(Object.values(zh.wuye.deemedOutcome).map((outcome) => zh.wuye.tally.deemed.replace('%{outcome}', outcome))).toContain(await deemed.textContent());
    } finally {
      await suite.app.ds.query(`UPDATE election SET deemed_votes = false WHERE id = $1`, [election.id]);
    }
    // a manager reads: not the count while voting is open (it would tell who voted how), no moves, no ballot entry;
    // the dashboard counts elections by phase
    ({ page } = await signIn(suite.browser, suite.app.baseUrl, 'manager'));
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show/tally`);
    await page.getByTestId('tally-while-voting').getByText(zh.wuye.tally.while_voting).waitFor();
    expect(await page.getByTestId('tally-quorum').count()).toBe(0);
    expect(await page.getByTestId('election-moves').count()).toBe(0);
    await page.getByRole('tab', { name: zh.wuye.workspace.ballots }).click();
    await page.getByText(zh.wuye.ballot.entered_by_officers).waitFor();
    await page.goto(`${suite.app.baseUrl}/#/`);
    const [{ n: voting }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM election WHERE phase = 'VOTING'`);
    await becomes(() => page.getByTestId('phase-count-VOTING').textContent(), String(voting));
    await page.getByTestId('dashboard-overdue').locator('tr[data-filing]').first().getByText(/已逾期 \d+ 天/).waitFor();
  });

  browserIt('an officer of another subdistrict cannot open the election, nor find it in the list', async () => {
    const election = await electionIn('VOTING');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer2');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections`);
    await page.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('row').filter({ hasText: election.title }).count()).toBe(0);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    await page.getByText(zh.wuye.errors.JURISDICTION).first().waitFor();
    expect(await page.getByText(election.title).count()).toBe(0);
    expect(await page.getByTestId('election-header').count()).toBe(0);
  });

  browserIt('an officer moves an election on with confirmation; cancelling asks why', async () => {
    const election = await electionIn('PREPARATION');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    const moves = page.getByTestId('election-moves');
    await moves.getByTestId('move-CANCEL').waitFor();
    await expect(moves.getByRole('button').allTextContents()).resolves.toEqual([zh.wuye.electionAction.OPEN_NOMINATION, zh.wuye.electionAction.CANCEL]);
    // nomination was announced for next week (the seed's plan): the move waits, saying why
    await moves.locator('[data-testid="move-hold"][data-rule="NOMINATION_NOT_STARTED"]').getByText(zh.wuye.rules.NOMINATION_NOT_STARTED).waitFor();
    await expect(moves.getByTestId('move-OPEN_NOMINATION').isDisabled()).resolves.toBe(true);
    // as if the owners had been told nomination runs today only
    await suite.app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [election.id, todayInChina()]);
    await page.reload();
    await becomes(() => moves.getByTestId('move-OPEN_NOMINATION').isDisabled({ timeout: 1_000 }), false);
    await moves.getByTestId('move-OPEN_NOMINATION').click();
    await page.getByTestId('move-dialog').getByText('选举将从“筹备”进入“候选人推荐”。').waitFor();
    await page.getByTestId('move-dialog-confirm').click();
    await page.getByTestId('election-phase').getByText(zh.wuye.electionPhase.NOMINATION).waitFor();

    // closing nomination with nobody nominated is held back, saying why and what to do in Chinese (the rule's words)
    await moves.locator('[data-testid="move-hold"][data-rule="NO_CANDIDATES"]').getByText(zh.wuye.rules.NO_CANDIDATES, { exact: true }).waitFor();
    await expect(moves.getByTestId('move-CLOSE_NOMINATION').isDisabled()).resolves.toBe(true);

    await moves.getByTestId('move-CANCEL').click();
    const confirm = page.getByTestId('move-dialog-confirm');
    await expect(confirm.isDisabled()).resolves.toBe(true);
    // "other" says what it is, in a note kept on the election
    await choose(page, page.getByTestId('cancel-reason'), zh.wuye.cancelReason.OTHER);
    await expect(confirm.isDisabled()).resolves.toBe(true);
    const note = '小区列入旧城改造征收范围，业主大会决定暂缓换届';
    await page.getByTestId('move-note').fill(note);
    await becomes(() => confirm.isDisabled({ timeout: 1_000 }), false);
    await confirm.click();
    await page.getByTestId('election-phase').getByText(zh.wuye.electionPhase.CANCELLED).waitFor();
    const [row] = await suite.app.ds.query(`SELECT phase, cancel_reason, cancel_note FROM election WHERE id = $1`, [election.id]);
    expect(row).toEqual({ phase: 'CANCELLED', cancel_reason: 'OTHER', cancel_note: note });
    // the officer, who cannot read the audit log, reads why on the page and in the election's history
    await page.getByTestId('cancel-reason-shown').getByText(zh.wuye.workspace.cancelled_reason.replace('%{reason}', zh.wuye.cancelReason.OTHER)).waitFor();
    await page.getByText(zh.wuye.workspace.cancelled_note.replace('%{note}', note)).waitFor();
    await page.getByTestId('history').locator('tr[data-action="CANCEL"]').getByText(note, { exact: false }).waitFor();
    await page.getByTestId('history').locator('tr[data-action="OPEN_NOMINATION"]').waitFor();
  });
});

describe('recording the remaining items of a review at once', () => {
  browserIt('an officer records a candidate’s remaining items in one confirm and sees the candidate decided; the next candidate starts with the same reviewer', async () => {
    // an election whose nominations are all unreviewed, moved on to the review
    // (one with its nominations in: an earlier test opens nomination on an election of its own)
    const { elections } = await suite.app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'NOMINATION' } } });
    const opened = await Promise.all(elections.items.map(async (e) => (await suite.app.as('officer', GET_ELECTION, { id: e.id })).election));
    const nominating = opened.find((e) => e.candidates.length >= 2)!;
    // the owners were told nomination runs some days more: the plan as if it had ended yesterday
    await suite.app.ds.query(
      `UPDATE election_phase SET starts_on = LEAST(starts_on, current_date - 1), ends_on = current_date - 1 WHERE election_id = $1 AND phase = 'NOMINATION'`,
      [nominating.id],
    );
    const { moveElection: election } = await suite.app.as('officer', MOVE_ELECTION, { id: nominating.id, version: nominating.version, action: 'CLOSE_NOMINATION' });
    expect(election.phase).toBe('ELIGIBILITY_REVIEW');
    const [first, second] = election.candidates;
    const items = zh.wuye.review;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${first.id}/show`);
    const review = page.getByTestId('candidate-review');
    await review.locator('[data-testid="decision"][data-decision="NOT_YET_ELIGIBLE"]').waitFor();
    // the register answers "owns a unit" itself, in the checklist and in the form
    await review.locator('tr[data-item="OWNER_IN_ESTATE"]').getByTestId('register-note').getByText(/业主名册：持有本小区房屋 \d+ 套/).waitFor();

    await review.getByTestId('record-remaining').click();
    const dialog = page.getByTestId('remaining-dialog');
    await expect(dialog.locator('tr[data-item]').count()).resolves.toBe(18);
    // nothing is answered for the officer: only what the roll itself says (owns a unit, aged 18+) is filled in
    await expect(dialog.locator('tr[data-item][data-result="PASS"]').count()).resolves.toBe(2);
    await expect(dialog.locator('tr[data-item][data-result="UNANSWERED"]').count()).resolves.toBe(16);
    await dialog.locator('tr[data-item="OWNER_IN_ESTATE"]').getByTestId('register-note').waitFor();
    // each item says its body; the police check is the police station's
    await expect(dialog.locator('tr[data-item="ORGANISED_CRIME"]').getAttribute('data-body')).resolves.toBe('POLICE_STATION');
    await expect(dialog.getByTestId('remaining-dialog-confirm').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('remaining-all-pass').click();
    await dialog.getByTestId('remaining-summary').getByText('通过 18 项，不通过 0 项，待审 0 项，未选择 0 项').waitFor();
    // one reviewer per body, asked for each
    await expect(dialog.getByTestId('remaining-dialog-confirm').isDisabled()).resolves.toBe(true);
    const bodies = await dialog.locator('[data-testid^="remaining-reviewer-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('remaining-reviewer-', '')));
    for (const body of bodies) {
      const name = body === 'ELECTION_ORGANISER' ? '街道联审组 王审查' : body === 'POLICE_STATION' ? '张警官' : `${zh.wuye.reviewingBody[body as 'COURT']} 经办人`;
      await dialog.getByTestId(`remaining-reviewer-${body}`).locator('input').fill(name);
    }
    await dialog.getByTestId('remaining-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });

    await review.locator('[data-testid="decision"][data-decision="ELIGIBLE"]').waitFor();
    await expect(review.locator('tr[data-item][data-result="PASS"]').count()).resolves.toBe(18);
    await review.locator('tr[data-item="ORGANISED_CRIME"]').getByText('张警官').waitFor();
    await review.locator('tr[data-item="ORGANISED_CRIME"]').getByText(zh.wuye.reviewingBody.POLICE_STATION).waitFor();
    const stored = await suite.app.ds.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE reviewing_body = 'POLICE_STATION' AND reviewer <> '张警官')::int AS police_by_others FROM eligibility_check WHERE candidate_id = $1 AND result = 'PASS'`,
      [first.id],
    );
    expect(stored[0]).toEqual({ n: 18, police_by_others: 0 });
    const [candidate] = await suite.app.ds.query(`SELECT decision FROM candidate WHERE id = $1`, [first.id]);
    expect(candidate.decision).toBe('ELIGIBLE');

    // the next candidate: the reviewer is entered already; one item changed to pending keeps them waiting
    await page.goto(`${suite.app.baseUrl}/#/candidates/${second.id}/show`);
    await review.locator('[data-testid="decision"][data-decision="NOT_YET_ELIGIBLE"]').waitFor();
    await review.getByTestId('record-remaining').click();
    // each body's reviewer carried onto that body's items only, and said so, as the day is
    await expect(dialog.getByTestId('remaining-reviewer-ELECTION_ORGANISER').locator('input').inputValue()).resolves.toBe('街道联审组 王审查');
    await expect(dialog.getByTestId('remaining-reviewer-POLICE_STATION').locator('input').inputValue()).resolves.toBe('张警官');
    await dialog.getByTestId('remaining-reviewer-ELECTION_ORGANISER').getByText(items.reviewer_carried).waitFor();
    await dialog.getByTestId('remaining-all-pass').click();
    await choose(page, dialog.getByTestId('remaining-result-CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY'), zh.wuye.checkResult.PENDING);
    await dialog.locator('tr[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"]').getByPlaceholder(items.evidence).fill('待派出所回函');
    // pending keeps the candidate under review: said, naming them, and confirmed
    const outcome = dialog.locator('[data-testid="recording-outcome"][data-decision="NOT_YET_ELIGIBLE"]');
    await outcome.getByText(new RegExp(`^登记后，${second.owner.name} 的资格结论为“审查中”`)).waitFor();
    await expect(dialog.getByTestId('remaining-dialog-confirm').isDisabled()).resolves.toBe(true);
    await outcome.getByLabel(items.outcome_confirm).check();
    await dialog.getByTestId('remaining-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await review.locator('li[data-item="CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY"][data-reason="DISQUALIFYING_PENDING"]').waitFor();
    // the checks table follows the decision: wait for its seventeenth passed row before counting
    await review.locator('tr[data-item][data-result="PASS"]').nth(16).waitFor();
    await expect(review.locator('tr[data-item][data-result="PASS"]').count()).resolves.toBe(17);
    // what is left is offered again, one item
    await review.getByTestId('record-remaining').getByText(/其余 1 项/).waitFor();

    // what was remembered for this officer is gone when they sign out (a shared computer)
    const remembered = () => page.evaluate(() => Object.keys(localStorage).filter((key) => /^(wuye\.personal:|wuye-review-defaults:)/.test(key)));
    // one remembered review, and one an earlier version of the console left in this browser
    await page.evaluate(() => localStorage.setItem('wuye-review-defaults:7:1', '{"reviewer":"旧版本记住的审查人"}'));
    await expect(remembered()).resolves.toHaveLength(2);
    await page.getByRole('button', { name: zh.ra.auth.user_menu }).click();
    await page.getByRole('menuitem', { name: zh.ra.auth.logout }).click();
    await page.locator('input[name="username"]').waitFor();
    await expect(remembered()).resolves.toEqual([]);
  });
});

/** An officer's new-election form, signed in, with the estate chosen and a title typed. */
async function electionFormFor(estate: { name: string; subdistrict: string }): Promise<Page> {
  const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
  watch(page);
  await page.goto(`${suite.app.baseUrl}/#/elections/create`);
  const fields = zh.resources.elections.fields;
  await chooseOption(page, page.getByRole('combobox', { name: fields.subdistrictId }), estate.subdistrict);
  await page.getByRole('combobox', { name: fields.estateId }).fill(estate.name);
  await page.getByRole('option', { name: estate.name, exact: true }).click();
  await page.getByLabel(fields.title).fill(`${estate.name}业主委员会换届选举`);
  return page;
}

describe('opening an election, nominating, objections', () => {
  browserIt('a plan date the server refuses is shown beside that date, and the notification says why; nothing is saved', async () => {
    const [estate] = await suite.app.ds.query(
      `SELECT e.id, e.name, s.name AS subdistrict FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM election r WHERE r.estate_id = e.id AND r.phase NOT IN ('CANCELLED', 'CERTIFIED'))
        ORDER BY e.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const [{ n: elections }] = await suite.app.ds.query(`SELECT count(*)::int AS n FROM election`);
    const page = await electionFormFor(estate);
    const fields = zh.resources.elections.fields;
    // preparation is dated (the API's phases[0]); voting, called for a few days ahead, is phases[1]: too short a notice
    const soon = { startsOn: addDays(todayInChina(), 3), endsOn: addDays(todayInChina(), 8) };
    await page.locator('[data-phase="PREPARATION"]').getByLabel(fields.startsOn).fill(todayInChina());
    const voting = page.locator('[data-phase="VOTING"]');
    await voting.getByLabel(fields.startsOn).fill(soon.startsOn);
    await voting.getByLabel(fields.endsOn).fill(soon.endsOn);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    // the refusal says the earliest first day the notice allows
    // its date as the UI writes dates (2026年12月21日), as every date in a message
    const tooSoon = zh.wuye.rules.VOTING_NOTICE_TOO_SHORT_FROM.replace('%{earliest}', chineseDay(addDays(todayInChina(), 15)));
    await voting.locator('.ra-input-phasePlan\\.VOTING\\.startsOn').getByText(tooSoon).waitFor();
    await page.getByText(zh.wuye.errors.INVALID_FORM.replace('%{problems}', tooSoon)).waitFor();
    expect(await voting.locator('.ra-input-phasePlan\\.VOTING\\.endsOn').getByText(tooSoon).count()).toBe(0);
    expect(page.url()).toMatch(/#\/elections\/create/);
    expect((await suite.app.ds.query(`SELECT count(*)::int AS n FROM election`))[0].n).toBe(elections);
  });

  browserIt('an officer opens an election for an estate of their subdistricts and nominates an owner found by name; the slate reminder shows', async () => {
    const [estate] = await suite.app.ds.query(
      `SELECT e.id, e.name, s.name AS subdistrict FROM election el JOIN estate e ON e.id = el.estate_id
         JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE el.phase = 'CANCELLED' AND s.name = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM election r WHERE r.estate_id = e.id AND r.phase NOT IN ('CANCELLED', 'CERTIFIED'))
        LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const [owner] = await suite.app.ds.query(`SELECT id, name FROM owner o WHERE estate_id = $1 AND (SELECT count(*) FROM owner x WHERE x.estate_id = o.estate_id AND x.name = o.name) = 1 ORDER BY id LIMIT 1`, [estate.id]);
    const page = await electionFormFor(estate);
    const fields = zh.resources.elections.fields;
    // deemed votes: off by default, and said to be contested
    await expect(page.getByLabel(fields.deemedVotes).isChecked()).resolves.toBe(false);
    await page.getByTestId('deemed-votes-warning').getByText(/存在争议/).waitFor();
    const plan = page.locator('[data-phase="PREPARATION"]');
    // preparation under way today, whatever day the test runs
    const preparation = { start: addDays(todayInChina(), -4), end: addDays(todayInChina(), 5) };
    const longDay = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
    await plan.getByLabel(fields.startsOn).fill(preparation.start);
    await plan.getByLabel(fields.endsOn).fill(preparation.end);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/elections\/\d+\/show/);
    const electionId = /#\/elections\/(\d+)\/show/.exec(page.url())![1];
    await page.getByTestId('election-phase').getByText(zh.wuye.electionPhase.PREPARATION).waitFor();
    await page.getByTestId('phase-dates').locator('tr[data-phase="PREPARATION"]').getByText(longDay(preparation.end)).waitFor();

    await page.getByTestId('move-OPEN_NOMINATION').click();
    await page.getByTestId('move-dialog-confirm').click();
    await page.getByTestId('election-phase').getByText(zh.wuye.electionPhase.NOMINATION).waitFor();
    await page.getByRole('tab', { name: zh.wuye.workspace.candidates }).click();
    await page.getByTestId('nominate').click();
    const dialog = page.getByTestId('nominate-dialog');
    await dialog.getByLabel(zh.wuye.candidate.owner).fill(owner.name);
    await page.getByRole('option', { name: new RegExp(`^${owner.name} · `) }).click();
    await dialog.getByTestId('nominate-dialog-confirm').click();
    const row = page.getByTestId('candidates').locator('tr[data-candidate]');
    await row.getByText(owner.name).waitFor();
    await attributeBecomes(row, 'data-decision', 'NOT_YET_ELIGIBLE');
    // one candidate, no Party member: a reminder, not a block
    await page.getByTestId('slate-warning').getByText('候选人中党员 0 名，共 1 名；原则上党员应不少于 1 名。此为提示，不影响办理。').waitFor();
    const [candidate] = await suite.app.ds.query(`SELECT owner_id, party_member FROM candidate WHERE election_id = $1`, [electionId]);
    expect(candidate).toEqual({ owner_id: owner.id, party_member: false });

    // the same owner again is refused next to the owner field
    await page.getByTestId('nominate').click();
    await dialog.getByLabel(zh.wuye.candidate.owner).fill(owner.name);
    await page.getByRole('option', { name: new RegExp(`^${owner.name} · `) }).click();
    await dialog.getByTestId('nominate-dialog-confirm').click();
    await dialog.getByText(zh.wuye.rules.ALREADY_NOMINATED).waitFor();
    await dialog.getByRole('button', { name: zh.ra.action.cancel }).click();

    // the plan is edited later: a phase's end may not come before its start
    await page.goto(`${suite.app.baseUrl}/#/elections/${electionId}`);
    const voting = page.locator('[data-phase="VOTING"]');
    // the vote is called 15 days ahead (docs/domain-rules.md#voting-period): its days are reckoned from today
    const { startsOn: votingStartsOn, endsOn: votingEndsOn } = noticedVotingDays(6);
    await voting.getByLabel(fields.startsOn).fill(votingStartsOn);
    await voting.getByLabel(fields.endsOn).fill(noticedVotingDays(0).endsOn);
    await voting.getByText(zh.wuye.rules.DATE_ORDER).waitFor();
    await voting.getByLabel(fields.endsOn).fill(votingEndsOn);
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    await page.waitForURL(/#\/elections\/\d+\/show/);
    const dates = await suite.app.ds.query(`SELECT phase, starts_on::text AS start, ends_on::text AS end FROM election_phase WHERE election_id = $1 AND starts_on IS NOT NULL ORDER BY starts_on`, [electionId]);
    expect(dates).toEqual([
      { phase: 'PREPARATION', ...preparation },
      { phase: 'VOTING', start: votingStartsOn, end: votingEndsOn },
    ]);
  });

  browserIt('an objection during publicity reopens the review; resolving it lets the checks decide again', async () => {
    const election = await electionIn('CANDIDATE_PUBLICITY');
    const candidate = election.candidates.find((c: { decision: string }) => c.decision === 'ELIGIBLE');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${candidate.id}/show`);
    const objections = page.getByTestId('objections');
    await objections.getByText(zh.wuye.review.no_objections).waitFor();
    await objections.getByTestId('file-objection').click();
    const dialog = page.getByTestId('objection-dialog');
    await dialog.getByLabel(zh.wuye.review.filed_by).fill('3幢业主 周先生');
    await dialog.getByLabel(zh.wuye.review.reason).fill('该候选人长期出租房屋,不在本小区居住');
    await dialog.getByTestId('objection-dialog-confirm').click();
    await page.locator('[data-testid="decision"][data-decision="NOT_YET_ELIGIBLE"]').locator('li[data-reason="OBJECTION_OPEN"]').waitFor();
    const [{ phase }] = await suite.app.ds.query(`SELECT phase FROM election WHERE id = $1`, [election.id]);
    expect(phase).toBe('ELIGIBILITY_REVIEW');

    await objections.locator('tr[data-resolved="false"]').getByTestId('resolve-objection').click();
    await page.getByTestId('resolve-dialog').getByLabel(zh.wuye.review.resolution).fill('经社区居委会核实,该候选人每月在小区居住,异议不成立');
    await page.getByTestId('resolve-dialog-confirm').click();
    await objections.locator('tr[data-resolved="true"]').getByText(/异议不成立/).waitFor();
    await page.locator('[data-testid="decision"][data-decision="ELIGIBLE"]').waitFor();
  });
});

describe('committee filings', () => {
  browserIt('the overdue filing is highlighted; the officer adds its materials and submits it; a registrar approves a submitted one', async () => {
    const [overdue] = await suite.app.ds.query(`SELECT id FROM committee_filing WHERE filing_status = 'DRAFT' AND due_on < now()::date ORDER BY id LIMIT 1`);
    const officer = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(officer.page);
    await officer.page.goto(`${suite.app.baseUrl}/#/committeeFilings?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    const deadline = officer.page.locator('tbody tr').first().getByTestId('deadline');
    await attributeBecomes(deadline, 'data-overdue', 'true');
    await deadline.getByText(/已逾期 \d+ 天/).waitFor();
    await officer.page.goto(`${suite.app.baseUrl}/#/committeeFilings/${overdue.id}/show`);
    await officer.page.getByTestId('materials-missing').waitFor();
    // the four materials a filing carries (docs/domain-rules.md#committee-filing), then the street office submits it
    const materials = officer.page.getByTestId('materials');
    const files: Array<[keyof typeof zh.wuye.materialKind, string]> = [['MINUTES', '选举会议记录.pdf'], ['COVENANT', '管理规约.pdf'], ['RULES_OF_PROCEDURE', '议事规则.pdf'], ['MEMBER_LIST', '委员名单.pdf']];
    for (const [kind, name] of files) {
      await choose(officer.page, materials.getByTestId('material-kind'), zh.wuye.materialKind[kind]);
      await materials.getByTestId('material-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}`) });
      await materials.locator(`tr[data-material="${kind}"]`).getByText(name).waitFor();
    }
    await officer.page.getByTestId('materials-missing').waitFor({ state: 'detached' });
    const download = officer.page.waitForEvent('download');
    await materials.locator('tr[data-material="MINUTES"]').getByTestId('download-material').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('选举会议记录.pdf');
    expect(fs.readFileSync((await saved.path())!, 'utf8')).toBe('%PDF-1.4 选举会议记录.pdf');
    await officer.page.getByTestId('filing-SUBMIT').click();
    await officer.page.getByTestId('filing-confirm').click();
    await officer.page.getByTestId('filing-section').locator('[data-status="SUBMITTED"]').waitFor();
    await officer.close();

    const [submitted] = await suite.app.ds.query(`SELECT id FROM committee_filing WHERE filing_status = 'SUBMITTED' ORDER BY id LIMIT 1`);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/committeeFilings/${submitted.id}/show`);
    await page.getByTestId('filing-APPROVE').click();
    await page.getByTestId('filing-confirm').click();
    await page.getByTestId('filing-section').locator('[data-status="APPROVED"]').waitFor();
    await page.getByText(/湖业委备〔\d{4}〕\d{4}号/).first().waitFor();
  });

  browserIt('an officer sets the members: a second chair is refused by the committee rules; handing over the chair is saved', async () => {
    const [committee] = await suite.app.ds.query(`SELECT committee_id AS id FROM election WHERE phase = 'CERTIFIED' LIMIT 1`);
    const members: Array<{ name: string; position: string }> = await suite.app.ds.query(
      `SELECT name, position FROM committee_member WHERE committee_id = $1 AND ends_on IS NULL ORDER BY id`,
      [committee.id],
    );
    const chair = members.findIndex((m) => m.position === 'CHAIR');
    const member = members.findIndex((m) => m.position === 'MEMBER');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/committees/${committee.id}/show`);
    await page.getByTestId('members').locator('tr[data-position="CHAIR"]').getByText(members[chair].name).waitFor();
    await page.getByTestId('set-members').click();
    const dialog = page.getByTestId('members-dialog');
    const position = (i: number, label: string) => choose(page, dialog.locator(`[data-member="${i}"]`).locator('.MuiTextField-root').nth(1), label);
    await position(member, zh.wuye.committeePosition.CHAIR);
    await dialog.getByTestId('members-dialog-confirm').click();
    await dialog.getByTestId('members-dialog-error').getByText(zh.wuye.rules.COMMITTEE_CHAIR_COUNT).waitFor();
    await position(chair, zh.wuye.committeePosition.MEMBER);
    await dialog.getByTestId('members-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('members').locator('tr[data-position="CHAIR"]').getByText(members[member].name).waitFor();
    const [now] = await suite.app.ds.query(`SELECT name FROM committee_member WHERE committee_id = $1 AND ends_on IS NULL AND position = 'CHAIR'`, [committee.id]);
    expect(now.name).toBe(members[member].name);
  });
});

describe('owner rolls', () => {
  browserIt('an officer imports an owner roll with one bad row: the report names it, the valid rows go in, the estate shows the roll', async () => {
    const [estate] = await suite.app.ds.query(
      `SELECT e.id, e.name FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
        ORDER BY e.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const id = (n: number) => {
      const body = `33050219850612${String(n).padStart(3, '0')}`;
      return body + citizenIdCheckCharacter(body);
    };
    const good = id(41);
    const bad = id(42).slice(0, 17) + (id(42)[17] === '0' ? '1' : '0');
    const csv = [
      '幢,单元,室,专有面积,面积来源,开发商持有,业主姓名,身份证号,电话,投票代表',
      `1幢,1单元,101,89.12,不动产登记,否,王芳,${good},13857210101,否`,
      `1幢,1单元,102,95.00,不动产登记,否,李强,${bad},,否`,
      '1幢,1单元,201,120.00,测绘,是,,,,',
    ].join('\r\n');

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/${estate.id}/show`);
    const summary = page.getByTestId('roll-summary');
    await summary.getByText(zh.wuye.roll.empty).waitFor();
    await summary.getByTestId('import-roll').click();
    await page.getByTestId('import-page').waitFor();
    await expect(page.getByTestId('import-estate').locator('input').inputValue()).resolves.toBe(estate.name);
    await page.getByTestId('import-file').setInputFiles({ name: '业主名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await page.getByTestId('import-summary').getByText('共 3 行：待写入 2 行，有误 1 行，与名册一致 0 行').waitFor();
    const badRow = page.getByTestId('import-report').locator('tr[data-row="3"]');
    await attributeBecomes(badRow, 'data-status', 'INVALID');
    await attributeBecomes(badRow.locator('[data-rule]'), 'data-field', 'idNumber');
    // the uploader is told the check character the first 17 digits give, and sees the number as their file has it
    await badRow.locator('[data-rule="ID_CHECK"]').getByText(`按前 17 位应为 ${id(42)[17]}，而不是 ${bad[17]}`).waitFor();
    await badRow.locator('[data-rule="ID_CHECK"]').getByText(bad).waitFor();
    // the row's label names the owner with the ID number masked
    await badRow.getByText(`1幢1单元102 · 李强 · ${bad.slice(0, 4)}**********${bad.slice(-4)}`).waitFor();
    await expect(page.getByTestId('import-run-all').isDisabled()).resolves.toBe(true);

    await page.getByTestId('import-run-valid').click();
    await page.getByRole('button', { name: zh.ra.action.confirm }).click();
    await page.getByTestId('import-summary').getByText('导入完成：新增 2 行，更新 0 行，未变 0 行，未导入有误行 1 条').waitFor();

    await page.goto(`${suite.app.baseUrl}/#/estates/${estate.id}/show`);
    // 101 (王芳) and 201 (the developer): two voting persons, 209.12 m²
    await summary.locator('[data-figure="units"]').getByText('2').waitFor();
    await summary.locator('[data-figure="headcount"]').getByText('2').waitFor();
    await summary.locator('[data-figure="area"]').getByText('209.12').waitFor();
    await summary.locator('[data-figure="developer_units"]').getByText('1').waitFor();

    // 101 turns out to be recorded by mistake: the officer takes it off the roll, with a reason
    const units = summary.getByTestId('roll-units');
    await units.getByText('1幢1单元101').waitFor();
    await units.locator('tr', { hasText: '1幢1单元101' }).getByTestId('remove-unit').click();
    const dialog = page.getByTestId('remove-unit-dialog');
    await dialog.getByText('王芳').waitFor();
    await dialog.getByTestId('remove-unit-reason').fill('不动产登记中无此房屋');
    await dialog.getByTestId('remove-unit-dialog-confirm').click();
    await page.getByText(zh.wuye.roll.unit_removed).waitFor();
    await summary.locator('[data-figure="units"]').getByText('1').waitFor();
    await summary.locator('[data-figure="area"]').getByText('120').waitFor();
    expect(await units.getByText('1幢1单元101').count()).toBe(0);
  });

  browserIt('a company owning shops is on the roll as an organisation, counted once; the nominate dialog does not offer it', async () => {
    const code = (() => {
      const first17 = '91330502MA2B3C4E6';
      return first17 + creditCodeCheckCharacter(first17);
    })();
    const company = '湖州龙庭商贸有限公司';
    const rollFile = (rows: string[]) => {
      const text = ['幢,单元,室,专有面积,面积来源,开发商持有,业主类型,业主名称,证件号码,电话,投票代表', ...rows].join('\r\n');
      return { name: 'roll.csv', contentBase64: Buffer.from(text).toString('base64') };
    };
    const shops = rollFile([`商铺,,S1,60.00,不动产登记,否,单位,${company},${code},,否`, `商铺,,S2,40.50,不动产登记,否,单位,${company},${code},,否`]);
    const [estate] = await suite.app.ds.query(
      `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
        ORDER BY e.id DESC LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const imported = await suite.app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: shops, mode: 'ALL_OR_NOTHING', estateId: String(estate.id) });
    expect(imported.runImport.committed).toBe(true);
    // and a shop of the estate whose nomination is open
    const election = await electionIn('NOMINATION');
    const opened = await suite.app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: rollFile([`商铺,,S9,30.00,不动产登记,否,单位,${company},${code},,否`]), mode: 'ALL_OR_NOTHING', estateId: String(election.estateId) });
    expect(opened.runImport.committed).toBe(true);

    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/estates/${estate.id}/show`);
    const summary = page.getByTestId('roll-summary');
    // two shops, one owner: one voting person with both areas (docs/domain-rules.md#organisation-owners)
    await summary.locator('[data-figure="units"]').getByText('2').waitFor();
    await summary.locator('[data-figure="headcount"]').getByText('1').waitFor();
    await summary.locator('[data-figure="area"]').getByText('100.5').waitFor();
    await summary.getByTestId('roll-units').locator('tr', { hasText: '商铺S1' }).getByText(`${company}${zh.wuye.roll.organisation_mark}`).waitFor();

    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    await page.getByRole('tab', { name: zh.wuye.workspace.candidates }).click();
    await page.getByTestId('nominate').click();
    const dialog = page.getByTestId('nominate-dialog');
    const search = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('湖州龙庭'));
    await dialog.getByLabel(zh.wuye.candidate.owner).fill('湖州龙庭');
    await search;
    // the search answered: nothing to choose, an organisation never stands (NOT_A_PERSON)
    await page.locator('.MuiAutocomplete-noOptions').waitFor();
    expect(await page.getByRole('option', { name: new RegExp(company) }).count()).toBe(0);
  });

  browserIt('a clerk sees neither elections nor committees', async () => {
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'clerk');
    watch(page);
    await page.getByRole('menuitem', { name: zh.resources.firms.name.split(' |||| ')[0] }).waitFor();
    for (const resource of ['elections', 'committees', 'committeeFilings'] as const) {
      expect(await page.getByRole('menuitem', { name: zh.resources[resource].name.split(' |||| ')[0] }).count()).toBe(0);
    }
    await page.goto(`${suite.app.baseUrl}/#/elections`);
    await page.getByText(zh.ra.page.access_denied).first().waitFor();
  });

  browserIt('a registrar reads the elections, as the server lets them: the workspace and tally, no moves, nominations or ballots', async () => {
    const election = await electionIn('VOTING');
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'registrar');
    watch(page);
    await page.getByRole('menuitem', { name: zh.resources.elections.name.split(' |||| ')[0] }).click();
    await page.getByRole('row').nth(1).waitFor();
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    await page.getByTestId('phase-stepper').locator('[data-current="true"]').getByText(zh.wuye.electionPhase.VOTING).waitFor();
    expect(await page.getByTestId('election-moves').count()).toBe(0);
    await page.getByRole('tab', { name: zh.wuye.workspace.candidates }).click();
    await page.getByTestId('candidates').waitFor();
    expect(await page.getByTestId('nominate').count()).toBe(0);
    await page.getByRole('tab', { name: zh.wuye.workspace.ballots }).click();
    await page.getByText(zh.wuye.ballot.entered_by_officers).waitFor();
    // voting is open: the count as it moves is the officers' (it would tell who voted how)
    await page.getByRole('tab', { name: zh.wuye.workspace.tally }).click();
    await page.getByTestId('tally-while-voting').waitFor();
    expect(await page.getByTestId('tally').count()).toBe(0);
  });
});

describe('what the election pages know before anything is sent', () => {
  /** Estates of the officer's subdistricts, with or without an election still running. */
  const estatesOfOfficer = (running: boolean, order: 'ASC' | 'DESC') =>
    suite.app.ds.query(
      `SELECT e.id, e.name, e.households, s.name AS subdistrict,
              (SELECT r.id FROM election r WHERE r.estate_id = e.id AND r.phase NOT IN ('CANCELLED', 'CERTIFIED') LIMIT 1) AS election_id
         FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND ${running ? '' : 'NOT'} EXISTS (SELECT 1 FROM election r WHERE r.estate_id = e.id AND r.phase NOT IN ('CANCELLED', 'CERTIFIED'))
        ORDER BY e.id ${order}`,
      [OFFICER_SUBDISTRICTS],
    );

  browserIt('新建选举: an estate with an election running is marked and cannot be chosen; one started meanwhile is refused with a link to it', async () => {
    const [running] = await estatesOfOfficer(true, 'ASC');
    const [free] = (await estatesOfOfficer(false, 'DESC')).filter((e: { households: number }) => e.households > 100);
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/create`);
    const fields = zh.resources.elections.fields;
    const estate = page.getByRole('combobox', { name: fields.estateId });
    await chooseOption(page, page.getByRole('combobox', { name: fields.subdistrictId }), running.subdistrict);
    await estate.fill(running.name);
    const marked = page.getByRole('option', { name: zh.wuye.workspace.estate_running.replace('%{name}', running.name), exact: true });
    await attributeBecomes(marked, 'aria-disabled', 'true');
    await estate.press('Escape');

    await chooseOption(page, page.getByRole('combobox', { name: fields.subdistrictId }), free.subdistrict);
    await estate.fill(free.name);
    await page.getByRole('option', { name: free.name, exact: true }).click();
    await page.getByLabel(fields.title).fill(`${free.name}业主委员会换届选举`);
    // someone at another desk opens an election for the same estate first
    const title = `${free.name}业主委员会换届选举（另一窗口）`;
    const { createElection: other } = await suite.app.as('officer', CREATE_ELECTION, { input: { estateId: String(free.id), kind: 'RE_ELECTION', title, seats: 5, deemedVotes: false, phases: [] } });
    await page.getByRole('button', { name: zh.ra.action.save }).click();
    const notice = page.getByTestId('election-running-notice');
    await notice.getByText(zh.wuye.rules.ELECTION_RUNNING).waitFor();
    expect(await page.getByText(zh.wuye.errors.ALREADY_EXISTS, { exact: true }).count()).toBe(0);
    // leaving the unsaved form for the running election: the browser's unsaved-changes question, if asked, is answered yes
    page.on('dialog', (question) => void question.accept());
    await notice.getByTestId('running-election-link').getByText(title, { exact: false }).click();
    await page.waitForURL(new RegExp(`#/elections/${other.id}/show`));
  });

  browserIt('新建选举: the seats are checked as they are typed, by the estate’s households; each phase’s dates are named by their phase', async () => {
    const free = (await estatesOfOfficer(false, 'DESC')).filter((e: { households: number }) => e.households > 100)[1];
    const page = await electionFormFor(free);
    const fields = zh.resources.elections.fields;
    const seats = page.locator('.ra-input-seats');
    await seats.getByText(`本小区 ${free.households} 户`).waitFor();
    for (const [typed, wrong] of [['4', true], ['3', true], ['13', true], ['7', false]] as const) {
      await page.getByLabel(fields.seats).fill(typed);
      if (wrong) await seats.getByText(zh.wuye.rules.COMMITTEE_SIZE).waitFor();
      else await becomes(() => seats.getByText(zh.wuye.rules.COMMITTEE_SIZE).count(), 0);
    }
    expect(page.url()).toMatch(/#\/elections\/create/);

    // the fourteen dates of the plan: "开始"/"结束" within a group named by the phase
    for (const phase of ['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY'] as const) {
      const group = page.getByRole('group', { name: zh.wuye.electionPhase[phase], exact: true });
      await expect(group.getByLabel(fields.startsOn, { exact: true }).count()).resolves.toBe(1);
      await expect(group.getByLabel(fields.endsOn, { exact: true }).count()).resolves.toBe(1);
    }
  });

  browserIt('公示候选人 is held while a candidate awaits a decision, naming them beside the move', async () => {
    const [election] = await suite.app.ds.query(
      `SELECT el.id, array_agg(o.name) AS names FROM election el JOIN candidate c ON c.election_id = el.id JOIN owner o ON o.id = c.owner_id
         JOIN estate e ON e.id = el.estate_id JOIN community m ON m.id = e.community_id JOIN subdistrict s ON s.id = m.subdistrict_id
        WHERE el.phase = 'ELIGIBILITY_REVIEW' AND c.decision = 'NOT_YET_ELIGIBLE' AND NOT c.withdrawn AND s.name = ANY($1)
        GROUP BY el.id ORDER BY el.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    expect(election).toBeTruthy();
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/elections/${election.id}/show`);
    const moves = page.getByTestId('election-moves');
    const hold = moves.locator('[data-testid="move-hold"][data-rule="CANDIDATES_UNDECIDED_NAMED"]');
    await hold.waitFor();
    const text = (await hold.textContent())!;
    expect(text).toMatch(/^候选人 .+ 尚未作资格结论：请先完成资格审查$/);
    for (const name of election.names) expect(text).toContain(name);
    const publish = moves.getByTestId('move-PUBLISH_CANDIDATES');
    await expect(publish.isDisabled()).resolves.toBe(true);
    // the reason is the button's description, for those who cannot see it beside
    await expect(publish.getAttribute('aria-describedby')).resolves.toBe(await hold.getAttribute('id'));
  });

  browserIt('登记其余事项: a fail needs its evidence, and disqualifying the candidate is confirmed naming them', async () => {
    // a candidate under review with a disqualifying (不能) item still to answer
    const disqualifying = DEFAULT_CHECKLIST_V1.items.filter((i) => i.kind === 'DISQUALIFYING');
    const [candidate] = await suite.app.ds.query(
      `SELECT c.id, o.name, d.key FROM candidate c JOIN owner o ON o.id = c.owner_id JOIN election el ON el.id = c.election_id
         JOIN estate e ON e.id = el.estate_id JOIN community m ON m.id = e.community_id JOIN subdistrict s ON s.id = m.subdistrict_id
         CROSS JOIN unnest($2::text[]) AS d(key)
        WHERE el.phase = 'ELIGIBILITY_REVIEW' AND c.decision = 'NOT_YET_ELIGIBLE' AND NOT c.withdrawn AND s.name = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM eligibility_check k WHERE k.candidate_id = c.id AND k.item_key = d.key AND k.result <> 'PENDING')
        ORDER BY c.id, d.key LIMIT 1`,
      [OFFICER_SUBDISTRICTS, disqualifying.map((i) => i.key)],
    );
    expect(candidate).toBeTruthy();
    const item = disqualifying.find((i) => i.key === candidate.key)!;
    const { page } = await signIn(suite.browser, suite.app.baseUrl, 'officer');
    watch(page);
    await page.goto(`${suite.app.baseUrl}/#/candidates/${candidate.id}/show`);
    const review = page.getByTestId('candidate-review');
    await review.getByTestId('record-remaining').click();
    const dialog = page.getByTestId('remaining-dialog');
    const confirm = dialog.getByTestId('remaining-dialog-confirm');
    await choose(page, dialog.getByTestId(`remaining-result-${item.key}`), zh.wuye.checkResult.FAIL);
    // the answered items' bodies each want their reviewer (the roll's answers are recorded with this one)
    for (const input of await dialog.locator('[data-testid^="remaining-reviewer-"] input').all()) await input.fill('联审经办人 王审查');
    const row = dialog.locator(`tr[data-item="${item.key}"]`);
    await row.getByText(zh.wuye.review.evidence_required).waitFor();
    await expect(confirm.isDisabled()).resolves.toBe(true);
    // each row's inputs say which item they are for
    await dialog.getByLabel(`${zh.wuye.review.evidence}：${item.title.zh}`, { exact: true }).fill('派出所回函：查有此情形');
    const outcome = dialog.locator('[data-testid="recording-outcome"][data-decision="INELIGIBLE"]');
    await outcome.getByText(`登记后，${candidate.name} 将被判定为不合格，不得参选（${item.title.zh}）。`).waitFor();
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await outcome.getByLabel(zh.wuye.review.outcome_confirm).check();
    // changed back to a pass: nothing to confirm; changed to fail again: asked again
    await choose(page, dialog.getByTestId(`remaining-result-${item.key}`), zh.wuye.checkResult.PASS);
    await becomes(() => dialog.getByTestId('recording-outcome').count(), 0);
    await choose(page, dialog.getByTestId(`remaining-result-${item.key}`), zh.wuye.checkResult.FAIL);
    await expect(outcome.getByLabel(zh.wuye.review.outcome_confirm).isChecked()).resolves.toBe(false);
    await outcome.getByLabel(zh.wuye.review.outcome_confirm).check();
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await review.locator('[data-testid="decision"][data-decision="INELIGIBLE"]').waitFor();
    const [stored] = await suite.app.ds.query(`SELECT result, evidence_note FROM eligibility_check WHERE candidate_id = $1 AND item_key = $2`, [candidate.id, item.key]);
    expect(stored).toEqual({ result: 'FAIL', evidence_note: '派出所回函：查有此情形' });
  });
});
