// Subjects whose shape hid their speaker: a survey's people with their participle, and others (issue 12).
import { describe, expect, it } from 'vitest';
import { findCues } from '../../utils/analysis/attribution';
import { innerVerbStart } from '../../utils/analysis/noun-phrase';
import { analyzeText } from '../../utils/analysis/pipeline';
import { analyzeParagraphs, speakers, view } from './cue-table';

describe("a survey's people with its participle after the noun", () => {
  it('"Students polled said": the students speak', () => {
    expect(speakers('Students polled said they liked the new timetable a lot.')).toEqual([['Students polled']]);
  });
  it('"Those surveyed said": the people surveyed speak', () => {
    expect(speakers('Those surveyed said the ferry service was getting worse.')).toEqual([['Those surveyed']]);
  });
  it('"Half of the farmers interviewed said": a share of them speaks', () => {
    expect(speakers('Half of the farmers interviewed said the new dam would ruin the valley.')).toEqual([
      ['Half of the farmers interviewed'],
    ]);
  });
});

describe('a surname that is also a nationality', () => {
  it('"Cuban said" after "Mara Cuban": the person named earlier speaks', () => {
    expect(
      speakers(
        'The baker Mara Cuban backed the pier plan on Tuesday.',
        'Cuban said the new pier would bring more trade.',
      ),
    ).toEqual([['Mara Cuban'], ['Mara Cuban']]);
  });
  it('"French argued" after "Ada French": the person named earlier speaks', () => {
    expect(
      speakers(
        'The economist Ada French wrote about the harbour toll.',
        'French argued the toll would hurt fishermen.',
      ),
    ).toEqual([['Ada French'], ['Ada French']]);
  });
  it('"Will said" after "Ada Will": a modal written as a surname is the person named earlier', () => {
    expect(
      speakers('The columnist Ada Will visited the harbour on Monday.', 'Will said the toll would hurt fishermen.'),
    ).toEqual([['Ada Will']]);
  });
  it('with no person of that name, the nationality word names no source', () => {
    expect(speakers('Cuban said the plan would pay for itself.')).toEqual([[]]);
  });
});

describe('plural nouns joined by "and" are one group of people', () => {
  it('"Wardens and former foes said": the group speaks, whatever its nouns', () => {
    expect(speakers('Wardens and former foes said the captain had changed.')).toEqual([['Wardens and former foes']]);
  });
});

describe('a reporting clause set inside the sentence it reports', () => {
  it('"Lee, a close aide said, is ...": the aide speaks, not the person the words are about', () => {
    expect(speakers('Mayor Ada Lee, a close aide said, is ready to run the harbour board herself.')).toEqual([
      ['a close aide'],
    ]);
  });
  it('"Lee, a close aide, said": with the comma the phrase describes the name before it', () => {
    expect(speakers('Mayor Ada Lee, a close aide, said the harbour board was ready.')).toEqual([['Ada Lee']]);
  });
});

describe("one party's member described by a determiner", () => {
  it('"Tom Reyes, the No. 2 Republican on the council, said": the name speaks', () => {
    expect(speakers('Tom Reyes, the No. 2 Republican on the council, said the vote would slip a week.')).toEqual([
      ['Tom Reyes'],
    ]);
  });
  it('"said one Democrat involved in the talks": a person, not the party', () => {
    expect(speakers('"We will not sign it," said one Democrat involved in the talks.')).toEqual([
      ['one Democrat involved in the talks'],
    ]);
  });
});

describe('a pronoun in a later clause and the phrase that opens the sentence', () => {
  it('"The head of the union is worried ..., because she thinks": the head thinks', () => {
    expect(
      speakers('The head of the harbour union is worried about the new rota, because she thinks it will fail.'),
    ).toEqual([['The head of the harbour union']]);
  });
  it('"Ohio Democrats have decided they want": the party members want', () => {
    expect(speakers('Ohio Democrats have decided they want a new candidate for the seat.')).toEqual([
      ['Ohio Democrats'],
    ]);
  });
  it('"The goal, he said, is": a pronoun set off by commas is the earlier speaker', () => {
    expect(speakers('Mayor Tom Reyes said the talks would go on.', 'The goal, he said, is a lasting truce.')).toEqual([
      ['Tom Reyes'],
      ['Tom Reyes'],
    ]);
  });
});

describe('a name with its place, and part of a group, before an apposition', () => {
  it('"Senator Ann Ray of Ohio, a Democrat on the panel, said": the senator speaks', () => {
    expect(speakers('Senator Ann Ray of Ohio, a Democrat on the panel, said the bill would pass.')).toEqual([
      ['Ann Ray'],
    ]);
  });
  it('"His critics, many of them farmers, argue": the critics argue', () => {
    expect(speakers('His critics in the valley, many of them farmers, argue that the dam is too costly.')).toEqual([
      ['His critics in the valley'],
    ]);
  });
});

describe('a block introduced by a reporting clause ending in a colon', () => {
  it('"Ray writes:" makes the next paragraph hers, sentence by sentence', () => {
    expect(
      speakers(
        'In her column on Sunday, the critic Ada Ray writes:',
        'The harbour plan is a mistake. Nobody in the town asked for it.',
      ),
    ).toEqual([['Ada Ray'], ['Ada Ray'], ['Ada Ray']]);
  });
  it('a paragraph after a plain sentence is nobody\u2019s', () => {
    expect(
      speakers('The critic Ada Ray writes about the harbour.', 'The harbour plan is a mistake. Nobody asked for it.'),
    ).toEqual([['Ada Ray']]);
  });
});

describe('an opening prepositional phrase before the subject', () => {
  it('"Amid calls for a recount, the clerk Ada Moss ..., saying": the clerk says', () => {
    expect(
      speakers(
        'Amid calls from some residents for a recount, the clerk Ada Moss defended the count, saying it was accurate.',
      ),
    ).toEqual([['Ada Moss']]);
  });
});

describe('"according to" a phrase with what describes it, closing the sentence', () => {
  it('"..., according to two aides present who asked not to be named": the aides govern the sentence', () => {
    const result = analyzeText([
      {
        text: 'The mayor urged the council to delay the vote, according to two aides present who asked not to be named.',
        kind: 'paragraph',
      },
    ]);
    const names = new Map(result.sources.map((s) => [s.id, s.name]));
    expect(result.claims.map((c) => [c.cue, c.sourceIds.map((id) => names.get(id))])).toEqual([
      ['according to', ['two aides']],
    ]);
  });
});

