// Who made a document set between commas after it, the body a person is "from", an editor's label opening a
// paragraph, a former office, the sciences' practitioners, a pronoun and a name as one subject, and words that only
// look like cues (the twenty-second round of being right on any news page). Every sentence is written for the
// project.
import { describe, expect, it } from 'vitest';
import { titleEmployer } from '../../utils/analysis/noun-phrase';
import type { TextAnalysis } from '../../utils/analysis/types';
import { analyze, claimed, listed } from './text-analysis';

const categoryOf = (result: TextAnalysis, name: string): string | undefined =>
  result.sources.find((s) => s.name === name)?.category;

describe('who made a document set between commas after it', () => {
  it('"The statement, from the Harbor Foreign Office, said" is the office\'s statement', () => {
    const result = analyze(
      'Zentro said on Tuesday that it would cut 300 jobs.',
      'The statement, from the Harbor Foreign Office, said the talks had stalled.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Zentro']],
      ['The statement said', ['Harbor Foreign Office']],
    ]);
  });

  it('"The report, by the Harbor Institute, found" is the institute\'s finding', () => {
    const result = analyze('The report, by the Harbor Institute, found that wages fell for a third year.');
    expect(claimed(result)).toEqual([['The report found', ['Harbor Institute']]]);
  });

  it("a report by a person named with a role and a body is that person's, the role and the body apart", () => {
    const result = analyze(
      'The report, by Harlow Institute of Public Health Studies president Ana Holm, found that the clinics were short of staff.',
      '"Waiting lists will grow," the report said.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Holm', kind: 'person', role: 'president', affiliation: 'Harlow Institute of Public Health Studies' },
    ]);
    expect(claimed(result)).toEqual([
      ['The report found', ['Ana Holm']],
      ['the report said', ['Ana Holm']],
    ]);
  });

  it('what a person\'s words are set "from" is no body they are of unless it is named', () => {
    expect(listed(analyze('Ana Lowe, from the Harbor Institute, said the figures were sound.'))).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: 'Harbor Institute' },
    ]);
    expect(listed(analyze('Ana Lowe, from her hospital bed, said she was fine.'))).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: null },
    ]);
    expect(listed(analyze('Ana Lowe, by the way, said she was fine.'))).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: null },
    ]);
  });

  it('an update is a document', () => {
    const result = analyze('The ferry will not sail, according to an update on the harbour website.');
    expect(result.sources.map((s) => s.kind)).toEqual(['document']);
  });
});

describe("an editor's label opening a paragraph", () => {
  it.each([
    'Update: At noon, Zentro changed its help page and said the payments service was back.',
    'UPDATE 2: On Friday night, Zentro said the payments service was back.',
    "Editor's note: Zentro said on Friday that the payments service was back.",
  ])('is no subject: %s', (text) => {
    const result = analyze('Zentro fans had grumbled about the outage all morning.', text);
    expect(result.claims.at(-1)?.sourceIds.map((id) => result.sources.find((s) => s.id === id)?.name)).toEqual([
      'Zentro',
    ]);
    expect(result.sources.map((s) => s.name)).not.toContain('Update');
  });
});

describe('a group named after a body is not the body', () => {
  it('"Zentro fans" and then "Zentro said" are two sources', () => {
    const result = analyze(
      'Kestrel users and Zentro fans had suspected all morning that the payments service was down.',
      'Zentro said later that the payments service was back.',
    );
    expect(claimed(result)).toEqual([
      ['had suspected', ['Kestrel users', 'Zentro fans']],
      ['said', ['Zentro']],
    ]);
  });
});

