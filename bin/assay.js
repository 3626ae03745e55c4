#!/usr/bin/env node
// Runs the TypeScript entry through tsx's loader, so the `assay` bin works
// straight from a checkout or an npm install, without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
