import { runQuickStart } from './quick-start.js';

process.stdout.write(`${runQuickStart().join('\n')}\n`);
