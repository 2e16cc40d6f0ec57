export { canonicalQuery, percentEncode, type QueryInput, queryPairs } from './canonical-query.js';
export {
  type CanonicalRequestInput,
  canonicalRequestString,
  type SignMethod,
  signDigest,
} from './canonical-request-string.js';
export { computeSignature } from './compute-signature.js';
