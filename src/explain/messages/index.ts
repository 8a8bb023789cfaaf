import { assessmentMessages } from './assessment';
import { auditHeadMessages } from './audit-heads';
import { careerAkMessages } from './career-ak';
import { careerEligibilityMessages } from './career-eligibility';
import { commonMessages } from './common';
import { dateMessages } from './date';
import { decimalMessages } from './decimal';
import { explainMessages } from './explain';
import { organisationMessages } from './organisation';
import { periodsMessages } from './periods';
import { rulesetMessages } from './ruleset';
import { scoringMessages } from './scoring';
import { storageMessages } from './storage';
import { storageErrorMessages } from './storage-errors';
import { finalisedRuleMessages } from './storage-finalised';
import { storageOpenMessages } from './storage-open';
import { storageSqlMessages } from './storage-sql';
import { testingMessages } from './testing';
import type { MessageCatalog } from './types';
import { workflowMessages } from './workflow';

/**
 * Every message of the library, by stable code. Each module contributes its own catalog file in
 * this folder; this object merges them. A test checks that every entry renders in both languages.
 */
export const catalog = {
  ...commonMessages,
  ...assessmentMessages,
  ...explainMessages,
  ...rulesetMessages,
  ...scoringMessages,
  ...testingMessages,
  ...dateMessages,
  ...decimalMessages,
  ...organisationMessages,
  ...periodsMessages,
  ...careerAkMessages,
  ...careerEligibilityMessages,
  ...workflowMessages,
  ...storageOpenMessages,
  ...storageMessages,
  ...finalisedRuleMessages,
  ...storageSqlMessages,
  ...auditHeadMessages,
  ...storageErrorMessages,
} satisfies MessageCatalog;

/** A code that has a message in the catalog. */
export type MessageCode = keyof typeof catalog;

export type { MessageCatalog, MessageParams, MessageTemplate } from './types';
