/**
 * A group's list of brands and units says, in brackets, when it does not own one: a licence, a
 * franchise, a spin-off or sale already done, or a holding below half. Such a unit gets no owner
 * from that list (its card would name the licensee as owner: Coty for Calvin Klein).
 */
import { describe, expect, it } from 'vitest';
import { onlyAStake } from '../../../lib/facts/build/relations';

describe('onlyAStake', () => {
  it('reads licences, franchises, completed spin-offs and sales as no ownership', () => {
    for (const d of ['(fragrance licence)', '(Portugal licence)', '(franchise)', '(French master franchise)', '(former Automotive division, spun off and listed in Frankfurt in 2025)', '(spun off 2007)', '(sold 2020)', '(about 10% stake)']) expect(onlyAStake(d), d).toBe(true);
  });

  it('reads a first share below half as a stake, unless another party holds it', () => {
    for (const d of ['(29.02%)', '(26% of capital, 47% of votes, 2017)', '(Mediaset, 22.9%)', '(just over 29%, 2023)', '(agricultural business; Glencore 49.99%, CPP Investments 39.9%)']) expect(onlyAStake(d), d).toBe(true);
    for (const d of ['(50.1% after the 2024 reorganisation)', '(51%)', '(MAN Truck & Bus holds 49%)', "(Tencent holds a 26.32% economic interest)", '(formerly EQUITA K Finance; remaining 30% bought in 2024)']) expect(onlyAStake(d), d).toBe(false);
  });

  it('keeps a unit whose sale or spin-off is still to come, a regulator licence and a franchise network', () => {
    for (const d of ['(agreed in October 2025 to be sold to SoftBank Group)', '(to be spun off and listed on Nasdaq Stockholm)', '(planned spin-off entity)', '(spin-off planned by end of 2025)', '(insurer licensed by the French regulator ACPR in 2022)', '(Macau licensee)', '(hearing-aid franchise network)', '(joint venture with Shell)', '(hospitals; operating company)']) expect(onlyAStake(d), d).toBe(false);
  });
});
