import { todayInShanghai } from '@credit-bridge/core';

const DAY_MS = 86_400_000;
// Asia/Shanghai has kept UTC+8 without daylight saving since 1991.
const OFFSET_MS = 8 * 3_600_000;

/**
 * The platform's calendar day (Asia/Shanghai) for an instant, computed once per day: a lookup that
 * needs it (an entry with a 有效期至) pays a comparison, not a date conversion.
 */
export function createShanghaiDay(): (now: number) => string {
  let day = '';
  let from = Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  return (now) => {
    if (now < from || now >= until) {
      day = todayInShanghai(now);
      from = Math.floor((now + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
      until = from + DAY_MS;
    }
    return day;
  };
}
