import { EntityManager } from 'typeorm';
import { CommitteePosition } from '../committees/committee-composition';
import { committeeFilingDue } from '../committees/filing-deadlines';
import { ELECTION_TRANSITIONS, ElectionAction, ElectionCancelReason, ElectionKind, ElectionPhase } from '../elections/election-phases';
import { ASSEMBLY_NOTICE_DAYS } from '../elections/announced-period';
import { Matter } from '../elections/thresholds';
import { tallyElection } from '../elections/tally';
import { isStanding } from '../elections/standing';
import { decideEligibility, DEFAULT_CHECKLIST_V1, EligibilityCheck } from '../eligibility/checklist';
import { loadHolidayCalendar } from '../holidays/holiday-notice.store';
import { ownerKey } from '../owners/owner.service';
import { buildVotingRoll, DEVELOPER_PERSON_KEY, VotingRoll } from '../owners/voting-weights';
import { toHundredths } from '../shared/decimal';
import { addDays, addYears, IsoDate } from '../shared/iso-date';
import { demoMoment } from './demo-moment';
import { DemoData, EstateRow } from './demo-data';
import { formatFilingNumber } from '../filings/filing';
import { GIVEN_CHARS, SURNAMES } from './huzhou';
import { insertRows, resetIdentity } from './insert-rows';
import { generateOwnerRoll, OwnerRoll } from './owner-roll-data';
import { Prng } from './prng';

/**
 * Committees, owner rolls and elections for the demo (docs/domain-rules.md): 105 filed committees, owner
 * rolls for the estates where elections run (龙庭小区 with its 428 households among them), and one election
 * in every phase with candidates, reviews and ballots. Decisions and results come from the same rule
 * modules the API uses, so the demo is consistent with what the server would compute.
 */
export const OFFICER_SUBDISTRICTS = ['龙泉街道', '湖东街道', '月河街道'];
export const OFFICER2_SUBDISTRICTS = ['雉城街道'];
/** 龙庭小区's owners' vote on the fee closed this many days before the seed ran; its repair fund opens the month after. */
export const FEE_VOTE_ENDED_DAYS_AGO = 120;

/** An election's voting day: the last day of its voting phase (each phase takes ten days from the election's start). */
const votedOnOf = (start: IsoDate): IsoDate => addDays(start, 10 * 4 + 9);

const PHASES_IN_ORDER = [
  ElectionPhase.PREPARATION,
  ElectionPhase.NOMINATION,
  ElectionPhase.ELIGIBILITY_REVIEW,
  ElectionPhase.CANDIDATE_PUBLICITY,
  ElectionPhase.VOTING,
  ElectionPhase.COUNTING,
  ElectionPhase.RESULT_PUBLICITY,
  ElectionPhase.CERTIFIED,
];

interface Actors {
  officerId: number;
  officer2Id: number;
  registrarId: number;
}

function personName(rng: Prng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.6) ? rng.pick(GIVEN_CHARS) : '');
}

/** Positions for a committee of `size`: one chair, one or two vice-chairs, the rest members. */
export function positions(size: number): CommitteePosition[] {
  const vices = size >= 7 ? 2 : 1;
  return [CommitteePosition.CHAIR, ...Array(vices).fill(CommitteePosition.VICE_CHAIR), ...Array(size - 1 - vices).fill(CommitteePosition.MEMBER)];
}

export function committeeSize(households: number, rng: Prng): number {
  return households <= 100 ? 3 : rng.pick(households > 800 ? [7, 9] : [5, 7]);
}

/** Every check of the checklist: passes, except what `fail` names; `pending` leaves items without a check. */
export function checksFor(fail: string[] = [], pending: string[] = []): EligibilityCheck[] {
  return DEFAULT_CHECKLIST_V1.items
    .filter((item) => !pending.includes(item.key))
    .map((item) => ({ itemKey: item.key, result: fail.includes(item.key) ? 'FAIL' : 'PASS', reviewingBody: item.suggestedReviewers[0] }));
}

