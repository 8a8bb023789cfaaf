import * as z from 'zod';

/**
 * The workflow section (owned by `workflow`): which steps of an evaluation's lifecycle an agency
 * requires. The appeal deadline lives in the periods section (`calendar.appeal`).
 */

/** The lifecycle settings of an evaluation. */
export const workflowSettingsSchema = z.strictObject({
  selfAssessment: z.enum(['required', 'optional']).default('required').meta({
    description:
      'Whether the employee must self-assess before the pejabat penilai assesses (required: open → assess is refused).',
  }),
  dialogue: z.enum(['always', 'on-gap', 'optional']).default('on-gap').meta({
    description:
      'When a dialogue must precede finalisation: always, only when the assessment flags a self/supervisor gap, or never required.',
  }),
  mediation: z.enum(['required', 'optional']).default('required').meta({
    description:
      'After a failed dialogue: required means only the atasan pejabat penilai’s mediation finalises; optional lets the pejabat penilai finalise (their rating stands).',
  }),
});

/** The fields of the workflow section. */
export const workflowSection = {
  workflow: workflowSettingsSchema.default({
    selfAssessment: 'required',
    dialogue: 'on-gap',
    mediation: 'required',
  }),
};