describe('offices and trades', () => {
  it('"Former Pres. Lowe" is the former president met later by full name, and a government source', () => {
    const result = analyze(
      'Former Pres. Lowe had said the bridge toll should go.',
      'Former President Ana Lowe argued in May that the toll hurt commuters.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([['Ana Lowe', 'government']]);
    expect(result.claims).toHaveLength(2);
  });

  it('"Former President Ana Lowe" speaks for the government, "Former Kestrel President" for a business', () => {
    const result = analyze(
      'Former President Ana Lowe said the vote would be close.',
      'Former Kestrel President Ed Moss said the deal was off.',
    );
    expect(categoryOf(result, 'Ana Lowe')).toBe('government');
    expect(categoryOf(result, 'Ed Moss')).toBe('organization');
  });

  it.each([
    ['Laura Sand, a Harlow psychologist, said the results were striking.', 'Laura Sand'],
    ['Ivo Brand, a neuroscientist, said the results were striking.', 'Ivo Brand'],
    ['The statistician Ed Moss said the sample was too small.', 'Ed Moss'],
  ])('a practitioner of a science is an expert: %s', (text, name) => {
    expect(categoryOf(analyze(text), name)).toBe('expert');
  });

  it('a fellow of an institute is an expert; a fellow driver is not', () => {
    const result = analyze(
      'Ana Holm, a senior fellow at the Harbor Institute, said rates would rise.',
      '"Is the van loaded?" he asks a fellow driver, who says it is not.',
    );
    expect(categoryOf(result, 'Ana Holm')).toBe('expert');
    expect(categoryOf(result, 'a fellow driver')).toBe('other');
  });

  it("a team's captain is no soldier; a captain before a name or in an army is", () => {
    const result = analyze(
      'The Harlow captain said the team would train on Sunday.',
      'Captain Ivo Brand said the ship was safe.',
      'An army captain said the road was closed.',
    );
    expect(result.sources.map((s) => s.category)).toEqual(['other', 'military-security', 'military-security']);
  });

  it("a country's founder is its government's; a firm's founder is the firm's", () => {
    const result = analyze(
      "Ravi Tarn, Canada's founder, said the border would stay open.",
      'Ed Moss, the founder of Kestrel, said sales rose.',
    );
    expect(categoryOf(result, 'Ravi Tarn')).toBe('government');
    expect(categoryOf(result, 'Ed Moss')).toBe('organization');
  });

  it('a Scientologist is no scientist', () => {
    expect(categoryOf(analyze('Ed Moss, a Scientologist, said the results were striking.'), 'Ed Moss')).not.toBe(
      'expert',
    );
  });

  it('a body named with adjectives and "of" before a role is the employer; a party\'s leader is a post', () => {
    expect(titleEmployer('Harlow Institute of Public Health Studies president')).toEqual({
      body: 'Harlow Institute of Public Health Studies',
      role: 'president',
    });
    expect(titleEmployer('Foreign Ministry spokeswoman')).toEqual({ body: 'Foreign Ministry', role: 'spokeswoman' });
    expect(titleEmployer('Senate Republican leader')).toBeNull();
    expect(titleEmployer('House Democratic leader')).toBeNull();
    expect(titleEmployer('Norwegian chief pilot')).toBeNull();
  });
});

describe('the post a relative clause says a person holds', () => {
  it.each([
    ['Ivo Brand, who heads the Bank of Tarnby, said rates would rise.', 'head', 'Bank of Tarnby'],
    [
      'Ivo Brand, who commanded a brigade known as the Tarn Guard, said rates would rise.',
      'former commander',
      'Tarn Guard',
    ],
    ['Ivo Brand, who founded Kestrel, said rates would rise.', 'founder', 'Kestrel'],
    ['Ivo Brand, who managed the Harbor Hotel, said rates would rise.', 'former manager', 'Harbor Hotel'],
    ['Ivo Brand, who advises the Bank of Tarnby, said rates would rise.', 'adviser', 'Bank of Tarnby'],
    ['Ivo Brand, who chairs the finance committee, said rates would rise.', 'chair of the finance committee', null],
    ['Ivo Brand, who served as a magistrate during the 1990s, said rates would rise.', 'magistrate', null],
    [
      'Ivo Brand, who served as director of the HRA until the merger, said rates would rise.',
      'director of the HRA',
      'HRA',
    ],
    ['Ivo Brand, who works for Kestrel, said rates would rise.', null, 'Kestrel'],
  ])('%s', (text, role, affiliation) => {
    expect(listed(analyze(text))).toEqual([{ name: 'Ivo Brand', kind: 'person', role, affiliation }]);
  });

  it("an owner's thing led is no post; the owner is the body", () => {
    expect(listed(analyze("Ivo Brand, who led the Harbor Agency's bid, said it was over."))).toEqual([
      {
        name: 'Ivo Brand',
        kind: 'person',
        role: "led the Harbor Agency's bid",
        affiliation: 'Harbor Agency',
      },
    ]);
  });

  it('a title before the name stays the role; the clause gives the body', () => {
    expect(
      listed(analyze('Militia chief Ivo Brand, who heads a brigade known as the Tarn Guard, said fuel was short.')),
    ).toEqual([{ name: 'Ivo Brand', kind: 'person', role: 'Militia chief', affiliation: 'Tarn Guard' }]);
  });
});

describe('a name alone', () => {
  it('with an age after it is a person', () => {
    expect(listed(analyze('Mira, 41, told the panel she sketches every morning.'))).toEqual([
      { name: 'Mira', kind: 'person', role: null, affiliation: null },
    ]);
  });

  it('after "It seems" or "It doesn\'t look like" is the subject', () => {
    expect(claimed(analyze('It seems Zentro are planning to show three new titles in May.'))).toEqual([
      ['are planning', ['Zentro']],
    ]);
    expect(claimed(analyze("It doesn't look like Harlow or Tarnby are complaining about the new tolls."))).toEqual([
      ['are complaining', ['Harlow or Tarnby']],
    ]);
  });
});

describe('a view held inside what a verb of speech reports', () => {
  it("is the speaker's report, and an unnamed holder is not listed beside the speaker", () => {
    expect(
      claimed(
        analyze('Ana Lowe said the meeting made her see that the board members still believed the levy was fair.'),
      ),
    ).toEqual([['said', ['Ana Lowe']]]);
  });

  it('a clause after a comma is a statement of its own', () => {
    expect(
      claimed(analyze('While Ana Lowe has said the toll is fair, the mayor has nevertheless called it a tax.')).map(
        ([, names]) => names,
      ),
    ).toEqual([['the mayor', 'Ana Lowe']]);
  });
});

describe('a pronoun and a name as one subject', () => {
  it('"He and Ed Moss criticized each other" is both people', () => {
    const result = analyze(
      'Ana Lowe spoke to the crowd on Monday.',
      "He and Ed Moss criticized each other's plans at every stop.",
    );
    expect(claimed(result).at(-1)).toEqual(['criticized', ['Ana Lowe', 'Ed Moss']]);
  });
});

describe('words that only look like cues', () => {
  it.each(['Cheers echoed in the hall as the results came in.', 'The cheers of the crowd echoed through the hall.'])(
    'a sound that echoes somewhere says nothing: %s',
    (text) => {
      expect(analyze(text).claims).toEqual([]);
    },
  );

  it.each([
    'The fair went well, and all told Zentro shipped 9,000 crates.',
    'When you search, the cheapest results showing up are the first ones.',
    'Good design takes thought and care.',
    'The plan needs more thought than the council gave it.',
    'Get your hands on a cheap credit card for the trip.',
    'Other firms open late on Sundays and think that is enough.',
  ])('an idiom, a noun or an instruction is no cue of a source: %s', (text) => {
    expect(analyze(text).sources).toEqual([]);
  });

  it.each([
    'Harlow recalled goalie Ivo Brand from its farm team.',
    'Kestrel recalled 40,000 cars in May.',
    'Harbor recalled its ambassador on Monday.',
  ])('what is called back is no memory told: %s', (text) => {
    expect(analyze(text).claims).toEqual([]);
  });

  it('a memory told is still a claim', () => {
    expect(claimed(analyze('Lowe recalled that the dam broke at night.'))).toEqual([['recalled', ['Lowe']]]);
    expect(claimed(analyze('Lowe recalled a 1987 flood that closed the school.'))).toEqual([['recalled', ['Lowe']]]);
  });

  it('"all" with a hearer after a pronoun still tells', () => {
    expect(claimed(analyze('They all told reporters the plan was dead.'))).toHaveLength(1);
  });

  it.each([
    'The new scheme promises to bring buses back to the valley.',
    'The course emphasizes writing over reading.',
    'The forecast model projects Harlow to be one of the wettest towns.',
    "Don't be afraid of asking the porter for help.",
    'Harlow: 12 confirmed cases',
    'Tarnby: 9 suspected cases - 3 confirmed; 40 confirmed cases',
  ])('a thing holds no view or aim, and a table of counts reports nothing: %s', (text) => {
    expect(analyze(text).sources).toEqual([]);
  });

  it('a noun for someone that the lists lack still plans and decides', () => {
    expect(claimed(analyze('The caterer has outgrown her kitchen and plans to open a second one.'))).toEqual([
      ['plans', ['The caterer']],
    ]);
    expect(claimed(analyze('The couple from Tarnby hopes to reopen the mill in spring.'))).toEqual([
      ['hopes', ['The couple from Tarnby']],
    ]);
  });

  it('an echoed message is still a claim', () => {
    expect(claimed(analyze('The mayor echoed that message on Monday.'))).toEqual([['echoed', ['The mayor']]]);
  });
});
