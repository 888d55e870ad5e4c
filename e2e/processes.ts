import { spawn, type ChildProcess } from 'node:child_process';

/** A TypeScript entry point of this repo running in its own Node process. */
export interface NodeProcess {
  /** What matched `ready` in its output. */
  ready: RegExpExecArray;
  /** Stops it (SIGKILL: a crash; SIGINT: Ctrl-C) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `node --import tsx SCRIPT ARGS` and resolves once its output matches `ready`. */
export function startNode(
  script: string,
  args: string[],
  { ready, env = {} }: { ready: RegExp; env?: Record<string, string> },
): Promise<NodeProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = ready.exec(output);
      if (match) resolve({ ready: match, stop });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${output}`)));
  });
}

/** The simulator alone on `port`, with extra CLI options. */
export function startSimulatorProcess(port: number, ...options: string[]): Promise<NodeProcess> {
  return startNode('simulator/cli.ts', ['--port', String(port), ...options], {
    ready: /simulator .* on /,
  });
}
