// The scenario language, version 1, as one zod schema. The validator checks
// YAML against it and `npm run schema` turns the very same object into the
// draft-07 JSON Schema in static/, so the two can never drift apart.
import * as z from 'zod';

// No generated code: zod's faster object parser is compiled with `new Function`,
// which the app's Content-Security-Policy (script-src 'self', no eval) refuses,
// and even zod's probe for it is reported as a violation. Set before any schema is built.
z.config({ jitless: true });
import { parseWallTime } from '../text/deadlines.ts';
import { CHANNEL_KINDS, ENDINGS, SEVERITIES, TEMPERAMENTS, type Channel as ChannelModel, type Persona as PersonaModel } from '../model.ts';
import { conditionKindsForSchema, type ConditionInput, type SchemaKit } from '../conditions/index.ts';

export const FORMAT_VERSION = 1;

/** Generic, so that a described field keeps its type in `ScenarioDoc`. */
const d = <T extends z.ZodType>(schema: T, description: string): T => schema.describe(description);

/** `90s`, `5m`, `2h`, `1h30m`, `2d` — simulated time. */
export const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|min|h|d)\\s*)+$';
export const Duration = z.string().regex(new RegExp(DURATION_PATTERN)).describe('A simulated duration such as 90s, 5m, 2h or 1h30m.');

export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
  .describe('An identifier: letters, digits, - and _, starting with a letter.');

export const Language = z.enum(['fi', 'en']).describe('fi (Finnish) or en (English).');
export const Severity = z
  .enum(SEVERITIES)
  .describe('How serious the post is; sets its speed target (low 60m, medium 30m, high 20m, critical 15m by default).');
export const EscalationLevel = z
  .number()
  .int()
  .min(0)
  .max(3)
  .describe("0 customer service, 1 communications told, 2 communications leads with a manager's statement, 3 top management.");

export const ChannelKind = z
  .enum(CHANNEL_KINDS)
  .describe(
    'page = company page wall with comment threads; microblog; reviews = review site; forum; chat = chat/DM; email; press = journalist inquiries.',
  );

export const Channel = z
  .object({
    id: d(Id, "The channel's id, used in posts' `on:`."),
    kind: ChannelKind,
    name: d(z.string().min(1), 'The channel as the trainee sees it, e.g. "Tavaratalo on Facebook".'),
  })
  .strict();

export const Temperament = z
  .enum(TEMPERAMENTS)
  .describe('How the persona behaves; trolls and fans do not need an answer, vindictive people cannot be placated.');

export const Persona = z
  .object({
    id: d(Id, "The persona's id, used in posts' and replies' `by:`."),
    name: d(z.string().min(1), 'The name shown with their posts.'),
    handle: d(z.string(), 'Shown beside the name, e.g. @maijav.').optional(),
    reach: d(z.number().int().min(0), 'Followers or readers: how far their posts travel.').default(100),
    temperament: Temperament,
  })
  .strict();

export const ThreadReply = z
  .object({
    id: d(Id, 'An id for the reply, unique in the scenario (default: the post id and its number).').optional(),
    by: d(Id, 'A persona id.'),
    after: d(Duration, 'How long after the post appears.'),
    text: d(z.string().min(1), 'The reply as it appears in the thread.'),
  })
  .strict();

export const QuickReply = z
  .object({
    label: d(z.string().min(1), 'The short label on the quick-reply button.'),
    text: d(z.string().min(1), 'The full answer it inserts.'),
  })
  .strict();

export const Post = z
  .object({
    id: d(Id, "The post's id, used in phases' `posts:` and in conditions."),
    by: d(Id, 'A persona id.'),
    on: d(Id, 'A channel id.'),
    text: d(z.string().min(1), 'The post as the trainee sees it.'),
    severity: Severity.default('medium'),
    company_at_fault: d(
      z.boolean(),
      'true when the company did wrong (an apology fits); false for a false rumour or an unwarranted claim (correct the facts instead).',
    ),
    expects_reply: d(z.boolean(), 'Whether the team should answer; by default yes unless the persona is a troll or a fan.').optional(),
    stars: d(z.number().int().min(1).max(5), 'Star rating, for review-site posts.').optional(),
    subject: d(z.string(), 'Subject line, for e-mail and press inquiries.').optional(),
    replies: d(z.array(ThreadReply), "Other people's replies in the thread, appearing over time.").default([]),
    quick_replies: d(z.array(QuickReply), 'Ready-made answers the trainee may pick.').default([]),
    reference_answer: d(z.string(), 'What an expert would answer; shown in the debrief.').optional(),
    reserve: d(z.boolean(), 'A reserve post that only a facilitator releases ("turn up the heat").').default(false),
  })
  .strict();

