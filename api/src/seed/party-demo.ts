import { EntityManager } from 'typeorm';
import { MeetingParty } from '../five-party-meetings/five-party-rules';
import { addDays, IsoDate } from '../shared/iso-date';
import type { DemoData } from './demo-data';
import { GIVEN_CHARS, SURNAMES } from './huzhou';
import { insertRows, resetIdentity } from './insert-rows';
import { Prng } from './prng';

/**
 * Party building for the demo (docs/domain-rules.md#party-organisations, #five-party-meetings): a party
 * organisation in most firms, and monthly five-party meetings over the last six months at every demonstration
 * estate and every estate of the officers' subdistricts, some follow-ups done, some overdue. Batched inserts.
 */
const MONTHS = 6;

const ISSUES: Array<[string, MeetingParty]> = [
  ['地下车库照明损坏，夜间通行不便', MeetingParty.OWNERS_COMMITTEE],
  ['电动车楼道充电，存在消防隐患', MeetingParty.COMMUNITY_PARTY],
  ['小区东门车辆乱停放，影响消防通道', MeetingParty.CONGRESS_SUPERVISOR],
  ['垃圾分类投放点异味，清运不及时', MeetingParty.SOCIAL_ORGANISATION],
  ['电梯频繁故障，维保记录未公示', MeetingParty.OWNERS_COMMITTEE],
  ['公共收益收支情况未按季度公开', MeetingParty.CONGRESS_SUPERVISOR],
  ['绿化带缺苗，草坪被踩踏', MeetingParty.OWNERS_COMMITTEE],
  ['外墙瓷砖脱落，存在坠落风险', MeetingParty.PROPERTY_FIRM],
  ['老年人助餐点场地不足', MeetingParty.SOCIAL_ORGANISATION],
  ['雨污管网堵塞，雨天积水', MeetingParty.COMMUNITY_PARTY],
];
const RESOLUTIONS = ['物业已维修完毕，业委会验收', '社区牵头协调，已整改到位', '纳入小额维修金支出，已完工', '已张贴公示并建立台账'];
const TASKS = ['更换损坏灯具并巡检', '开展消防安全宣传并清理楼道', '施划停车位并安排值守', '调整垃圾清运频次', '督促电梯维保单位整改', '公示季度公共收益收支', '补种绿植并设置护栏', '排查外墙并设置警示'];
const ROLES: Record<MeetingParty, string> = {
  [MeetingParty.COMMUNITY_PARTY]: '社区党委书记',
  [MeetingParty.PROPERTY_FIRM]: '项目经理',
  [MeetingParty.OWNERS_COMMITTEE]: '业委会主任',
  [MeetingParty.SOCIAL_ORGANISATION]: '社工',
  [MeetingParty.CONGRESS_SUPERVISOR]: '人大代表',
};

const personName = (rng: Prng) => rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.6) ? rng.pick(GIVEN_CHARS) : '');

export async function seedPartyDemo(
  em: EntityManager,
  data: DemoData,
  officerSubdistricts: string[],
  actors: { officerId: number },
  rng: Prng,
  today: IsoDate,
): Promise<{ partyOrganisations: number; fivePartyMeetings: number; overdueFollowUps: number }> {
  // a party organisation in about nine firms of ten: most on their own, some joint or through the sector
  const named = new Set<string>();
  const organisations = data.firms
    .filter((firm) => rng.chance(0.9) && !named.has(firm.name) && !!named.add(firm.name))
    .map((firm) => {
      const roll = rng.next();
      const kind = roll < 0.7 ? 'STANDALONE' : roll < 0.85 ? 'JOINT' : 'SECTOR';
      return {
        name: `${firm.name}${kind === 'JOINT' ? '联合党支部' : '党支部'}`,
        kind,
        firmId: firm.id,
        memberCount: rng.int(3, 45),
        establishedOn: `${rng.int(2018, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
      };
    });
  await insertRows(em, 'party_organisation', organisations);

  const estates: Array<{ id: number; name: string }> = await em.query(
    `SELECT e.id, e.name FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) OR EXISTS (SELECT 1 FROM demonstration_designation d WHERE d.estate_id = e.id)
      ORDER BY e.id`,
    [officerSubdistricts],
  );
  const meetings: object[] = [];
  const participants: object[] = [];
  const issues: object[] = [];
  const followUps: object[] = [];
  let meetingId = 0;
  let overdue = 0;
  const thisMonth = `${today.slice(0, 7)}-01`;
  for (const estate of estates) {
    // the estate's standing delegates: the same people come month after month
    const delegates = Object.values(MeetingParty).map((party) => ({ party, name: personName(rng) }));
    for (let back = MONTHS; back >= 1; back--) {
      const month = new Date(`${thisMonth}T00:00:00Z`);
      month.setUTCMonth(month.getUTCMonth() - back);
      const heldOn = addDays(month.toISOString().slice(0, 10), rng.int(4, 24));
      const id = ++meetingId;
      const present = delegates.filter((d, i) => i < 2 || rng.chance(0.85));
      meetings.push({ id, estateId: estate.id, heldOn, summary: `${estate.name}${heldOn.slice(5, 7)}月五方会谈：通报上月事项办理情况，议定本月问题和责任分工。`, createdById: actors.officerId });
      present.forEach((d, position) => participants.push({ meetingId: id, party: d.party, name: d.name, role: ROLES[d.party], position }));
      const raised = rng.int(1, 3);
      // an issue is raised by a party that attended (docs/domain-rules.md#five-party-meetings): the branch and the firm always do
      const raisable = ISSUES.filter(([, party]) => present.some((d) => d.party === party));
      for (let k = 0; k < raised; k++) {
        const [description, raisedBy] = raisable[rng.int(0, raisable.length - 1)];
        const resolvedOn = addDays(heldOn, rng.int(3, 40));
        const resolved = resolvedOn <= today && rng.chance(0.75);
        issues.push({
          meetingId: id,
          estateId: estate.id,
          description: `${description}（${k + 1}）`,
          raisedBy,
          status: resolved ? 'RESOLVED' : 'RAISED',
          resolutionNote: resolved ? rng.pick(RESOLUTIONS) : null,
          resolvedOn: resolved ? resolvedOn : null,
          resolvedById: resolved ? actors.officerId : null,
        });
      }
      const agreed = rng.int(1, 2);
      for (let k = 0; k < agreed; k++) {
        const owner = rng.chance(0.6) ? present[1] : rng.pick(present);
        const dueOn = addDays(heldOn, rng.int(10, 30));
        const doneOn = addDays(heldOn, rng.int(5, 35));
        const done = doneOn <= today && rng.chance(0.8);
        if (!done && dueOn < today) overdue++;
        followUps.push({
          meetingId: id,
          estateId: estate.id,
          task: rng.pick(TASKS),
          ownerParty: owner.party,
          ownerName: owner.name,
          dueOn,
          doneOn: done ? doneOn : null,
          doneNote: done ? '已办结' : null,
          completedById: done ? actors.officerId : null,
        });
      }
    }
  }
  await insertRows(em, 'five_party_meeting', meetings);
  await insertRows(em, 'five_party_participant', participants);
  await insertRows(em, 'five_party_issue', issues);
  await insertRows(em, 'five_party_follow_up', followUps);
  await resetIdentity(em, 'five_party_meeting');
  return { partyOrganisations: organisations.length, fivePartyMeetings: meetings.length, overdueFollowUps: overdue };
}
