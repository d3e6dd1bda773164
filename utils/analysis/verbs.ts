// The verbs that attribute: one entry per verb, with what it reports (speech, belief, intention, stance), what
// must come with it for it to attribute, and how it may be used (inverted after a quote, with a hearer). The
// attribution grammar (attribution.ts) reads these flags; it holds no verb list of its own.
import type { AttributionKind } from './types';

/**
 * What a verb needs before it attributes anything:
 * - 'nothing': attributes by itself ("X said", "X believes", "X criticized the plan");
 * - 'clause': a reported clause after it ("noted that", "added:", "agreed that"), or a trailing cue (", he added");
 * - 'to-or-that': "to", "that" or "on" after it ("plans to run", "decided that");
 * - 'document-subject': data or a document as its subject ("the data shows", "the survey found");
 * - 'for-or-quote': "for"/"on", a quote, or an object and what it is called ("called for", "called it 'a farce'");
 * - 'as-or-quote': "as" or a quote after it, or a trailing cue ("described the plan as a disaster");
 * - 'clause-or-to': a reported clause or "to" ("hopes that it passes", "hopes to win");
 * - 'about-or-of': what it is about after it ("spoke about the war", "spoke highly of her");
 * - 'as': an object and "as" what it is held to be ("sees the vote as a warning", "saw him as a rival").
 */
export type VerbNeeds =
  | 'nothing'
  | 'clause'
  | 'to-or-that'
  | 'document-subject'
  | 'for-or-quote'
  | 'as-or-quote'
  | 'about-or-of'
  | 'clause-or-to'
  | 'as';

export interface VerbEntry {
  /** Base form; a phrasal verb inflects its first word ("point out" -> "pointed out"). */
  base: string;
  /** What the source does: speaks, believes, intends, or takes a stance. */
  kind: AttributionKind;
  needs: VerbNeeds;
  /** May come before its subject after a quote or a comma: "'...,' said Tomas Reed"; 'inflected': only its -s
   * and past forms ("…, states the report"; "…, state officials" is a noun phrase). */
  invertible?: true | 'inflected';
  /** Takes the hearer as its object, who is not the source: "told Reuters", "told state-owned Vellmark TV". */
  hearer?: true;
  /** May take its hearer before the reported clause: "asked residents to save water", "asked Lee whether". */
  object?: true;
  /** Takes a stance only with a person or a body as its subject: "Demographics favor Clinton" and "Low rates
   * encouraged borrowing" are no one's stance. */
  agent?: true;
  /** Attributes with a plain object too when a person or a group is its subject, who tells about that object
   * ("Lee described the meeting", "the mayor cited three causes"; not "The report described the damage"). */
  speakerObject?: true;
  /** A verb that wants its clause, but whose person or body speaks with a plain object too beside another cue of
   * the sentence ("when a pediatrician reported high lead levels, the state admitted ...", "Lee asked the court for
   * help after ..."); alone it reports nothing. */
  besideObject?: true;
  /** A verb that wants its clause but attributes with an object and "as" what it is held to be too ("assessed that
   * the risk was low", "assess the flaws as minor"). */
  orAs?: true;
  /** A stance toward what "with" names, where the verb wants its clause ("Many agreed with the plan", "Lowe
   * disagreed with him"). */
  orWith?: true;
  /** Reports only a clause opened by "that", a colon or a quote, or as a trailing cue after a quote ("charged
   * that"; "fuel charges when", "charge by the night" report nothing). */
  thatOnly?: true;
  /** Inflected forms, where the regular rules get them wrong ("said", "wrote", "begged"). */
  forms?: readonly string[];
}