describe('a passive speech verb with its agent', () => {
  it('"Asked by Lee whether ..., Park said": Park speaks and Lee asks; the next "he" is Park', () => {
    expect(
      speakers(
        'Asked by the host Ann Lee whether he would run again, Tom Park said he had not decided.',
        '"I will talk to my family first," he added.',
      ),
    ).toEqual([['Tom Park', 'Ann Lee'], ['Tom Park']]);
  });
  it('"He was asked by a reporter if ...": the reporter asks', () => {
    expect(speakers('The mayor was asked by a reporter if the harbour would reopen in May.')).toEqual([['a reporter']]);
  });
  it('"The plan was first reported by The Harbor Star": the paper reports', () => {
    expect(speakers('The plan to close the ferry was first reported by The Harbor Star.')).toEqual([['Harbor Star']]);
  });
  it('"says by a wide margin": a present form takes no agent', () => {
    expect(speakers('Keep the ferry running, the town says by a wide margin.')).toEqual([['the town']]);
  });
});

describe('a short name after ", or" is the phrase before it', () => {
  it('"X, director of Y, or ACR, said": the person speaks, not the acronym', () => {
    expect(
      speakers('Maria Lopez, director of the advocacy group Friends of the River, or FOR, said the vote was close.'),
    ).toEqual([['Maria Lopez']]);
  });
  it('"X, director of Y, or ACR - which ... - said": the person speaks across the relative clause', () => {
    expect(
      speakers(
        'Maria Lopez, director of the advocacy group Friends of the River, or FOR - which was founded by a former mayor and which has backed the dam plan - said the vote was close.',
      ),
    ).toEqual([['Maria Lopez']]);
  });
  it('"The Harbor Water Authority, or HWA, said": the body speaks under its full name', () => {
    expect(speakers('The Harbor Water Authority, or HWA, said the pipes would be replaced.')).toEqual([
      ['Harbor Water Authority'],
    ]);
  });
});

describe('"the group" is no public body', () => {
  it('"The group plans" after a commission cited: the last group that spoke', () => {
    expect(
      speakers(
        'The Harbor Fund said it would print more leaflets.',
        'Spending on leaflets rose to $40,000, according to Harlow Electoral Commission filings.',
        'The group also plans to hand out leaflets at every pier.',
      ).at(-1),
    ).toEqual(['Harbor Fund']);
  });
});

describe('a bare quantifier names no group of its own', () => {
  it('"Many speculated" after "some have speculated": two groups, not one', () => {
    expect(
      speakers(
        'The old ferry may be sold, as some have speculated.',
        'Many speculated that the council would keep it, but the bids came in strong.',
      ),
    ).toEqual([['some'], ['Many']]);
  });
});

describe("a pronoun in a later clause means the sentence's subject", () => {
  it('"Lee on Monday visited ..., and she claimed": the time after the name is no part of the subject', () => {
    expect(
      speakers(
        'Ada Lee on Monday visited the harbour, she toured the docks, and she claimed that the port would grow.',
      ),
    ).toEqual([['Ada Lee']]);
  });
  it('"And at the harbour, some bakers made clear that they ...": the opening phrase after "And" is no subject', () => {
    expect(
      speakers('And at the market, some bakers made clear that they expect ferry fares to fall by spring.'),
    ).toEqual([['some bakers']]);
  });
  it('"As islanders went to the ballot boxes, the campaign ... accused": "As" still opens a clause of its own', () => {
    expect(
      speakers(
        'As islanders went to the ballot boxes, the pier campaign mailed a flyer and accused its rivals of cheating.',
      ),
    ).toEqual([['the pier campaign']]);
  });
});

describe('a document described at length before its verb', () => {
  it('"A textbook just published for pupils explains": an adverb before the participle', () => {
    expect(speakers('A textbook just published for pupils explains that the harbour was built by monks.')).toEqual([
      ['A textbook just published for pupils'],
    ]);
  });
  it('"A leaked copy of ... memo seen by reporters said": thirteen words after an article are one subject', () => {
    expect(
      speakers("A leaked copy of the harbour board's 2019 budget memo seen by reporters said the pier would close."),
    ).toEqual([["A leaked copy of the harbour board's 2019 budget memo seen by reporters"]]);
  });
  it('"that Brand split from ... and supported the first proposal": as many words of a clause are no subject', () => {
    // (the board, a body, speaks: what it did not mention is its claim)
    expect(
      speakers(
        'The board did not mention, however, that Brand split from his fellow councillors and supported the harbour master’s first proposal for wider berths.',
      ),
    ).toEqual([['The board']]);
  });
});

describe('a quantifier floated after the subject', () => {
  it('"Traders — whose guild ... — both suggested": the traders speak, not "both"', () => {
    expect(
      speakers('Harbour traders — whose guild was once respected — both suggested that the toll be dropped.'),
    ).toEqual([['Harbour traders']]);
  });
  it('"The wardens all said": the wardens speak', () => {
    expect(speakers('The wardens all said the pier was unsafe.')).toEqual([['The wardens']]);
  });
  it('"they all vowed": a pronoun keeps its quantifier', () => {
    expect(speakers('Even as they all vowed to stay, the mood in the harbour was grim.')).toEqual([['they all']]);
  });
});

describe('"they" after a plural noun that opens the sentence with a capital', () => {
  it('"Other Islanders enjoyed what they saw as": the islanders hold the view', () => {
    expect(speakers('Other Islanders enjoyed what they saw as a fair deal for the ferry.')).toEqual([
      ['Other Islanders'],
    ]);
  });
  it('"Los Angeles enjoyed what they saw as": a place of two words is no plural noun', () => {
    expect(speakers('Los Angeles enjoyed what they saw as a fair deal.')).toEqual([[]]);
  });
});

describe('"the" document with words of its own is no other document', () => {
  it('"according to the harbour surveys from last spring" after court records: the surveys', () => {
    expect(
      speakers(
        'Court records show the ferry was late twice.',
        'According to the harbour surveys from last spring, most boats were late.',
      ),
    ).toEqual([['Court records'], ['the harbour surveys from last spring']]);
  });
  it('"according to the data" after court records: a bare document is the one cited before', () => {
    expect(
      speakers('Court records show the ferry was late twice.', 'According to the data, most boats were late.'),
    ).toEqual([['Court records'], ['Court records']]);
  });
});

