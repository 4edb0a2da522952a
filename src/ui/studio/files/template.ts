// A new scenario from three answers (company, channels, the complaint): a
// small but complete crisis that validates with no problems at all, with a
// comment at each place the trainer should make their own. Pure, so a unit
// test can check that every combination loads cleanly.
import { stringify } from 'yaml';
import type { ChannelKindName, Language } from '../../../engine/play.ts';

export interface TemplateAnswers {
  language: Language;
  company: string;
  /** At least one; the complaint is posted on the first. */
  channels: ChannelKindName[];
  complaint: string;
  /** The customer who complains; a default name is used when empty. */
  customer?: string;
}

export const CHANNEL_KINDS: ChannelKindName[] = ['page', 'microblog', 'reviews', 'forum', 'chat', 'email', 'press'];

const T = {
  fi: {
    channel: {
      page: '{c} Facebookissa',
      microblog: '{c} mikroblogissa',
      reviews: 'Arvostelusivusto',
      forum: 'Keskustelupalsta',
      chat: '{c}n verkkokaupan chat',
      email: 'Asiakaspalvelun sähköposti',
      press: 'Mediayhteydenotot',
    },
    customer: 'Maija Lehtonen',
    copycat: 'Teemu Hakala',
    journalist: 'Jari Kettunen (Iltalehti)',
    title: '{c}: valitus leviää',
    summary:
      'Asiakkaan valitus on julkaistu, ja muut alkavat yhtyä siihen. Nopea, rehellinen ja julkinen vastaus ratkaisee, leviääkö kohu.',
    role: 'Somepäivystäjä (asiakaspalvelu)',
    objectives: [
      'Vastaa valitukseen julkisesti 20 minuutin sisällä ja pyydä anteeksi sitä, mitä tehtiin.',
      'Älä poista äläkä piilota kritiikkiä.',
      'Kerro viestinnälle, kun asia alkaa levitä.',
    ],
    copyText: 'Sama juttu minulle viime kuussa. Ei taida olla ensimmäinen kerta.',
    reference: (first: string) =>
      `Hei ${first}, pyydämme anteeksi. Tämä ei saa toistua meillä, ja hyvitämme asian sinulle. Lähetin sinulle yksityisviestin, jotta voimme sopia yksityiskohdista.\nt. Pyry`,
    copyReference: (first: string) =>
      `Hei ${first}, kiitos kun kerroit. Pyydämme anteeksi myös sinulta, ja olemme välittäneet kokemuksesi esihenkilöille.\nt. Pyry`,
    pressText: 'Hei, teemme juttua asiakkaanne valituksesta, joka leviää somessa. Pyydämme yrityksenne kommenttia tunnin sisällä.',
    pressSubject: 'Kommenttipyyntö',
    pressReference:
      'Hei Jari, kiitos yhteydenotosta. Pyydämme anteeksi: asiakkaamme kohtelu oli väärin. Olemme pyytäneet häneltä anteeksi julkisesti samassa ketjussa ja hyvitämme asian.\nt. Pyry',
    phases: {
      spark: 'Valitus julkaistu',
      spreading: 'Valitus leviää',
      resolved: 'Asia ratkesi',
      late: 'Korjattiin myöhässä',
      uproar: 'Kohu karkasi',
    },
  },
  en: {
    channel: {
      page: '{c} on Facebook',
      microblog: '{c} on the microblog',
      reviews: 'Review site',
      forum: 'Discussion forum',
      chat: '{c} web shop chat',
      email: 'Customer service e-mail',
      press: 'Media inquiries',
    },
    customer: 'Alex Morgan',
    copycat: 'Sam Taylor',
    journalist: 'Jamie Reed (Daily Herald)',
    title: '{c}: a complaint spreads',
    summary:
      "A customer's complaint has been posted, and others start to join in. A fast, honest, public answer decides whether the uproar spreads.",
    role: 'Social-media duty officer (customer service)',
    objectives: [
      'Answer the complaint publicly within 20 minutes and apologise for what was done.',
      'Do not delete or hide criticism.',
      'Tell the communications team once it starts to spread.',
    ],
    copyText: "Same thing happened to me last month. Doesn't look like the first time.",
    reference: (first: string) =>
      `Hi ${first}, we apologise. This should never have happened, and we will make it right and refund you. I've sent you a private message so we can agree on the details.\nBest, Pyry`,
    copyReference: (first: string) =>
      `Hi ${first}, thank you for telling us. We apologise to you too, and we have passed your experience on to the managers.\nBest, Pyry`,
    pressText:
      "Hello, we are writing a story about your customer's complaint that is spreading on social media. We would like your company's comment within the hour.",
    pressSubject: 'Request for comment',
    pressReference:
      'Hi Jamie, thank you for getting in touch. We apologise: the way our customer was treated was wrong. We have apologised to the customer publicly in the same thread and we will make it right.\nBest, Pyry',
    phases: {
      spark: 'Complaint posted',
      spreading: 'The complaint spreads',
      resolved: 'Resolved',
      late: 'Fixed too late',
      uproar: 'The uproar ran away',
    },
  },
};

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(s) ? s.slice(0, 40).replace(/-+$/, '') : `scenario${s ? `-${s.slice(0, 30)}` : ''}`;
}