/** Every attributing verb. Where two entries would share a form, the earlier one wins. */
export const VERBS: readonly VerbEntry[] = [
  // Speech: attribute by themselves ("X said", "X told Reuters", "X warned").
  { base: 'say', kind: 'speech', needs: 'nothing', invertible: true, forms: ['says', 'said', 'saying'] },
  {
    base: 'tell',
    kind: 'speech',
    needs: 'nothing',
    invertible: true,
    hearer: true,
    forms: ['tells', 'told', 'telling'],
  },
  { base: 'warn', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'caution', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'explain', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'insist', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'argue', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'recall', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'reply', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'declare', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'stress', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'emphasize', kind: 'speech', needs: 'nothing' },
  { base: 'emphasise', kind: 'speech', needs: 'nothing' },
  { base: 'acknowledge', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'concede', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'admit', kind: 'speech', needs: 'nothing', forms: ['admits', 'admitted', 'admitting'] },
  { base: 'testify', kind: 'speech', needs: 'nothing', forms: ['testifies', 'testified', 'testifying'] },
  // "'Debate recap,' tweeted Alex Conant": posted words are quoted like spoken ones.
  { base: 'tweet', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'complain', kind: 'speech', needs: 'nothing' },
  { base: 'reiterate', kind: 'speech', needs: 'nothing' },
  {
    base: 'write',
    kind: 'speech',
    needs: 'nothing',
    invertible: true,
    forms: ['writes', 'wrote', 'written', 'writing'],
  },
  { base: 'contend', kind: 'speech', needs: 'nothing' },
  { base: 'assert', kind: 'speech', needs: 'nothing' },
  { base: 'allege', kind: 'speech', needs: 'nothing' },
  { base: 'predict', kind: 'speech', needs: 'nothing' },
  { base: 'vow', kind: 'speech', needs: 'nothing' },
  { base: 'not to lose sight of', kind: 'speech', needs: 'nothing' },
  // Pleas: "She begged councillors 'not to lose sight of' ..." ("pleaded guilty" is no plea of this kind).
  { base: 'beg', kind: 'speech', needs: 'nothing', forms: ['begs', 'begged', 'begging'] },
  { base: 'implore', kind: 'speech', needs: 'nothing' },
  // Manner of speaking: "she assured voters", "he retorted", "Smith confessed", "she lamented".
  { base: 'assure', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'retort', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'confess', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'quip', kind: 'speech', needs: 'nothing', invertible: true, forms: ['quips', 'quipped', 'quipping'] },
  { base: 'joke', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'boast', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'brag', kind: 'speech', needs: 'nothing', forms: ['brags', 'bragged', 'bragging'] },
  { base: 'lament', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'muse', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'recount', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'shout', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'yell', kind: 'speech', needs: 'nothing' },
  { base: 'scream', kind: 'speech', needs: 'nothing' },
  { base: 'whisper', kind: 'speech', needs: 'nothing' },
  { base: 'exclaim', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'interject', kind: 'speech', needs: 'nothing' },
  // "Ortiz shot back, 'I chose to work'", "he fired back: ...": a reply before its words ("the police fired back at
  // the gunmen", "shares shot back up" report nothing).
  {
    base: 'shoot back',
    kind: 'speech',
    needs: 'clause',
    invertible: true,
    agent: true,
    forms: ['shoots back', 'shot back', 'shooting back'],
  },
  { base: 'fire back', kind: 'speech', needs: 'clause', invertible: true, agent: true },
  { base: 'opine', kind: 'speech', needs: 'nothing' },
  { base: 'proclaim', kind: 'speech', needs: 'nothing' },
  { base: 'affirm', kind: 'speech', needs: 'nothing' },
  { base: 'reaffirm', kind: 'speech', needs: 'nothing' },
  { base: 'speculate', kind: 'speech', needs: 'nothing' },
  { base: 'theorize', kind: 'speech', needs: 'nothing' },
  { base: 'theorise', kind: 'speech', needs: 'nothing' },
  { base: 'gripe', kind: 'speech', needs: 'nothing' },
  { base: 'grumble', kind: 'speech', needs: 'nothing' },
  { base: 'remind', kind: 'speech', needs: 'nothing' },
  { base: 'echo', kind: 'speech', needs: 'nothing', forms: ['echoes', 'echoed', 'echoing'] },
  // Speech only before a clause ("noted that", "added:") or as a trailing cue (", he added."): "the company
  // added 500 jobs" and "the group claimed responsibility" are not attributions.
  { base: 'add', kind: 'speech', needs: 'clause', invertible: true },
  // "noted the shortfall": noting something is saying it, with or without "that".
  { base: 'note', kind: 'speech', needs: 'nothing', invertible: true },
  { base: 'state', kind: 'speech', needs: 'clause', invertible: 'inflected', besideObject: true },
  // "..., reports USA Today.": a paper's report after the words it carried, like "said".
  { base: 'report', kind: 'speech', needs: 'clause', invertible: true, besideObject: true },
  { base: 'claim', kind: 'speech', needs: 'clause', besideObject: true },
  { base: 'observe', kind: 'speech', needs: 'clause', invertible: true },
  { base: 'conclude', kind: 'speech', needs: 'clause' },
  { base: 'continue', kind: 'speech', needs: 'clause', invertible: true },
  { base: 'maintain', kind: 'speech', needs: 'clause' },
  { base: 'remark', kind: 'speech', needs: 'clause', besideObject: true },
  // Phrasal: "Ana Lowe ... pointed out that this is a harbour-wide problem".
  { base: 'point out', kind: 'speech', needs: 'nothing' },
  // "Activists point to a number of factors", "He pointed to the polls".
  { base: 'point to', kind: 'speech', needs: 'nothing' },
  { base: 'clarify', kind: 'speech', needs: 'clause', forms: ['clarifies', 'clarified', 'clarifying'] },
  // "She spoke about the war", "he spoke favorably of the plan": speaking is reporting when it has a topic.
  {
    base: 'speak',
    kind: 'speech',
    needs: 'about-or-of',
    forms: ['speaks', 'spoke', 'spoken', 'speaking'],
  },
  // "She talked about the war", "he talks of reform", "talked with aides about the vote": talk with a topic reports
  // what was said, as "spoke about" does ("talks" and "the talk" alone are no report).
  { base: 'talk', kind: 'speech', needs: 'about-or-of', agent: true },
  // "Cruz talked up his plan": promoting something is a position on it.
  { base: 'talk up', kind: 'stance', needs: 'nothing' },
  // "The two leaders discussed the treaty", "she referred to the ruling", "he referenced the memo": speech about a
  // topic, by a person or a body ("The report discusses ..." is a document's content, found by its own verbs).
  { base: 'discuss', kind: 'speech', needs: 'nothing', agent: true },
  {
    base: 'refer to',
    kind: 'speech',
    needs: 'nothing',
    agent: true,
    forms: ['refers to', 'referred to', 'referring to'],
  },
  { base: 'reference', kind: 'speech', needs: 'nothing', agent: true },
  // "asked whether", "responded that", "countered:" — with a plain object ("answered questions", "charged with
  // murder") they report nothing.
  { base: 'ask', kind: 'speech', needs: 'clause', invertible: true, object: true },
  { base: 'respond', kind: 'speech', needs: 'clause', invertible: true, besideObject: true },
  { base: 'answer', kind: 'speech', needs: 'clause' },
  { base: 'counter', kind: 'speech', needs: 'clause', invertible: true },
  { base: 'charge', kind: 'speech', needs: 'clause', thatOnly: true },
  { base: 'mention', kind: 'speech', needs: 'nothing' },
  { base: 'comment', kind: 'speech', needs: 'clause', invertible: true, besideObject: true },
  { base: 'repeat', kind: 'speech', needs: 'clause', besideObject: true },
  { base: 'object', kind: 'speech', needs: 'clause' },
  { base: 'protest', kind: 'speech', needs: 'clause', besideObject: true },
  { base: 'reason', kind: 'speech', needs: 'clause' },
  { base: 'post', kind: 'speech', needs: 'clause' },
  { base: 'hint', kind: 'speech', needs: 'clause' },
  { base: 'signal', kind: 'speech', needs: 'clause' },
  { base: 'inform', kind: 'speech', needs: 'clause' },
  { base: 'swear', kind: 'speech', needs: 'clause', forms: ['swears', 'swore', 'sworn', 'swearing'] },
  { base: 'plead', kind: 'speech', needs: 'clause', forms: ['pleads', 'pleaded', 'pled', 'pleading'] },
  // Beliefs: opinion and estimates ("The Tarnby Institute estimates", "Chilean officials believe").
  { base: 'believe', kind: 'belief', needs: 'nothing' },
  { base: 'think', kind: 'belief', needs: 'nothing', forms: ['thinks', 'thought', 'thinking'] },
  { base: 'estimate', kind: 'belief', needs: 'nothing' },
  { base: 'expect', kind: 'belief', needs: 'nothing' },
  { base: 'fear', kind: 'belief', needs: 'nothing' },
  { base: 'suspect', kind: 'belief', needs: 'nothing' },
  // ("assessed that the risk was low", "assess the flaws as minor"; "doctors are assessing the player" assesses no
  // claim)
  { base: 'assess', kind: 'belief', needs: 'clause', orAs: true },
  { base: 'forecast', kind: 'belief', needs: 'nothing', forms: ['forecasts', 'forecast', 'forecasting'] },
  { base: 'project', kind: 'belief', needs: 'nothing' },
  // "They worry Tarnby is losing its ferries".
  { base: 'worry', kind: 'belief', needs: 'nothing' },
  // Beliefs only before a clause ("knows that", "agreed that", "wondered whether") or as a trailing cue: "she
  // knows the city" and "they agreed a deal" attribute nothing.
  { base: 'know', kind: 'belief', needs: 'clause', forms: ['knows', 'knew', 'known', 'knowing'] },
  { base: 'feel', kind: 'belief', needs: 'clause', forms: ['feels', 'felt', 'feeling'] },
  { base: 'understand', kind: 'belief', needs: 'clause', forms: ['understands', 'understood', 'understanding'] },
  { base: 'realize', kind: 'belief', needs: 'clause' },
  { base: 'realise', kind: 'belief', needs: 'clause' },
  { base: 'recognize', kind: 'belief', needs: 'clause' },
  { base: 'recognise', kind: 'belief', needs: 'clause' },
  // Assent, with what is agreed ("agreed that the map was unfair", "agreed to pay the fine").
  { base: 'agree', kind: 'belief', needs: 'clause-or-to', orWith: true, forms: ['agrees', 'agreed', 'agreeing'] },
  { base: 'disagree', kind: 'belief', needs: 'clause', orWith: true, forms: ['disagrees', 'disagreed', 'disagreeing'] },
  { base: 'wonder', kind: 'belief', needs: 'clause', invertible: true },
  { base: 'assume', kind: 'belief', needs: 'clause' },
  { base: 'doubt', kind: 'belief', needs: 'clause' },
  { base: 'imagine', kind: 'belief', needs: 'clause' },
  { base: 'suppose', kind: 'belief', needs: 'clause' },
  { base: 'guess', kind: 'belief', needs: 'clause' },
  { base: 'reckon', kind: 'belief', needs: 'clause' },
  { base: 'anticipate', kind: 'belief', needs: 'clause' },
  { base: 'hope', kind: 'belief', needs: 'clause-or-to' },
  // Seeing something as what it is held to be: "Farmers see the levy as a threat" ("saw the film" reports nothing;
  // "is seen as" is the passive, which names no one, so "seen" is left out). "views ... as" is not here: a
  // sentence such as "Harlow views the Tarnby ferry plan as a threat" is background, with no source of its own.
  { base: 'see', kind: 'belief', needs: 'as', forms: ['sees', 'saw', 'seeing'] },
  // Intentions: "he wants a recount", "the party seeks", "she prefers". The object is what is wanted.
  { base: 'want', kind: 'intention', needs: 'nothing' },
  { base: 'seek', kind: 'intention', needs: 'nothing', forms: ['seeks', 'sought', 'seeking'] },
  { base: 'wish', kind: 'intention', needs: 'nothing' },
  { base: 'prefer', kind: 'intention', needs: 'nothing', forms: ['prefers', 'preferred', 'preferring'] },
  { base: 'promise', kind: 'intention', needs: 'nothing' },
  { base: 'propose', kind: 'intention', needs: 'nothing' },
  // Intentions only before "to" or "that": "plans to run", "decided that", "threatened to sue" ("the plans",
  // "decided the case" are no intention).
  { base: 'plan', kind: 'intention', needs: 'to-or-that', forms: ['plans', 'planned', 'planning'] },
  { base: 'intend', kind: 'intention', needs: 'to-or-that' },
  { base: 'aim', kind: 'intention', needs: 'to-or-that' },
  { base: 'decide', kind: 'intention', needs: 'to-or-that' },
  { base: 'threaten', kind: 'intention', needs: 'to-or-that' },
  { base: 'refuse', kind: 'intention', needs: 'to-or-that' },
  { base: 'offer', kind: 'intention', needs: 'to-or-that' },
  { base: 'strive', kind: 'intention', needs: 'to-or-that' },
  { base: 'pledge', kind: 'intention', needs: 'to-or-that' },
  // Stances: a source's position on something ("criticized", "credited", "question(s)", "confirmed").
  { base: 'confirm', kind: 'stance', needs: 'nothing' },
  { base: 'deny', kind: 'stance', needs: 'nothing' },
  { base: 'announce', kind: 'stance', needs: 'nothing' },
  { base: 'criticize', kind: 'stance', needs: 'nothing' },
  { base: 'criticise', kind: 'stance', needs: 'nothing' },
  { base: 'credit', kind: 'stance', needs: 'nothing' },
  { base: 'blame', kind: 'stance', needs: 'nothing' },
  { base: 'praise', kind: 'stance', needs: 'nothing' },
  { base: 'condemn', kind: 'stance', needs: 'nothing' },
  { base: 'question', kind: 'stance', needs: 'nothing' },
  { base: 'dispute', kind: 'stance', needs: 'nothing' },
  { base: 'accuse', kind: 'stance', needs: 'nothing' },
  { base: 'urge', kind: 'stance', needs: 'nothing' },
  { base: 'disclose', kind: 'stance', needs: 'nothing' },
  { base: 'reveal', kind: 'stance', needs: 'nothing' },
  { base: 'suggest', kind: 'stance', needs: 'nothing' },
  { base: 'indicate', kind: 'stance', needs: 'nothing' },
  // "Oza attributed the rally to ...", "a point that experts highlight", "China has denounced a ruling".
  { base: 'attribute', kind: 'stance', needs: 'nothing' },
  { base: 'highlight', kind: 'stance', needs: 'nothing' },
  { base: 'denounce', kind: 'stance', needs: 'nothing' },
  { base: 'reject', kind: 'stance', needs: 'nothing' },
  // "The mayor defended the budget", "Two senators backed the plan" ("backed away", "backed down" back nothing).
  { base: 'defend', kind: 'stance', needs: 'nothing' },
  // "the union encouraged members to vote", "Most growers favor the plan".
  { base: 'encourage', kind: 'stance', needs: 'nothing', agent: true },
  { base: 'favor', kind: 'stance', needs: 'nothing', agent: true },
  { base: 'favour', kind: 'stance', needs: 'nothing', agent: true },
  { base: 'back', kind: 'stance', needs: 'nothing' },
  // Phrasal: "The port authority has ruled out a toll rise", "he raised questions about ...".
  { base: 'rule out', kind: 'stance', needs: 'nothing' },
  { base: 'raise questions', kind: 'stance', needs: 'nothing' },
  { base: 'raise concerns', kind: 'stance', needs: 'nothing' },
  { base: 'raise doubts', kind: 'stance', needs: 'nothing' },
  // Positions taken on a person or a policy: "the union endorsed Clinton", "Republicans oppose the bill".
  { base: 'support', kind: 'stance', needs: 'nothing' },
  { base: 'oppose', kind: 'stance', needs: 'nothing' },
  { base: 'endorse', kind: 'stance', needs: 'nothing' },
  { base: 'welcome', kind: 'stance', needs: 'nothing' },
  { base: 'applaud', kind: 'stance', needs: 'nothing' },
  { base: 'mock', kind: 'stance', needs: 'nothing' },
  { base: 'ridicule', kind: 'stance', needs: 'nothing' },
  { base: 'decry', kind: 'stance', needs: 'nothing' },
  { base: 'lambaste', kind: 'stance', needs: 'nothing' },
  { base: 'slam', kind: 'stance', needs: 'nothing', forms: ['slams', 'slammed', 'slamming'] },
  { base: 'blast', kind: 'stance', needs: 'nothing' },
  { base: 'bash', kind: 'stance', needs: 'nothing' },
  // Expressing a state of mind: "The minister expressed concern about ...", "Allies expressed support for ...".
  { base: 'express concern', kind: 'belief', needs: 'nothing' },
  { base: 'express doubt', kind: 'belief', needs: 'nothing' },
  { base: 'express doubts', kind: 'belief', needs: 'nothing' },
  { base: 'express hope', kind: 'belief', needs: 'nothing' },
  { base: 'express confidence', kind: 'belief', needs: 'nothing' },
  { base: 'express optimism', kind: 'belief', needs: 'nothing' },
  { base: 'express skepticism', kind: 'belief', needs: 'nothing' },
  { base: 'express frustration', kind: 'stance', needs: 'nothing' },
  { base: 'express support', kind: 'stance', needs: 'nothing' },
  { base: 'express opposition', kind: 'stance', needs: 'nothing' },
  // Any other state of mind expressed: "The minister expressed regret", "she expressed interest in the post".
  { base: 'express', kind: 'stance', needs: 'nothing' },
  { base: 'dismiss', kind: 'stance', needs: 'nothing' },
  { base: 'champion', kind: 'stance', needs: 'nothing' },
  { base: 'advocate', kind: 'stance', needs: 'nothing' },
  { base: 'fault', kind: 'stance', needs: 'nothing' },
  { base: 'hail', kind: 'stance', needs: 'nothing' },
  { base: 'tout', kind: 'stance', needs: 'nothing' },
  { base: 'disparage', kind: 'stance', needs: 'nothing' },
  { base: 'berate', kind: 'stance', needs: 'nothing' },
  { base: 'chide', kind: 'stance', needs: 'nothing' },
  { base: 'scold', kind: 'stance', needs: 'nothing' },
  { base: 'rebuke', kind: 'stance', needs: 'nothing' },
  { base: 'castigate', kind: 'stance', needs: 'nothing' },
  { base: 'assail', kind: 'stance', needs: 'nothing' },
  // "still excoriated by Democrats", "editorials railed against it".
  { base: 'excoriate', kind: 'stance', needs: 'nothing' },
  { base: 'rail against', kind: 'stance', needs: 'nothing' },
  // "firms sued by the NAACP", "the union has sued the port over the tolls": a suit takes a stance in court.
  { base: 'sue', kind: 'stance', needs: 'nothing', forms: ['sues', 'sued', 'suing'] },
  // "many voters shrugged off the decision": a stance taken by dismissing something.
  { base: 'shrug off', kind: 'stance', needs: 'nothing', forms: ['shrugs', 'shrugged', 'shrugging'] },
  // "the governor rebuffed the request", "the figures contradicted his claim".
  { base: 'rebuff', kind: 'stance', needs: 'nothing' },
  { base: 'contradict', kind: 'stance', needs: 'nothing' },
  { base: 'recommend', kind: 'stance', needs: 'nothing' },
  { base: 'lash out', kind: 'stance', needs: 'nothing' },
  { base: 'push for', kind: 'stance', needs: 'nothing' },
  {
    base: 'speak out',
    kind: 'stance',
    needs: 'nothing',
    forms: ['speaks out', 'spoke out', 'spoken out', 'speaking out'],
  },
  { base: 'weigh in', kind: 'stance', needs: 'nothing' },
  // Findings: the subject must be data or a document ("the data shows", "the survey found").
  { base: 'show', kind: 'speech', needs: 'document-subject', forms: ['shows', 'showed', 'shown', 'showing'] },
  { base: 'find', kind: 'speech', needs: 'document-subject', forms: ['finds', 'found', 'finding'] },
  // "called the plans 'a disgrace'", "called for a ceasefire": a stance only with a quote, "for"/"on", or an
  // object and what it is called.
  { base: 'call', kind: 'stance', needs: 'for-or-quote' },
  // Describing or citing something as what it is: "described the plan as a disaster", "cited the report as
  // evidence". A stance only with "as" or a quote, or as a trailing cue.
  { base: 'describe', kind: 'stance', needs: 'as-or-quote', speakerObject: true },
  { base: 'characterize', kind: 'stance', needs: 'as-or-quote' },
  { base: 'characterise', kind: 'stance', needs: 'as-or-quote' },
  { base: 'portray', kind: 'stance', needs: 'as-or-quote' },
  {
    base: 'label',
    kind: 'stance',
    needs: 'as-or-quote',
    forms: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  },
  { base: 'dub', kind: 'stance', needs: 'as-or-quote', forms: ['dubs', 'dubbed', 'dubbing'] },
  { base: 'brand', kind: 'stance', needs: 'as-or-quote' },
  { base: 'cite', kind: 'stance', needs: 'as-or-quote', speakerObject: true },
  { base: 'depict', kind: 'stance', needs: 'as-or-quote' },
];

