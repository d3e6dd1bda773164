// Sources a sentence names beside the cue that governs it: the poll its respondents answer in (issue 12).
import { describe, expect, it } from 'vitest';
import { speakers } from './cue-table';

describe('a poll the respondents answer in', () => {
  it('"In a Harwick College poll, 40 percent said": the poll reports, beside those who answered', () => {
    const [claim] = speakers(
      'In a Harwick College poll released Monday, 40 percent of riders said the fares were too high.',
    );
    expect(claim).toContain('40 percent of riders');
    expect(claim?.some((name) => name.includes('Harwick College'))).toBe(true);
  });
  it('"said ... in a poll": a poll after the answer reports it too', () => {
    const [claim] = speakers('Most tenants said they felt safe at night in a Lindell Institute survey this spring.');
    expect(claim?.some((name) => name.includes('Lindell Institute'))).toBe(true);
  });
  it('a speaker who only mentions the polls keeps the sentence to himself', () => {
    expect(speakers('Ortiz said he was not worried about the polls.')).toEqual([['Ortiz']]);
  });
});

describe('a question put by someone, passive with its asker', () => {
  it('"Asked by a reporter whether ..., Ortiz said": the reporter asks, Ortiz answers', () => {
    expect(
      speakers('Asked by a local reporter whether the bridge would close, Mayor Ana Ortiz said it would not.'),
    ).toEqual([['Ana Ortiz', 'a local reporter']]);
  });
  it('"..., he said when challenged by Lee on ...": the challenger speaks too', () => {
    const [claim] = speakers('The budget is sound, Governor Tom Hale said when challenged by Dana Lee on the deficit.');
    expect(claim).toEqual(['Tom Hale', 'Dana Lee']);
  });
  it('"When the Courier asked Holm about ..., the foreman said": the asker speaks beside the one who answers', () => {
    expect(
      speakers(
        'When the Courier asked Vera Holm about the timetable, the pier foreman said he had to check with her first.',
      ),
    ).toEqual([['the pier foreman', 'Courier']]);
  });
  it('"asked Holm about the delay" alone attributes nothing', () => {
    expect(speakers('The Courier asked Vera Holm about the ferry delay.')).toEqual([]);
  });
  it('"was asked by police to leave" alone attributes nothing', () => {
    expect(speakers('The driver was asked by police to leave the square.')).toEqual([]);
  });
});

describe('a reporting verb inside a relative clause, its subject between the pronoun and the verb', () => {
  it('"a man who critics say ...": the critics speak, beside the sentence\'s own speaker', () => {
    const [claim] = speakers('Mayor Ana Ortiz praised Tom Hale, a builder who critics say has cut corners for years.');
    expect(claim).toContain('critics');
  });
  it('"what Hale called ..." names its speaker', () => {
    const [claim] = speakers('The port hopes to shed what Tom Hale called "a rust-belt image."');
    expect(claim).toContain('Tom Hale');
  });
  it('"something aides argue ...": a zero relative after "something"', () => {
    const [claim] = speakers(
      'Ortiz admitted that the vote will be close, something her aides argue is still winnable.',
    );
    expect(claim).toEqual(['Ortiz', 'her aides']);
  });
  it('"the toll, which Lee had called a farce and promised to scrap": the second verb is Lee\'s too', () => {
    expect(speakers('And the harbour toll, which Dana Lee had called "a farce" and promised to "scrap"?')).toEqual([
      ['Dana Lee'],
    ]);
  });
});

describe("a poll's respondents compared and grouped", () => {
  it('"Renters were far more likely to say": the renters speak', () => {
    expect(speakers('Renters were far more likely to say the new tax was unfair.')).toEqual([['renters']]);
  });
  it('"Lee is likely to say no" is a forecast, no report', () => {
    expect(speakers('Lee is likely to say no to the harbour plan.')).toEqual([]);
  });
  it('"Those over 65 say": a group by age speaks', () => {
    expect(speakers('Those over 65 say the bus cuts hurt them most.')).toEqual([['Those over 65']]);
  });
});

describe('a passive cue with its agent', () => {
  it('"which was first reported by the Courier": the paper reports, beside the writer', () => {
    expect(speakers('Dana Lee wrote in the memo, which was first reported by the Harbour Courier.')).toEqual([
      ['Dana Lee', 'Harbour Courier'],
    ]);
  });
  it('"backed by evidence": a thing is no agent', () => {
    expect(speakers('The claims were backed by evidence, Dana Lee said.')).toEqual([['Dana Lee']]);
  });
});

describe('a bare share as a subject', () => {
  it('"after half said so": half of them speak', () => {
    const [claim] = speakers('Most riders now say the line is reliable, after half said so in the spring survey.');
    expect(claim).toContain('half');
  });
  it('"and none has said": none of them speaks too', () => {
    const [claim] = speakers('The three mayors condemned the closure, and none has said the plant should stay shut.');
    expect(claim).toContain('none');
  });
});

