/** Calendar words and periods: never organisations. */
export const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'christmas',
  'easter', 'ramadan', 'diwali', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'year', 'quarter', 'week', 'day',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'evening', 'night', 'tonight', 'weekend',
]);
