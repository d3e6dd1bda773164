// The words the page layer reads a page by, in one place: the class and id hints that say what a block is
// (article, comments, ads, share bars, promos…), the labels a page prints over a slot or a line ("Advertisement",
// "Updated 10:02", "By …", "© …"), and the link endpoints of share bars. Extraction (extract.ts) and the clutter
// finder (clutter.ts) read the same markup; their lists live here so that one word is added once, and the
// two cannot drift apart (the ad label did: one knew "pubblicità", the other "paid content").
import type { ClutterKind } from '../analysis/types';

/**
 * The alternation as whole words of a class list, id, role or aria-label: bounded by the start, the end, a space,
 * "_" or "-" ("article-body" holds "body", "nobody" does not).
 */
export function hintToken(words: string): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`);
}

// --- Extraction: which containers may hold the article (after Readability's class weights) ---

/** class/id words of page furniture: a container so named scores lower (Readability's negative family). */
export const NEGATIVE_HINT = hintToken(
  'banner|combx|comments?|com|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor(?:ed)?|shopping|tags?|widget|taboola|newsletter|subscribe|recommended|trending|popular',
);
/** class/id words of a story's body: a container so named scores higher (Readability's positive family). */
export const POSITIVE_HINT = hintToken(
  'article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody|article-body|story-body',
);
/**
 * Containers that never hold the article (Readability's "unlikely candidates"), matched anywhere in the class
 * and id, as Readability does; their text does not vote.
 */
export const UNLIKELY_HINT =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment(?!ary|ator)|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|taboola|outbrain/;
/**
 * Reader comments ("commentaires" too; not a columnist's "commentary", nor a "commentator"): never the article,
 * also in the second pass that drops the other hints (a short blog post under a long thread of comments, Dragnet
 * pages, lost its body to the thread).
 */
export const COMMENT_HINT = /comment(?!ary|ator)|disqus|replies/;
/** ...unless they also say they are content (Readability's "maybe candidate" words). */
export const MAYBE_CONTENT_HINT = /and|article|body|column|content|main|mathjax|shadow/;
/**
 * Inside the body, subtrees that hold no prose: share bars, related links, ad slots, bylines, captions, and
 * call-to-action boxes ("cta": a product pitch set between a blog post's paragraphs, 2026 set).
 */
export const EXCLUDED_HINT = hintToken(
  'share|sharing|social|related|trending|most-read|mostread|popular|swiper|carousel|newsletter|promo|ad|ads|advert|advertisement|adslot|dfp|sponsor(?:ed)?|comments?|caption|credit|byline|author|dateline|timestamp|tags?|breadcrumbs?|sidebar|widget|subscribe|recommended|outbrain|taboola|toolbar|more-stories|read-more|signup|paywall|inline-related|cta',
);
/**
 * A thread of readers' comments or its reply box, as whole words (WordPress's "comments", "commentlist" apart,
 * "respond"; "commenting-guidelines" names no thread): never the story, whatever share of a body it holds.
 */
export const COMMENT_BOX_HINT = hintToken('comments?|disqus|replies|respond');
/** A box of other stories set inside a story's container (a promo, a slideshow, "related"): never the story. */
export const OTHER_STORIES_BOX_HINT = hintToken(
  'promo|related|slideshow|carousel|outbrain|taboola|recommended|more-stories',
);
/** Captions and photo credits hide inside compound class names ("InlineImage-imageEmbedCaption", page 374ac9a59a85). */
export const CAPTION_HINT = /caption|credit/;

// --- Clutter: what the strip offers to hide ---

/** Readers' comments, as whole words of class, id, role and aria-label (WordPress's "comment-author vcard"). */
export const COMMENTS_HINT = hintToken('comments?|disqus|discussion|respond|replies|comment-section');
/** Markup hints per clutter kind, matched as whole words of class, id, role and aria-label. Checked in this order. */
export const CLUTTER_HINTS: ReadonlyArray<readonly [ClutterKind, RegExp]> = [
  ['ad', hintToken('ad|ads|advert|adverts|advertisement|adslot|adunit|dfp|gpt|sponsored|sponsor|ad-slot|ad-container')],
  ['share', hintToken('share|sharing|social|sharebar|addthis|sharethis|share-tools|social-share')],
  ['newsletter', hintToken('newsletter|newsletters|signup|sign-up|subscribe|subscription|optin')],
  ['comments', COMMENTS_HINT],
  [
    'related',
    hintToken(
      'related|more-stories|recommended|recommendations|read-more|readmore|also-read|trending|most-read|mostread|popular|outbrain|taboola|more-from|inline-teaser|teaser|related-articles',
    ),
  ],
  ['promo', hintToken('promo|promotion|cta|upsell|paywall')],
];
/** Site chrome, not clutter a reader hides: menus are lists of links too. */
export const CHROME_HINT = hintToken('menu|menus|nav|navbar|navigation|breadcrumbs?|masthead');
/** Share endpoints: links to these make a share bar. */
export const SHARE_LINK =
  /facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|wa\.me|whatsapp|mailto:\?|\/share\/(?:facebook|twitter|x|linkedin|email|whatsapp)/i;

// --- Labels: lines a page prints that are not the story's text ---

/**
 * The words a slot prints where an ad was (or will be) inserted, grouped by language. Extraction leaves such a
 * line out of the body; the clutter finder lists the box around it as an ad.
 */
export const AD_LABEL = new RegExp(
  `^(?:${[
    // English
    'advert|advertisement|advertising|ad|ads|sponsored|sponsored content|paid content',
    // German, Spanish, French, Italian, Polish
    'anzeige|werbung|publicidad|publicité|pubblicità|reklama',
    // Arabic: advertisement, advertisements
    'إعلان|إعلانات',
  ].join('|')})$`,
  'i',
);
/**
 * A call to action addressed to the reader, opening a line: "Try our route planner", "Get the evening digest in
 * your inbox", "Sign up for our newsletter", "اشترك في النشرة". In English the line must also speak to the reader
 * ("our", "your", "you") unless its verb only ever pitches (subscribe, sign up, download, donate, register).
 */
/** A picture's credit: "Ana Lowe | Harbour Images", "Photo: Ivo Brand", "Kestrel via Getty Images". */
export const PHOTO_CREDIT =
  /\b(?:photos?|photograph(?:er|y)?|images?|pictures?|credit|getty|shutterstock|alamy|istock)\b/i;

/** A prompt to follow the site on a social network: "Like Harbor News on Facebook", "Follow us on X". */
export const SOCIAL_PROMPT =
  /^(?:like|follow|join|add|find)\b.{0,60}\bon\s+(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp)\b/i;

export const CALL_TO_ACTION = new RegExp(
  `^(?:(?:${[
    // English
    'try|get|join|install|listen to|watch|support|become|upgrade|unlock|start|discover|create|enjoy|want|like|love|never miss|don.t miss|stay',
  ].join('|')})\\b(?=.*\\b(?:our|your|you|us)\\b)|(?:subscribe|sign up|download|donate|register)\\b|` +
    // Arabic: try, subscribe, download, follow us, register, join, get
    `(?:جرب|جرّب|اشترك|اشتركوا|حمل|حمّل|نزّل|تابعنا|تابعونا|سجل|سجّل|انضم|احصل)(?=\\s))`,
  'iu',
);
/** A pitch that offers a newsletter rather than a product. */
export const NEWSLETTER_PITCH = /newsletter|inbox|briefing|digest|e-?mail|النشرة|بريدك/iu;
/** A metadata line: "Updated 1:39 am EST, Wednesday, November 20, 2019", "Published 10:02". */
export const TIMESTAMP_LINE =
  /^(?:updated|published|posted|last updated|first published|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)\b.{0,60}\d.{0,40}$/i;
/** "By A, B and C" in any of the languages of the seeds. */
export const BYLINE = /^(?:by|von|par|por|door|di|bởi|بقلم|كتب|كتبت)\s/i;
/** The line that closes a wire story or a page: "© Thomson Reuters 2025.", "Copyright 2025 The AP." */
export const END_LINE = /^(?:©|\(c\)|copyright\b|all rights reserved)/i;
/** A wire dateline at the start of a story: "WASHINGTON (AP) --", "LONDON (Reuters) -". */
export const WIRE_DATELINE =
  /^[^()]{0,60}\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|Xinhua|CP|AAP|ANI|IANS|AA|TASS|Interfax|Bernama|رويترز|أ\s*ف\s*ب|أ\s*ب|فرانس\s*برس|أسوشيتد\s*برس)\)\s*(?:[-–—]{1,2}|:)/;

/**
 * A relative time where a source line would print a date ("an hour ago", "منذ ساعة"): aggregators show the
 * wire and the time since it was posted above the story.
 */
export const RELATIVE_TIME =
  /^(?:(?:an?|\d+)\s+(?:minute|hour|day|week)s?\s+ago|just now|yesterday|today|منذ\s.{1,20}|أمس|اليوم)$/i;