describe("a finding's participle or relative clause after its document", () => {
  it('"a new survey showing": the survey reports, beside the speaker', () => {
    const [claim] = speakers(
      'Dana Lee spoke after a new survey showing the ferry losing riders, the Courier reported.',
    );
    expect(claim).toContain('a new survey');
  });
  it('"polls that show": the polls report', () => {
    const [claim] = speakers(
      'Her aides argue that she can still win, pointing to polls that show her gaining in the north.',
    );
    expect(claim).toContain('polls');
  });
  it('"..., showing a deficit" after a comma is no document\'s finding', () => {
    expect(speakers('The council released its budget on Monday, showing a deficit.')).toEqual([]);
  });
});

describe('a trailing "reports" with the paper after it', () => {
  it('"..., said Ortiz, reports Harbour Today.": the paper reports, Ortiz speaks', () => {
    const [claim] = speakers(
      '"The ferry will run again in May," said Ana Ortiz, the port director, reports Harbour Today.',
    );
    expect(claim).toEqual(['Harbour Today', 'Ana Ortiz']);
  });
});

describe('a bare count whose noun the sentence left out', () => {
  it('"310 delegates back Lee, 39 have said they back Hale": the 39 speak too', () => {
    const [claim] = speakers('Already, 310 delegates have said they back Lee, 39 have said they back Hale.');
    expect(claim).toEqual(['310 delegates', '39']);
  });
  it('"Most skippers ..., and all but three said": the remainder of the group speaks', () => {
    const [claim] = speakers(
      'Most of the skippers polled backed the new fares, and all but three said the tolls should stay.',
    );
    expect(claim).toContain('all but three');
  });
  it('a count with no group counted before it is no speaker', () => {
    expect(speakers('The mayors met on Monday. 43 said the vote should wait.')).toEqual([]);
  });
});

describe("a named party's possessed cue noun beside another cue", () => {
  it('"Hale blamed the press for ... Dana Lee\'s claim that ...": Lee claims, beside Hale', () => {
    const [claim] = speakers(
      "Governor Tom Hale on Monday blamed the press for making an issue of Dana Lee's claim that the bridge was unsafe.",
    );
    expect(claim).toEqual(['Tom Hale', 'Dana Lee']);
  });
  it("\"Lee's plan to ... drew fire, Ortiz said\": the plan is Lee's, the words Ortiz's", () => {
    expect(speakers("Dana Lee's plan to close the bridge drew fire, Ann Ortiz said.")).toEqual([
      ['Ann Ortiz', 'Dana Lee'],
    ]);
  });
  it('"Lee\'s announcement that", "Lee\'s suggestion that": what was announced or suggested is hers', () => {
    expect(speakers("Shares fell after Dana Lee's announcement that the mill would close, Ann Ortiz said.")).toEqual([
      ['Ann Ortiz', 'Dana Lee'],
    ]);
    expect(speakers("Dana Lee's suggestion that the bridge close drew fire.")).toEqual([['Dana Lee']]);
  });
  it('an unnamed owner beside another cue adds no one', () => {
    expect(speakers("The mayor's plan to close the bridge drew fire, Ann Ortiz said.")).toEqual([['Ann Ortiz']]);
  });
});

describe("a passive's agent beside the sentence's own cue, whatever its verb reports", () => {
  it('"a measure strongly opposed by truck drivers": the drivers take a stance, beside the paper', () => {
    expect(
      speakers('Dana Lee backed the toll, a measure strongly opposed by truck drivers, the Courier reported.'),
    ).toEqual([['Courier', 'Dana Lee', 'truck drivers']]);
  });
  it('"he was criticized by farmers": the farmers criticize, beside the one who refused', () => {
    expect(speakers('After Tom Hale refused to drop the plan, he was criticized by farmers at the market.')).toEqual([
      ['Tom Hale', 'farmers'],
    ]);
  });
  it('"backed by higher fuel prices": prices are no agent', () => {
    expect(speakers('The toll, backed by higher fuel prices, will rise in May, Ann Ortiz said.')).toEqual([
      ['Ann Ortiz'],
    ]);
  });
});

describe("a named party's possessed cue noun: plurals, a stance's preposition, a time before the content", () => {
  it('"despite Hale\'s calls for a recount": Hale calls for it, beside the speaker', () => {
    expect(speakers("Ann Ortiz said the vote would wait, despite Tom Hale's calls for a recount.")).toEqual([
      ['Ann Ortiz', 'Tom Hale'],
    ]);
  });
  it('"Lee\'s announcement Friday that ...": a day between the noun and its content', () => {
    expect(
      speakers("The mayor spoke just before Dana Lee's announcement Friday that the mill would close, Ann Ortiz said."),
    ).toEqual([['Ann Ortiz', 'Dana Lee']]);
  });
  it('"Hale\'s critique of the budget": a stance noun with its object', () => {
    expect(speakers("Ann Ortiz said the debt was at the heart of Tom Hale's critique of the budget.")).toEqual([
      ['Ann Ortiz', 'Tom Hale'],
    ]);
  });
  it('"Hale\'s attacks on the press ..." opening the sentence are his', () => {
    expect(speakers("Tom Hale's attacks on the press have alarmed his aides.")).toEqual([['Tom Hale']]);
  });
  it("an unnamed owner's attacks add no one", () => {
    expect(speakers("The firm's attacks on the rules drew fines, Ann Ortiz said.")).toEqual([['Ann Ortiz']]);
  });
  it('"Lee\'s view of the bridge" is no stance noun\'s object', () => {
    expect(speakers("Dana Lee's view of the bridge was blocked, Ann Ortiz said.")).toEqual([['Ann Ortiz']]);
  });
});

