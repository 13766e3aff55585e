import { TransitionTable } from '../filings/transitions';

/**
 * A resolution's lifecycle: drafted, put to the vote, closed (the tally is then frozen). Free of the database
 * and GraphQL layers so the console follows the same table.
 */
export enum ResolutionPhase {
  DRAFT = 'DRAFT',
  VOTING = 'VOTING',
  CLOSED = 'CLOSED',
}

export enum ResolutionAction {
  OPEN_VOTING = 'OPEN_VOTING',
  CLOSE_VOTING = 'CLOSE_VOTING',
}

export const RESOLUTION_TRANSITIONS: TransitionTable<ResolutionPhase, ResolutionAction> = {
  [ResolutionAction.OPEN_VOTING]: { from: [ResolutionPhase.DRAFT], to: ResolutionPhase.VOTING },
  [ResolutionAction.CLOSE_VOTING]: { from: [ResolutionPhase.VOTING], to: ResolutionPhase.CLOSED },
};
