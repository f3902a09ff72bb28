import { loadLaterSteps } from '../components/lazy-steps';

// The follow-up and thank-you steps are a lazy chunk (fetched when a survey shows). Component tests assert on
// them right after a click, so the chunk is loaded before each test file; survey-lazy.test.tsx covers the wait.
await loadLaterSteps();
