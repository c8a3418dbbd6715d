/**
 * A header as words, for matching by meaning rather than by spelling: Salesforce's custom-field
 * suffix `__c` and relationship suffix `__r` dropped, dotted relationship names split
 * (`Owner.External_Id__c` -> owner, external, id), camelCase, snake_case, SCREAMING_CASE and
 * punctuation split, lower case. `Est. Close Date` -> est, close, date.
 */

export interface HeaderWords {
  /** The header with `__c` / `__r` dropped (`StageName__c` -> `StageName`), trimmed. */
  plain: string;
  /** Lower-case words in order. */
  words: string[];
  /** True when a Salesforce custom-field suffix was dropped. */
  custom: boolean;
  /** The part before the first dot of a relationship name (`Owner` of `Owner.Name`), lower case; null when none. */
  relation: string | null;
}

const CUSTOM = /__[cr](?=$|\.)/gi;
const SPLIT = /[^\p{L}\p{N}]+/u;

export function headerWords(header: string): HeaderWords {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  const plain = trimmed.replace(CUSTOM, '');
  const custom = plain !== trimmed;
  const dot = plain.indexOf('.');
  const relation = dot > 0 && dot < plain.length - 1 && !/\s/.test(plain.slice(0, dot)) ? plain.slice(0, dot).toLowerCase() : null;
  const words = plain
    // camelCase and acronym boundaries: DateTimeCreated -> Date Time Created, UserID -> User ID
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(SPLIT)
    .filter((w) => w !== '');
  return { plain, words, custom, relation };
}
