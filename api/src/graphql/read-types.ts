import { registerCachedRoots, registerReadType } from '../shared/read-plan';
import { Committee } from '../committees/committee.entity';
import { CommitteeMember } from '../committees/committee-member.entity';
import { Estate } from '../estates/estate.entity';
import { Firm } from '../firms/firm.entity';
import { Community } from '../geography/community.entity';
import { District } from '../geography/district.entity';
import { Subdistrict } from '../geography/subdistrict.entity';
import { Project } from '../projects/project.entity';
import { RedBlackEntry, RedBlackList } from '../assessments/assessment.entity';
import { todayInChina } from '../shared/iso-date';
import { MAKER_COLUMNS } from '../filings/makers';

/**
 * The types compiled list reads understand (shared/read-plan.ts), each relation told as the SQL its loader
 * runs: the same rows in the same order. A field missing here sends a list through the loaders instead.
 */
const filingActions = { availableActions: ['filingStatus', ...MAKER_COLUMNS] };
const byId = (column: string) => (t: string, p: string) => `${t}.id = ${p}."${column}"`;
const projectsOf = (column: string) => ({
  target: 'Project',
  many: true,
  where: (t: string, p: string) => `${t}."${column}" = ${p}.id`,
  orderBy: (t: string) => `${t}.contract_start, ${t}.id`,
});

registerReadType('Firm', {
  entity: Firm,
  computed: filingActions,
  relations: {
    district: { target: 'District', many: false, where: byId('district_id') },
    projects: projectsOf('firm_id'),
  },
});

registerReadType('Project', {
  entity: Project,
  computed: filingActions,
  relations: {
    firm: { target: 'Firm', many: false, where: byId('firm_id') },
    estate: { target: 'Estate', many: false, where: byId('estate_id') },
  },
});

registerReadType('Estate', {
  entity: Estate,
  relations: {
    community: { target: 'Community', many: false, where: byId('community_id') },
    subdistrict: {
      target: 'Subdistrict',
      many: false,
      where: (t, p) => `${t}.id = (SELECT c.subdistrict_id FROM community c WHERE c.id = ${p}.community_id)`,
      reads: ['community'],
    },
    district: {
      target: 'District',
      many: false,
      // nested lookups by key, not a join: PostgreSQL planned the join as a hash built and a scan of all subdistricts for
      // every estate (a scale-20 page of 100 projects of distinct estates: 5.7 -> 3.3 ms of PostgreSQL CPU)
      where: (t, p) => `${t}.id = (SELECT s.district_id FROM subdistrict s WHERE s.id = (SELECT c.subdistrict_id FROM community c WHERE c.id = ${p}.community_id))`,
      reads: ['community', 'subdistrict'],
    },
    projects: projectsOf('estate_id'),
    // committees/committee.service.ts currentCommittees: the latest term covering today (China time)
    currentCommittee: {
      target: 'Committee',
      many: false,
      where: (t, p, _args, param) => `${t}.estate_id = ${p}.id AND ${t}.term_start <= ${param(todayInChina())}::date AND ${t}.term_end >= ${param(todayInChina())}::date`,
      orderBy: (t) => `${t}.term_number DESC`,
    },
  },
});

registerReadType('Committee', {
  entity: Committee,
  always: ['estateId'],
  estateColumn: 'estate_id',
  relations: {
    estate: { target: 'Estate', many: false, where: byId('estate_id') },
    members: {
      target: 'CommitteeMember',
      many: true,
      where: (t, p, args) => `${t}.committee_id = ${p}.id${args.includeFormer ? '' : ` AND ${t}.ends_on IS NULL`}`,
      orderBy: (t) => `${t}.starts_on, ${t}.id`,
    },
  },
});

registerReadType('CommitteeMember', { entity: CommitteeMember });
registerReadType('District', { entity: District });
registerReadType('Subdistrict', { entity: Subdistrict, relations: { district: { target: 'District', many: false, where: byId('district_id') } } });
registerReadType('Community', { entity: Community, relations: { subdistrict: { target: 'Subdistrict', many: false, where: byId('subdistrict_id') } } });

// the published red/black lists (sealed: the database refuses changes to their rows), for the public read's cache
registerReadType('RedBlackList', {
  entity: RedBlackList,
  computed: { categories: ['categories'], canonicalJson: ['id'], sealVerified: ['id', 'sha256'] },
  relations: {
    entries: { target: 'RedBlackEntry', many: true, where: (t, p) => `${t}.list_id = ${p}.id`, orderBy: (t) => `${t}.place DESC, ${t}.category, ${t}.rank, ${t}.id` },
  },
});
registerReadType('RedBlackEntry', { entity: RedBlackEntry });

/**
 * The reads the response cache may answer (graphql/response-cache.ts): their answers are made of the types above,
 * and their filters and an officer's scope read the places and the jurisdictions.
 */
const PLACES_AND_SCOPE = ['officer_jurisdiction', 'estate', 'community', 'subdistrict', 'district'];
registerCachedRoots(['firms', 'firm', 'projects', 'project', 'committees', 'committee'], PLACES_AND_SCOPE);
// the estates list filters by standing demonstration designations
registerCachedRoots(['estates', 'estate'], [...PLACES_AND_SCOPE, 'demonstration_designation']);
// public and sealed: an anonymous reader is answered from memory until the next quarter is published (docs/architecture.md#response-cache)
registerCachedRoots(['redBlackLists', 'redBlackList'], []);