/**
 * Adjectives after "be" that report a state of mind, with what must follow them: "The mayor is confident that
 * ...", "Farmers are worried about ...", "The council is determined to ...", "Unions are critical of ...". What the
 * source holds is a belief; what it is set on doing, an intention; what it is for or against, a stance. "sure to
 * win" and "certain to pass" are the writer's forecast, so "sure" and "certain" take no "to".
 */
export const STATE_ADJECTIVES: ReadonlyArray<{ words: readonly string[]; kind: AttributionKind; before: string }> = [
  {
    words: [
      'confident',
      'convinced',
      'sure',
      'certain',
      'unsure',
      'uncertain',
      'skeptical',
      'sceptical',
      'doubtful',
      'optimistic',
      'pessimistic',
      'hopeful',
      'worried',
      'concerned',
      'afraid',
      'fearful',
      'nervous',
      'anxious',
      'wary',
      'aware',
      'unaware',
      'adamant',
      'mindful',
      'persuaded',
      'alarmed',
    ],
    kind: 'belief',
    before: 'that|about|of|whether|over',
  },
  {
    words: ['eager', 'determined', 'willing', 'unwilling', 'reluctant', 'keen', 'prepared', 'loath', 'desperate'],
    kind: 'intention',
    before: 'to',
  },
  { words: ['critical', 'supportive', 'dismissive', 'contemptuous'], kind: 'stance', before: 'of' },
];

