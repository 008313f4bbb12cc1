import { expectInOrder } from '../fixtures/order';

describe('the order assertion the renderer tests use', () => {
  it('accepts parts that come in the order given', () => {
    expect(() => expectInOrder('FEATURES ... INTEGRATION RECORD', ['FEATURES', 'INTEGRATION RECORD'])).not.toThrow();
  });

  it('fails when a part is missing, where comparing positions would pass on -1', () => {
    expect(() => expectInOrder('INTEGRATION RECORD', ['FEATURES', 'INTEGRATION RECORD'])).toThrow(
      'expected "FEATURES" in the text, but it is missing',
    );
  });

  it('fails when a part comes before the one it should follow', () => {
    expect(() => expectInOrder('INTEGRATION RECORD ... FEATURES', ['FEATURES', 'INTEGRATION RECORD'])).toThrow(
      'expected "INTEGRATION RECORD" after "FEATURES", but it comes before',
    );
  });
});
