// edtf.js ships no types; the tests use it only as an oracle.
declare module 'edtf' {
  interface Parsed {
    readonly min: number;
    readonly max: number;
  }
  export default function edtf(input: string): Parsed;
}