export const Virality = z
  .object({
    reach: d(z.number(), 'People newly reached per simulated minute.').default(0),
    shares: d(z.number(), 'Shares per simulated minute.').default(0),
    sentiment: d(z.number(), 'Change of sentiment (-100..100) per simulated minute.').default(0),
    growth: d(z.number().min(0), 'Per-minute growth of the rates while the phase lasts, e.g. 0.02 = 2 % a minute.').default(0),
  })
  .strict();

/**
 * What each condition kind's schema is built from (conditions/kind.ts says
 * why it is handed in). Its `d` keeps every Finnish description beside its
 * English one, for schema-fi.ts.
 */
const conditionTextsFi: Record<string, string> = {};
const kit: SchemaKit = {
  z: {
    object: z.object,
    union: z.union,
    array: z.array,
    boolean: z.boolean,
    number: z.number,
    string: z.string,
    enum: z.enum,
    literal: z.literal,
  },
  d: (schema, words) => {
    // Finnish is found by the English text: one English text must have one translation.
    const known = conditionTextsFi[words.en];
    if (known !== undefined && known !== words.fi)
      throw new Error(`"${words.en}" has two Finnish descriptions: "${known}" and "${words.fi}".`);
    conditionTextsFi[words.en] = words.fi;
    return schema.describe(words.en);
  },
  Id,
  Duration,
  EscalationLevel,
};
/** One option per kind, `{ <key>: value }`, in the registry's order. Built once: this closes the registry. */
const conditionKindOptions = conditionKindsForSchema().map((kind) =>
  // The kind's words on the option and on its key, so an editor explains `reply:` where the author hovers it.
  kit.d(z.object({ [kind.key]: kit.d(kind.schema(kit), kind.about) }).strict(), kind.about),
);
export const CONDITION_DESCRIPTIONS_FI: Readonly<Record<string, string>> = conditionTextsFi;

/** A condition: one of the kinds in engine/conditions/, or all/any/not of conditions, or the name of one in `conditions:`. */
export const Condition: z.ZodType<ConditionInput> = z.lazy(() =>
  z.union([
    d(Id, 'The name of a condition defined under `conditions:`.'),
    ...conditionKindOptions,
    z
      .object({ all: d(z.array(Condition).min(1), 'Every condition holds.') })
      .strict()
      .describe('Every condition holds.'),
    z
      .object({ any: d(z.array(Condition).min(1), 'At least one condition holds.') })
      .strict()
      .describe('At least one condition holds.'),
    z.object({ not: Condition }).strict().describe('The condition does not hold.'),
  ]),
) as z.ZodType<ConditionInput>;

export const Transition = z
  .object({
    to: d(Id, 'The phase to move to.'),
    when: d(Condition, 'Move as soon as this holds.').optional(),
    after: d(Duration, 'A timer from phase entry: move when it runs out (and `when`, if given, holds then).').optional(),
    note: d(z.string(), 'Why this transition exists; shown to facilitators and in the diagram.').optional(),
  })
  .strict();

export const PhasePost = z
  .object({
    post: d(Id, 'A post id.'),
    at: d(Duration, 'When it appears, relative to entering the phase.').default('0s'),
  })
  .strict();

export const Ending = z.enum(ENDINGS).describe('Makes the phase an ending: good, bad, or the worst one.');

export const Phase = z
  .object({
    id: d(Id, "The phase's id, used in transitions' `to:` and in `initial:`."),
    name: d(z.string().min(1), 'A short name, for facilitators, diagrams and the debrief.'),
    show_name: d(z.boolean(), 'Show the phase name to the trainee.').default(false),
    description: d(z.string(), "What is going on in this phase, for the trainer's own notes and the diagram.").optional(),
    calls_for: d(EscalationLevel, 'The escalation level this phase calls for.').default(0),
    virality: Virality.describe('How fast the crisis spreads while this phase lasts.').default({
      reach: 0,
      shares: 0,
      sentiment: 0,
      growth: 0,
    }),
    posts: d(z.array(PhasePost), 'The posts that appear in this phase, and when.').default([]),
    transitions: d(
      z.array(Transition),
      'Where the crisis goes next: the first that fires wins. A phase that is not an ending needs at least one.',
    ).default([]),
    ending: Ending.optional(),
    facilitator_notes: d(z.string(), 'What to expect and watch for; only the facilitator sees it.').optional(),
    debrief_prompts: d(z.array(z.string()), 'Discussion prompts shown in the debrief at this phase.').default([]),
  })
  .strict();

