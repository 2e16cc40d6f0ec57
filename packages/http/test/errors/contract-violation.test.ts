import { describe, expect, it } from 'vitest';
import { contractViolation, isContractError } from '../../src/index.js';

// Synthetic identity number (GB 11643 standard's own example), used to prove masking.
const ID = '11010519491231002X';
const context = {
  method: 'GET',
  path: '/api/v1/blacklist/check',
  operation: 'blacklist.check',
  requestId: 'r-1',
};

describe('contractViolation', () => {
  it('names the path and what was expected, with the offending value as the snippet', () => {
    const body = { data: { results: [{ status: 'ok' }, { status: 'maybe' }] } };
    const error = contractViolation(context, body, {
      path: ['data', 'results', 1, 'status'],
      message: 'accepted | rejected',
    });
    expect(isContractError(error)).toBe(true);
    expect(error.jsonPath).toEqual(['data', 'results', 1, 'status']);
    expect(error.message).toBe(
      '[GET /api/v1/blacklist/check] response contract violated at data.results[1].status: expected accepted | rejected',
    );
    expect(error.details).toMatchObject({ snippet: 'maybe', requestId: 'r-1', operation: 'blacklist.check' });
  });

  it('shows the object that lacks a member, masked, and takes symbols in a path as their text', () => {
    const body = { data: { entry: { idNumber: ID, name: '测试' } } };
    const error = contractViolation(context, body, {
      path: ['data', 'entry', 'status'],
      message: 'a status',
    });
    expect(String(error.details.snippet)).toContain('idNumber');
    expect(JSON.stringify(error)).not.toContain(ID);
    const symbolic = contractViolation(context, body, { path: [Symbol.for('data')], message: 'x' });
    expect(symbolic.jsonPath).toEqual(['Symbol(data)']);
  });

  it('reports at the root with the whole body when the path is empty', () => {
    const error = contractViolation(context, '<html>502</html>', { path: [], message: 'a JSON envelope' });
    expect([error.jsonPath, error.details.jsonPath, error.details.snippet]).toEqual([
      [],
      '$',
      '<html>502</html>',
    ]);
  });
});
