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
