// The page's JSON-LD objects, flattened (arrays and @graph), for metadata and the article decision.

export type JsonObject = { [key: string]: unknown };

/** How deep arrays and @graph may nest before we stop looking. */
const MAX_DEPTH = 4;

const ARTICLE_TYPE =
  /(?:^|[^a-z])(?:article|newsarticle|reportagenewsarticle|analysisnewsarticle|blogposting|report|liveblogposting|opinionnewsarticle)$/i;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of one JSON-LD script, flattened (arrays and @graph). */
export function parseJsonLd(raw: string): JsonObject[] {
  const found: JsonObject[] = [];
  const add = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) for (const item of value) add(item, depth + 1);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) add(value['@graph'], depth + 1);
    }
  };
  try {
    add(JSON.parse(raw), 0);
  } catch {
    // Broken JSON-LD is common (trailing commas, raw newlines in strings); the page has other cues.
  }
  return found;
}

export function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** The JSON-LD object that describes the article itself, if the page has one. */
export function jsonLdArticle(objects: readonly JsonObject[]): JsonObject | null {
  return objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type))) ?? null;
}

/** The page's own WebPage object (what a site's SEO plug-in writes beside, or instead of, an Article). */
export function jsonLdWebPage(objects: readonly JsonObject[]): JsonObject | null {
  return objects.find((object) => typesOf(object).some((type) => type.toLowerCase() === 'webpage')) ?? null;
}

/** A string field, or the `name` of an object field, or the first of an array. */
export function stringField(object: JsonObject, key: string): string | null {
  const value = object[key];
  const pick = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (isObject(v)) return typeof v.name === 'string' ? v.name.trim() || null : null;
    return null;
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = pick(item);
      if (s) return s;
    }
    return null;
  }
  return pick(value);
}

/** The name of the object a field refers to by "@id" (`"publisher": {"@id": "https://site/"}`). */
export function referencedName(objects: readonly JsonObject[], object: JsonObject, key: string): string | null {
  const value = object[key];
  const ref = isObject(value) && typeof value['@id'] === 'string' ? value['@id'] : null;
  if (!ref) return null;
  const target = objects.find((o) => o !== value && o['@id'] === ref && typeof o.name === 'string');
  return target && typeof target.name === 'string' ? target.name.trim() || null : null;
}

/** The names of the field's entries that the data types as people (`"@type": "Person"`). */
export function personNames(object: JsonObject, key: string): string[] {
  const value = object[key];
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is JsonObject => isObject(item) && typesOf(item).includes('Person'))
    .map((item) => item.name)
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
}

/** Every name in a field that may hold one person, an array of persons, or plain strings. */
export function namesField(object: JsonObject, key: string): string[] {
  const value = object[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) names.push(item.trim());
    else if (isObject(item) && typeof item.name === 'string' && item.name.trim()) names.push(item.name.trim());
  }
  return names;
}