/** The voting roll the server would compute from this owner roll (the same rule module). */
export function votingRollOf(roll: OwnerRoll): VotingRoll {
  const ownershipsOf = new Map<number, OwnerRoll['ownerships']>();
  for (const o of roll.ownerships) ownershipsOf.set(o.unitId, [...(ownershipsOf.get(o.unitId) ?? []), o]);
  return buildVotingRoll(
    roll.units.map((u) => {
      const owners = ownershipsOf.get(u.id) ?? [];
      return {
        unitId: String(u.id),
        areaHundredths: toHundredths(u.area),
        developerHeld: u.developerHeld,
        owners: u.developerHeld ? [] : owners.map((o) => ownerKey(o.ownerId)),
        designatedVoter: u.developerHeld ? undefined : owners.filter((o) => o.designatedVoter).map((o) => ownerKey(o.ownerId))[0],
      };
    }),
  );
}

/**
 * The demo's periods were announced when their votes were drawn up (created), weeks before they began, as an
 * assembly is called ASSEMBLY_NOTICE_DAYS ahead (docs/domain-rules.md#voting-period). The trigger that keeps every
 * announcement (announced_period) would date the seed's rows to the moment it runs, after the open vote had begun;
 * so, in the seed's own transaction, `write` runs with that trigger off and each announcement is kept here, dated as
 * its vote was created, as the migration that began keeping them dated those already standing.
 */
async function keptAsAnnouncedWhenCreated(em: EntityManager, table: 'election_phase' | 'resolution', trigger: string, write: () => Promise<void>): Promise<void> {
  await em.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  await write();
  await em.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  if (table === 'election_phase') {
    await em.query(`
      INSERT INTO announced_period (election_id, phase, starts_on, ends_on, announced_at)
      SELECT p.election_id, p.phase, p.starts_on, p.ends_on, e.created_at FROM election_phase p JOIN election e ON e.id = p.election_id
       WHERE p.phase IN ('NOMINATION', 'VOTING', 'RESULT_PUBLICITY') AND (p.starts_on IS NOT NULL OR p.ends_on IS NOT NULL)
       ORDER BY p.election_id, p.phase`);
  } else {
    await em.query(`
      INSERT INTO announced_period (resolution_id, phase, starts_on, ends_on, announced_at)
      SELECT id, 'VOTING', voting_starts_on, voting_ends_on, created_at FROM resolution
       WHERE voting_starts_on IS NOT NULL OR voting_ends_on IS NOT NULL ORDER BY id`);
  }
}

/** The move that enters each phase going forward (a reopened review and a recount go back, and the demo makes neither). */
const ENTERED_BY = Object.entries(ELECTION_TRANSITIONS)
  .filter(([action]) => action !== ElectionAction.REOPEN_REVIEW && action !== ElectionAction.RECOUNT)
  .map(([action, { to }]) => [to, action] as const);

/**
 * The audit events the API would have written for the seeded elections (created, then each phase entered, with
 * the cancellation's reason), so their history reads as it happened: `election.history` is read from them.
 */
async function auditElectionHistory(em: EntityManager): Promise<void> {
  await em.query(
    `INSERT INTO audit_event (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
     SELECT ev.at, e.created_by_id, u.display_name, ev.action, 'Election', e.id::text, NULL, ev.after
       FROM election e
       JOIN app_user u ON u.id = e.created_by_id
      CROSS JOIN LATERAL (
        SELECT e.created_at AS at, 'election.create' AS action, jsonb_build_object('phase', 'PREPARATION') AS after
        UNION ALL
        SELECT p.entered_at, 'election.' || lower(m.action),
               jsonb_strip_nulls(jsonb_build_object('phase', p.phase, 'cancelReason', CASE WHEN p.phase = 'CANCELLED' THEN e.cancel_reason END,
                                                    'note', CASE WHEN p.phase = 'CANCELLED' THEN e.cancel_note END))
          FROM election_phase p JOIN jsonb_each_text($1::jsonb) AS m(phase, action) ON m.phase = p.phase
         WHERE p.election_id = e.id AND p.entered_at IS NOT NULL
      ) ev
      ORDER BY ev.at, e.id`,
    [JSON.stringify(Object.fromEntries(ENTERED_BY))],
  );
}