export const ScoringOverrides = z
  .object({
    speed_targets: z
      .object({ low: Duration.optional(), medium: Duration.optional(), high: Duration.optional(), critical: Duration.optional() })
      .strict()
      .optional()
      .describe(
        'Full speed credit within this time of a post appearing, by severity (default low 60m, medium 30m, high 20m, critical 15m).',
      ),
    promise_default_deadline: d(Duration, 'Deadline of a promise that names no time (default 24h).').optional(),
    weights: z
      .object({
        speed: d(z.number().min(0), 'Weight of the speed score in the total.'),
        honesty: d(z.number().min(0), 'Weight of the honesty score in the total.'),
        publicness: d(z.number().min(0), 'Weight of the publicness score in the total.'),
        escalation: d(z.number().min(0), 'Weight of the escalation score in the total.'),
      })
      .strict()
      .optional()
      .describe('Weights of the four scores in the total (default equal).'),
  })
  .strict();

export const Scenario = z
  .object({
    kohu: d(z.literal(FORMAT_VERSION), 'Scenario format version; this is version 1.'),
    id: d(Id, "The scenario's id, e.g. shop-video."),
    version: d(z.number().int().min(1), "The scenario's own version; raise it when you change the scoring.").default(1),
    language: Language,
    title: d(z.string().min(1), 'The title shown in the scenario library.'),
    summary: d(z.string().min(1), 'One or two sentences for the briefing screen.'),
    role: d(z.string().min(1), 'The trainee\'s role, e.g. "social-media customer service".'),
    company: d(z.string().min(1), 'The company the trainee works for.'),
    objectives: d(z.array(z.string().min(1)).min(1), 'What the trainee should do well, shown in the briefing.'),
    difficulty: z.enum(['easy', 'medium', 'hard']).describe('easy, medium or hard, shown in the library.').default('medium'),
    duration: d(Duration, 'Time limit of the drill in simulated time.').default('2h'),
    starts_at: d(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/)
        .refine((s) => parseWallTime(s) !== null, 'Not a real date and time.'),
      'Local date and time when the drill starts, e.g. 2026-03-10T14:00. Deadlines in replies ("today", "by 5 pm", "perjantaihin mennessä") are read against it (default: Tuesday 2026-03-10 at 10:00).',
    ).optional(),
    facts: z
      .object({
        fixed_after: d(
          Duration,
          'The fault is really fixed this long after the start; a reply that calls it fixed before then is premature.',
        ).optional(),
        never_fixed: d(z.boolean(), 'The fault is not fixed during the drill: a reply that calls it fixed is premature.').optional(),
      })
      .strict()
      .optional()
      .describe('What is true in this crisis, for reading replies against it (without facts, a "fixed" claim is only marked as unsure).'),
    start_metrics: z
      .object({
        reach: d(z.number().min(0), 'People who have seen the complaint when the drill starts.').default(0),
        shares: d(z.number().min(0), 'Shares when the drill starts.').default(0),
        sentiment: d(z.number().min(-100).max(100), 'Sentiment when the drill starts, from -100 (hostile) to 100 (warm).').default(0),
      })
      .strict()
      .describe('Where the crisis curve starts: reach, shares and sentiment at 0:00.')
      .default({ reach: 0, shares: 0, sentiment: 0 }),
    channels: d(z.array(Channel).min(1), 'Where posts appear: the company page, a microblog, a review site, …'),
    personas: d(z.array(Persona).min(1), 'The people who post: customers, trolls, fans, journalists.'),
    posts: d(z.array(Post).min(1), 'Everything that can appear in the feeds; phases say when.'),
    conditions: d(z.record(Id, Condition), 'Named conditions used by transitions.').default({}),
    initial: d(Id, 'The first phase (default: the first in the list).').optional(),
    phases: d(
      z.array(Phase).min(1),
      'The stages of the crisis; the drill starts in `initial` (or the first) and ends in a phase with `ending:`.',
    ),
    scoring: ScoringOverrides.describe('Changes to the default speed targets, promise deadline and score weights.').default({}),
    debrief_prompts: d(z.array(z.string()), 'Discussion prompts for the debrief of the whole drill.').default([]),
  })
  .strict();

export type ScenarioInput = z.input<typeof Scenario>;
export type ScenarioDoc = z.output<typeof Scenario>;
export type ChannelDoc = z.output<typeof Channel>;
export type PersonaDoc = z.output<typeof Persona>;
export type PostDoc = z.output<typeof Post>;
export type PhaseDoc = z.output<typeof Phase>;
export type TransitionDoc = z.output<typeof Transition>;
export type ViralityDoc = z.output<typeof Virality>;
// A channel or a persona passes into the model as written: a compile-time check.
const _sameShape: [ChannelDoc, PersonaDoc] extends [ChannelModel, PersonaModel] ? true : never = true;
void _sameShape;
