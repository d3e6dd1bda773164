// Beliefs, stances and findings that the attribution grammar reads (issue 12): each case is a sentence written
// for this test, with the cue, its source phrase(s) and what the cue reports.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../utils/analysis/attribution';
import { governing, none, table, view } from './cue-table';

describe('seeing something as what it is, defending and backing (issue 12)', () => {
  table([
    {
      name: '"see ... as"',
      sentence: 'Dairy farmers see the new levy as a threat to their trade.',
      cue: 'see',
      subjects: ['Dairy farmers'],
      kind: 'belief',
    },
    {
      name: '"saw ... as" with a named subject',
      sentence: 'Ann Ruiz saw the ruling as a sign of weakness.',
      cue: 'saw',
      subjects: ['Ann Ruiz'],
      kind: 'belief',
    },
    {
      name: '"defended"',
      sentence: 'The deputy mayor defended her budget on Tuesday.',
      cue: 'defended',
      subjects: ['The deputy mayor'],
      kind: 'stance',
    },
    {
      name: '"backed"',
      sentence: 'Two county judges backed the new bail rules.',
      cue: 'backed',
      subjects: ['Two county judges'],
      kind: 'stance',
    },
    {
      name: '"agreed to"',
      sentence: 'The ferry company agreed to refund every ticket.',
      cue: 'agreed',
      subjects: ['The ferry company'],
      kind: 'belief',
    },
  ]);
  none([
    { name: '"saw" a thing', sentence: 'Ann Ruiz saw the parade from her window.' },
    { name: '"as" opening a clause', sentence: 'The shops saw sales rise as the weather warmed.' },
    { name: 'the passive "seen as"', sentence: 'The bridge is seen as a symbol of the town.' },
    { name: '"backed down"', sentence: 'The council backed down after the vote.' },
    { name: 'the adverb "back"', sentence: 'The ferry comes back at noon.' },
    { name: 'a plain form after "is"', sentence: 'The harbour master is back at work.' },
  ]);
});

describe('findings by data, documents and organisations (issue 12)', () => {
  table([
    {
      name: 'an organisation with a finding and its clause',
      sentence: 'In 2019, the Tolland Institute found that most growers favored the scheme.',
      cue: 'found',
      subjects: ['the Tolland Institute'],
      kind: 'speech',
    },
    {
      name: 'a named poll',
      sentence: 'A Marsh Valley Poll found that she would draw votes from the mayor.',
      // (A poll by its name is a document, whose finding is cued as "a new poll found" is.)
      cue: 'A Marsh Valley Poll found',
      subjects: ['A Marsh Valley Poll'],
      kind: 'speech',
    },
    {
      name: 'a poll dated after its noun',
      sentence: 'A Cobb Street poll released on Friday showed Ortiz ahead by four points.',
      cue: 'A Cobb Street poll on Friday showed',
      subjects: ['A Cobb Street poll'],
      kind: 'speech',
    },
    {
      name: 'an inquiry',
      sentence: 'The inquiry found little that had not been reported before.',
      cue: 'The inquiry found',
      subjects: ['The inquiry'],
      kind: 'speech',
    },
  ]);
  none([{ name: 'a named person finding something', sentence: 'Jane Ortiz found that the door was locked.' }]);
});

describe('wishes, hopes and stances named in passing (issue 12)', () => {
  table([
    {
      name: '"would like to"',
      sentence: 'The bus drivers’ union would like to reopen talks this spring.',
      cue: 'would like to',
      subjects: ['The bus drivers’ union'],
      kind: 'intention',
    },
    {
      name: '"hopes" before a modal whose subject went before it',
      sentence: 'It is a deal that the council hopes will end the strike.',
      cue: 'hopes',
      subjects: ['the council'],
      kind: 'belief',
    },
    {
      name: 'a group and its stance participle',
      sentence: 'Local traders paid £40,000 this spring to a harbour trust backing the new pier.',
      cue: 'backing',
      subjects: ['a harbour trust'],
      kind: 'stance',
    },
  ]);
  it('a stance named in passing gives way to the sentence’s own cue', () => {
    expect(governing('Outside groups opposing the dam marched to the capitol, the police said.')).toEqual({
      cue: 'said',
      subjects: ['the police'],
      kind: 'speech',
    });
  });
  none([
    { name: 'an empty "it" wishes nothing', sentence: 'It would like to rain all week.' },
    {
      name: 'a stance participle after a coordinator',
      sentence: 'The host began by crediting Ortiz and urging her on.',
    },
    { name: 'a thing and a participle', sentence: 'The campaign sent out pitches highlighting the vote.' },
    {
      name: 'a participle with no object',
      sentence: 'A pier trust with quiet backing from traders has been lobbying.',
    },
  ]);
});

describe('stances of people and bodies (issue 12)', () => {
  table([
    {
      name: '"expressed" any state of mind',
      sentence: 'The minister expressed regret over the delay.',
      cue: 'expressed',
      subjects: ['The minister'],
      kind: 'stance',
    },
    {
      name: '"favor" by people',
      sentence: 'Most growers favor the new levy.',
      cue: 'favor',
      subjects: ['Most growers'],
      kind: 'stance',
    },
    {
      name: '"encouraged" by a body',
      sentence: 'The union encouraged members to vote.',
      cue: 'encouraged',
      subjects: ['The union'],
      kind: 'stance',
    },
  ]);
  none([{ name: 'a thing encourages nothing', sentence: 'Low rates have encouraged borrowing.' }]);
  it('a subject holding another cue is no phrase: only the reporting verb attributes', () => {
    const cues = findCues(view('But a second aide said Harlow privately expressed interest in the ferry deal.'));
    expect(cues.map((c) => ({ cue: c.cue, subjects: c.subjects.map((m) => m.text) }))).toEqual([
      { cue: 'said', subjects: ['a second aide'] },
    ]);
  });
});
