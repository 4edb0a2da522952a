// A large synthetic scenario for benchmarks: N phases in a chain, each with
// posts and timers, valid by construction. About 20 lines per phase.
export function generateScenario(phases: number, postsPerPhase = 3): string {
  const lines: string[] = [
    '# yaml-language-server: $schema=../static/kohu-scenario.schema.json',
    'kohu: 1',
    'id: generated',
    'language: fi',
    'title: Generoitu',
    'summary: Suorituskykytesti',
    'role: Asiakaspalvelu',
    'company: Testi Oy',
    'objectives: [Vastaa nopeasti]',
    'duration: 48h',
    'channels:',
    '  - { id: page, kind: page, name: Sivu }',
    '  - { id: press, kind: press, name: Media }',
    'personas:',
    '  - { id: asiakas, name: Asiakas Esimerkki, reach: 500, temperament: angry }',
    '  - { id: toimittaja, name: Toimittaja, reach: 50000, temperament: journalist }',
    'posts:',
  ];
  for (let i = 0; i < phases; i++)
    for (let j = 0; j < postsPerPhase; j++)
      lines.push(
        `  - id: p${i}_${j}`,
        `    by: ${j === 0 ? 'toimittaja' : 'asiakas'}`,
        `    on: ${j === 0 ? 'press' : 'page'}`,
        `    text: "Viesti ${i}.${j}: palvelu oli huonoa ja odotin tunnin."`,
        '    severity: medium',
        '    company_at_fault: true',
      );
  lines.push('phases:');
  for (let i = 0; i < phases; i++) {
    lines.push(
      `  - id: f${i}`,
      `    name: Vaihe ${i}`,
      `    calls_for: ${Math.min(3, Math.floor(i / 5))}`,
      '    virality: { reach: 50, shares: 3, sentiment: -0.3, growth: 0.01 }',
      '    posts:',
      ...Array.from({ length: postsPerPhase }, (_, j) => `      - { post: p${i}_${j}, at: ${j}m }`),
      '    transitions:',
      `      - { to: good, when: { reply: { post: p${i}_0, public: true, honest: true } } }`,
      `      - { to: ${i + 1 < phases ? `f${i + 1}` : 'bad'}, after: 20m }`,
    );
  }
  lines.push('  - { id: good, name: Hyvä, ending: good }', '  - { id: bad, name: Huono, ending: worst }');
  return lines.join('\n') + '\n';
}
