// The declared indexes as setup:cloud sends them to the real database, and as the README lists them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '#types/models/collections';
import { INDEXES } from '#types/models/indexes';
import { alreadyThere, indexRequests } from '../../scripts/index-requests';

const declared = Object.entries(INDEXES).flatMap(([collection, specs]) => specs.map((spec) => ({ collection, spec })));

describe('declared indexes', () => {
  it('name each index once per collection, on collections the product has, with at least one key', () => {
    for (const [collection, specs] of Object.entries(INDEXES)) {
      expect(COLLECTIONS).toContain(collection);
      expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
      for (const spec of specs) expect(spec.keys.length).toBeGreaterThan(0);
    }
  });

  it('become one updateindex request per index, with directions as the API spells them', () => {
    const requests = indexRequests('env-1', INDEXES);
    expect(requests).toHaveLength(declared.length);
    const place = requests.find((r) => r.collection_name === 'places');
    expect(place).toEqual({ env: 'env-1', collection_name: 'places', create_indexes: [{ name: 'name', unique: true, keys: [{ name: 'name', direction: '1' }] }], drop_indexes: [] });
    const feed = requests.find((r) => r.collection_name === 'feed' && r.create_indexes[0]?.name === 'published');
    expect(feed?.create_indexes[0]?.keys).toEqual([{ name: 'publishedAt', direction: '-1' }, { name: '_id', direction: '-1' }]);
  });

  it('treat an index already in place as done, and anything else as a failure', () => {
    expect(alreadyThere('index already exists')).toBe(true);
    expect(alreadyThere('invalid collection')).toBe(false);
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = declared.filter(({ collection, spec }) => !readme.includes(`\`${collection}.${spec.name}\``)).map(({ collection, spec }) => `${collection}.${spec.name}`);
    expect(missing).toEqual([]);
  });
});
