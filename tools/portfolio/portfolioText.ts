/**
 * The portfolio as plain text for a terminal or an email: one block per client, worst first.
 * Every value from an account or a file name passes through `printableText`.
 */
import { timeInWords } from '../../src/core/timeWords';
import { printableText } from '../../src/render/escape';
import type { Portfolio } from './portfolioFolder';
import {
  changeSentence,
  latestChanges,
  milestoneSentence,
  ownerWords,
  runsSentence,
  trendSentence,
  verdictWords,
} from './portfolioWords';

export function renderPortfolioText(portfolio: Portfolio): string {
  const worse = portfolio.clients.filter((client) => client.worse).length;
  const lines: string[] = [
    `Act-On readiness portfolio: ${portfolio.clients.length} clients, the last ${portfolio.days} days ` +
      `(to ${timeInWords(portfolio.generatedAt)}).`,
    worse === 0 ? 'No client got worse since its previous run.' : `${worse} got worse since their previous run.`,
  ];
  for (const client of portfolio.clients) {
    const since = latestChanges(client);
    const earlier = client.changes.filter((change) => change.at !== client.latestAt);
    lines.push(
      '',
      printableText(`${client.worse ? '[WORSE] ' : ''}${client.name} (${client.accountId})`),
      `  Latest: ${verdictWords(client.verdict)}, ${timeInWords(client.latestAt)}. ${trendSentence(client)}`,
      `  ${runsSentence(client, portfolio.days)}`,
      `  ${printableText(milestoneSentence(client))}`,
    );
    if (since.length > 0) {
      lines.push('  Since the previous run:');
      for (const change of since) lines.push(`    - ${printableText(changeSentence(change))}`);
    }
    if (earlier.length > 0) {
      lines.push(`  Earlier in the last ${portfolio.days} days:`);
      for (const change of earlier)
        lines.push(`    - ${timeInWords(change.at)}: ${printableText(changeSentence(change))}`);
    }
    if (client.openProblems.length > 0) {
      lines.push('  Open problems:');
      client.openProblems.forEach((problem, index) =>
        lines.push(`    ${index + 1}. ${printableText(problem.title)} [${ownerWords(problem.owner)}]`),
      );
    }
  }
  if (portfolio.skipped.length > 0) {
    lines.push('', `Skipped ${portfolio.skipped.length} files:`);
    for (const skipped of portfolio.skipped)
      lines.push(`  ${printableText(skipped.file)}: ${printableText(skipped.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
