// Large pages that are not articles, generated (the same on every run): the shape of the pages a reader keeps open
// all day (a webmail inbox of many rows, a chat of many messages), where the cheap gate reads thousands of elements. tests/fixtures/
// not-articles holds small hand-written pages; scripts/bench-browser.ts measures these beside them and
// tests/page/gate.test.ts checks the gate lets them by.

/** A webmail inbox: folders, then `rows` messages of sender, subject, a short preview and a time. */
export function largeInbox(rows: number): string {
  const folders = Array.from({ length: 40 }, (_, i) => `<li><a href="/folder/${i}">Folder ${i + 1}</a></li>`).join('');
  const messages = Array.from({ length: rows }, (_, i) => {
    const minute = String(i % 60).padStart(2, '0');
    return (
      `<tr><td><input type="checkbox" aria-label="Select"></td><td>Sender ${i + 1}</td>` +
      `<td><a href="/message/${i}">Re: plans for week ${(i % 52) + 1} – draft ${i + 1}</a> ` +
      `<span class="preview">Thanks, see the notes attached.</span></td><td><time>09:${minute}</time></td></tr>`
    );
  }).join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (1,204) – Mail</title></head><body>' +
    `<header><input type="search" placeholder="Search mail"></header><nav><ul>${folders}</ul></nav>` +
    `<main><table class="messages"><tbody>${messages}</tbody></table></main></body></html>`
  );
}

/** A chat or feed app built of <div>s and <span>s only: `messages` short messages, each with a name and a time. */
export function largeChat(messages: number): string {
  const items = Array.from({ length: messages }, (_, i) => {
    const minute = String(i % 60).padStart(2, '0');
    return (
      `<div class="message"><div class="meta"><span class="name">Member ${(i % 40) + 1}</span>` +
      `<span class="time">10:${minute}</span></div><div class="text"><span>Sounds good, message ${i + 1} – see you at ` +
      `the stand later</span></div><div class="actions"><span role="button">Reply</span><span role="button">Like</span></div></div>`
    );
  }).join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>#general – Chat</title></head><body>' +
    `<div id="app"><div class="sidebar"><div class="channel">#general</div><div class="channel">#random</div></div>` +
    `<div class="timeline">${items}</div><div class="composer"><div contenteditable="true"></div></div></div></body></html>`
  );
}

/** The large pages that are not articles, by name. */
export const LARGE_NOT_ARTICLES: ReadonlyArray<{ id: string; html: () => string }> = [
  { id: 'large-inbox-1500', html: () => largeInbox(1_500) },
  { id: 'large-chat-1500', html: () => largeChat(1_500) },
];
