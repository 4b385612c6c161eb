/**
 * Number words that may stand for the figure before a scale word ("a billion dollars", "two million euros").
 * A number word alone ("one dollar") is never taken as money: a scale word must follow it.
 */
export const numberWords: Readonly<Record<string, number>> = {
  'half a': 0.5,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
};