/**
 * Nouns of a belief, an intention or an argument that carry their content after "that" or "to", owned by a
 * possessive: "the senator's view that the tax is unfair", "Her plan to close the library"; and nouns of a stance
 * with its object after a preposition ("Lee's attacks on the press", "Hale's call for a recount"). A plural
 * takes the same ("Lee's hopes to win"); `before` lists the words that open the content.
 */
export const CUE_NOUNS: ReadonlyArray<{ words: readonly string[]; kind: AttributionKind; before: string }> = [
  {
    words: [
      'view',
      'belief',
      'hope',
      'fear',
      'conviction',
      'suspicion',
      'expectation',
      'assessment',
      'prediction',
      'opinion',
      'worry',
      'concern',
      'conclusion',
    ],
    kind: 'belief',
    before: 'that|to',
  },
  {
    words: [
      'plan',
      'promise',
      'pledge',
      'vow',
      'intention',
      'decision',
      'desire',
      'wish',
      'proposal',
      'threat',
      'refusal',
      'demand',
    ],
    kind: 'intention',
    before: 'that|to',
  },
  {
    words: ['argument', 'contention', 'claim', 'insistence', 'assertion', 'suggestion', 'announcement', 'statement'],
    kind: 'speech',
    before: 'that|to',
  },
  // "Lowe's call to drop the toll", "Brand's calls for later ferries".
  { words: ['call'], kind: 'speech', before: 'that|to|for' },
  {
    words: ['attack', 'critique', 'criticism', 'condemnation', 'denunciation', 'endorsement', 'defense', 'defence'],
    kind: 'stance',
    before: 'on|of|against',
  },
];

