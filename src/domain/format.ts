/** Every number the app shows is formatted here, in en-GB, and nowhere else. */
export type Unit =
  'percent' | 'rate-per-10k' | 'days' | 'working-days' | 'count' | 'score' | 'currency';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(
  decimals: number,
  style: 'decimal' | 'currency' = 'decimal',
): Intl.NumberFormat {
  const key = `${style}:${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style,
      ...(style === 'currency' ? { currency: 'GBP' } : {}),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, format);
  }
  return format;
}

/** Formats a number with its unit, e.g. `88.0%`, `45.5 per 10,000`, `£1,234`. */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  switch (unit) {
    case 'percent':
      return `${numberFormat(decimals).format(value)}%`;
    case 'rate-per-10k':
      return `${numberFormat(decimals).format(value)} per 10,000`;
    case 'days':
      return `${numberFormat(decimals).format(value)} days`;
    case 'working-days':
      return `${numberFormat(decimals).format(value)} working days`;
    case 'currency':
      return numberFormat(decimals, 'currency').format(value);
    case 'count':
    case 'score':
      return numberFormat(decimals).format(value);
  }
}
