export { createScorer, type Scorer, type ScorerOptions } from "./create-scorer.js";
export { checkDraft, type DraftCheck, type DraftFinding } from "./check-draft.js";
export type { ConversationScore, MessageScore } from "./conversation-score.js";
export { defaultScorecard, defineScorecard, scorecardTotal, ScorecardSchema, type Scorecard, type ScorecardLine, type ScorecardResult } from "./scorecard.js";
export { ScoreSummary, type ScoreSummaryState } from "./score-summary.js";
export { TemplateLibrary, type Template, type TemplateLibraryData } from "./template-library.js";
export { TemplateMiner, mineTemplates, type TemplateOptions } from "./template-miner.js";
export { isRollUp, rollUp, type RolledUpResult } from "./roll-up.js";
