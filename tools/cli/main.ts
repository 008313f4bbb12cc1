#!/usr/bin/env node
/**
 * Entry point of `acton-readiness`. One line per command: each lives in ./commands.
 */
import { registerAuditCommand } from './commands/audit';
import { registerCheckCredentialsCommand } from './commands/checkCredentials';
import { registerDemoAuditCommand } from './commands/demoAudit';
import { registerPortfolioCommand } from './commands/portfolio';
import { registerRenderCommand } from './commands/render';
import { registerSimulateCommand } from './commands/simulate';
import { registerSimulateWatchCommand } from './commands/simulateWatch';
import { createProgram, runProgram } from './program';

const program = createProgram();
registerAuditCommand(program);
registerCheckCredentialsCommand(program);
registerDemoAuditCommand(program);
registerPortfolioCommand(program);
registerRenderCommand(program);
registerSimulateCommand(program);
registerSimulateWatchCommand(program);
void runProgram(program, process.argv);