/** The inflected forms of a base: "warn" -> warns, warned, warning (and the base). */
function inflect(entry: { base: string; forms?: readonly string[] }): string[] {
  const { base } = entry;
  if (entry.forms) return [base, ...entry.forms];
  // A phrasal verb inflects its verb: "point out" -> "points out", "pointed out".
  const space = base.indexOf(' ');
  if (space > 0) {
    const particle = base.slice(space);
    return inflect({ base: base.slice(0, space) }).map((form) => form + particle);
  }
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

/** One written form of a verb: its entry, and whether it is the base, a finite form or the -ing form. */
export interface VerbForm {
  entry: VerbEntry;
  form: 'base' | 'finite' | 'ing';
}

/** Every form of every verb, lower case as written in running text. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = (() => {
  const map = new Map<string, VerbForm>();
  for (const entry of VERBS) {
    for (const f of inflect(entry)) {
      const verb = f.split(' ')[0] ?? f;
      const form = f === entry.base ? 'base' : verb.endsWith('ing') ? 'ing' : 'finite';
      if (!map.has(f)) map.set(f, { entry, form });
    }
  }
  return map;
})();

/** Past participles that are never a past tense ("written", "spoken", "shown"): without "have" or "be" before
 * them they are no finite verb. */
export const PARTICIPLE_ONLY_FORMS: ReadonlySet<string> = new Set(
  VERBS.flatMap((entry) => {
    const forms = entry.forms;
    return forms && forms.length === 4 && forms[2] !== forms[1] ? [forms[2] ?? ''] : [];
  }),
);
