// A generated stress scenario: `count` posts spread over every channel kind,
// arriving `perSecond` per simulated second, some with thread replies.
const KINDS = ['page', 'microblog', 'reviews', 'forum', 'chat', 'email', 'press'] as const;
const TEMPERS = ['angry', 'constructive', 'vindictive', 'troll', 'fan', 'journalist'] as const;

export function stormYaml(count = 2000, perSecond = 20): string {
  const lines: string[] = [
    'kohu: 1',
    'id: storm',
    'language: en',
    'title: Storm test',
    'summary: Two thousand posts in a hundred simulated seconds.',
    'role: Social-media duty officer',
    'company: Storm Ltd',
    'objectives:',
    '  - Stay afloat.',
    'duration: 2h',
    'channels:',
    ...KINDS.map((k) => `  - { id: ${k}, kind: ${k}, name: Storm ${k} }`),
    'personas:',
    ...Array.from(
      { length: 24 },
      (_, i) =>
        `  - { id: p${i}, name: Person ${i}, handle: "@person${i}", reach: ${100 + i * 300}, temperament: ${TEMPERS[i % TEMPERS.length]} }`,
    ),
    'posts:',
  ];
  for (let i = 1; i <= count; i++) {
    const kind = KINDS[i % KINDS.length];
    lines.push(
      `  - id: s${i}`,
      `    by: p${i % 24}`,
      `    on: ${kind}`,
      `    severity: ${i % 5 === 0 ? 'high' : 'medium'}`,
      '    company_at_fault: true',
    );
    lines.push(`    text: "Post number ${i}: my order is late again and nobody answers. This is the ${i}th complaint today."`);
    if (kind === 'reviews') lines.push(`    stars: ${1 + (i % 5)}`);
    if (kind === 'email' || kind === 'press') lines.push(`    subject: "Complaint ${i}"`);
    if (i % 10 === 0) {
      lines.push(
        '    replies:',
        `      - { by: p${(i + 1) % 24}, after: 5s, text: "Same here (${i})." }`,
        `      - { by: p${(i + 2) % 24}, after: 20s, text: "Shared (${i})." }`,
      );
    }
  }
  const step = 1000 / perSecond;
  lines.push(
    'conditions:',
    '  answered: { reply: { post: s1, public: true, honest: true } }',
    'phases:',
    '  - id: storm',
    '    name: Storm',
    '    show_name: true',
  );
  lines.push('    virality: { reach: 2000, shares: 120, sentiment: -1, growth: 0.01 }', '    posts:');
  for (let i = 1; i <= count; i++) lines.push(`      - { post: s${i}, at: ${Math.round((i - 1) * step)}ms }`);
  lines.push('    transitions:', '      - { to: calm, when: answered }', '      - { to: lost, after: 90m }');
  lines.push('  - { id: calm, name: Calm, ending: good }', '  - { id: lost, name: Lost, ending: worst }');
  return lines.join('\n') + '\n';
}
