// What a local cloud needs to stand in for the product's database: its collections and their indexes.
import { COLLECTIONS } from './collections';
import { INDEXES } from './indexes';

export const PRODUCT_DATABASE = { collections: COLLECTIONS, indexes: INDEXES };
