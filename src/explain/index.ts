export { deepFreeze } from './freeze';
export { checkDepth, isRecord, MAX_INPUT_DEPTH } from './input-guard';
export { issue, message, prefixIssues } from './issue';
export { catalog, type MessageCode, type MessageParams } from './messages/index';
export { describeStep, renderTree } from './render';
export {
  type Err,
  err,
  formatIssue,
  formatPath,
  type Issue,
  KinerjaError,
  type Locale,
  type LocalizedText,
  type Ok,
  ok,
  type PathSegment,
  type Result,
  unwrap,
} from './result';
export { parseWithSchema } from './schema-parse';
export type { ExplanationNode } from './tree';
export { addIssues, fromZodIssues } from './zod-issues';