describe('a block introduced by "X wrote:"', () => {
  it('"I think ..., as figures are showing": the writer\'s "I" is the one introduced, not the figures', () => {
    expect(
      speakers(
        'In a post on his blog, the harbour master Tomas Reed wrote:',
        'I think the toll is unfair, as harbour figures are showing a drop in trade.',
      ),
    ).toEqual([['Tomas Reed'], ['Tomas Reed']]);
  });
  it('a sentence that names its own speaker keeps it', () => {
    expect(
      speakers(
        'In a post on his blog, the harbour master Tomas Reed wrote:',
        "The toll is unfair, the port's accountant Ann Lee says.",
      ),
    ).toEqual([['Tomas Reed'], ['Ann Lee']]);
  });
});

describe('a plural subject before a plain present verb', () => {
  it('"Islanders tend to prefer ..., which they argue": the islanders argue', () => {
    expect(
      speakers(
        'Islanders tend to prefer dredging schemes, such as deepening berths and repainting piers, which they argue draw visitors to Tarnby.',
      ),
    ).toEqual([['islanders']]);
  });
  it('"Protest groups say ..., saying": the participle reports for the groups, not "Protest"', () => {
    const cues = findCues(
      view('Protest groups say the toll is unfair and that the port broke the charter, saying so in a letter.'),
    );
    expect(cues.find((c) => c.cue === 'saying')?.subjects.map((m) => m.text)).toEqual(['Protest groups']);
  });
});

describe('a poll or survey speaks as itself, its sponsor as affiliation', () => {
  it('"a Harbor College poll found" ... "The poll shows": one poll, named by its sponsor', () => {
    const result = analyzeText([
      { text: 'A Harbor College poll found that the ferries run late too often.', kind: 'paragraph' },
      { text: 'The poll shows support for the pier falling among older voters.', kind: 'paragraph' },
    ]);
    const poll = result.sources.find((s) => s.name === 'Harbor College poll');
    expect(poll?.affiliation).toBe('Harbor College');
    expect(result.claims.map((c) => c.sourceIds)).toEqual([[poll?.id], [poll?.id]]);
  });
  it('"The survey, conducted by the Tidewater Institute, shows": the survey, not the institute', () => {
    expect(
      speakers('The survey, conducted by the Tidewater Institute, shows that ferry fares worry most commuters.'),
    ).toEqual([['Tidewater Institute survey']]);
  });
  it('"the statement said" after another speaker: the statement speaks, its issuer its affiliation', () => {
    const result = analyzeText([
      { text: 'The Harbor Trust issued a statement on Friday.', kind: 'paragraph' },
      { text: 'Mayor Ann Lee said the pier would stay closed until June.', kind: 'paragraph' },
      { text: '"We will rebuild the pier this year," the statement said.', kind: 'paragraph' },
    ]);
    const statement = result.sources.find((s) => s.name === 'the statement');
    expect(statement?.affiliation).toBe('Harbor Trust');
    expect(result.claims.at(-1)?.sourceIds).toEqual([statement?.id]);
  });
  it('"a poll of 400 islanders": whom it asked is no sponsor', () => {
    expect(speakers('A poll of 400 islanders found that the ferries run late too often.')).toEqual([
      ['A poll of 400 islanders'],
    ]);
  });
});

describe('plurals of people without an -s', () => {
  it('"The fishermen have ..., and they say": they are the fishermen', () => {
    expect(
      speakers(
        'The fishermen have lost half their catch this year, and they say the new quotas will close the harbour.',
      ),
    ).toEqual([['The fishermen']]);
  });
  it('"Local fishermen said ... They said": the next sentence\'s "they" is the fishermen', () => {
    expect(
      speakers('Local fishermen said the quotas were unfair.', 'They said the quotas would ruin the town.'),
    ).toEqual([['Local fishermen'], ['Local fishermen']]);
  });
});

describe('a pronoun after an opening phrase and its comma', () => {
  it('"...: By nearly 4-1, they say": the phrase opens the pronoun\'s clause, which reports what follows', () => {
    expect(
      speakers(
        'Older islanders are divided.',
        'Farmers have settled on a clear view of the ferry tax: By nearly 4-1, they say it should be scrapped.',
      ),
    ).toEqual([['Farmers']]);
  });
});

describe('a description, then the name of the person it describes', () => {
  it('"one keen liberal, syndicated ferry columnist Ivo Brand, ... he thinks": Brand thinks', () => {
    expect(
      speakers(
        'The timetable has few friends on the island.',
        'Yet one keen liberal, syndicated ferry columnist Ivo Brand, praises it in print and tells readers he thinks the boats are on time.',
      ),
    ).toEqual([['Ivo Brand']]);
  });
  it('"local thought leaders" is no local who thought', () => {
    expect(
      speakers(
        'Aides said the toll plan would pass, not least because local thought leaders like Vera Holm support it.',
      ),
    ).toEqual([['Aides']]);
  });
});

describe('a reporting verb inside the phrase before a cue ends its subject there', () => {
  it('"Lee claims the city council says": Lee speaks, not "Lee claims the city council"', () => {
    expect(speakers('Lee claims the city council says his permit may be void.')).toEqual([['Lee']]);
  });
  it('finds where the verb inside such a phrase starts, and leaves nouns and adjectives alone', () => {
    const cut = (text: string) => {
      const at = innerVerbStart(text);
      return at < 0 ? null : text.slice(0, at);
    };
    expect(cut('His family denies police')).toBe('His family');
    expect(cut('Lee claims the city council')).toBe('Lee');
    expect(cut('the clerk told Ann')).toBe('the clerk');
    // A plural noun, a participle after a determiner or before "by"/"as", the head itself.
    expect(cut('press reports and council insiders')).toBeNull();
    expect(cut('the reported deaths')).toBeNull();
    expect(cut('officials quoted by the paper')).toBeNull();
    expect(cut('police reports')).toBeNull();
  });
  it('a participle after its noun, a plural noun, a relative clause apart from the verb: the phrase stays whole', () => {
    expect(speakers('Press reports and council insiders described the toll plan as doomed.')).toEqual([
      ['Press reports and council insiders'],
    ]);
    expect(speakers('A court found Reyes, who alleged that the guard hit him first, not guilty.')).toEqual([['Reyes']]);
    // "known as" names the ranger: the name speaks, as before.
    expect(speakers('The ranger known as Bob said the trail was closed.')).toEqual([['Bob']]);
  });
});

