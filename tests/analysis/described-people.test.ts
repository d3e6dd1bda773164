// A person a story describes before, or instead of, naming them ("A ferry pilot in Tarnby steered ...", "The
// student, identified only as Vera, started ...") is whom a later "she" or "he" means (the fortieth round of being
// right on any news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

describe('a person described, not named, is whom a later pronoun means', () => {
  it('"The nurse knitted forty hats. ..., she told the Harlow Post" is the nurse\'s claim', () => {
    const result = analyze(
      'The nurse knitted forty hats for the ward in March.',
      'Every one of them went to a newborn, she told the Harlow Post.',
    );
    expect(claimed(result)).toEqual([['told the Harlow Post', ['The nurse']]]);
  });

  it('an indefinite description opening the story: "A ferry pilot in Tarnby steered ... He said ..."', () => {
    const result = analyze(
      'A ferry pilot in Tarnby steered his boat through the storm on Monday.',
      'He said the harbour lights had failed an hour before.',
    );
    expect(claimed(result)).toEqual([['said', ['A ferry pilot in Tarnby']]]);
  });

  it('a phrase cut short after its preposition ends before it: "A fisherman in the ..." is "A fisherman"', () => {
    const said = (opening: string): Array<[string, string[]]> =>
      claimed(analyze(opening, '“We had nowhere else to go,” he said.'));
    expect(said('A fisherman in the east end of Tarnby landed a record catch.')).toEqual([
      ['said', ['A fisherman in the east end of Tarnby']],
    ]);
    expect(
      said('A fisherman in the flooded east end of Tarnby, near the harbour wall, landed a record catch.'),
    ).toEqual([['said', ['A fisherman']]]);
  });

  it('"The student, identified only as Vera, started ...": the name is the person\'s, the description the role', () => {
    const result = analyze(
      'The student, identified only as Vera, started a ferry timetable blog in 2029.',
      'Ten thousand riders now read it every week, she told the Harlow Post.',
      'Vera told the Post the council had asked her to stop.',
    );
    expect(claimed(result)).toEqual([
      ['told the Harlow Post', ['Vera']],
      ['told the Post', ['Vera']],
    ]);
    expect(listed(result)).toEqual([{ name: 'Vera', kind: 'person', role: 'student', affiliation: null }]);
  });

  it('"The woman" is no "he": the pronoun keeps to the man the story named', () => {
    const result = analyze(
      'Ivo Brand runs the ferry company.',
      'The woman bought a ticket for the last boat.',
      'He said the company would pay for her hotel.',
    );
    expect(claimed(result)).toEqual([['said', ['Ivo Brand']]]);
  });
});

describe('what is no described person the story goes on about', () => {
  it('a description after a named person is that person again, not someone new: "the retired surgeon"', () => {
    const result = analyze(
      'Ana Lowe opened the clinic in 1998.',
      'The retired surgeon visited the ward on Monday.',
      'She said the ward needed more nurses.',
    );
    expect(claimed(result)).toEqual([['said', ['Ana Lowe']]]);
  });

  it('a rule about anyone ("A parent with one child is eligible") and "no other nurse" introduce no one', () => {
    for (const opening of [
      'A parent with one child is eligible for the grant.',
      'No other nurse worked on the ward that night.',
      'One day the nurse found the ward empty.',
    ]) {
      const result = analyze('Ana Lowe runs the ward.', opening, 'She said the grant was too small.');
      expect(claimed(result), opening).toEqual([['said', ['Ana Lowe']]]);
    }
  });

  it('a description fronted before a pronoun is the pronoun\'s: "A nurse from Tarnby, she ..."', () => {
    const result = analyze(
      'Ana Lowe runs the ward.',
      'A nurse from Tarnby who trained in Harlow, she joined the clinic in 2001.',
      'She said the ward had changed.',
    );
    expect(claimed(result)).toEqual([['said', ['Ana Lowe']]]);
  });

  it('a description after other words opening the sentence is not its subject: "On his way home, the pilot ..."', () => {
    const result = analyze(
      'Tom Reed flew the last boat plane out.',
      'On his way home, the pilot found a phone in the cab.',
      'He said he called the owner at once.',
    );
    expect(claimed(result)).toEqual([['said', ['Tom Reed']]]);
  });
});

describe('"they" after people described by their common noun', () => {
  it('"The researchers looked at ... They found ..." is the researchers\' finding, not the studies\' met before', () => {
    const result = analyze(
      'Earlier studies reported that a third of ferry riders paid in cash.',
      'The researchers looked at 4,000 tickets sold in Tarnby last year. They found that 12 percent were paid in cash.',
    );
    expect(claimed(result)).toEqual([
      ['studies reported', ['studies']],
      ['found', ['The researchers']],
    ]);
  });

  it('"they" means people before papers: "The pilots told the inquiry ... Two reports said ... They want ..."', () => {
    const result = analyze(
      'The pilots told the inquiry the channel was safe.',
      'Two reports said the channel was too shallow.',
      'They want the dredging finished by May.',
    );
    expect(claimed(result).at(-1)).toEqual(['want', ['The pilots']]);
  });

  it('a day after people described is no part of their name: "The leading candidates for mayor Thursday"', () => {
    const result = analyze('The leading candidates for mayor Thursday toured the harbour.', 'They said it was late.');
    expect(result.sources.map((s) => s.name)).toEqual(['The leading candidates for mayor']);
  });
});
