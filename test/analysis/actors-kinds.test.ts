// Actors, kinds: a name the words alone cannot type is a person or a body by how the text treats it —
// "the X", "X, which …", "X … its", a company's words, a publication's — invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const find = (actors: Actor[], spelling: string) => actors.find((a) => [a.name, ...a.aliases].includes(spelling));
const kindOf = (spelling: string, ...sources: string[][]) => find(extractActors(makeArticles(...sources)).actors, spelling)?.kind;

describe('a body by how the text treats it', () => {
  it('types a one-word company by "its" after it', () => {
    expect(kindOf('Veltrix',
      ['Veltrix has opened its first store in the harbour district.'],
      ['Veltrix said sales rose sharply.'])).toBe('organisation');
  });

  it('types a company by ", Inc." after its name', () => {
    expect(kindOf('Brightel Mobile',
      ['Brightel Mobile, Inc. said the handset would ship in March.'],
      ['Brightel Mobile said the handset would ship in March.'])).toBe('organisation');
  });

  it('types a newspaper named without a head word', () => {
    expect(kindOf('Al-Zahra Al-Yawm',
      ['A member of the board told Al-Zahra Al-Yawm newspaper that the cable had failed.'],
      ['Al-Zahra Al-Yawm reported that the cable had failed.'])).toBe('organisation');
  });

  it('types a team by "the X" and ", which"', () => {
    expect(kindOf('Tarnby Quillmakers',
      ['The Tarnby Quillmakers remain unbeaten after the win.'],
      ['Tarnby Quillmakers, which lost only once, play again on Friday.'])).toBe('organisation');
  });

  it('types a team named with a given name and a plural', () => {
    expect(kindOf('Bradley Hornets',
      ['The Bradley Hornets beat the visitors 70-61.'],
      ['Bradley Hornets, which had lost twice, won again.'])).toBe('organisation');
  });

  it('keeps "X and Y Fire and Rescue" in one body', () => {
    const { actors } = extractActors(makeArticles(['Kestrel and Vale Fire and Rescue said four crews attended the blaze.']));
    expect(find(actors, 'Kestrel and Vale Fire and Rescue')?.kind).toBe('organisation');
  });
});

describe('a person by how the text treats them', () => {
  it('keeps a given name with a plural-looking surname a person', () => {
    expect(kindOf('Randy Banks',
      ['The club then hired assistant Randy Banks, who lasted 40 games.'],
      ['Randy Banks was promoted and fired within a season.'])).toBe('person');
  });

  it('keeps a person whose name is followed by "which" about something else, and "who"', () => {
    expect(kindOf('Ovanes Karaketov',
      ['The vote came two years after the death of Ovanes Karaketov, which kindled hopes of change.'],
      ['Ovanes Karaketov, who ruled for two decades, died in 2006.'])).toBe('person');
  });

  it('keeps a surname the tagger knows as a company with the person who bears it', () => {
    const { actors } = extractActors(makeArticles(
      ['Kyle Ford scored 30 points. Ford finished with nine rebounds.'],
      ['Kyle Ford led the scoring. Ford said the team played well.'],
      ['Ford was named the best player of the night.'],
    ));
    expect(actors.filter((a) => [a.name, ...a.aliases].includes('Ford')).map((a) => a.kind)).toEqual(['person']);
  });
});

describe('what ends a name and what a web address is', () => {
  it('drops a weekday after a name: "the Harbourside Recovery Center Thursday"', () => {
    const { actors } = extractActors(makeArticles(['She checked into the Harbourside Recovery Center Thursday, her lawyer said.']));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).toContain('Harbourside Recovery Center');
    expect(all.some((n) => n.endsWith('Thursday'))).toBe(false);
  });

  it('types a web address as an organisation', () => {
    expect(kindOf('Celebwire.com',
      ['Celebwire.com reported that she had left the clinic.'],
      ['Celebwire.com said she had left.'])).toBe('organisation');
  });
});