describe('a subject pronoun after other words is the subject', () => {
  it('"The first song I wrote ...": no source named "first song I"', () => {
    const result = analyzeText([{ text: 'The first song I wrote said it all about the valley.', kind: 'paragraph' }]);
    expect(result.sources.map((s) => s.name)).toEqual([]);
  });
  it('joined to the phrase or its object, the pronoun stays part of it', () => {
    expect(speakers('Many of you have noted the gap between the two plans.')).toEqual([['Many of you']]);
    expect(speakers('My aides and I said the plan was dead.')).toEqual([['My aides']]);
  });
});

describe('a number or a dateline at the start of the subject', () => {
  it('"About 30,000 troops said": the comma inside a number is no clause boundary', () => {
    expect(speakers('About 30,000 troops in the north said they had not been paid.')).toEqual([
      ['About 30,000 troops in the north'],
    ]);
    expect(speakers('Some 12,000 drivers told the union they would strike.')).toEqual([['Some 12,000 drivers']]);
    // A comma after a number still is one.
    expect(speakers('In 2019, officials said the dam held.')).toEqual([['officials']]);
  });
  it('"NEW DELHI The ministry said": a dateline whose dash the page dropped is no part of the subject', () => {
    expect(speakers('NEW DELHI The ministry said the talks were over.')).toEqual([['The ministry']]);
    expect(speakers('NASA officials said the launch had slipped.')).toEqual([['NASA officials']]);
  });
});

describe('"but", "yet" and "so" before a new phrase join clauses', () => {
  it('"until at least Friday but the wardens said": the wardens speak', () => {
    expect(
      speakers('The east pier will stay closed until at least Friday but the wardens said it might open earlier.'),
    ).toEqual([['the wardens']]);
  });
  it('inside a phrase they stay: "a small but vocal group", "everyone but Lee"', () => {
    expect(speakers('A small but vocal group said the plan was poor.')).toEqual([['A small but vocal group']]);
    expect(speakers('Everyone but Lee said yes to the plan.')).toEqual([['Everyone but Lee']]);
  });
});

