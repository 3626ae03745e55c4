// dependency-cruiser over the feature folders only (src/features/*): how
// features use each other (docs/decisions/0005-lint-and-structure-rules.md).
// Known store imports are in .dependency-cruiser-known-violations.json
// (`--ignore-known`); known folder cycles are listed below.
const { options } = require('./.dependency-cruiser.cjs');

// Feature folders that imported each other when the rule landed. dependency-
// cruiser 17 applies --ignore-known to module rules only, not to folder rules,
// so this list is no-circular-features' baseline: delete a pair once it is
// resolved; never add one.
const KNOWN_FEATURE_CYCLES = [
];

const featureFolder = (names) => `^src/features/(?:${names.join('|')})$`;
const partners = new Map();
for (const [a, b] of KNOWN_FEATURE_CYCLES) {
  partners.set(a, [...(partners.get(a) ?? []), b]);
  partners.set(b, [...(partners.get(b) ?? []), a]);
}

const noCircularFeatures = {
  name: 'no-circular-features',
  severity: 'error',
  scope: 'folder',
  comment: 'Two feature folders import each other (through any of their files): one concept with two owners.',
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      ...noCircularFeatures,
      from: { path: '^src/features/[^/]+$', pathNot: featureFolder([...partners.keys()]) },
      to: { path: '^src/features/[^/]+$', circular: true },
    },
    // A feature with known cycles may keep those, and no others.
    ...[...partners].map(([feature, known]) => ({
      ...noCircularFeatures,
      from: { path: featureFolder([feature]) },
      to: { path: '^src/features/[^/]+$', pathNot: featureFolder(known), circular: true },
    })),
    {
      name: 'no-other-feature-store',
      severity: 'error',
      comment: 'A feature uses another feature only through what that feature exports for others (its service or fns), never through its store.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/[^/]+-store\\.ts$', pathNot: '^src/features/$1/' },
    },
  ],
  // Only the feature folders, so that folder cycles are between features: src/
  // itself holds both app.ts (which imports every feature) and errors.ts (which
  // every feature imports), and would otherwise close a cycle through each one.
  options: { ...options, includeOnly: '^src/features/' },
};
