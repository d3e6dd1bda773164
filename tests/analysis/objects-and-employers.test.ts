// A name after a preposition inside a description is its object, not the speaker; the name after "at" is where one
// works; a word that cannot end a phrase is no subject's end (the thirty-ninth round of being right on any news
// page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

/** The category of the first source a text names. */
const category = (text: string): string | undefined => analyze(text).sources[0]?.category;

describe('a name that a description is about is not the speaker', () => {
  it('"a report from the investigator of complaints against Mayor Ana Lowe" is not the mayor\'s', () => {
    const result = analyze(
      'A 60-page report from the investigator of expense complaints against Mayor Ana Lowe says the mayor took council ferries on private trips.',
      'The report says eleven deckhands were interviewed.',
    );
    const names = claimed(result).map(([, sources]) => sources.join(' + '));
    expect(names).toEqual([
      'the investigator of expense complaints against Mayor Ana Lowe',
      'the investigator of expense complaints against Mayor Ana Lowe',
    ]);
    expect(result.sources.map((s) => s.name)).not.toContain('Ana Lowe');
  });

  it('"The investigator of charges against Ana Lowe said" is the investigator; "The office of Mayor Ana Lowe" speaks for her', () => {
    expect(claimed(analyze('The investigator of charges against Ana Lowe said the mayor lied.'))).toEqual([
      ['said', ['The investigator of charges against Ana Lowe']],
    ]);
    expect(claimed(analyze('The office of Mayor Ana Lowe said the mayor would not resign.'))).toEqual([
      ['said', ['Ana Lowe']],
    ]);
  });
});

describe('where one works', () => {
  const employer = (text: string): string | null | undefined => analyze(text).sources[0]?.affiliation;

  it('"head of Tarn-Harlow strategy at Harbor Générale": the name after "at", not the region before it', () => {
    expect(
      employer('“The rally has run its course,” said Ana Lowe, head of Tarn-Harlow flow strategy at Harbor Générale.'),
    ).toBe('Harbor Générale');
  });

  it('"an analyst at Kestrel Stanley": a firm named as a person is named, after "at"', () => {
    expect(employer('“Stocks fell,” said Ivo Brand, an analyst at Kestrel Stanley.')).toBe('Kestrel Stanley');
  });

  it('"a professor at Harlow University and a former Kestrel Ferries archivist": the post held now', () => {
    expect(
      employer(
        '“The crossing was late,” said Vera Holm, a professor at Harlow University and a former Kestrel Ferries archivist.',
      ),
    ).toBe('Harlow University');
  });

  it('records "from the morning of the collision" are of no one', () => {
    const result = analyze(
      'Ferry radio transcripts from the morning of the collision show that the crew waited an hour.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ferry radio transcripts from the morning of the collision',
        kind: 'document',
        role: null,
        affiliation: null,
      },
    ]);
  });
});

describe('what kind of body', () => {
  it('"The Tarnby Weather Channel reported" is a broadcaster', () => {
    expect(category('The Tarnby Weather Channel reported that the storm had weakened overnight.')).toBe('media');
  });

  it('"The DOJ said" and "DoD said" are the government', () => {
    expect(category('The DOJ said the case against the firm was closed.')).toBe('government');
    expect(category('DoD said the base at Tarnby would close next year.')).toBe('government');
  });
});

describe('no subject ends on a word that cannot end a phrase', () => {
  it('"citations in AI-generated answers": a noun after a compound participle is no verb', () => {
    const result = analyze(
      'We helped shops win better placement in listings, secure mentions in AI-generated answers, and widen their reach.',
    );
    expect(claimed(result)).toEqual([]);
  });

  it('"Ask your friends …": an imperative\'s object is no source', () => {
    const result = analyze(
      'Ask your neighbours, cousins, or colleagues if they’ve hired a local window cleaner they’d recommend.',
    );
    expect(result.sources).toEqual([]);
  });

  it('"They\'re patient listeners": a pronoun and its verb make no source\'s name', () => {
    const result = analyze('They’re patient listeners, motivated to learn your story and express it clearly.');
    expect(result.sources.map((s) => s.name)).not.toContain('They’re patient listeners');
  });

  it('"Quickly residents guessed": the opening adverb is no part of the subject', () => {
    expect(claimed(analyze('Quickly residents guessed that the lights were drones.'))).toEqual([
      ['guessed', ['residents']],
    ]);
  });
});

