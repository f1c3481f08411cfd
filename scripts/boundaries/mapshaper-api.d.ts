// Minimal types for the parts of mapshaper's Node API used by the boundary build.
declare module 'mapshaper' {
  type Inputs = Record<string, string | Buffer>;
  type LogFn = (...args: unknown[]) => void;
  interface MapshaperApi {
    applyCommands(commands: string, inputs?: Inputs): Promise<Record<string, string | Buffer>>;
    internal: {
      setLoggingFunctions(message: LogFn, error: LogFn, stop: LogFn, warn: LogFn): void;
      getLoggingSetter(): () => void;
    };
  }
  const mapshaper: MapshaperApi;
  export default mapshaper;
}
