import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { sha256, sha256Bytes } from "./sha256";

// node:crypto is used here only, as an independent oracle; the library itself never imports it.
const nodeSha256 = (message: string | Uint8Array) =>
  createHash("sha256").update(message).digest("hex");

describe("sha256: FIPS 180-4 test vectors", () => {
  it('hashes "abc" (FIPS 180-4 example B.1)', () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the empty message", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("hashes the 448-bit two-block message (FIPS 180-4 example B.2)", () => {
    expect(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("hashes one million 'a' (FIPS 180-4 example B.3)", () => {
    expect(sha256("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("encodes strings as UTF-8 (python3: hashlib.sha256('héllo 🌍'.encode()))", () => {
    expect(sha256("héllo 🌍")).toBe(
      "cbbcee01a3fc5f1c0db23e02be25316adf28ede876031fdbabe5f4fabe47ed7f",
    );
  });

  it("hashes bytes and returns 32-byte digests", () => {
    expect(sha256(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256("abc"));
    expect(sha256Bytes("abc")).toHaveLength(32);
  });

  it("agrees with node:crypto at every length around the padding boundaries", () => {
    for (let length = 0; length <= 130; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + length) & 0xff);
      expect(sha256(bytes)).toBe(nodeSha256(bytes));
    }
  });

  it("agrees with node:crypto on arbitrary strings (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(sha256(text)).toBe(nodeSha256(text));
      }),
    );
  });

  it("rejects other inputs", () => {
    expect(() => sha256(42 as unknown as string)).toThrow(LabError);
    expect(() => sha256(42 as unknown as string)).toThrow(
      "sha256 requires a string or a Uint8Array message",
    );
  });
});
