/**
 * Context cues for currency forms that stand for more than one currency ("¥", "pesos", "Rs", "crowns").
 * A form names its group in the lexicon (`cues`); the cue nearest to the amount, within a window of text
 * around it, picks the code; with no cue in the window the form's own code stands.
 * `pattern` is a case-sensitive regular-expression source matched at word boundaries.
 */
export const currencyCues: Readonly<Record<string, readonly { pattern: string; code: string }[]>> = {
  'yen-yuan': [
    { pattern: 'yuan|Yuan|RMB|renminbi|Renminbi|Chin(?:a|ese)|CNY|Beijing|Shanghai|Shenzhen', code: 'CNY' },
    { pattern: 'yen|Yen|Japan(?:ese)?|JPY|Tokyo|Osaka', code: 'JPY' },
  ],
  rupee: [
    { pattern: 'Pakistan(?:i)?|Karachi|Lahore|Islamabad|PKR', code: 'PKR' },
    { pattern: 'India(?:n)?|Mumbai|Delhi|Bengaluru|Bangalore|crore|lakh|INR', code: 'INR' },
  ],
  peso: [
    { pattern: 'Philippines?|Philippine|Filipino|Manila|PHP', code: 'PHP' },
    { pattern: 'Mexic(?:o|an)|MXN', code: 'MXN' },
    { pattern: 'Argentin(?:a|e|ian)|Buenos Aires|ARS', code: 'ARS' },
    { pattern: 'Chile(?:an)?|Santiago|CLP', code: 'CLP' },
    { pattern: 'Colombia(?:n)?|Bogot[aá]|COP', code: 'COP' },
  ],
  crown: [
    { pattern: 'Swed(?:en|ish)|Stockholm|SEK', code: 'SEK' },
    { pattern: 'Norw(?:ay|egian)|Oslo|NOK', code: 'NOK' },
    { pattern: 'Denmark|Danish|Copenhagen|DKK', code: 'DKK' },
    { pattern: 'Czech|Prague|CZK', code: 'CZK' },
  ],
  pound: [
    { pattern: 'Egypt(?:ian)?|Cairo|EGP', code: 'EGP' },
  ],
  riyal: [
    { pattern: 'Qatar(?:i)?|Doha|QAR', code: 'QAR' },
    { pattern: 'Saudi|Riyadh|SAR', code: 'SAR' },
  ],
};
