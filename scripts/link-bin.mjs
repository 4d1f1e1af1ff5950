// Links node_modules/.bin/citat to the built command, so `npx citat …` works inside this
// checkout the way it does for a project that installs citat (npm links the bins of
// dependencies, not of the root package). Run by `npm install` through the prepare script.
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist', 'cli', 'main.js');
const link = join(root, 'node_modules', '.bin', 'citat');
if (!existsSync(target)) process.exit(0);
mkdirSync(dirname(link), { recursive: true });
try {
  if (lstatSync(link)) unlinkSync(link);
} catch {
  // no link yet
}
symlinkSync(relative(dirname(link), target), link);
chmodSync(target, 0o755);
