/** How every command ends; scripts and CI read these. */
export const ExitCode = {
  /** Done, and what was checked holds. */
  ok: 0,
  /** What was checked does not hold (a broken chain, a bundle that does not hold, a failed rebuild). */
  broken: 1,
  /** Nothing was checked: bad configuration, an unknown command or name, a file that cannot be read. */
  usage: 2,
  /** The command failed for another reason (see the message). */
  failed: 3,
  /**
   * A dispute bundle is internally consistent, but nothing outside it (a head hash obtained
   * independently, `--head`) ties it to what was recorded: not proven authentic.
   */
  unanchored: 4,
} as const;