describe('words around a subject that are no part of it', () => {
  it('"Kestrel and Bolt all support": a quantifier floated after names', () => {
    const names = analyzeText([
      { text: 'Acme, Kestrel and Bolt all support the new rule.', kind: 'paragraph' },
    ]).sources.map((s) => s.name);
    expect(names).toContain('Bolt');
    expect(names.filter((name) => /\ball\b/.test(name))).toEqual([]);
    // A sentence's opening "And" is no name the quantifier floats after.
    expect(speakers('And both vowed to be stricter on speeding ferries.')).toEqual([['both']]);
  });
  it('"the little known skipper": a degree word before an adjective speaks for no one', () => {
    const result = analyzeText([
      {
        text: 'Lee said the islanders should back Ed Tarn, the little known "skipper" of the crew.',
        kind: 'paragraph',
      },
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Lee']);
    expect(result.claims.map((c) => c.cue)).toEqual(['said']);
  });
});

describe('a verb of speech after a degree word is an adjective', () => {
  it('"feeling less stressed": nobody stresses anything', () => {
    const result = analyzeText([
      { text: 'Ferry crews report feeling less stressed on quiet winter crossings.', kind: 'paragraph' },
    ]);
    expect(result.claims).toEqual([]);
    expect(result.sources).toEqual([]);
  });
  it('"So says", "most said": a degree word before a plain verb of speech leaves it a verb', () => {
    expect(speakers('Most said they were fairly relaxed about the new fares.')).toEqual([['Most']]);
  });
});

describe('a pronoun and its verb opening the subject are a clause of their own', () => {
  it('"That means people who use the tram want", "This shows voters want": the people after it', () => {
    expect(speakers('That means people who use the tram want to keep using it.')).toEqual([['people']]);
    expect(speakers('This shows voters want a change of course.')).toEqual([['voters']]);
    expect(speakers('That meant officials said nothing for a week.')).toEqual([['officials']]);
  });
});

describe('a conjunction or a preposition before a verb is no subject', () => {
  it('"As promised", "To estimate", "But that said": no claim, no source named "As"', () => {
    const result = analyzeParagraphs(
      'As promised in our last update, the new timetable is ready.',
      'As mentioned above, the fares will rise by 3 percent.',
      'To accurately estimate the cost, follow these steps.',
      'But that said, the mayor was pleased with the result.',
    );
    expect(result.claims).toEqual([]);
    expect(result.sources).toEqual([]);
  });
  it('"As reported by", "As the mayor said": the one named reports', () => {
    expect(speakers('As reported by the Harbour Times, the ferry will stop running in May.')).toEqual([
      ['Harbour Times'],
    ]);
    expect(speakers('As the mayor said on Monday, the bridge is safe.')).toEqual([['the mayor']]);
  });
});

describe('a remark in brackets between the subject and its verb', () => {
  it('"Hobbs (who holds 12 seats on the board) said": the name before the brackets speaks', () => {
    expect(speakers('Hobbs (who holds 12 seats on the board) said the vote could still go his way.')).toEqual([
      ['Hobbs'],
    ]);
  });
  it('"The company (which makes ferries) said", "Ann Lowe (pictured) said"', () => {
    expect(speakers('The company (which makes ferries) said the order was delayed.')).toEqual([['The company']]);
    expect(speakers('Ann Lowe (pictured) said the bridge was safe.')).toEqual([['Ann Lowe']]);
  });
  it('"Ada Brook and Tim Vale (both of Harlow College) argue": both names speak', () => {
    expect(
      speakers('Ada Brook and Tim Vale (both teachers at Harlow College) argue that the tests are unfair.'),
    ).toEqual([['Ada Brook', 'Tim Vale']]);
  });
  it('a word after the brackets that a verb follows is a noun: no one speaks', () => {
    expect(speakers('The ten-million-dollar (a season, at least) question is whether the club will sell.')).toEqual([]);
  });
  it('a party and state or an acronym in brackets still belongs to the name', () => {
    expect(speakers('Rep. Ann Lowe (D-Ore.) said the bridge was safe.')).toEqual([['Ann Lowe']]);
    expect(speakers('The Harbor Food Agency (HFA) said the milk was safe.')).toEqual([['Harbor Food Agency']]);
  });
});

describe('a subject with a relative clause on "whose"', () => {
  it('"Farmers whose fields flooded last spring said": the farmers speak', () => {
    expect(speakers('Farmers whose fields flooded last spring said the payments came too late.')).toEqual([
      ['Farmers'],
    ]);
  });
  it('"The shop owners whose leases were cut say": the owners speak', () => {
    expect(speakers('The shop owners whose leases were cut say the landlord broke the rules.')).toEqual([
      ['The shop owners'],
    ]);
  });
});

describe("a site's address as a source", () => {
  it('"according to tarnow-news.pl": the site is cited', () => {
    expect(speakers('The two bakers ran a shop in the old town, according to tarnow-news.pl.')).toEqual([
      ['tarnow-news.pl'],
    ]);
  });
  it('a site cited by its address is an outlet (a government\'s address the government), and "the airline" is not it', () => {
    const result = analyzeParagraphs(
      'The two passengers ran a bakery in the port city, according to tarnow-news.pl.',
      'The pilot had flown the route for nine years, the airline said on Thursday.',
      'The port has 4,000 people, according to harbor.gov.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['tarnow-news.pl', 'media'],
      ['the airline', 'organization'],
      ['harbor.gov', 'government'],
    ]);
  });
  it('"harbor-daily.com reported": the site reports', () => {
    expect(speakers('The ferry will stop running in May, harbor-daily.com reported.')).toEqual([['harbor-daily.com']]);
  });
});

describe('an ampersand inside a name', () => {
  it('"Harbor Power & Light said", "Lowe & Sons said": one body speaks', () => {
    expect(speakers('Harbor Power & Light said the storm had cut two of its lines.')).toEqual([
      ['Harbor Power & Light'],
    ]);
    expect(speakers('Lowe & Sons said the order was late.')).toEqual([['Lowe & Sons']]);
  });
  it('"Ann Lowe & Tim Baker said": two people speak', () => {
    expect(speakers('Ann Lowe & Tim Baker said the plan had failed.')).toEqual([['Ann Lowe', 'Tim Baker']]);
  });
});

describe('a person described after their name', () => {
  it('"said Tim Lane, a ferry lobbyist who fought the toll": one source, not the lobbyist beside him', () => {
    expect(speakers('"We can build this now," said Tim Lane, a ferry lobbyist who fought the old toll.')).toEqual([
      ['Tim Lane'],
    ]);
    expect(speakers('The mayor met Tim Lane, a ferry lobbyist who opposed the old toll.')).toEqual([['Tim Lane']]);
    expect(speakers('The harbor board is chaired by Ada Brook, a sailor who has said she will stay on.')).toEqual([
      ['Ada Brook'],
    ]);
  });
  it('"at Port Vell, a neighbor who says": a place after a preposition is described by nothing', () => {
    expect(
      speakers(
        'The mayor sails at Port Vell most weekends, a neighbor who says she sees him there told reporters.',
      ).flat(),
    ).not.toContain('Port Vell');
  });
  it('"Board member Tom Vale, a transport analyst at Harlow University, said": the name with its role before it speaks', () => {
    expect(
      speakers('Board member Tom Vale, a transport analyst at Harlow University, said the ferry needs new engines.'),
    ).toEqual([['Tom Vale']]);
    expect(speakers('Campaign adviser Ada Brook, a radio host, said on Monday that the plan was sound.')).toEqual([
      ['Ada Brook'],
    ]);
  });
  it('"historian and analyst Tom Vale": one person with two roles', () => {
    expect(
      speakers('"The port will recover," said Harlow historian and analyst Tom Vale. He has long opposed the new dam.'),
    ).toEqual([['Tom Vale'], ['Tom Vale']]);
  });
});

describe('people in the news by what they do', () => {
  it('"The tycoon announced that", "The incumbent denied that": a person takes the stance', () => {
    expect(speakers('The tycoon announced that he is leaving the board.')).toEqual([['The tycoon']]);
    expect(speakers('The incumbent denied that she had broken the law.')).toEqual([['The incumbent']]);
  });
  it('a gerund that a verb follows is its subject: "the landlord bashing could get louder"', () => {
    expect(speakers('At the debate, the landlord bashing could get louder.')).toEqual([]);
  });
});

describe('"he" after a sentence that names one person and not the other', () => {
  it('"Ray Lund vowed ... as a senior ally warned ... But he also promised": he is Ray Lund', () => {
    expect(
      speakers(
        'Ray Lund vowed to fix the harbor as a senior ally warned that voters were tired of waiting. But he also promised to cut the fare.',
      ),
    ).toEqual([['Ray Lund', 'a senior ally'], ['Ray Lund']]);
  });
});

describe('a name after an opening phrase of time, and pairs of titled names', () => {
  it('"Last week, Ada Brook, editor of The Harbor, wrote": the name speaks, not her role', () => {
    expect(speakers('Last week, Ada Brook, editor of The Harbor, wrote that the storm was coming.')).toEqual([
      ['Ada Brook'],
    ]);
    expect(
      speakers(
        'Only last week, Ada Brook, the features editor of The Harbor, a weekly paper, wrote that the storm was near.',
      ),
    ).toEqual([['Ada Brook']]);
  });
  it('"Former Harlow Gov. Ann Lowe and former Tarn Gov. Tim Hobbs announced": both take the stance', () => {
    expect(
      speakers(
        'Former Harlow Gov. Ann Lowe and former Tarn Gov. Tim Hobbs announced a joint bid for the port authority.',
      ),
    ).toEqual([['Ann Lowe', 'Tim Hobbs']]);
  });
  it('"Current and former officers say": one group', () => {
    expect(speakers('Current and former officers say the prison was short of staff.')).toEqual([
      ['Current and former officers'],
    ]);
  });
});

describe('a clause in the present with no "that"', () => {
  it('"The ministry claims Lund owns the land": the ministry claims it', () => {
    expect(speakers('The ministry claims Lund owns the land under the pier.')).toEqual([['The ministry']]);
    expect(speakers('Fans of the club hope Vale signs a new contract.')).toEqual([['Fans']]);
  });
  it('"showed Ada Brook plans for a bridge": a noun and its preposition, no clause', () => {
    expect(speakers('In 1902, Tom Vale showed Ada Brook plans for a bridge over the bay.')).toEqual([]);
  });
  it('"One reason Harlow keeps its riders lies in the fare": "one" alone reasons nothing', () => {
    expect(speakers('One reason Harlow keeps its riders lies in the fare.')).toEqual([]);
  });
});

describe('a plural noun that reads like a verb', () => {
  it('"southern states that will vote", "staff questions that would": nouns with a relative clause, no cue', () => {
    expect(speakers('Most southern states that will vote in March have large ports.')).toEqual([]);
    expect(speakers('The new desk answers staff questions that would have taken an hour.')).toEqual([]);
  });
  it('"Harlow estimates that could ...", "The paper shows that augmented ...": verbs still', () => {
    expect(speakers('In the north, Harlow estimates that could mean 300 more jobs.')).toEqual([['Harlow']]);
    expect(speakers('The paper shows that ferry seasickness is rare.')).toEqual([['The paper']]);
  });
});

describe('an adverb that singles out a phrase', () => {
  it('"his neighbors, particularly Govs. Ada Fenn and Tim Crest, who say": the two governors speak', () => {
    expect(
      speakers('Lowe met his neighbors, particularly Govs. Ada Fenn and Tim Crest, who say the port needs dredging.'),
    ).toEqual([['Ada Fenn', 'Tim Crest']]);
  });
});

describe('a one-word name the text gives no full name for', () => {
  it('"…," Lowe said. She added …: Lowe is a person, who says both', () => {
    const result = analyzeParagraphs(
      'The council approved the ferry plan on Monday.',
      '"We waited too long for this," Lowe said. She added that the ferry would return in May.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.claimCount])).toEqual([['Lowe', 'person', 2]]);
  });
  it('"Harlow said …. It added …": a body stays a body', () => {
    const result = analyzeText([
      { text: 'Harlow said the cost was too high. It added that the ferry would return.', kind: 'paragraph' as const },
    ]);
    expect(result.sources.map((s) => [s.name, s.kind, s.claimCount])).toEqual([['Harlow', 'organization', 2]]);
  });
});

describe('"one" as anyone is no source', () => {
  it('"as one would expect", "one might argue": a modal makes it anyone', () => {
    expect(speakers('Fares rose after the strike, as one would expect in a town with one ferry.')).toEqual([]);
    expect(speakers('One might argue that the new bridge came ten years too late.')).toEqual([]);
  });
  it('"one expects", "one hopes": believing in the present, anyone does', () => {
    expect(speakers('Working with a large builder, one expects the work to finish on time.')).toEqual([]);
    expect(speakers('One hopes the council listens to the ferry crews this time.')).toEqual([]);
  });
  it('"One said", one of a group named before, is someone', () => {
    expect(speakers('Two nurses spoke to the Courier. One said the ward had been full all week.')).toEqual([['One']]);
  });
});

describe('a question the writer asks with a question word', () => {
  it('"So why don\'t the managers want it?": no one is reported', () => {
    expect(speakers("So why don't the port's managers want to use the new berth?")).toEqual([]);
    expect(speakers('And why did the mayor blame the ferry crews for the delays?')).toEqual([]);
  });
  it('"Officials asked why ...": a question someone asked is still theirs', () => {
    expect(speakers('Officials asked why the ferry had left the harbour an hour late.')).toEqual([['Officials']]);
  });
});

describe('a clause that opens with "Once"', () => {
  it('"Once Brand realized …" after "Ivo Brand": the person named earlier, not "Once Brand"', () => {
    expect(
      speakers(
        'The skipper Ivo Brand led the race from the start, the organisers said.',
        'Once Brand realized that the wind had turned, he changed course and took the lead back.',
      ),
    ).toEqual([['the organisers'], ['Ivo Brand']]);
  });
});

describe('a participle after a linking verb is how someone is, not what they report', () => {
  it('"feels understood", "felt understood": no one is reported', () => {
    expect(speakers('When your partner feels understood, the talk about money gets much easier.')).toEqual([]);
    expect(speakers('Once the crews felt understood, the strike ended within a week.')).toEqual([]);
  });
  it('"understood that …" with its subject is still a belief reported', () => {
    expect(speakers('The crews understood that the ferry would not return before spring.')).toEqual([['The crews']]);
  });
});

describe("a body's possessive before a surname named in full earlier", () => {
  it('"Kestrel\'s Lowe said" after "Kestrel analyst Ana Lowe": one source, of Kestrel', () => {
    const result = analyzeParagraphs(
      'Kestrel analyst Ana Lowe said the ferry would make money within two years.',
      'Kestrel’s Lowe said the harbour toll would have to rise first, though.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.affiliation, s.claimCount])).toEqual([
      ['Ana Lowe', 'person', 'Kestrel', 2],
    ]);
  });
});

describe('a verb inside the words before a cue makes them no source', () => {
  it('"Your purchase helps support", "the chart below includes estimated": no one is reported', () => {
    expect(speakers('Your purchase helps support the Valley Courier newsroom.')).toEqual([]);
    expect(speakers('The chart below includes estimated repair bills for each Tarnby pier.')).toEqual([]);
    expect(speakers('That timetable keeps the piers busy and frees the skippers to plan.')).toEqual([]);
    expect(speakers('Brand enjoys support from the Harlow dock unions.')).toEqual([]);
  });
  it('"begins with a simple question:": the cue word is the noun of a phrase, no verb', () => {
    expect(speakers('Every baking class begins with a blunt question: “What makes bread rise?”')).toEqual([]);
  });
  it('a subject with its own verb before "after" still gives way to the clause after it', () => {
    expect(
      speakers('The flurry comes six weeks after Tarnby ended a freeze of its work and declared it would reopen.'),
    ).toEqual([['Tarnby']]);
  });
});

describe('"got" before a participle is passive', () => {
  it('"The van got told to park": the van is told, it tells no one', () => {
    expect(speakers('The van got told to park at the back of the depot.')).toEqual([]);
  });
  it('"Lowe got asked …, and said no": Lowe speaks, with no "got" in her name', () => {
    expect(speakers('Lowe got asked whether she would run again, and said no.')).toEqual([['Lowe']]);
  });
});

describe('a participle after its noun that points to the text around it', () => {
  it('"the stages mentioned here", "the figures mentioned earlier came": no one mentions them', () => {
    expect(speakers('Some bakers skip the two proving steps mentioned here, but both count.')).toEqual([]);
    expect(speakers('The figures mentioned earlier came from the harbour board.')).toEqual([]);
  });
  it('"…, the officials mentioned earlier." and "As officials mentioned earlier, …" still report', () => {
    expect(speakers('The ferry will not sail, the officials mentioned earlier.')).toEqual([['the officials']]);
    expect(speakers('As officials mentioned earlier, the ferry will not sail.')).toEqual([['officials']]);
  });
});

describe('"noted for" is known for', () => {
  it('"Brand, noted for his patience, took …" and "a tale noted for its cast": no note made', () => {
    expect(speakers('Ivo Brand, noted for his patience, took an hour to reach the quay.')).toEqual([]);
    expect(speakers('A gritty tale noted for its cast of amateurs, it feels relevant today.')).toEqual([]);
  });
  it('"noted for the record that …" still reports', () => {
    expect(speakers('Brand noted for the record that the ferry had sailed late.')).toEqual([['Brand']]);
  });
});

describe('"continue" in a clause that opens the sentence', () => {
  it('"As research continues, …", "While the inquiry continues, …": going on, no words', () => {
    expect(speakers('As research continues, the therapy could become a common option.')).toEqual([]);
    expect(speakers('While the inquiry continues, the mayor could resign.')).toEqual([]);
  });
  it('"As the Courier reported, …" and "…, Brand continued." still report', () => {
    expect(speakers('As the Courier reported, the ferry will not sail this winter.')).toEqual([['Courier']]);
    expect(speakers('The ferry will not sail this winter, Brand continued.')).toEqual([['Brand']]);
  });
});

describe('the words around a subject that are no part of its name', () => {
  it('"Kestrel however brushed aside …, saying": the adverb is not the name', () => {
    expect(speakers('Kestrel however brushed aside the rumour, saying no ferry had been sold.')).toEqual([['Kestrel']]);
  });
  it('"Earning a pilot licence shows", "Stepping away to stay aware": a gerund with its object is no source', () => {
    expect(speakers('Earning a harbour pilot licence shows that you know the tides.')).toEqual([]);
    expect(
      speakers('Stepping away to stay aware of the whole timetable, it is worth asking which piers matter most.'),
    ).toEqual([]);
  });
  it('a gerund opening the words before a name leaves the name to speak; "Leading scientists" are people', () => {
    expect(speakers('Answering a question about the ferry Kestrel’s Ana Lowe explained: “The boat is safe.”')).toEqual([
      ['Ana Lowe'],
    ]);
    expect(speakers('Leading scientists accused the clinic of exploiting its patients.')).toEqual([
      ['Leading scientists'],
    ]);
  });
  it('"As a result, claims that …": the phrase after "as" says how, not who', () => {
    expect(speakers('As a result, claims that the band copied the song have been dropped.')).toEqual([]);
  });
  it('"…, as well as her campaign, had maintained" and "…, as he is known …, described" still report', () => {
    expect(
      speakers(
        'Ana Lowe herself, as well as her campaign, had firmly maintained that the toll money was never touched.',
      ),
    ).toEqual([[expect.stringMatching(/campaign/)]]);
    expect(
      speakers(
        'Grandpa Tomas, as he is known by his grandchildren, described baking bread on Sundays as his favourite chore.',
      ),
    ).toEqual([['Grandpa Tomas']]);
  });
});

describe('a cue word that is a noun, and a clause that is no source', () => {
  it('"of any state", "strikes the most fear": the word after a determiner is a noun', () => {
    expect(speakers('It has the smallest lean, 1.9 points, of any state in the valley.')).toEqual([]);
    expect(
      speakers('Next comes the task that strikes the most fear into first-time sailors: docking in a crosswind.'),
    ).toEqual([]);
  });
  it('"Some fear that …" and "Most fear that …" still report', () => {
    expect(speakers('Most fear that the ferry will not sail again.')).toEqual([['Most']]);
  });
  it('"I doubt many islanders will think …", "I know plenty of you are thinking": the writer\'s own clause is no source', () => {
    expect(speakers('I doubt many islanders will think the same of the tolls.')).toEqual([]);
    expect(speakers('I know plenty of you are thinking, “The ferry will never run on time.”')).toEqual([]);
  });
});

describe('findings: "Data show", and a body or a group that closes the sentence with "found"', () => {
  it('"Data show that …", "The census data show …": data takes either form of the verb', () => {
    expect(speakers('Data show that the average wage for graduates is higher.')).toEqual([['Data']]);
    expect(speakers('The census data show rents rose 12 percent.')).toEqual([['The census data']]);
  });
  it('"…, the Harlow Institute found.", "…, researchers found, but …": the finding is theirs', () => {
    expect(speakers('Rents rose 12 percent last year, the Harlow Institute found.')).toEqual([['Harlow Institute']]);
    expect(speakers('Rents rose, the researchers found, but wages fell.')).toEqual([['the researchers']]);
  });
  it('"…, I find this pointless", "the first option I found", "…, finds this intriguing": no finding reported', () => {
    expect(speakers('While some like goals, I find this to be pointless.')).toEqual([]);
    expect(speakers('It was the first free option I found.')).toEqual([]);
    expect(speakers('The house was empty, I found.')).toEqual([]);
    expect(speakers('The house was empty, he found.')).toEqual([]);
    expect(speakers('The fever is caused by a germ, a germ usually found in small mammals.')).toEqual([]);
    expect(
      speakers('Ana Lowe, a psychologist in Harlow, Tarnby, and a member of the board, finds this idea intriguing.'),
    ).toEqual([]);
  });
});

describe('a person or a body that reports a figure', () => {
  it('"Tarnby police reported 906 attacks", "Marrow Bank reported a 12 percent rise", "… reported no arrests"', () => {
    expect(speakers('Last year, Tarnby police reported 906 attacks on the depots.')).toEqual([['Tarnby police']]);
    expect(speakers('Marrow Bank reported a 12 percent rise in profit.')).toEqual([['Marrow Bank']]);
    expect(speakers('The company reported a loss of $5 million for the quarter.')).toEqual([['The company']]);
    expect(speakers('Police reported no arrests late Monday.')).toEqual([['Police']]);
    expect(speakers('The survey reported 40 cases in the valley.')).toEqual([['The survey']]);
    expect(speakers('Mr. Brand reported raising about $12,000 for the pier fund over the summer.')).toEqual([
      ['Brand'],
    ]);
  });
  it('"reported the theft", "reported for duty at 6", "news reports 30 …", "its report draws on 4,000", "having reported 100 flaws": no figure of theirs', () => {
    expect(speakers('Lowe reported the theft to police.')).toEqual([]);
    expect(speakers('Earlier news reports 30 people were hurt in the blast.')).toEqual([]);
    expect(speakers('Its 2025 Harbour Trends report draws on 4,000 firms.')).toEqual([]);
    expect(speakers('She reported for duty at 6 a.m.')).toEqual([]);
    expect(speakers("I'm first on the club ranking having reported nearly 80 faults in the ferry app.")).toEqual([]);
  });
});

describe('a body described by its country is not a named body of another country', () => {
  it('"the Norwegian military" after "the U.S. military": two sources', () => {
    const result = analyzeParagraphs(
      'On Tuesday, the U.S. military reported clearing 7 drifting mines off the coast.',
      'The Norwegian military claimed it had towed 40 mines to shore.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([
      ['U.S. military', 1],
      ['Norwegian military', 1],
    ]);
  });
  it('"The German automaker" after "Kestrel Motors" is still Kestrel Motors', () => {
    const result = analyzeParagraphs('Kestrel Motors said sales fell.', 'The German automaker said it would cut jobs.');
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['Kestrel Motors', 2]]);
  });
});