/** A YAML scalar that is always read back as exactly this text: plain where that is safe, quoted where not. */
const q = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
const block = (s: string, indent: string) =>
  `|\n${s
    .split('\n')
    .map((l) => (l.trim() ? `${indent}${l.trimEnd()}` : ''))
    .join('\n')}`;

export function scenarioTemplate(a: TemplateAnswers): string {
  const t = T[a.language];
  const company = a.company.trim() || (a.language === 'fi' ? 'Yritys Oy' : 'Company Ltd');
  const kinds = a.channels.length ? [...new Set(a.channels)] : (['page'] as ChannelKindName[]);
  const publicKind = kinds.find((k) => k !== 'press') ?? 'page';
  if (!kinds.includes(publicKind)) kinds.unshift(publicKind);
  const press = kinds.includes('press');
  const customer = a.customer?.trim() || t.customer;
  const first = (n: string) => n.split(/\s+/)[0];
  const complaint =
    a.complaint.trim() || (a.language === 'fi' ? 'Kirjoita tähän asiakkaan valitus.' : "Write the customer's complaint here.");
  const fi = a.language === 'fi';
  const L: string[] = [
    '# yaml-language-server: $schema=../static/kohu-scenario.schema.json',
    fi
      ? '# Uusi skenaario: vaihda tekstit omiksesi; kohdat, joissa on TODO, kannattaa käydä läpi ensin.'
      : '# A new scenario: make the texts your own; start with the places marked TODO.',
    'kohu: 1',
    `id: ${slug(company)}`,
    `language: ${a.language}`,
    `title: ${q(t.title.replace('{c}', company))}`,
    `summary: ${q(t.summary)}`,
    `role: ${q(t.role)}`,
    `company: ${q(company)}`,
    'objectives:',
    ...t.objectives.map((o) => `  - ${q(o)}`),
    'difficulty: easy',
    'duration: 1h30m',
    '',
    'channels:',
    ...kinds.flatMap((k) => [`  - id: ${k}`, `    kind: ${k}`, `    name: ${q(t.channel[k].replace('{c}', company))}`]),
    '',
    'personas:',
    '  - id: customer',
    `    name: ${q(customer)}`,
    '    reach: 800',
    '    temperament: angry',
    '  - id: copycat',
    `    name: ${q(t.copycat)}`,
    '    reach: 300',
    '    temperament: angry',
    ...(press ? ['  - id: journalist', `    name: ${q(t.journalist)}`, '    reach: 50000', '    temperament: journalist'] : []),
    '',
    'posts:',
    '  - id: complaint',
    '    by: customer',
    `    on: ${publicKind}`,
    '    severity: high',
    fi
      ? '    company_at_fault: true   # TODO: false, jos väite ei pidä paikkaansa'
      : '    company_at_fault: true   # TODO: false if the claim is untrue',
    `    text: ${block(complaint, '      ')}`,
    `    reference_answer: ${block(t.reference(first(customer)), '      ')}`,
    '  - id: copycat',
    '    by: copycat',
    `    on: ${publicKind}`,
    '    company_at_fault: true',
    `    text: ${q(t.copyText)}`,
    `    reference_answer: ${block(t.copyReference(first(t.copycat)), '      ')}`,
    ...(press
      ? [
          '  - id: inquiry',
          '    by: journalist',
          '    on: press',
          '    severity: critical',
          '    company_at_fault: true',
          `    subject: ${q(t.pressSubject)}`,
          `    text: ${q(t.pressText)}`,
          `    reference_answer: ${block(t.pressReference, '      ')}`,
        ]
      : []),
    '',
    'conditions:',
    '  answered:',
    '    reply: { post: complaint, public: true, honest: true, within: 20m }',
    '  contained:',
    '    all:',
    '      - reply: { post: complaint, public: true, honest: true }',
    '      - reply: { post: copycat, honest: true }',
    '      - escalated: 1',
    ...(press ? ['      - reply: { post: inquiry, honest: true }'] : []),
    '',
    'phases:',
    '  - id: spark',
    `    name: ${q(t.phases.spark)}`,
    '    virality: { reach: 200, shares: 10, sentiment: -0.5, growth: 0.02 }',
    '    posts:',
    '      - { post: complaint, at: 0s }',
    '    transitions:',
    '      - { to: spreading, when: { deleted: complaint } }',
    '      - { to: resolved, when: answered }',
    '      - { to: spreading, after: 20m }',
    '  - id: spreading',
    `    name: ${q(t.phases.spreading)}`,
    '    calls_for: 1',
    '    virality: { reach: 1200, shares: 50, sentiment: -0.8, growth: 0.03 }',
    '    posts:',
    '      - { post: copycat, at: 3m }',
    ...(press ? ['      - { post: inquiry, at: 10m }'] : []),
    '    transitions:',
    '      - { to: late, when: contained }',
    '      - { to: uproar, after: 40m }',
    '  - id: resolved',
    `    name: ${q(t.phases.resolved)}`,
    '    ending: good',
    '  - id: late',
    `    name: ${q(t.phases.late)}`,
    '    calls_for: 1',
    '    ending: bad',
    '  - id: uproar',
    `    name: ${q(t.phases.uproar)}`,
    '    calls_for: 1',
    '    ending: worst',
  ];
  return `${L.join('\n')}\n`;
}
