import { lazy } from 'react';

// the review screen opens from the election workspace: loaded with it, on demand
const CandidateReview = lazy(() => import('./CandidateReview'));

export default { show: CandidateReview, recordRepresentation: 'name' };
