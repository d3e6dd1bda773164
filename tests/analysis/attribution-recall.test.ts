// Attributions the grammar reads since the third recall pass (issue 12): each case is a sentence written for this
// test, with the governing cue, its source phrase(s) and what the cue reports; and sentences that must stay
// unattributed.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../utils/analysis/attribution';
import { none, table, view } from './cue-table';

describe('talking about something (issue 12)', () => {
  table([
    {
      name: '"talks about" a topic',
      sentence: 'The governor often talks about her years as a nurse.',
      cue: 'often talks',
      subjects: ['The governor'],
      kind: 'speech',
    },
    {
      name: '"talked of" a topic',
      sentence: 'Mr. Ames talked of reforms to the pension fund.',
      cue: 'talked',
      subjects: ['Mr. Ames'],
      kind: 'speech',
    },
    {
      name: 'whom it was said to, then the topic',
      sentence: 'Union leaders have talked with the mayor about a new contract.',
      cue: 'have talked',
      subjects: ['Union leaders'],
      kind: 'speech',
    },
    {
      name: '"talked up" something',
      sentence: 'Senator Ruiz talked up her housing plan at the fair.',
      cue: 'talked up',
      subjects: ['Senator Ruiz'],
      kind: 'stance',
    },
  ]);
  none([
    { name: 'talking to someone, with no topic', sentence: 'Mr. Ames talked to his sister on Sunday.' },
    { name: 'talks as a noun', sentence: 'The peace talks about the border stalled in May.' },
    { name: 'the noun "talk" after a possessive', sentence: 'Her talk about the budget ran long.' },
  ]);
});

describe('beliefs and intentions negated, and positions to come (issue 12)', () => {
  table([
    {
      name: '"does not believe"',
      sentence: 'The treasurer does not believe the figures.',
      cue: 'does not believe',
      subjects: ['The treasurer'],
      kind: 'belief',
    },
    {
      name: '"doesn’t want" with a curly apostrophe',
      sentence: 'Ms. Park doesn’t want a recount.',
      cue: 'doesn’t want',
      subjects: ['Ms. Park'],
      kind: 'intention',
    },
    {
      name: '"never thought"',
      sentence: 'Growers never thought the levy would pass.',
      cue: 'never thought',
      subjects: ['Growers'],
      kind: 'belief',
    },
    {
      name: '"will support"',
      sentence: 'The teachers’ union will support the school bond.',
      cue: 'will support',
      subjects: ['The teachers’ union'],
      kind: 'stance',
    },
    {
      name: '"would not oppose"',
      sentence: 'Two council members would not oppose the new route.',
      cue: 'would not oppose',
      subjects: ['Two council members'],
      kind: 'stance',
    },
  ]);
  none([
    { name: 'a negated verb of speech', sentence: 'The mayor did not say whether she would run.' },
    { name: 'a stance that only may be', sentence: 'The union could support the school bond.' },
    { name: 'a negated stance', sentence: 'The union did not support the school bond.' },
  ]);
  it('a pronoun after a verb of speech is inside what it reports', () => {
    const cues = findCues(view('Reed has said he doesn’t want a second term, and that he would back Holm.')).map(
      (c) => c.cue,
    );
    expect(cues).toEqual(['has said']);
  });
  it('a phrase after a verb of speech is inside what it reports', () => {
    const cues = findCues(
      view('Vera Holm told reporters that the skipper did not intend to leave the pier early.'),
    ).map((c) => c.cue);
    expect(cues).toEqual(['told reporters']);
  });
});

describe('views of people described after their noun (issue 12)', () => {
  table([
    {
      name: 'a participle phrase after the subject of a stance',
      sentence: 'Commuters wanting a cheaper fare supported Ms. Quint in March.',
      cue: 'supported',
      subjects: ['Commuters'],
      kind: 'stance',
    },
    {
      name: 'a participle phrase after the subject of a belief',
      sentence: 'Growers hoping for rain fear the dam will fail.',
      cue: 'fear',
      subjects: ['Growers'],
      kind: 'belief',
    },
  ]);
  none([
    {
      name: 'a thing described after its noun holds no view',
      sentence: 'Prices rising in the valley worry the mayor.',
    },
    {
      name: 'names cut short before a modifier',
      sentence: 'Ms. Lee and President Ray of neighboring Ostland want the council to pay for the bridge.',
    },
  ]);
});

describe('discussing and referring to something (issue 12)', () => {
  table([
    {
      name: '"discussed"',
      sentence: 'The two mayors discussed the new rail line on Friday.',
      cue: 'discussed',
      subjects: ['The two mayors'],
      kind: 'speech',
    },
    {
      name: '"referred to"',
      sentence: 'Ms. Dahl referred to the ruling in her speech.',
      cue: 'referred to',
      subjects: ['Ms. Dahl'],
      kind: 'speech',
    },
    {
      name: '"has referenced"',
      sentence: 'The senator has often referenced her years in the Navy.',
      cue: 'has often referenced',
      subjects: ['The senator'],
      kind: 'speech',
    },
  ]);
  none([
    { name: 'referred by someone else', sentence: 'The bill was referred to a committee.' },
    { name: 'a document discussing something', sentence: 'The report discusses the flood damage.' },
  ]);
});

describe('a participle after a comma takes a view for people only (issue 12)', () => {
  table([
    {
      name: 'people opening the sentence',
      sentence: 'The senators left the room, raising concerns about the vote.',
      cue: 'raising concerns',
      subjects: ['The senators'],
      kind: 'stance',
    },
  ]);
  none([
    { name: 'a thing opening the sentence takes no stance', sentence: 'The fracas grew, calling the vote a sham.' },
    { name: 'a place opening the sentence holds no view', sentence: 'The hall was packed, thinking of the old days.' },
  ]);
});
