/** Words just before or after a sum that make it something other than a deal's price. */
export const NOT_DEAL_MONEY_BEFORE = /\b(valu(?:ed|ation|ing)|worth|revenues?|sales|run[- ]rate|market|gmv|turnover|total(?:ling)?|to date|so far|bringing|bring|brings|share price|price of|priced at|prices?|losses?|loss of|profits?|income|earnings|costs?|cost of|tax|fine[ds]?|settlement|pay|paid|salary|budget|capex|volumes?|processed|deficit|debt of|cash of|reserves|assets|aum|under management|payments|orders?|contract|synergies|savings|price target|target of|cap of|capitalization|capitalisation|growth|grew|up from|down from|compared with|versus|expects?|expected|forecast|projected|estimated at|estimates?|topped|exceeded|reached|lowered|generated|over the past|in total|greenshoe|corpus of|size of)\b[^$€£¥₹]{0,25}$/;
export const NOT_DEAL_MONEY_AFTER = /^[^.;]{0,12}\b(valuation|in (?:annual |quarterly )?(?:revenue|sales)|revenue|in losses|loss|a share|per share|market|in payments|in gmv|run rate|in total funding|in total|to date|so far|a year|per year|annually|in assets|under management|in funding to date)\b/;

/** Round names: the pattern and the name to report. */
export const ROUND_PATTERNS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/\bpre-series[- ]([a-h])\b/i, (m) => `Pre-Series ${m[1]!.toUpperCase()}`],
  [/\bseries[- ]([a-h])(\d|\+)?(?![\w-])/i, (m) => `Series ${m[1]!.toUpperCase()}`],
  [/\bpre-seed\b/i, 'Pre-Seed'],
  [/\bseed(?:[- ]stage|[- ]round|[- ]funding|[- ]investment|[- ]financing| capital)\b/i, 'Seed'],
  [/\bangel (?:round|funding|investment|investors?|financing)\b/i, 'Angel'],
  [/\bbridge (?:round|funding|financing|loan)\b/i, 'Bridge'],
  [/\b(?:venture )?debt (?:round|funding|financing|facility)\b|\bin debt\b/i, 'Debt'],
  [/\bgrants?\b/i, 'Grant'],
];

/** Words that make a deal reported rather than stated. */
export const REPORTED = /\b(reportedly|according to (?:people|sources|a report|reports|media|bloomberg|reuters|the )|sources (?:said|say|familiar)|people familiar|is said to|are said to|rumou?red|report(?:ed|s)? that)\b/;
/** Words that make it a plan. */
export const PLANNED = /\b(plans? to|planning to|is considering|considering|mulling|weighing|explor(?:es|ing)|looking to|in talks|in discussions|could|may|might|would|intends? to|aims? to|seeks? to|seeking to|preparing to|prepares to|expected to|is set to|will|bourse-bound|ipo-bound|hopes? to)\b/;
/** Words that make it announced but not completed. */
export const ANNOUNCED = /\b(agreed|agrees|to acquire|to buy|to merge|announced|announces|signed|signs|has agreed|will acquire|pending|subject to|expected to close|is expected to|deal is expected)\b/;