describe('a participle that describes', () => {
  it('"Tarnby\'s recently reinstated chief judge … saying": the whole phrase speaks, not "Tarnby\'s"', () => {
    const result = analyze(
      'Tarnby’s recently reinstated chief judge also ordered an inquiry, saying the arrests broke the law.',
    );
    expect(claimed(result)).toEqual([['saying', ['Tarnby’s recently reinstated chief judge']]]);
  });

  it('"The newly formed board said" and "The sharply worded statement also said" speak', () => {
    expect(claimed(analyze('The newly formed board said the plan would fail.'))).toEqual([
      ['said', ['The newly formed board']],
    ]);
    expect(
      claimed(analyze('The sharply worded statement also said: “The council will review the plan.”')).map(
        ([cue]) => cue,
      ),
    ).toEqual(['The sharply worded statement also said']);
  });

  it('"a history of the bridge, told through its storms" tells no one anything', () => {
    expect(
      claimed(analyze('Scroll down for a short history of the bridge, told through the storms that shaped it.')),
    ).toEqual([]);
  });

  it('"Companies mentioned in this guide are shown …": a participle after its noun', () => {
    expect(claimed(analyze('Companies mentioned in this guide are shown only as illustrations.'))).toEqual([]);
  });

  it('"“The plan failed,” Lee told in an interview" still reports', () => {
    expect(claimed(analyze('“The plan failed,” Ivo Brand told in an interview.'))).toEqual([['told', ['Ivo Brand']]]);
  });
});

describe('asides and manners between a name and its verb', () => {
  it('"Sen. Ivo Brand (bio, record, letters), R-Tn., the harbour panel\'s chairman, told": the senator, not the party tag', () => {
    const result = analyze(
      'Sen. Ivo Brand (bio, record, letters), R-Tn., the harbour panel’s chairman, told reporters the toll bill was ready.',
    );
    expect(claimed(result)).toEqual([['told reporters', ['Ivo Brand']]]);
  });

  it('"Ivo Brand, without looking up, replied": how he replied is no role', () => {
    const result = analyze('Ivo Brand, without looking up, replied, “Nobody asked me first.”');
    expect(listed(result)).toEqual([{ name: 'Ivo Brand', kind: 'person', role: null, affiliation: null }]);
  });

  it('"… and move on the way Lowe promised": the name after "the way" is the subject', () => {
    const result = analyze(
      'Ana Lowe spoke on Thursday.',
      'It is unlikely the voters forget it and move on the way Lowe promised to do on Friday.',
    );
    expect(claimed(result)).toEqual([['promised', ['Ana Lowe']]]);
  });

  it('a bracket with commas and no comma after it keeps its old reading: "the ten-million-dollar (a season, at best) question is"', () => {
    expect(
      claimed(analyze('For now, the ten-million-dollar (a season, at best) question is whether the club sells.')),
    ).toEqual([]);
  });
});

describe('what kind of post', () => {
  it('a hospital spokeswoman speaks for the hospital, not the state', () => {
    expect(category('“He is stable,” said hospital spokeswoman Ana Lowe.')).toBe('organization');
  });

  it('a premier and a deputy assistant secretary hold political offices; the Premier League is no state', () => {
    expect(category('Tarnby Premier Ana Lowe said the coast was in danger.')).toBe('government');
    expect(category('“The rules will change,” said Homeland Security Deputy Assistant Secretary Ivo Brand.')).toBe(
      'government',
    );
    expect(category('Premier League chief executive Vera Holm said the season would go on.')).toBe('organization');
  });
});

describe('"it\'s", "that\'s", "here\'s" frame what follows', () => {
  it('"And that\'s what Lowe is promising", "it\'s clear Lowe still believes": the name after the frame speaks', () => {
    expect(claimed(analyze('Ana Lowe spoke on Monday.', 'And that’s what Lowe is promising the growers.'))).toEqual([
      ['is promising', ['Ana Lowe']],
    ]);
    expect(
      claimed(analyze('Ana Lowe spoke on Monday.', 'And it’s clear Lowe still believes in the new coach.')),
    ).toEqual([['still believes', ['Ana Lowe']]]);
  });

  it('"it\'s unlikely any club …": the frame is no part of the phrase; "It\'s the newest turn …" names no one', () => {
    expect(sourceNames('Until Ivo Brand is fit again, it’s unlikely any club would want to sign him.')).not.toContain(
      'it’s unlikely any club',
    );
    expect(
      claimed(
        analyze(
          'It’s the newest turn in a run of rows involving Ivo Brand, who is trying to recover and is aiming to win back his seat.',
        ),
      ).map(([, sources]) => sources.join(' + ')),
    ).not.toContain('the newest turn in a run of');
  });

  it('"how people were planning to vote": the people, not "how people"', () => {
    expect(
      claimed(analyze('On what settled it, how people were planning to travel, the planners were wrong.')),
    ).toEqual([['were planning', ['people']]]);
  });

  it('"the rating agency said" is a business, not the state', () => {
    expect(category('“Profits will fall next year,” the rating agency said in its note.')).toBe('organization');
  });
});

