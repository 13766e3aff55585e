import { cachedRepeat } from './cached-repeat';
import { filingFlow } from './filing-flow';
import { firmList } from './firm-list';
import { login } from './login';
import { nestedProjects } from './nested-projects';
import { projectSync } from './project-sync';
import { redBlackPublish } from './red-black-publish';
import { Scenario } from './scenario';
import { tally } from './tally';

/** In the order of issue #5, with the cached repeat of the first (issue 13) after the three reads, then the later ones. */
export const SCENARIOS: Scenario[] = [firmList, nestedProjects, projectSync, cachedRepeat, tally, filingFlow, login, redBlackPublish];