describe('names of things no one is', () => {
  it('lists no law, award, event or operation', () => {
    const { actors } = extractActors(makeArticles(
      ['The Wetlands Protection Act was weakened, the Harbor Council said. The rule was announced at the Tradeworld Expo.'],
      ['She won the Bellamy Prize in 2004. Operation Clean Sweep was announced by the Harbor Council.'],
      ['Critics said the Wetlands Protection Act would survive.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('Wetlands Protection Act');
    expect(all).not.toContain('Tradeworld Expo');
    expect(all).not.toContain('Bellamy Prize');
    expect(all).not.toContain('Operation Clean Sweep');
    expect(all).toContain('Harbor Council');
  });

  it('lists no product its maker sells ("its new X", "a 15-inch X", "X users")', () => {
    const { actors } = extractActors(makeArticles(
      ['Orchard unveiled a 15-inch Zentrix Vantor on Tuesday. Orchard said its new Zentrix Vantor is the thinnest yet.'],
      ["Orchard's Zentrix Vantor ships next week. Zentrix Vantor users will get the update free."],
      ['The Zentrix Vantor costs more than rivals, Orchard said.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('Zentrix Vantor');
    expect(all).toContain('Orchard');
  });
});

describe('acronyms: bodies and things', () => {
  it('types capitals joined by a hyphen as an agency ("NOVA-TASK reported")', () => {
    expect(kindOf('NOVA-TASK', ['The vote was fair, NOVA-TASK reported.'])).toBe('organisation');
  });

  it('lists no acronym that only sits beside an apposition ("8GB of RAM, the same graphics as …")', () => {
    const { actors } = extractActors(makeArticles(
      ['The 13-inch model gets 8GB of RAM, the same graphics as the 11-inch model.'],
      ['Both models ship with 4GB of RAM, the same amount as before.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('RAM');
  });

  it('still lists an acronym named as a body with a role: "the KCPD, the city police department, …"', () => {
    const { actors } = extractActors(makeArticles(['The KCPD, the city police department, has not released the names.'], ['The KCPD has not commented.']));
    expect(find(actors, 'KCPD')?.kind).toBe('organisation');
  });
});

describe('a body named after a person', () => {
  it('keeps "Reformed Church of John Wesley Harding" one body, not a role before a person', () => {
    const { actors } = extractActors(makeArticles(
      ['Members of the Reformed Church of John Wesley Harding were arrested on Tuesday.'],
      ['The Reformed Church of John Wesley Harding said it would appeal.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(find(actors, 'Reformed Church of John Wesley Harding')?.kind).toBe('organisation');
    expect(all).not.toContain('John Wesley Harding');
  });

  it('types a one-word company by "its" after an indefinite noun phrase', () => {
    expect(kindOf('Quorvane',
      ['Quorvane took a day off from its acquisitions.'],
      ['Quorvane has made 41 acquisitions in 45 months.'])).toBe('organisation');
  });
});

describe('sentence adverbs and legal forms', () => {
  it('lists no sentence adverb the lexicon does not know: "Defensively, the visitors …"', () => {
    const { actors } = extractActors(makeArticles(['Defensively, the visitors forced three turnovers.'], ['Defensively, the Hawks said little.']));
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('Defensively');
  });

  it('types a name closed by a legal form ("… SGPS SA") as a company', () => {
    expect(kindOf('Norvane Sonara SGPS SA', ['Norvane Sonara SGPS SA said the cable was cut.'])).toBe('organisation');
  });
});

describe('a team named with its season or ranking', () => {
  it('types "the 1998 Bradley Hornets" and "the No. 1 Bradley Hornets" as a body', () => {
    expect(kindOf('Bradley Hornets',
      ['The 1998 Bradley Hornets remain the only play-in winner to reach the semi-finals.'],
      ['The No. 1 Bradley Hornets lost at home.'])).toBe('organisation');
  });
});

describe('a person named after a city', () => {
  it('types "said 32-year-old protester Paris Andrakides" a person, not a team named after a city', () => {
    expect(kindOf('Paris Andrakides',
      ["\"We want our rights,\" said 32-year-old protester Paris Andrakides."],
      ['Paris Andrakides, a teacher, said the banks must pay.'])).toBe('person');
  });
});

describe('a team, a title and a person written as one run of capitals', () => {
  it('splits "Rivertown Hawks QB Jon Reddick" into the team and the person, the title the role', () => {
    const { actors } = extractActors(makeArticles(
      ['Rivertown Hawks QB Jon Reddick threw for 300 yards. Reddick said the line played well. The Rivertown Hawks said he would start again.'],
      ['Ford, now an assistant coach with the NBA Eastmoor Bobcats, said the team was young. The Eastmoor Bobcats said they would sign him.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(find(actors, 'Jon Reddick')?.kind).toBe('person');
    expect(find(actors, 'Jon Reddick')?.role).toBe('Rivertown Hawks QB');
    expect(find(actors, 'Rivertown Hawks')?.kind).toBe('organisation');
    expect(all.some((n) => /QB|NBA Eastmoor/.test(n))).toBe(false);
    expect(find(actors, 'Eastmoor Bobcats')?.kind).toBe('organisation');
  });
});

describe('groups and organisations the words alone do not type', () => {
  it('lists no kind of body in the plural ("Indian ISPs", "ISPs said")', () => {
    const { actors } = extractActors(makeArticles(
      ['Indian ISPs said their problems were due to the cable damage. ISPs said service would return by Friday.'],
      ['Kenyan ISPs said the outage was the worst in years. Jon Marek, a network engineer, said repairs would take a week.'],
    ));
    expect(actors.flatMap((a) => [a.name, ...a.aliases]).some((n) => /ISPs/.test(n))).toBe(false);
    expect(find(actors, 'Jon Marek')?.kind).toBe('person');
  });
  it('types a crime syndicate by its hierarchy and leadership, not as a person', () => {
    expect(kindOf('Sangue Nero',
      ['Police arrested 90 people suspected of rebuilding Sangue Nero. An alleged boss discussed Sangue Nero\'s new hierarchy on wiretaps.'],
      ['The raid against Sangue Nero was the largest in a decade, police said. Sangue Nero\'s leadership had been rebuilt.'])).toBe('organisation');
  });
  it('lists no plural or adverb capitalised only where a sentence opens ("Prosecutors said", "Sadly, …")', () => {
    const { actors } = extractActors(makeArticles(
      ['Prosecutors said the case was strong. Sadly, the mother of two died of her injuries. Pamphlets were handed out at the vigil.'],
      ['Jon Marek, a neighbour, said the street was quiet.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const word of ['Prosecutors', 'Sadly', 'Pamphlets']) expect(all).not.toContain(word);
  });
});

describe('products the sources describe as products', () => {
  it('lists no name the sources call a browser or a sedan, nor a plural of things ("Veltrix CPUs"), but keeps a maker of software', () => {
    const { actors } = extractActors(makeArticles(
      ['Norvex released a patch for Skyview, the browser that ships with its phones. Skyview crashed on many machines, Norvex said.',
        'The Veltrix CPUs ran hot. Kelmar, a maker of automation software, said it would buy Norvex.'],
      ['Skyview users were told to update. Norvex said the flaw was fixed. Kelmar said the deal would close in May.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).not.toContain('Skyview');
    expect(all.some((n) => /CPUs/.test(n))).toBe(false);
    expect(find(actors, 'Kelmar')?.kind).toBe('organisation');
  });
});

describe('vessels', () => {
  it('lists no ship, by its prefix or by what the sources call it, and keeps the navy and the admiral', () => {
    const { actors } = extractActors(makeArticles(
      ['Pirates attacked the MV Norvale on Sunday. The Kestrel Navy said its frigate INS Tavir sank the pirate mother ship. INS Tavir said 23 pirates surrendered.'],
      ['The Sirvan Star, a supertanker, was released on Monday, the owners said. Admiral Jon Rao said the Kestrel Navy would keep patrolling. Tavir returned to port.'],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const ship of ['MV Norvale', 'INS Tavir', 'Tavir', 'Sirvan Star']) expect(all).not.toContain(ship);
    expect(find(actors, 'Kestrel Navy')?.kind).toBe('organisation');
    expect(find(actors, 'Jon Rao')?.kind).toBe('person');
  });
});

describe('companies whose names read as a title or a person', () => {
  it('keeps a company the lexicon knows whole, whose first word is a title, as one organisation: "General Electric", never "Electric"', () => {
    const { actors } = extractActors(makeArticles(['The turbines were supplied by General Electric, the ministry said on Monday.']));
    expect(find(actors, 'General Electric')?.kind).toBe('organisation');
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('Electric');
  });

  it('types a lone name of hyphen-joined capitalised parts as a company, not a lone double-barrelled surname', () => {
    expect(kindOf('Norvik-Halden',
      ['Shipping line Norvik-Halden said on Monday it would cut 300 jobs.'],
      ['Norvik-Halden confirmed the cuts.'])).toBe('organisation');
    // a surname alone joins the person named in full
    expect(kindOf('Smith-Rowe',
      ['Anna Smith-Rowe, the harbour master, closed the port.'],
      ['Smith-Rowe said the port would reopen on Friday.'])).toBe('person');
  });
});

describe('a body by the role the sources give it', () => {
  it('types a name the sources call "a treatment facility" a body, though a pronoun after it reads like a person\'s', () => {
    expect(kindOf('Harbourlight Recovery',
      ['Dana Quist was settling in at Harbourlight Recovery, a treatment facility in the hills.'],
      ['Harbourlight is unlicensed and photographers saw her leave within minutes.'],
      ['Dana Quist checked into Harbourlight Recovery on Monday.'])).toBe('organisation');
  });
});

describe('a product named with a year as its version', () => {
  it('lists no "Norvane Server" the sources write with a year after it ("Norvane Server 2012")', () => {
    const { actors } = extractActors(makeArticles(
      ['The flaw affects Norvane Server 2008 and Norvane Server 2012, researchers said.'],
      ['Norvane Server 2012 crashed on Monday.', 'A fix for Norvane Server 2016 will ship on Tuesday.'],
    ));
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('Norvane Server');
  });
});

describe('a storm named like a person', () => {
  it('lists no "Hurricane Marisol" nor "Typhoon Orvel": a storm is no actor, though its name is a given name', () => {
    const { actors } = extractActors(makeArticles(
      ['She led the clinic after Hurricane Marisol struck the coast, the agency said.'],
      ['Hurricane Marisol destroyed 300 homes.', 'Typhoon Orvel hit the islands a year later.'],
    ));
    expect(actors.flatMap((a) => [a.name, ...a.aliases]).filter((n) => /Marisol|Orvel/.test(n))).toEqual([]);
  });
});
