// Actors: statements — "He said" resolved to the nearest person referred to, by name or by a role
// description ("the president of X"); narration without something reported is not a statement — on
// invented articles.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const byName = (actors: Actor[], word: string) => actors.find((a) => [a.name, ...a.aliases].some((n) => n.includes(word)))!;

describe('attributeStatements', () => {
  const articles = makeArticles(
    [
      'Ruritanian President Anton Velko said on Monday that the border would stay closed.',
      'Borduvian Prime Minister Mila Sorn said the talks had failed.',
    ],
    [
      'Anton Velko warned that the border would stay closed until spring.',
      'Velko made the remarks during a televised meeting with regional governors, which lasted two hours.',
      'The prime minister of Borduvia said at the summit that her country faced "a blockade".',
      'She said, "Our trucks have waited at the border for a week."',
      'Velko rejected calls for new talks.',
    ],
    [
      'Mila Sorn met Anton Velko in the capital.',
      'The Ruritanian president said the talks would resume in March.',
      'He added that both sides wanted an agreement.',
    ],
  );
  const { actors } = extractActors(articles);
  const velko = byName(actors, 'Velko');
  const sorn = byName(actors, 'Sorn');
  const quotes = (a: Actor) => (a.statements ?? []).map((s) => s.quote);

  it('gives "She said" to the person a role description names, not to the last person named', () => {
    expect(quotes(sorn)).toContain('The prime minister of Borduvia said at the summit that her country faced "a blockade".');
    expect(quotes(sorn)).toContain('She said, "Our trucks have waited at the border for a week."');
    expect(quotes(velko).some((q) => /trucks|blockade/.test(q))).toBe(false);
  });

  it('recognises "the <demonym> president" as the actor with that title', () => {
    expect(quotes(velko)).toContain('The Ruritanian president said the talks would resume in March.');
    expect(quotes(velko)).toContain('He added that both sides wanted an agreement.');
  });

  it('does not list narration or a verb without anything reported as a statement', () => {
    expect(quotes(velko).some((q) => /made the remarks|rejected calls/.test(q))).toBe(false);
    expect(quotes(velko)).toContain('Anton Velko warned that the border would stay closed until spring.');
  });
});
