import { filingFlow } from './filing-flow';
import { firmList } from './firm-list';
import { login } from './login';
import { nestedProjects } from './nested-projects';
import { projectSync } from './project-sync';
import { redBlackPublish } from './red-black-publish';
import { Scenario } from './scenario';
import { tally } from './tally';

/** In the order of issue #5, then the later ones. */
export const SCENARIOS: Scenario[] = [firmList, nestedProjects, projectSync, tally, filingFlow, login, redBlackPublish];
