export { bucket, isSampled } from './sampling';
export { classify, isScore } from './score';
export type {
  AttributeValue,
  Batch,
  ContactConsent,
  KeyValueStorage,
  NpsCategory,
  NpsScore,
  ResponseRecord,
  ResponseStatus,
  ScaleOrientation,
  TextDirection,
} from './types';