function sourceNames(text: string): string[] {
  return analyze(text).sources.map((s) => s.name);
}

describe('a verb or a preposition before a name', () => {
  it('"the chatter around Harlow indicates": the chatter is no body, and Harlow did not speak', () => {
    expect(claimed(analyze('Even so, the chatter around Harlow indicates the row will run on.'))).toEqual([]);
  });

  it('"Such tools let readers know", "practise and let clients know": a verb\'s object is no subject', () => {
    expect(claimed(analyze('Such tools let readers know the routes they can take.'))).toEqual([]);
    expect(claimed(analyze('It’s a quick way to practise and let future clients know what you have made.'))).toEqual(
      [],
    );
  });
});

describe('what a phrase after "of", "for" or "with" says of its source', () => {
  const first = (text: string) => listed(analyze(text))[0];

  it('"the remains of a man", "a group of Tarn scientists", "diners with allergies" are of no body', () => {
    expect(first('A group of Tarn scientists said the glacier was melting faster.')?.affiliation).toBeNull();
    expect(first('Diners with allergies say the menu is too short.')?.affiliation ?? null).toBeNull();
  });

  it('"a spokesman for the militants", "analysts at Kestrel Sachs", "a spokesman for the union" are of them', () => {
    expect(first('A spokesman for the militants said the attack would go on.')?.affiliation).toBe('militants');
    expect(first('Analysts at Kestrel Sachs say the plan fails.')?.affiliation).toBe('Kestrel Sachs');
    expect(first('A spokesman for the union said the strike would go on.')?.affiliation).toBe('union');
  });

  it('"CEO and Founder of Harbor Robotics Inc.": the company, not the posts', () => {
    expect(first('“We will land in May,” said Ivo Brand, CEO and Founder of Harbor Robotics Inc.')?.affiliation).toBe(
      'Harbor Robotics Inc.',
    );
    expect(first('“We will land,” said Ivo Brand, Head of Platform Solutions for Kestrel.')?.affiliation).toBe(
      'Kestrel',
    );
  });

  it("a vice president of sales or of government affairs works for a business; the republic's is the state's", () => {
    expect(category('Harbor’s vice president of sales said the boats sold well.')).toBe('organization');
    expect(category('Kestrel Ferries’ vice president of government affairs said the toll rule was unfair.')).toBe(
      'organization',
    );
    expect(category('Ana Lowe, vice president of the republic, said the rule was bad.')).toBe('government');
  });
});

describe('a body named with "of", then a title in capitals and a name', () => {
  it('"said Bank of Harlow President Ana Lowe" is Ana Lowe, president of a bank, not a body of that long name', () => {
    expect(listed(analyze('“Rates will rise,” said Bank of Harlow President Ana Lowe.'))).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'Bank of Harlow President', affiliation: null },
    ]);
    expect(category('“Rates will rise,” said Bank of Harlow President Ana Lowe.')).toBe('organization');
  });

  it('"Tournament of Lights President Ivo Brand" is Ivo Brand; "Bank of Harlow" alone is a body', () => {
    expect(
      analyze('“The floats broke down,” said Tournament of Lights President Ivo Brand.').sources.map((s) => s.name),
    ).toEqual(['Ivo Brand']);
    expect(analyze('Bank of Harlow said rates would rise.').sources.map((s) => [s.name, s.kind])).toEqual([
      ['Bank of Harlow', 'organization'],
    ]);
  });
});

describe('documents filed and outlets named in the plural', () => {
  it('"Two of the judges filed separate statements that suggest …" is the judges\'', () => {
    expect(
      claimed(analyze('Two of the judges filed separate statements that suggest unease with the ruling.')),
    ).toEqual([['filed', ['Two of the judges']]]);
  });

  it('"The House Judiciary Committee said" is the legislature, the state\'s', () => {
    expect(category('The House Judiciary Committee said the hearing would go on.')).toBe('government');
  });

  it('"Tarn news outlets said" are the media', () => {
    expect(category('Tarn news outlets said the talks had failed.')).toBe('media');
  });
});
