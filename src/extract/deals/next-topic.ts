import type { SentenceContext } from './sentence-context.js';

/** A name governed by a preposition or a list verb is an object, not what the sentence is about. */
const OBJECT_BEFORE = /\b(?:by|from|with|of|to|in|at|for|on|as|like|than|against|an?|includ(?:e|es|ed|ing)|such as)\s+(?:\S+\s+){0,2}$/;
/** "It raised ... from X", "the company said ...": the sentence's subject is a pronoun for the current topic. */
const PRONOUN_SUBJECT = /(?:^\W*|[,;]\s*)(?:its|it|their|they|the (?:company|startup|firm))\b/;
/** "Other participants in that round included X, Y": a list of investors, not a new topic. */
const INVESTOR_LIST = /\b(?:investors|participants|backers|shareholders)\b[^.]{0,40}\b(?:include|included|including|were|are)\b/;

/**
 * What "the company" in the next sentence most likely refers to: the article's main company if named here, else the
 * first name that is not an object; a sentence whose subject is a pronoun, or that lists investors, keeps the topic.
 */
export function nextTopic(s: SentenceContext, primary: number | null, topic: number | null): number {
  if (primary !== null && s.mentions.some((m) => m.company === primary)) return primary;
  const first = s.mentions[0]!;
  if (topic !== null && (PRONOUN_SUBJECT.test(s.lower.slice(0, first.start - s.start)) || INVESTOR_LIST.test(s.lower))) return topic;
  let objectList = false;
  let previousEnd = s.start;
  const free = s.mentions.filter((m) => {
    const before = s.full.slice(Math.max(s.start, m.start - 30), m.start);
    const listed = objectList && /^\s*(?:,|and|&)\s*(?:and\s+)?$/.test(s.full.slice(previousEnd, m.start));
    objectList = OBJECT_BEFORE.test(before) || listed;
    previousEnd = m.end;
    return !objectList;
  });
  return (free[0] ?? first).company;
}
