/**
 * The command that runs `node <main> <args>`, under a given umask when asked (through /bin/sh,
 * since Node cannot set a child's umask): for tests of the modes of the files a process writes.
 */
export function nodeCommand(main: string, args: string[] = [], umask?: number): [string, string[]] {
  if (umask === undefined) return [process.execPath, [main, ...args]];
  return [
    '/bin/sh',
    ['-c', `umask ${umask.toString(8).padStart(3, '0')} && exec "$@"`, 'sh', process.execPath, main, ...args],
  ];
}