describe('a verb of speech with a plain object where its clause would be, beside another cue', () => {
  it('"when a local doctor reported high lead levels": the doctor reports, beside the city', () => {
    expect(speakers('The city admitted its error when a local doctor reported high lead levels in children.')).toEqual([
      ['The city', 'a local doctor'],
    ]);
  });
  it('"Hale responded Friday to reports that ...": the one responding speaks beside the reports\' subject', () => {
    expect(speakers('Tom Hale responded Friday to reports that the mill planned to close.')).toEqual([
      ['the mill', 'Tom Hale'],
    ]);
  });
  it('"Hale asked the court for quick action" is a request, no speech', () => {
    expect(
      speakers(
        'After the court refused to hear the case, Attorney General Tom Hale asked the state supreme court for quick action.',
      ),
    ).toEqual([['court']]);
  });
  it('"claimed responsibility for the blast, but police said": both speak', () => {
    expect(speakers('The Harbor Front claimed responsibility for the blast, but police said they doubted it.')).toEqual(
      [['police', 'Harbor Front']],
    );
  });
  it('alone, "reported its results" attributes nothing; "reported a loss of $3 million" gives the firm\'s figure', () => {
    expect(speakers('The firm reported its results on Tuesday.')).toEqual([]);
    expect(speakers('The firm reported a loss of $3 million.')).toEqual([['The firm']]);
  });
  it('"a former Oklahoma state senator" and "Lee\'s remarks" are nouns, no one\'s speech', () => {
    expect(speakers('Ann Ortiz, a former Oklahoma state senator, said the vote would wait.')).toEqual([['Ann Ortiz']]);
    expect(speakers("Dana Lee's remarks about the toll drew fire, Ann Ortiz said.")).toEqual([['Ann Ortiz']]);
  });
});

describe('a cue that reports only beside others never governs the sentence', () => {
  it('"When Ortiz reported the leak, the pipe that Hale says ...": Hale\'s verb governs, Ortiz speaks beside him', () => {
    expect(speakers('When Ann Ortiz reported the leak, the pipe that Tom Hale says is unsafe was shut.')).toEqual([
      ['Tom Hale', 'Ann Ortiz'],
    ]);
  });
  it('"after Lee\'s claim that ..., a drop that analysts say ...": the analysts\' verb governs', () => {
    expect(
      speakers("Shares fell after Dana Lee's claim that the mill would close, a drop that analysts say was overdone."),
    ).toEqual([['analysts', 'Dana Lee']]);
  });
});

describe('a sentence adverb between a subject and its verb', () => {
  it('"Hale has nevertheless called it ...": the main clause speaks, beside the contrasted one', () => {
    expect(
      speakers(
        'While Dana Lee has maintained that the toll is fair, Tom Hale has nevertheless called it a tax on the poor.',
      ),
    ).toEqual([['Tom Hale', 'Dana Lee']]);
  });
  it('"Ortiz has since said": "since" as an adverb', () => {
    expect(speakers('Ann Ortiz has since said she would back the plan.')).toEqual([['Ann Ortiz']]);
  });
  it('"since inspectors said": "since" as a conjunction leaves the subject after it', () => {
    expect(speakers('The mill has stayed open since inspectors said it was safe.')).toEqual([['inspectors']]);
  });
});

describe('stances the lexicon had not listed', () => {
  it('"still excoriated by growers": the passive\'s agent holds a stance beside the speaker', () => {
    expect(
      speakers('"We never wanted the toll," says Tom Baker, still excoriated by growers for the 2010 vote.'),
    ).toEqual([['Tom Baker', 'growers']]);
  });
  it('"sued by the NAACP": the suit\'s agent holds a stance beside the sentence\'s speaker', () => {
    expect(speakers('The firm was sued by the NAACP over its loans, the mayor said.')).toEqual([
      ['the mayor', 'NAACP'],
    ]);
  });
  it('"shrugged off" is a stance of its subject', () => {
    expect(speakers('Many riders shrugged off the fare rise.')).toEqual([['Many riders']]);
  });
  it('"has rebuffed" and "contradicted" are stances of their subjects', () => {
    expect(
      speakers('The governor has rebuffed calls to quit.', 'Two senators contradicted the mayor on Monday.'),
    ).toEqual([['The governor'], ['Two senators']]);
  });
  it('"has railed against" is a stance of its subject', () => {
    expect(speakers('The mayor has railed against the toll for years.')).toEqual([['The mayor']]);
  });
});
