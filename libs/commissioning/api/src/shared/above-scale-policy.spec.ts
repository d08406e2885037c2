import { ConfigurationError } from '@ia/platform';
import { loadAboveScalePolicy } from './above-scale-policy';

describe('the above-scale policy from the environment', () => {
  it('defaults to 20 million yuan and a band from 80 %', () => {
    expect(loadAboveScalePolicy({})).toEqual({ threshold: 20_000_000, nearPercent: 80 });
  });

  it('takes a park’s own threshold and band', () => {
    expect(loadAboveScalePolicy({ IA_ABOVE_SCALE_THRESHOLD_YUAN: '30000000', IA_ABOVE_SCALE_NEAR_PERCENT: '90' })).toEqual({
      threshold: 30_000_000,
      nearPercent: 90,
    });
  });

  it('stops the service on a wrong value, naming the variable', () => {
    expect(() => loadAboveScalePolicy({ IA_ABOVE_SCALE_THRESHOLD_YUAN: '2千万' })).toThrow(ConfigurationError);
    expect(() => loadAboveScalePolicy({ IA_ABOVE_SCALE_THRESHOLD_YUAN: '2千万' })).toThrow(
      /IA_ABOVE_SCALE_THRESHOLD_YUAN: expected a whole number, got "2千万"/,
    );
    expect(() => loadAboveScalePolicy({ IA_ABOVE_SCALE_NEAR_PERCENT: '120' })).toThrow(
      /nearPercent must be a whole percentage from 1 to 100, got 120/,
    );
  });
});
