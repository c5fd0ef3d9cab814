/** One thing wrong with an instance, naming the offending item (`meeting "m3"`, `slot "s2"`). */
export interface InstanceIssue {
  item: string;
  message: string;
}

/** A refused instance. The CLI turns it into exit code 2. */
export class InvalidInstanceError extends Error {
  override readonly name = 'InvalidInstanceError';
  readonly issues: InstanceIssue[];

  constructor(issues: InstanceIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `${first.item}: ${first.message}${more}` : 'invalid instance');
    this.issues = issues;
  }
}