describe('documents named by a gerund, and a date that is no name', () => {
  it('"…, fundraising documents show.", "Polling data show …": a gerund before a document is a noun', () => {
    expect(speakers('Brand had to lend his campaign money last month, fundraising documents show.')).toEqual([
      ['fundraising documents'],
    ]);
    expect(speakers('Polling data show Lowe ahead by 9 points.')).toEqual([['Polling data']]);
  });
  it('"according to campaign reports through Jan. 31": no source named "Jan 31"', () => {
    expect(speakers('That is according to campaign reports through Jan. 31.')).toEqual([]);
  });
  it('"Kestrel 7 reported": a station named with its number still speaks', () => {
    expect(speakers('Kestrel 7 reported that the bridge had closed.')).toEqual([['Kestrel 7']]);
  });
});

describe('a document, its maker, and how and when it came out', () => {
  it('"A study from Kestrel University published on Monday found": the maker, without how the study came out', () => {
    expect(
      speakers(
        'A study from Kestrel University published on Monday found that short naps help memory.',
        'A report from the Harlow Institute released Tuesday found that rents rose.',
        'A study by Kestrel University researchers published in the journal Sleep found that naps help.',
      ),
    ).toEqual([['Kestrel University'], ['Harlow Institute'], ['Kestrel University researchers']]);
  });
  it('"a study of cellphone use published on Monday": a document with no maker is named without its date', () => {
    expect(
      speakers(
        'Teens sleep less than they did, according to a study of cellphone use published on Monday.',
        'Rents rose by a fifth, according to a review published last week.',
      ),
    ).toEqual([['a study of cellphone use'], ['a review']]);
  });
  it('"a study published in the journal Sleep" keeps where it came out', () => {
    expect(speakers('Naps help memory, according to a study published in the journal Sleep.')).toEqual([
      ['a study published in the journal Sleep'],
    ]);
  });
  it('"the results of the newest Tarnby College poll", "Data from the census": the document speaks', () => {
    expect(
      speakers(
        'Holm is ahead by 7 points, according to the results of the newest Tarnby College poll.',
        'The findings of the Marrow Health study show that nurses work longer hours.',
        'Data from the census show that rents rose.',
        'Lowe leads, according to results of a Valley Courier poll released Wednesday.',
      ),
    ).toEqual([['Tarnby College poll'], ['Marrow Health'], ['the census'], ['Valley Courier poll']]);
  });
  it('"The results of the election", "A review of the survey": no document\'s findings, or a document of its own', () => {
    expect(
      speakers(
        'The results of the election show that voters want change.',
        'A review of the survey found that its questions were slanted.',
      ),
    ).toEqual([['The results of the election'], ['A review of the survey']]);
  });
  it('"A Harbor College poll out Monday showed", "according to a report out Tuesday": "out" is no noun', () => {
    expect(
      speakers(
        'A Harbor College poll out Monday showed that Lowe leads.',
        'Rents rose by a fifth, according to a report out Tuesday.',
      ),
    ).toEqual([['Harbor College poll'], ['a report']]);
    expect(speakers('Rents rose, according to a study from the Harlow Institute out Tuesday.')).toEqual([
      ['Harlow Institute'],
    ]);
  });
  it('"A Valley Courier poll of Tarnby released on Tuesday": where a poll asked is no sponsor', () => {
    expect(speakers('A Valley Courier poll of Tarnby released on Tuesday showed Lowe ahead.')).toEqual([
      ['Valley Courier poll'],
    ]);
  });
  it('"figures released by the ministry", "a bulletin posted by the hospital on Friday": a body in lower case made them', () => {
    expect(
      speakers(
        'Figures released by the ministry on Tuesday showed that crime fell.',
        'The patient was sitting up, according to a bulletin posted by the hospital on Friday.',
        'Data released by state regulators show that fares doubled.',
      ),
    ).toEqual([['the ministry'], ['the hospital'], ['state regulators']]);
  });
  it('"figures released by the thousands", "a study published by the journal": no maker that speaks', () => {
    expect(
      speakers(
        'Figures released by the thousands show nothing new.',
        'A study published by the journal found that naps help.',
      ),
    ).toEqual([['Figures released by the thousands'], ['A study published by the journal']]);
  });
  it('"Data on home sales show" and "Data from the ministry shows": either form of the verb', () => {
    expect(
      speakers('Data on home sales show that prices fell.', 'Data from the ministry show that rents rose.'),
    ).toEqual([['Data on home sales'], ['the ministry']]);
  });
});

describe('a document named again, and a document of its own', () => {
  it('"the census" or "the website" after a poll is no name for the poll', () => {
    expect(
      speakers(
        'A Harbor College poll found that most renters want a cap.',
        'Rents rose by a fifth in ten years, according to the census.',
        'The group has 34 members, according to the website.',
      ),
    ).toEqual([['Harbor College poll'], ['the census'], ['the website']]);
  });
  it('"the ruling" after "a legal opinion", "the report" after "a new study": one document', () => {
    expect(
      speakers(
        'A legal opinion issued on Friday said the ban was unlawful.',
        'The ban must end by March, the ruling said.',
      ),
    ).toEqual([['A legal opinion'], ['A legal opinion']]);
    expect(speakers('A new study found that ferries run late.', 'The report says the boats are too old.')).toEqual([
      ['A new study'],
      ['A new study'],
    ]);
  });
});
