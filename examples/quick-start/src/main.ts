import { maskIdNumber } from '@credit-bridge/core';

process.stdout.write(`${maskIdNumber('11010519491231002X')}\n`);
