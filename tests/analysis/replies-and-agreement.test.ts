// What the forty-second round taught the engine about how a reply is given and what one agrees with. Every
// sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed } from './text-analysis';

describe('a reply after a quote, and how it was given', () => {
  it('"shot back with a laugh", "fired back with a grin", "added through her aide" close the quote’s cue', () => {
    expect(
      claimed(
        analyze(
          '"They only come for the free rides," Ivo Brand shot back with a laugh.',
          '"That is not true," Ana Lowe fired back with a grin.',
          '"We will answer next week," Mara Quint added through her aide.',
        ),
      ),
    ).toEqual([
      ['shot back', ['Ivo Brand']],
      ['fired back', ['Ana Lowe']],
      ['added', ['Mara Quint']],
    ]);
  });

  it('not without the quote: a team that "countered with" a run of points, a verb "with" its object', () => {
    expect(
      claimed(
        analyze(
          'Harlow scored twice early, but the visitors countered with three goals before the break.',
          'Teams respond with proposed plans.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('agreeing or disagreeing with someone', () => {
  it('is a stance of the person or the body that agrees', () => {
    expect(
      claimed(
        analyze(
          'Ivo Brand, the council leader, agreed with the harbour master on the fares.',
          'The Tarnby Ferry Users Association disagrees with the plan.',
        ),
      ),
    ).toEqual([
      ['agreed', ['Ivo Brand']],
      ['disagrees', ['Tarnby Ferry Users Association']],
    ]);
  });

  it('but not of a document or a figure that agrees with another ("The results agreed with the model")', () => {
    expect(claimed(analyze('The tide tables agreed with the model for most of the year.'))).toEqual([]);
  });
});

describe('a description, then a role opened by a participle and a name', () => {
  it('"one keen critic, syndicated ferry columnist Ivo Brand, said": the columnist speaks, once', () => {
    expect(
      claimed(analyze('But one keen critic, syndicated ferry columnist Ivo Brand, said the timetable was a mess.')),
    ).toEqual([['said', ['Ivo Brand']]]);
  });

  it('not "including …": the group speaks, not the last one it names', () => {
    expect(
      claimed(
        analyze(
          'Some islanders, including harbour pilot Ana Lowe and retired skipper Ivo Brand, said the boats were late.',
        ),
      ),
    ).toEqual([['said', ['Some islanders']]]);
  });
});
