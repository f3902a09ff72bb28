// The steps after the score (follow-up, thank-you with share links and contact consent): their own chunk,
// fetched while the visitor looks at the score step, so showing a survey costs fewer bytes.
export { FollowUp } from './FollowUp';
export { ThankYou } from './ThankYou';