/**
 * `today` anchors the election side on the day it is seeded, so the demo's elections are in progress (each in
 * the middle of its current phase) and its deadlines current; the registry's history is moved to the same day.
 */
export async function seedElectionDemo(
  em: EntityManager,
  data: DemoData,
  actors: Actors,
  rng: Prng,
  today: IsoDate,
): Promise<{ committees: number; elections: number; units: number }> {
  const subdistrictOf = new Map<number, string>();
  const communitySubdistrict = new Map(data.communities.map((c) => [c.id, c.subdistrictId]));
  for (const e of data.estates) subdistrictOf.set(e.id, data.subdistricts.find((s) => s.id === communitySubdistrict.get(e.communityId))!.name);

  await insertRows(em, 'officer_jurisdiction', [
    ...data.subdistricts.filter((s) => OFFICER_SUBDISTRICTS.includes(s.name)).map((s) => ({ userId: actors.officerId, subdistrictId: s.id })),
    ...data.subdistricts.filter((s) => OFFICER2_SUBDISTRICTS.includes(s.name)).map((s) => ({ userId: actors.officer2Id, subdistrictId: s.id })),
  ]);

  // Election estates: 龙庭小区 votes now; the others, in the officers' subdistricts, one per phase.
  const inJurisdiction = (names: string[]) => data.estates.filter((e) => names.includes(subdistrictOf.get(e.id)!));
  const longting = data.estates.find((e) => e.name === '龙庭小区')!;
  const small = inJurisdiction(OFFICER_SUBDISTRICTS).find((e) => e.households <= 100 && e.id !== longting.id);
  const others = inJurisdiction(OFFICER_SUBDISTRICTS).filter((e) => e.id !== longting.id && e.id !== small?.id && e.households <= 400 && e.households >= 120);
  const plan: Array<{ estate: EstateRow; phase: ElectionPhase; kind: ElectionKind }> = [
    { estate: longting, phase: ElectionPhase.VOTING, kind: ElectionKind.RE_ELECTION },
    { estate: others[0], phase: ElectionPhase.PREPARATION, kind: ElectionKind.FIRST },
    { estate: others[1], phase: ElectionPhase.NOMINATION, kind: ElectionKind.RE_ELECTION },
    { estate: others[2], phase: ElectionPhase.ELIGIBILITY_REVIEW, kind: ElectionKind.RE_ELECTION },
    { estate: others[3], phase: ElectionPhase.CANDIDATE_PUBLICITY, kind: ElectionKind.RE_ELECTION },
    { estate: others[4], phase: ElectionPhase.COUNTING, kind: ElectionKind.RE_ELECTION },
    { estate: others[5], phase: ElectionPhase.RESULT_PUBLICITY, kind: ElectionKind.FIRST },
    { estate: small ?? others[6], phase: ElectionPhase.CERTIFIED, kind: ElectionKind.FIRST },
    { estate: others[7], phase: ElectionPhase.CANCELLED, kind: ElectionKind.RE_ELECTION },
    { estate: inJurisdiction(OFFICER2_SUBDISTRICTS)[0], phase: ElectionPhase.NOMINATION, kind: ElectionKind.RE_ELECTION },
  ];

  // Owner rolls for every election estate.
  const ids = { unit: 1, owner: 1 };
  const rolls = new Map<number, OwnerRoll>();
  for (const { estate } of plan) rolls.set(estate.id, generateOwnerRoll(rng, estate.id, estate.households, ids));
  const allRolls = [...rolls.values()];
  await insertRows(em, 'unit', allRolls.flatMap((r) => r.units));
  await insertRows(em, 'owner', allRolls.flatMap((r) => r.owners));
  await insertRows(em, 'ownership', allRolls.flatMap((r) => r.ownerships));
  for (const table of ['unit', 'owner']) await resetIdentity(em, table);

  // 105 filed committees: estates with an approved project, the election estates among them where re-elected.
  const electionEstateIds = new Set(plan.map((p) => p.estate.id));
  const served = new Set(data.projects.filter((p) => p.filingStatus === 'APPROVED').map((p) => p.estateId));
  const reElected = plan.filter((p) => p.kind === ElectionKind.RE_ELECTION).map((p) => p.estate);
  // spread over the city: a seeded shuffle of the served estates, not the first ones by id
  const candidatesForCommittee = data.estates.filter((e) => served.has(e.id) && !electionEstateIds.has(e.id));
  for (let i = candidatesForCommittee.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [candidatesForCommittee[i], candidatesForCommittee[j]] = [candidatesForCommittee[j], candidatesForCommittee[i]];
  }
  const committeeEstates = [...reElected, ...candidatesForCommittee].slice(0, 105);
  let committeeId = 1;
  let memberId = 1;
  let filingId = 1;
  const committees: Array<Record<string, unknown>> = [];
  const members: Array<Record<string, unknown>> = [];
  const filings: Array<Record<string, unknown>> = [];
  const filingNumbers = new Map<number, number>();
  const calendar = await loadHolidayCalendar(em); // the notices the migrations entered
  const rollOwnerNames = (estateId: number) => rolls.get(estateId)?.owners ?? [];
  const addFiling = (committee: number, eventDate: IsoDate, status: string, kind = 'ESTABLISHMENT') => {
    const due = committeeFilingDue(eventDate, calendar);
    const submittedOn = addDays(eventDate, rng.int(5, 25));
    const decided = status === 'APPROVED';
    const year = Number(addDays(submittedOn, 3).slice(0, 4));
    const n = decided ? (filingNumbers.get(year) ?? 0) + 1 : 0;
    if (decided) filingNumbers.set(year, n);
    filings.push({
      id: filingId++,
      committeeId: committee,
      kind,
      eventDate,
      dueOn: due.dueOn,
      dueOnProvisional: due.provisional,
      filingStatus: status,
      filingNumber: decided ? formatFilingNumber('湖业委备', year, n) : null,
      createdById: actors.officerId,
      submittedById: status === 'DRAFT' ? null : actors.officerId,
      submittedAt: status === 'DRAFT' ? null : demoMoment(submittedOn, 10),
      decidedById: decided ? actors.registrarId : null,
      decidedAt: decided ? demoMoment(addDays(submittedOn, 3), 15) : null,
      createdAt: demoMoment(addDays(eventDate, 1), 9),
    });
  };
  for (const estate of committeeEstates) {
    const reElection = reElected.includes(estate);
    // re-elections are due: a three-year term ending in two to four months
    const termYears = reElection ? 3 : 5;
    const termStart = reElection ? addDays(addYears(today, -3), rng.int(60, 120)) : addDays(today, -rng.int(30, 1000));
    const size = committeeSize(estate.households, rng);
    const owners = rollOwnerNames(estate.id);
    committees.push({
      id: committeeId,
      estateId: estate.id,
      termNumber: rng.int(1, 3),
      electedOn: termStart,
      termStart,
      termEnd: addDays(addYears(termStart, termYears), -1),
    });
    positions(size).forEach((position, i) => {
      const owner = owners[i * 3];
      members.push({ id: memberId++, committeeId, ownerId: owner?.id ?? null, name: owner?.name ?? personName(rng), position, startsOn: termStart });
    });
    addFiling(committeeId, termStart, 'APPROVED');
    committeeId++;
  }

  // Elections, one per phase, with the phases entered so far dated back from today.
  let electionId = 1;
  let candidateId = 1;
  const elections: Array<Record<string, unknown>> = [];
  const phaseRows: Array<Record<string, unknown>> = [];
  const candidates: Array<Record<string, unknown>> = [];
  const checkRows: Array<Record<string, unknown>> = [];
  const ballots: Array<Record<string, unknown>> = [];
  for (const { estate, phase, kind } of plan) {
    const roll = rolls.get(estate.id)!;
    const votingRoll = votingRollOf(roll);
    const seats = committeeSize(estate.households, rng);
    const reached = phase === ElectionPhase.CANCELLED ? ElectionPhase.NOMINATION : phase;
    const stepsDone = PHASES_IN_ORDER.indexOf(reached);
    // each phase takes ten days; the current one began three days ago
    const start = addDays(today, -10 * stepsDone - 3);
    elections.push({
      id: electionId,
      estateId: estate.id,
      kind,
      title: `${estate.name}${kind === ElectionKind.FIRST ? '首届业主委员会选举' : '业主委员会换届选举'}`,
      seats,
      phase,
      deemedVotes: false,
      committeeId: null,
      createdById: estate.id === plan[9].estate.id ? actors.officer2Id : actors.officerId,
      createdAt: demoMoment(start, 9),
      votedOn: stepsDone >= PHASES_IN_ORDER.indexOf(ElectionPhase.COUNTING) ? votedOnOf(start) : null,
      // the street office found the nomination notice was never posted in the estate: a new election follows
      cancelReason: phase === ElectionPhase.CANCELLED ? ElectionCancelReason.IRREGULARITY : null,
      cancelNote: phase === ElectionPhase.CANCELLED ? '提名公告未按规定在小区内张贴，经街道办事处核查后取消本次选举，另行组织。' : null,
    });
    PHASES_IN_ORDER.slice(0, 7).forEach((p, i) => {
      const startsOn = addDays(start, 10 * i);
      phaseRows.push({
        electionId,
        phase: p,
        startsOn,
        endsOn: addDays(startsOn, p === ElectionPhase.CANDIDATE_PUBLICITY ? 7 : 9),
        enteredAt: i <= stepsDone ? demoMoment(startsOn, 9) : null,
      });
    });
    // cancelled the day after nomination opened (three days ago): a demo event is never dated after the seeding
    if (phase === ElectionPhase.CANCELLED) phaseRows.push({ electionId, phase, startsOn: null, endsOn: null, enteredAt: demoMoment(addDays(start, 11), 9) });
    // certified the day after the result's publicity ended (its record sealed then, its history saying so)
    if (phase === ElectionPhase.CERTIFIED) phaseRows.push({ electionId, phase, startsOn: null, endsOn: null, enteredAt: demoMoment(addDays(start, 70), 9) });

    // Candidates from the roll once nomination is open: a few more than the seats (差额选举).
    const electionCandidates: number[] = [];
    if (stepsDone >= 1) {
      const people = votingRoll.persons.filter((p) => p.personKey !== DEVELOPER_PERSON_KEY);
      const count = seats + rng.int(1, 3);
      for (let i = 0; i < count; i++) {
        const person = people[(i * 7 + rng.int(0, 5)) % people.length];
        if (candidates.some((c) => c.electionId === electionId && c.ownerId === Number(person.personKey.slice(6)))) continue;
        const reviewed = stepsDone >= 2;
        // in review the last candidate still waits on the police station; one is disqualified (fee arrears)
        const fails = reviewed && i === 1 ? ['PROPERTY_FEE_ARREARS'] : [];
        const pending = !reviewed ? DEFAULT_CHECKLIST_V1.items.map((it) => it.key) : stepsDone === 2 && i === count - 1 ? ['CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY'] : [];
        const checks = checksFor(fails, pending);
        const decision = decideEligibility(DEFAULT_CHECKLIST_V1, checks);
        candidates.push({
          id: candidateId,
          electionId,
          ownerId: Number(person.personKey.slice(6)),
          partyMember: i % 2 === 0,
          nominatedBy: rng.pick(['社区党组织推荐', '业主联名推荐', '自荐']),
          nominatedOn: addDays(start, 12),
          checklistVersionId: 1,
          decision: decision.decision,
          decisionExplanation: JSON.stringify(decision.decidedBy),
        });
        for (const check of checks) {
          checkRows.push({
            candidateId,
            itemKey: check.itemKey,
            result: check.result,
            reviewingBody: check.reviewingBody,
            reviewer: personName(rng),
            checkedOn: addDays(start, 22),
            evidenceNote: check.result === 'FAIL' ? '物业服务企业出具欠费证明:拖欠物业费14个月' : null,
            recordedById: actors.officerId,
          });
        }
        // the demo withdraws nobody
        if (isStanding({ decision: decision.decision, withdrawn: false })) electionCandidates.push(candidateId);
        candidateId++;
      }
    }

    // Ballots once voting has opened: most of the roll takes part; each approves up to the seats.
    if (stepsDone >= 4 && phase !== ElectionPhase.CANCELLED) {
      const turnout = phase === ElectionPhase.VOTING ? 0.5 : 0.8;
      for (const person of votingRoll.persons) {
        if (!rng.chance(turnout)) continue;
        // the developer has not voted yet where voting is still open
        if (phase === ElectionPhase.VOTING && person.personKey === DEVELOPER_PERSON_KEY) continue;
        const approvals = electionCandidates.filter((_, i) => i < seats ? rng.chance(0.85) : rng.chance(0.3)).slice(0, seats);
        ballots.push({
          electionId,
          voterKey: person.personKey,
          method: rng.weighted({ PAPER: 50, ON_SITE: 25, ONLINE: 20, DOOR_TO_DOOR: 5 }),
          choices: `{${approvals.join(',')}}`,
          recordedById: actors.officerId,
          recordedAt: demoMoment(addDays(start, 42), rng.int(8, 19)),
        });
      }
    }

    // A certified result formed the committee now sitting (members 委员 until positions are set) and its filing.
    if (phase === ElectionPhase.CERTIFIED) {
      const electionBallots = ballots.filter((b) => b.electionId === electionId);
      const result = tallyElection({
        seats,
        candidates: electionCandidates.map(String),
        roll: votingRoll,
        ballots: electionBallots.map((b) => ({ personKey: String(b.voterKey), approvals: String(b.choices).slice(1, -1).split(',').filter(Boolean) })),
      });
      // elected on the voting day (the last announced day of voting, closed the next morning): the committee's term and
      // its 30-day filing count from it (officer review: they counted from the day after)
      const electedOn = votedOnOf(start);
      committees.push({ id: committeeId, estateId: estate.id, termNumber: 1, electedOn, termStart: electedOn, termEnd: addDays(addYears(electedOn, 5), -1) });
      const elected = candidates.filter((c) => result.elected.includes(String(c.id)));
      positions(elected.length).forEach((position, i) => {
        const owner = roll.owners.find((o) => o.id === elected[i].ownerId)!;
        members.push({ id: memberId++, committeeId, ownerId: owner.id, name: owner.name, position, startsOn: electedOn });
      });
      addFiling(committeeId, electedOn, 'SUBMITTED');
      elections[elections.length - 1].committeeId = committeeId;
      committeeId++;
    }
    electionId++;
  }
  // An overdue filing: a committee elected six weeks ago whose street office has not filed yet.
  const late = inJurisdiction(OFFICER_SUBDISTRICTS).find((e) => !committeeEstates.includes(e) && !electionEstateIds.has(e.id))!;
  const lateOn = addDays(today, -45);
  committees.push({ id: committeeId, estateId: late.id, termNumber: 1, electedOn: lateOn, termStart: lateOn, termEnd: addDays(addYears(lateOn, 5), -1) });
  positions(5).forEach((position) => members.push({ id: memberId++, committeeId, ownerId: null, name: personName(rng), position, startsOn: lateOn }));
  addFiling(committeeId, lateOn, 'DRAFT');

  // General resolutions by the same engine: 龙庭小区's owners voted on a fee change (Art. 278 matter (9)) four
  // months ago, most of the roll in (closed by the seed through the resolutions' lifecycle: fee-vote-demo.ts);
  // another estate is voting on its own fee change with half of its roll counted so far, and a third drafts a
  // maintenance-fund top-up (matter (6), the 3/4 rule).
  const feeVoteEstate = others.slice(2).find((e) => served.has(e.id) && rolls.has(e.id))!;
  // each vote was drawn up, and its period announced, three weeks before it began: more than the assembly's notice
  const announcedFor = (votingStartsOn: IsoDate) => demoMoment(addDays(votingStartsOn, -(ASSEMBLY_NOTICE_DAYS + 6)), 9);
  const resolutions = [
    {
      id: 1,
      estateId: longting.id,
      matter: Matter.OTHER_MAJOR_MATTER,
      title: '住宅物业服务费调整',
      description: '住宅物业服务费由 1.69 元/m²/月调整为 1.99 元/m²/月，自下一服务年度起执行。',
      phase: 'VOTING',
      votingStartsOn: addDays(today, -FEE_VOTE_ENDED_DAYS_AGO - 15),
      votingEndsOn: addDays(today, -FEE_VOTE_ENDED_DAYS_AGO),
      createdById: actors.officerId,
      createdAt: announcedFor(addDays(today, -FEE_VOTE_ENDED_DAYS_AGO - 15)),
    },
    {
      id: 2,
      estateId: others[1].id,
      matter: Matter.RAISE_MAINTENANCE_FUND,
      title: '续筹专项维修资金',
      description: '专项维修资金余额不足首期交存额的 30%，按 25 元/m² 续筹。',
      phase: 'DRAFT',
      votingStartsOn: null,
      votingEndsOn: null,
      createdById: actors.officerId,
      createdAt: demoMoment(addDays(today, -2), 9),
    },
    {
      id: 3,
      estateId: feeVoteEstate.id,
      matter: Matter.OTHER_MAJOR_MATTER,
      // a title no other is part of, so a search for it finds this one alone
      title: '调整物业服务费标准',
      description: '住宅物业服务费由 1.80 元/m²/月调整为 1.99 元/m²/月，其中 10% 计提小区日常维修资金。',
      phase: 'VOTING',
      votingStartsOn: addDays(today, -5),
      votingEndsOn: addDays(today, 10),
      createdById: actors.officerId,
      createdAt: announcedFor(addDays(today, -5)),
    },
  ];
  // 龙庭: about 85 % of the roll voted (quorum met), most of them yes; the other estate: about half so far
  const ballotsOf = (resolutionId: number, roll: OwnerRoll, turnout: number, daysAgo: (rng: Prng) => number) =>
    votingRollOf(roll).persons
      .filter((person) => person.personKey !== DEVELOPER_PERSON_KEY && rng.chance(turnout))
      .map((person) => ({
        resolutionId,
        voterKey: person.personKey,
        choice: rng.weighted({ YES: 72, NO: 20, ABSTAIN: 8 }),
        method: rng.weighted({ PAPER: 40, ON_SITE: 20, ONLINE: 35, DOOR_TO_DOOR: 5 }),
        recordedById: actors.officerId,
        recordedAt: demoMoment(addDays(today, -daysAgo(rng)), rng.int(8, 19)),
      }));
  const resolutionBallots = [
    ...ballotsOf(1, rolls.get(longting.id)!, 0.85, (r) => FEE_VOTE_ENDED_DAYS_AGO + r.int(0, 15)),
    ...ballotsOf(3, rolls.get(feeVoteEstate.id)!, 0.5, (r) => r.int(0, 5)),
  ];

  await insertRows(em, 'committee', committees);
  await insertRows(em, 'committee_member', members);
  await insertRows(em, 'committee_filing', filings);
  await insertRows(em, 'election', elections);
  await keptAsAnnouncedWhenCreated(em, 'election_phase', 'election_phase_announced', () => insertRows(em, 'election_phase', phaseRows));
  await auditElectionHistory(em);
  await insertRows(em, 'candidate', candidates);
  await insertRows(em, 'eligibility_check', checkRows);
  await insertRows(em, 'ballot', ballots);
  await keptAsAnnouncedWhenCreated(em, 'resolution', 'resolution_announced', () => insertRows(em, 'resolution', resolutions));
  await insertRows(em, 'resolution_ballot', resolutionBallots);
  for (const table of ['committee', 'committee_member', 'committee_filing', 'election', 'candidate', 'resolution']) await resetIdentity(em, table);
  await insertRows(em, 'filing_counter', [...filingNumbers].map(([year, lastNumber]) => ({ kind: 'committeeFiling', year, lastNumber })));
  return { committees: committees.length, elections: elections.length, units: allRolls.reduce((n, r) => n + r.units.length, 0) };
}

