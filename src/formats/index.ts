export {
  angkaKreditInputSchema,
  CASE_FILE_KEYS,
  CASE_INPUT_FORMATS,
  CASE_KEYS,
  CASE_KINDS,
  caseFileSchema,
  policyCaseSchema,
  rulesetRefSchema,
} from './case-file';
export {
  FORMAT_NAMES,
  type FormatName,
  type FormatSummary,
  type FormatValue,
  formatJsonSchema,
  isFormatName,
  listFormats,
  parseFormat,
} from './registry';
